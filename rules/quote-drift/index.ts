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
import {findRewordings, sharedRuns} from './reworded.js'
import {sameSpeaker} from './speakers.js'
import {tickerOwners, tickersIn} from './tickers.js'

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
/** Shingles two quotations share (eight words in a row) to be one statement whoever is named as its speaker. */
const sameWordsShingles = 5

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
      const compared = new Map<Quote, ReturnType<typeof compareQuotes>>()
      for (const [passage, count] of index.meet(quote.passage, 'quotation', options.maxBucket)) {
        const other = byPassage.get(passage)
        if (!other || count < options.minSharedShingles) continue
        // Speakers part two quotations, but one that runs word for word with this one may
        // still vouch for it: a company's statement is quoted as its chief's ("Cloudflare" and "Prince").
        if (!sameSpeaker(quote.fact, other.fact)) {
          if (count < sameWordsShingles) continue
          const comparison = compareQuotes(quote.words, other.words)
          if (comparison.changes.length > 0) continue
          compared.set(other, comparison)
        }
        // One version per other source: a family's copies print one text.
        const current = best.get(voterOf(other.article))
        if (!current || count > current[1]) best.set(voterOf(other.article), [other, count])
      }
      const closest = [...best.values()].sort((a, b) => b[1] - a[1]).slice(0, maxCompared)
      comparisons.set(quote, closest.map(([other]) => ({other, ...(compared.get(other) ?? compareQuotes(quote.words, other.words))})))
    }
    const reported = new Set<QuotationFact>()
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
      // Versions that differ from this one among themselves are no bloc: the reference must have as many sources as this one.
      if (agreements(reference.other) < agreeing.length) continue
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
      reported.add(quote.fact)
      corpus.report(meta.id, quote.article.id, {
        reason: `Unexpected ${altered ? 'wording' : 'cut'} in quotation: ${shown.join(', ')}${more}, expected the wording of ${count} other article${count === 1 ? '' : 's'}`,
        note: `${altered ? 'Words inside quotation marks differ from the version other articles print' : 'Words are left out of the quotation without an ellipsis'}: ${formatChanges(changes)}. A quotation must reproduce the speaker's words; mark cuts with an ellipsis and insertions with brackets.`,
        start: quote.fact.start,
        end: quote.fact.end,
        actual: quote.fact.text,
        expected: [reference.other.fact.text],
        confidence: altered ? 0.75 : 0.5,
        // Against a single other version there is no majority: info, for a reader to check.
        // Against a single other version: a warning when the two agree word for word but for one or two
        // substituted words of meaning; more differences, they may be two statements (info).
        severity: altered && substantive && count >= 2 ? undefined : altered && substantive && closeVersion(reference, changes) ? 'warning' : 'info',
        evidence: [reference, ...list.filter((entry) => entry !== reference)].map((entry) =>
          corpus.evidence(entry.other.article.id, entry.other.fact.start, entry.other.fact.end, entry.changes.length ? 'differs' : 'agrees')),
        key: `quote:${changes.map((change) => change.actual.join(' ')).join('|')}`
      })
    }

    // Quotations no other source prints in the same words: reworded, if one of the same speaker shares their meaning.
    const unmatched = new Set(quotes.filter((quote) => comparisons.get(quote)!.length === 0))
    const printed = quotes.filter((quote) => comparisons.get(quote)!.length > 0)
    for (const found of findRewordings(printed, unmatched, {minSharedWords: options.minMeaningWords, minSharedPairs: options.minMeaningPairs, minShare: options.minMeaningShare, maxBucket: options.maxBucket})) {
      const {quote, other} = found
      const changes = compareQuotes(quote.words, other.words).changes.filter((change) => !change.marked && change.actual.length > 0)
      const runs = sharedRuns(quote.words, other.words).map((run) => `\`${run}\``)
      const speaker = quote.fact.speaker ?? other.fact.speaker
      corpus.report(meta.id, quote.article.id, {
        reason: `Unexpected rewording in quotation of ${speaker}: ${runs.length ? `shares only ${runs.slice(0, 3).join(', ')} with` : 'shares meaning-bearing words but no wording with'} another article's version, expected the speaker's words`,
        note: `No other article prints this quotation in these words, but another quotes the same speaker with the same meaning-bearing words in the same order (${found.shared.length} of them): ${changes.length ? formatChanges(changes) : 'the wording differs throughout'}. A back-translated or paraphrased quotation is not the speaker's words; check it against the original statement.`,
        start: quote.fact.start,
        end: quote.fact.end,
        actual: quote.fact.text,
        expected: [other.fact.text],
        confidence: 0.4,
        severity: 'info',
        // The version it rewords, and up to two other sources that print that version too.
        evidence: [corpus.evidence(other.article.id, other.fact.start, other.fact.end, 'same speaker, same meaning'),
          ...[...comparisons.get(other)!].sort((a, b) => a.changes.length - b.changes.length).slice(0, 2).map((entry) => corpus.evidence(entry.other.article.id, entry.other.fact.start, entry.other.fact.end, 'prints that version'))],
        key: `reworded:${found.shared.slice(0, 6).join(' ')}`
      })
    }

    // A ticker inside quotation marks where the story names its company.
    const owners = tickerOwners(corpus.articles, corpus.entities ?? [])
    if (owners.size === 0) return
    for (const passage of index.passages) {
      // A quotation reported above already shows the ticker in its word diff.
      if (passage.kind !== 'quotation' || reported.has(passage.quotation!)) continue
      const fact = passage.quotation!
      for (const ticker of tickersIn(fact.text, fact.start, owners)) {
        const others = owners.get(ticker.symbol)!.mentions.filter((mention) => voterOf(mention.article) !== voterOf(passage.article)).slice(0, 3)
        corpus.report(meta.id, passage.article.id, {
          reason: `Unexpected ticker \`${ticker.symbol}\` in quotation, expected \`${ticker.owner}\``,
          note: `${ticker.symbol} is the stock ticker of ${ticker.owner}: [-${ticker.owner.toLowerCase()}-]{+${ticker.symbol.toLowerCase()}+}. A speaker names the company, not its symbol; a text spinner that swapped the name for the ticker changed the quotation.`,
          start: ticker.start,
          end: ticker.end,
          actual: ticker.symbol,
          expected: [ticker.owner],
          confidence: 0.6,
          severity: 'warning',
          evidence: others.map((mention) => corpus.evidence(mention.article.id, mention.start, mention.end, 'names the company')),
          key: `ticker:${ticker.symbol}`
        })
      }
    }
  }
}

