import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface ConflictingFactsOptions {
  /** Similarity (0–1) that aligns two claims sharing a name and an event class. */
  minSimilarity: number
  /** Similarity that aligns two claims on wording alone, or lets a single other article outvote. */
  highSimilarity: number
  /** A blocking key shared by more claims than this is too common to align on. */
  maxBucket: number
}

export const meta: RuleMeta<ConflictingFactsOptions> = {
  id: 'conflicting-facts',
  category: 'consistency',
  stage: 'corpus',
  severity: 'error',
  description: 'A date, year, count, age, role, place or recency that other articles of the corpus state differently for the same fact',
  options: v.strictObject({
    minSimilarity: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.1),
    highSimilarity: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.4),
    maxBucket: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2)), 200)
  }),
  criteria: ['no-conflicting-facts'],
  uses: ['claims']
}
