// Flags hard sentences, as retext-readability does (same formulas, same
// message), and records document-level figures on `file.data.readability`.
import type {Root, Sentence} from 'nlcst'
import {forEachSentence, sentenceWords} from '../../pipeline/nlcst.js'
import type {ArticleRule} from '../../pipeline/rule.js'
import {report} from '../../pipeline/report.js'
import {meta, type ReadabilityOptions} from './meta.js'
import {addCounts, documentFigures, emptyCounts, readerAges, sentenceCounts} from './scores.js'

export const readability: ArticleRule<ReadabilityOptions> = {
  meta,
  plugin: (options) => (tree: Root, file) => {
    const body = file.data.article!.blocks.filter((block) => block.kind === 'body')
    // Sentences come in document order: walk the body blocks alongside.
    let cursor = 0
    const inBody = (offset: number) => {
      while (cursor < body.length && body[cursor].end <= offset) cursor++
      return cursor < body.length && offset >= body[cursor].start
    }
    const total = emptyCounts()
    forEachSentence(tree, (sentence: Sentence) => {
      const start = sentence.position!.start.offset!
      if (!inBody(start)) return
      const words = sentenceWords(sentence)
      if (words.length === 0) return
      const counts = sentenceCounts(words)
      addCounts(total, counts)
      if (words.length < options.minWords) return
      const ages = readerAges(counts)
      const over = ages.filter((age) => age > options.age).length
      const confidence = over / ages.length
      if (confidence >= options.threshold) {
        report(file, meta, {
          reason: `Unexpected hard to read sentence, according to ${over < ages.length ? `${over} out of ` : 'all '}${ages.length} algorithms`,
          note: `Readers younger than ${options.age} are expected to struggle with it; split it or use shorter words.`,
          start,
          end: sentence.position!.end.offset!,
          confidence,
          key: 'hard-sentence'
        })
      }
    })
    file.data.readability = documentFigures(total)
  }
}
