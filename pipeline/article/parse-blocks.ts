// A unified plugin that makes retext-english parse an article block by block
// (title, headings and paragraphs each on their own), skipping page chrome,
// bylines and front matter, with positions that point into the whole file.
import type {Node, Root, RootContent} from 'nlcst'
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
    const children: RootContent[] = []
    for (const block of data.blocks) {
      if (!parsed.has(block.kind)) continue
      const root = parseText(document.slice(block.start, block.end), file)
      const base = data.locate(block.start)
      for (const child of root.children) {
        shift(child, block.start, base.line, base.column, new Set())
        children.push(child)
      }
    }
    const end = data.locate(document.length)
    return {
      type: 'RootNode',
      children,
      position: {start: {line: 1, column: 1, offset: 0}, end}
    }
  } as never
}

// parse-latin shares point objects between parents and children: move each once.
function shift(node: Node, offset: number, line: number, column: number, moved: Set<object>): void {
  const position = node.position
  if (position) {
    for (const point of [position.start, position.end]) {
      if (moved.has(point)) continue
      moved.add(point)
      if (point.line === 1) point.column += column - 1
      point.line += line - 1
      point.offset = (point.offset ?? 0) + offset
    }
  }
  const children = (node as {children?: Node[]}).children
  if (children) for (const child of children) shift(child, offset, line, column, moved)
}