/**
 * One other version that matches this one over eight words or more but for at
 * most two changed words, none of them a variant of the same word: an
 * inflection ("showers" for "shower"), a figure written otherwise ("4bn" for
 * "4 billion") or an abbreviation ("CEO" for "chief executive") is house
 * style, not a misquotation to warn of.
 */
function closeVersion(reference: Comparison, changes: WordChange[]): boolean {
  const changed = changes.reduce((sum, change) => sum + Math.max(change.actual.length, change.expected.length), 0)
  const shared = reference.other.words.filter((word) => word.start >= 0).length - changed
  return changes.length <= 2 && changed <= 2 && shared >= 8 && !changes.some(styleVariant)
}

const pronoun = /^(?:he|she|they|it|we|i|you)$/

function styleVariant(change: WordChange): boolean {
  const [a, b] = [change.actual.join(' '), change.expected.join(' ')]
  if (/\d/.test(a) || /\d/.test(b)) return true
  // "he" for "Quinn": a reference to the speaker (an attribution caught inside the marks), not a word of theirs.
  if (pronoun.test(a) || pronoun.test(b)) return true
  if (!a || !b) return false
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  let prefix = 0
  while (prefix < short.length && short[prefix] === long[prefix]) prefix++
  const initials = (words: string) => words.split(' ').map((word) => word[0]).join('')
  return prefix === short.length || prefix >= 4 || (!short.includes(' ') && long.includes(' ') && short.startsWith(initials(long)))
}
