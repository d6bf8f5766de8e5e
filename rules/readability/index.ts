// Flags hard sentences, as retext-readability does (same formulas, same
// message), and records document-level figures on `file.data.readability`.
import type {Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {SKIP, visit} from 'unist-util-visit'
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
    visit(tree, 'SentenceNode', (sentence: Sentence) => {
      const start = sentence.position!.start.offset!
      if (!inBody(start)) return SKIP
      const words: string[] = []
      visit(sentence, 'WordNode', (word) => {
        words.push(toString(word))
      })
      if (words.length === 0) return SKIP
      const counts = sentenceCounts(words)
      addCounts(total, counts)
      if (words.length < options.minWords) return SKIP
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
      return SKIP
    })
    file.data.readability = documentFigures(total)
  }
}
