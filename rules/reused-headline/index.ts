// A headline that several articles share word for word is a sign of copied
// or syndicated copy. Grouping by normalised text is linear in the corpus.
import {maxEvidence} from '../../pipeline/findings.js'
import type {CorpusRule} from '../../pipeline/rule.js'
import {normalizeLine, wordCount} from '../../pipeline/load/segment.js'
import {meta, type ReusedHeadlineOptions} from './meta.js'

export const reusedHeadline: CorpusRule<ReusedHeadlineOptions> = {
  meta,
  run(corpus, options) {
    const byText = new Map<string, Array<{article: string; start: number; end: number; text: string}>>()
    for (const article of corpus.articles) {
      const seen = new Set<string>()
      for (const heading of article.headings) {
        const key = normalizeLine(heading.text)
        if (wordCount(heading.text) < options.minWords || seen.has(key)) continue
        seen.add(key)
        const list = byText.get(key) ?? []
        list.push({article: article.id, ...heading})
        byText.set(key, list)
      }
    }
    for (const uses of byText.values()) {
      if (uses.length < 2) continue
      for (const use of uses) {
        const others = uses.filter((other) => other.article !== use.article)
        corpus.report(meta.id, use.article, {
          reason: `Unexpected headline \`${use.text}\` shared with ${others.length} other article${others.length === 1 ? '' : 's'}, expected its own`,
          note: 'A headline reused word for word usually means the copy came from elsewhere; check that the source is credited.',
          start: use.start,
          end: use.end,
          confidence: 0.7,
          // The first few others: every reprint listing every other one would grow with the square of the reprints.
          evidence: others.slice(0, maxEvidence).map((other) => corpus.evidence(other.article, other.start, other.end)),
          key: 'shared-headline'
        })
      }
    }
  }
}
