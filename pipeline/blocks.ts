// The article's parsed blocks (title, headings, body paragraphs) with their
// text, for rules that match patterns paragraph by paragraph rather than
// walking the tree. Page chrome, bylines and front matter are not among them.
import type {VFile} from 'vfile'
import type {Block} from './types.js'

const parsed = new Set<Block['kind']>(['title', 'heading', 'body'])

export interface ParsedBlock {
  kind: Block['kind']
  start: number
  end: number
  text: string
}

export function parsedBlocks(file: VFile): ParsedBlock[] {
  const text = String(file.value)
  return (file.data.article?.blocks ?? []).filter((block) => parsed.has(block.kind))
    .map((block) => ({kind: block.kind, start: block.start, end: block.end, text: text.slice(block.start, block.end)}))
}
