import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface QuoteDriftOptions {
  /** Quotations shorter than this (in words) are too common to cluster. */
  minWords: number
  /** Word n-grams shared with another article's quotation to compare the two. */
  minSharedShingles: number
  /** Other articles that must quote it differently (and outnumber those that agree). */
  minDiffering: number
  /** A shingle shared by more quotations than this is boilerplate, not a quotation. */
  maxBucket: number
  /** A reworded quotation: meaning-bearing words it shares with the same speaker's quotation elsewhere. */
  minMeaningWords: number
  /** … pairs of neighbouring meaning-bearing words in the same order. */
  minMeaningPairs: number
  /** … and the share of the shorter one's meaning-bearing words that makes. */
  minMeaningShare: number
}

export const meta: RuleMeta<QuoteDriftOptions> = {
  id: 'quote-drift',
  category: 'consistency',
  stage: 'corpus',
  severity: 'error',
  description: 'A quotation worded differently from the way most other articles quote it',
  options: v.strictObject({
    minWords: v.optional(v.pipe(v.number(), v.integer(), v.minValue(3)), 6),
    minSharedShingles: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 2),
    maxBucket: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2)), 100),
    minDiffering: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1),
    minMeaningWords: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2)), 4),
    minMeaningPairs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 2),
    minMeaningShare: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.25)
  }),
  criteria: ['quotes-match'],
  uses: ['shingles']
}
