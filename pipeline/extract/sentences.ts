// The first extractor: every parsed sentence with its offsets, and the word
// count. Later extractors refer to sentences by index.
import type {Root} from 'nlcst'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import type {SentenceFact} from '../types.js'

export function extractSentences() {
  return (tree: Root, file: VFile) => {
    const text = String(file.value)
    const sentences: SentenceFact[] = []
    let words = 0
    visit(tree, (node) => {
      if (node.type === 'WordNode') {
        words++
        return SKIP
      }
      if (node.type === 'SentenceNode') {
        const start = node.position!.start.offset!
        const end = node.position!.end.offset!
        sentences.push({start, end, text: text.slice(start, end)})
      }
      return undefined
    })
    file.data.facts = {...file.data.facts, sentences, words}
  }
}
