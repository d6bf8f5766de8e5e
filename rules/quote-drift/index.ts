// Quote drift: quotations clustered across articles by the word shingles they
// share in the story's shingle index (and speaker, where the attribution
// extractor names one), each compared
// word by word with the version most other articles agree with. A
// substituted or added word inside quotation marks is an error; words left
// out without an ellipsis are info.
import {stopwords} from '../../pipeline/extract/claims/text.js'
import type {Passage} from '../../pipeline/corpus/shingles.js'
import type {CorpusRule} from '../../pipeline/rule.js'
import {voterOf, type ArticleFacts, type QuotationFact} from '../../pipeline/types.js'
import {compareQuotes, formatChanges, type QuoteWord, type WordChange} from './compare.js'
import {meta, type QuoteDriftOptions} from './meta.js'

interface Quote {
  article: ArticleFacts
  fact: QuotationFact
  words: QuoteWord[]
  passage: Passage
}

interface Comparison {
  other: Quote
  changes: WordChange[]
  stretch: [number, number]
}

/** Enough other articles to find the majority wording; more only costs time. */
const maxCompared = 25

export const quoteDrift: CorpusRule<QuoteDriftOptions> = {
  meta,
  run(corpus, options) {
    // The story's shingle index holds every quotation; short ones are too common to compare.
    const index = corpus.shingles()
    const quotes: Quote[] = index.passages.filter((passage) => passage.kind === 'quotation' && passage.words.length >= options.minWords)
      .map((passage) => ({article: passage.article, fact: passage.quotation!, words: passage.words, passage}))
    const byPassage = new Map(quotes.map((quote) => [quote.passage, quote]))

    // Each quotation against the best-overlapping quotation of every other
    // article, at most `maxCompared` of them (the most overlapping first): a
    // quotation syndicated to thousands of articles must not make the stage
    // quadratic.
    const comparisons = new Map<Quote, Comparison[]>()
    for (const quote of quotes) {
      const best = new Map<string, [Quote, number]>()
      for (const [passage, count] of index.meet(quote.passage, 'quotation', options.maxBucket)) {
        const other = byPassage.get(passage)
        if (!other || count < options.minSharedShingles || !sameSpeaker(quote.fact, other.fact)) continue
        // One version per other source: a family's copies print one text.
        const current = best.get(voterOf(other.article))
        if (!current || count > current[1]) best.set(voterOf(other.article), [other, count])
      }
      const closest = [...best.values()].sort((a, b) => b[1] - a[1]).slice(0, maxCompared)
      comparisons.set(quote, closest.map(([other]) => ({other, ...compareQuotes(quote.words, other.words)})))
    }
    const agreements = (quote: Quote) => comparisons.get(quote)!.filter((entry) => entry.changes.length === 0).length

    for (const quote of quotes) {
      const list = comparisons.get(quote)!
      // A version that agrees must quote words the others dispute: a fragment of the
      // quotation that agrees only elsewhere says nothing of them.
      const disputed = list.flatMap((entry) => entry.changes.filter((change) => !change.marked).map((change) => change.start))
      const agreeing = list.filter((entry) => entry.changes.length === 0 &&
        (disputed.length === 0 || disputed.some((offset) => offset >= entry.stretch[0] && offset <= entry.stretch[1])))
      const differing = list.filter((entry) => entry.changes.length > 0)
      if (differing.length < options.minDiffering || agreeing.length >= differing.length) continue
      // The reference: the version most other quotations agree with, else the longest.
      const reference = differing.reduce((best, entry) => {
        const score = agreements(entry.other) - agreements(best.other)
        return score > 0 || (score === 0 && entry.other.words.length > best.other.words.length) ? entry : best
      })
      const changes = reference.changes.filter((change) => !change.marked)
      if (changes.length === 0) continue
      // Words changed or added inside the marks; a swapped "will"/"would" or "the"/"this" alone is minor (info).
      const altered = changes.some((change) => change.actual.length > 0)
      const substantive = changes.some((change) => [...change.actual, ...change.expected].some((word) => !stopwords.has(word)))
      const shown = changes.slice(0, 3).map((change) =>
        change.expected.length === 0 ? `\`${change.actual.join(' ')}\` added`
          : change.actual.length === 0 ? `\`${change.expected.join(' ')}\` left out`
            : `\`${change.actual.join(' ')}\` for \`${change.expected.join(' ')}\``)
      const more = changes.length > 3 ? ` and ${changes.length - 3} more` : ''
      const count = differing.length
      corpus.report(meta.id, quote.article.id, {
        reason: `Unexpected ${altered ? 'wording' : 'cut'} in quotation: ${shown.join(', ')}${more}, expected the wording of ${count} other article${count === 1 ? '' : 's'}`,
        note: `${altered ? 'Words inside quotation marks differ from the version other articles print' : 'Words are left out of the quotation without an ellipsis'}: ${formatChanges(changes)}. A quotation must reproduce the speaker's words; mark cuts with an ellipsis and insertions with brackets.`,
        start: quote.fact.start,
        end: quote.fact.end,
        actual: quote.fact.text,
        expected: [reference.other.fact.text],
        confidence: altered ? 0.75 : 0.5,
        // Against a single other version there is no majority: info, for a reader to check.
        severity: altered && substantive && count >= 2 ? undefined : 'info',
        evidence: [reference, ...list.filter((entry) => entry !== reference)].map((entry) =>
          corpus.evidence(entry.other.article.id, entry.other.fact.start, entry.other.fact.end, entry.changes.length ? 'differs' : 'agrees')),
        key: `quote:${changes.map((change) => change.actual.join(' ')).join('|')}`
      })
    }
  }
}

/**
 * Speakers rule out a match only when both are names with different
 * surnames: "the mayor", "she" or "the company" may be anyone named elsewhere.
 */
function sameSpeaker(a: QuotationFact, b: QuotationFact): boolean {
  const surname = (quotation: QuotationFact) => {
    if (!quotation.speaker || (quotation.speakerKind && quotation.speakerKind !== 'name')) return null
    if (!/^\p{Lu}/u.test(quotation.speaker)) return null
    return quotation.speaker.toLowerCase().replace(/['’]s$/, '').split(/\s+/).at(-1)!.replace(/[^\p{L}]/gu, '')
  }
  const first = surname(a)
  const second = surname(b)
  return first === null || second === null || first === second
}
