// Reworded quotations: a quotation that shares no run of words with any other
// source's version (so the shingle index never meets them) but shares its
// meaning-bearing words, in the same order, with a quotation of the same named
// speaker elsewhere. Back-translation ("imminent and urgent threat to human
// life" for "emergency and immediate threat to human life") and paraphrase
// inside quotation marks leave that trace.
import {diffArrays} from 'diff'
import {stem, stopwords} from '../../pipeline/extract/claims/text.js'
import type {ArticleFacts, QuotationFact} from '../../pipeline/types.js'
import {voterOf} from '../../pipeline/types.js'
import type {PassageWord} from '../../pipeline/corpus/shingles.js'
import {namedSameSpeaker, sameSpeaker} from './speakers.js'

export interface MeaningQuote {
  article: ArticleFacts
  fact: QuotationFact
  words: PassageWord[]
}

export interface Rewording<Q extends MeaningQuote> {
  quote: Q
  other: Q
  /** Meaning-bearing stems both hold. */
  shared: string[]
  /** Pairs of neighbouring meaning-bearing stems both hold in the same order. */
  sharedPairs: number
}

export interface RewordingOptions {
  /** Meaning-bearing words the two must share. */
  minSharedWords: number
  /** Neighbouring pairs of them, in the same order, they must share. */
  minSharedPairs: number
  /** Share of the shorter quotation's meaning-bearing words the two must share. */
  minShare: number
  /** A word more quotations hold than this says nothing of which statement it is. */
  maxBucket: number
}

/** A word that bears meaning: no function word, figure or fragment. */
function isMeaningWord(word: string): boolean {
  return word.length >= 3 && !stopwords.has(word) && !/\d/.test(word)
}

/** The stems of a quotation's meaning-bearing words, in order: no names (capitalised in `text`) either. */
export function meaningStems(words: PassageWord[], text?: string): string[] {
  return words.filter((each) => isMeaningWord(each.word) && !(text && /\p{Lu}/u.test(text[each.start] ?? ''))).map((each) => stem(each.word))
}

function pairsOf(stems: string[]): Set<string> {
  const pairs = new Set<string>()
  for (let index = 1; index < stems.length; index++) pairs.add(`${stems[index - 1]} ${stems[index]}`)
  return pairs
}

/**
 * For each quotation in `unmatched` (those with no other source's version in
 * the shingle index), the quotation of the same named speaker in another
 * source that shares the most meaning-bearing words, when it shares enough of
 * them and is itself `printed` by more than one source: two unmatched
 * quotations that resemble each other are two statements, or one may be as
 * good as the other.
 */
export function findRewordings<Q extends MeaningQuote>(printed: Q[], unmatched: Set<Q>, options: RewordingOptions): Array<Rewording<Q>> {
  const quotes = [...printed, ...unmatched]
  const stemsOf = new Map(quotes.map((quote) => [quote, meaningStems(quote.words, quote.article.text)]))
  const postings = new Map<string, Q[]>()
  for (const quote of quotes) {
    for (const each of new Set(stemsOf.get(quote))) {
      const list = postings.get(each)
      if (list) list.push(quote)
      else postings.set(each, [quote])
    }
  }
  const found: Array<Rewording<Q>> = []
  for (const quote of unmatched) {
    const own = new Set(stemsOf.get(quote))
    if (own.size < options.minSharedWords) continue
    const counts = new Map<Q, number>()
    for (const each of own) {
      const list = postings.get(each)!
      if (list.length > options.maxBucket) continue
      for (const other of list) {
        if (voterOf(other.article) !== voterOf(quote.article)) counts.set(other, (counts.get(other) ?? 0) + 1)
      }
    }
    let best: Rewording<Q> | null = null
    const ownPairs = pairsOf(stemsOf.get(quote)!)
    for (const [other, count] of counts) {
      if (unmatched.has(other) || count < options.minSharedWords || !sameSpeaker(quote.fact, other.fact)) continue
      // One named speaker on both sides, or twice the evidence in the words.
      const strictness = namedSameSpeaker(quote.fact, other.fact) ? 1 : 2
      const theirs = new Set(stemsOf.get(other))
      if (count < strictness * options.minShare * Math.min(own.size, theirs.size)) continue
      const sharedPairs = [...pairsOf(stemsOf.get(other)!)].filter((pair) => ownPairs.has(pair)).length
      if (sharedPairs < strictness * options.minSharedPairs) continue
      if (!best || count > best.shared.length || (count === best.shared.length && sharedPairs > best.sharedPairs)) {
        best = {quote, other, shared: [...own].filter((each) => theirs.has(each)), sharedPairs}
      }
    }
    if (best) found.push(best)
  }
  return found
}

/** The runs of two or more words both quotations hold, in order, that carry a meaning-bearing word. */
export function sharedRuns(a: PassageWord[], b: PassageWord[]): string[] {
  return diffArrays(a.map((word) => word.word), b.map((word) => word.word))
    .filter((part) => !part.added && !part.removed && part.value.length >= 2 && part.value.some(isMeaningWord))
    .map((part) => part.value.join(' '))
}
