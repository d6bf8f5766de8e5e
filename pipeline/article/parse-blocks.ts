// A unified plugin that makes retext-english parse an article as its blocks
// say: page chrome, bylines and front matter are blanked out (same length,
// so every position still points into the original file), and a heading
// that a single newline glues to the next line is split off — retext-english
// does not end a sentence at a single newline.
import type {Paragraph, Root, RootContent, Sentence, SentenceContent, WhiteSpace} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Block} from '../types.js'

const parsed = new Set<Block['kind']>(['title', 'heading', 'body'])

export function articleBlocks(this: Processor<any>): void {
  const parseText = this.parser as unknown as (value: string, file: VFile) => Root
  if (!parseText) throw new Error('articleBlocks needs a parser: use retext-english first')
  this.parser = function (document: string, file: VFile): Root {
    const data = file.data.article
    if (!data) return parseText(document, file)
    const tree = parseText(blankOut(document, data.blocks), file)
    const cuts = gluedBoundaries(document, data.blocks)
    if (cuts.length > 0) splitAt(tree, cuts)
    return tree
  } as never
}

/** The text with everything outside parsed blocks turned to spaces (newlines kept). */
export function blankOut(text: string, blocks: Block[]): string {
  let result = ''
  let at = 0
  for (const block of blocks) {
    if (parsed.has(block.kind)) continue
    result += text.slice(at, block.start) + text.slice(block.start, block.end).replace(/[^\n\r]/g, ' ')
    at = block.end
  }
  return at === 0 ? text : result + text.slice(at)
}

/** Offsets of the single newlines that separate two parsed blocks. */
function gluedBoundaries(text: string, blocks: Block[]): number[] {
  const cuts: number[] = []
  const kept = blocks.filter((block) => parsed.has(block.kind)).sort((a, b) => a.start - b.start)
  for (let index = 1; index < kept.length; index++) {
    const gap = text.slice(kept[index - 1].end, kept[index].start)
    if (gap.split('\n').length === 2) cuts.push(kept[index - 1].end + gap.indexOf('\n'))
  }
  return cuts
}

/** Split sentences (and their paragraphs) at white space that holds a cut. */
function splitAt(tree: Root, cuts: number[]): void {
  const isCut = (node: SentenceContent | Paragraph['children'][number]) => {
    if (node.type !== 'WhiteSpaceNode' || !node.position) return false
    const start = node.position.start.offset!
    const end = node.position.end.offset!
    return cuts.some((cut) => cut >= start && cut < end)
  }
  const children: RootContent[] = []
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode') {
      children.push(node)
      continue
    }
    let current: Paragraph = {type: 'ParagraphNode', children: []}
    const flush = () => {
      if (current.children.length > 0) children.push(withPosition(current))
      current = {type: 'ParagraphNode', children: []}
    }
    for (const item of node.children) {
      if (item.type !== 'SentenceNode') {
        if (isCut(item)) {
          flush()
          children.push(item as WhiteSpace)
        } else current.children.push(item)
        continue
      }
      let sentence: Sentence = {type: 'SentenceNode', children: []}
      for (const token of item.children) {
        if (isCut(token)) {
          if (sentence.children.length > 0) current.children.push(withPosition(sentence))
          flush()
          children.push(token as WhiteSpace)
          sentence = {type: 'SentenceNode', children: []}
        } else sentence.children.push(token)
      }
      if (sentence.children.length > 0) current.children.push(withPosition(sentence))
    }
    flush()
  }
  tree.children = children
}

function withPosition<T extends Paragraph | Sentence>(node: T): T {
  const first = node.children[0]
  const last = node.children[node.children.length - 1]
  if (first?.position && last?.position) node.position = {start: first.position.start, end: last.position.end}
  return node
}
