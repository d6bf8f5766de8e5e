// Every node's position must point at its own text in the original file,
// after block-by-block parsing shifted it into place.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Node, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {articleBlocks, blankOut} from '../pipeline/article/parse-blocks.js'
import {buildArticle} from '../pipeline/load/index.js'
import {createLocator} from '../pipeline/location.js'
import {root} from './helpers/cli.js'
import {hasEvaldata, newswcl50Events} from './helpers/evaldata.js'

function mismatches(text: string): string[] {
  const article = buildArticle('a', 'a.txt', text)
  const locate = createLocator(text)
  const file = new VFile({value: text, data: {article: {id: 'a', meta: article.meta, blocks: article.blocks, locate, problems: []}}})
  const tree = unified().use(retextEnglish).use(articleBlocks).parse(file) as Root
  // Page chrome and bylines are blanked out before parsing: compare with that.
  const seen = blankOut(text, article.blocks)
  expect(seen.length).toBe(text.length)
  const bad: string[] = []
  const check = (node: Node) => {
    if (node.type !== 'RootNode' && node.position) {
      const {start, end} = node.position
      const slice = seen.slice(start.offset, end.offset)
      const expected = toString(node as never)
      const startPoint = locate(start.offset!)
      if (slice !== expected || startPoint.line !== start.line || startPoint.column !== start.column) {
        bad.push(`${node.type} ${start.line}:${start.column} ${JSON.stringify(slice.slice(0, 30))} ≠ ${JSON.stringify(expected.slice(0, 30))}`)
      }
    }
    for (const child of (node as {children?: Node[]}).children ?? []) check(child)
  }
  check(tree)
  return bad
}

describe('block-by-block parsing', () => {
  it('keeps every node at its own text in the seed articles', () => {
    for (const file of readdirSync(join(root, 'corpus')).filter((name) => name.endsWith('.txt'))) {
      expect(mismatches(readFileSync(join(root, 'corpus', file), 'utf8')), file).toEqual([])
    }
  })

  it.skipIf(!hasEvaldata)('keeps every node at its own text in real news', () => {
    for (const text of Object.values(newswcl50Events()[3].articles)) expect(mismatches(text)).toEqual([])
  })

  it('parses headings apart from the prose they are glued to', () => {
    const text = 'Now Reading\nStorm hits the coast\nThe storm hit the coast. It was strong.\n'
    const article = buildArticle('a', 'a.txt', text)
    const file = new VFile({value: text, data: {article: {id: 'a', meta: article.meta, blocks: article.blocks, locate: createLocator(text), problems: []}}})
    const tree = unified().use(retextEnglish).use(articleBlocks).parse(file) as Root
    const sentences = (tree.children as any[]).flatMap((p) => p.children ?? []).filter((n: Node) => n.type === 'SentenceNode').map((n: Node) => toString(n as never))
    expect(sentences).toEqual(['Storm hits the coast', 'The storm hit the coast.', 'It was strong.'])
  })
})
