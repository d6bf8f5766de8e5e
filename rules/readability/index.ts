// Flags hard sentences, as retext-readability does (same formulas, same
// message), and records document-level figures on `file.data.readability`.
import type {Root, Sentence} from 'nlcst'
import {forEachSentence, sentenceWords} from '../../pipeline/nlcst.js'
import {SentenceMemo} from '../../pipeline/extract/sentence-memo.js'
import type {ArticleRule} from '../../pipeline/rule.js'
import {report} from '../../pipeline/report.js'
import {meta, type ReadabilityOptions} from './meta.js'
import {addCounts, documentFigures, emptyCounts, readerAges, sentenceCounts, type Counts} from './scores.js'

/** A sentence's counts and reader ages depend on its words alone: kept by its text, for reprinted copy. */
const scored = new SentenceMemo<{words: number; counts: Counts; ages: number[]}>()

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
    const value = String(file.value)
    forEachSentence(tree, (sentence: Sentence) => {
      const start = sentence.position!.start.offset!
      if (!inBody(start)) return
      const end = sentence.position!.end.offset!
      const text = value.slice(start, end)
      const {words, counts, ages} = scored.get(text, text, () => {
        const words = sentenceWords(sentence)
        const counts = sentenceCounts(words)
        return {words: words.length, counts, ages: readerAges(counts)}
      })
      if (words === 0) return
      addCounts(total, counts)
      if (words < options.minWords) return
      const over = ages.filter((age) => age > options.age).length
      const confidence = over / ages.length
      if (confidence >= options.threshold) {
        report(file, meta, {
          reason: `Unexpected hard to read sentence, according to ${over < ages.length ? `${over} out of ` : 'all '}${ages.length} algorithms`,
          note: `Readers younger than ${options.age} are expected to struggle with it; split it or use shorter words.`,
          start,
          end,
          confidence,
          key: 'hard-sentence'
        })
      }
    })
    file.data.readability = documentFigures(total)
  }
}
