// The first extractor: every parsed sentence with its offsets, and the word
// count. Later extractors refer to sentences by index.
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {forEachSentence} from '../nlcst.js'
import type {SentenceFact} from '../types.js'

export function extractSentences() {
  return (tree: Root, file: VFile) => {
    const text = String(file.value)
    const sentences: SentenceFact[] = []
    let words = 0
    forEachSentence(tree, (sentence) => {
      const start = sentence.position!.start.offset!
      const end = sentence.position!.end.offset!
      sentences.push({start, end, text: text.slice(start, end)})
      for (const child of sentence.children) if (child.type === 'WordNode') words++
    })
    file.data.facts = {...file.data.facts, sentences, words}
  }
}
