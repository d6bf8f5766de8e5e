import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface SelfContradictionOptions {
  /** Similarity (0–1) two sentences of one article need to count as stating the same figure. */
  minSimilarity: number
  /** A blocking key shared by more claims than this is too common to align on. */
  maxBucket: number
}

export const meta: RuleMeta<SelfContradictionOptions> = {
  id: 'self-contradiction',
  category: 'consistency',
  stage: 'corpus',
  severity: 'warning',
  description: 'An article that contradicts itself: a weekday that does not fall on its date, one count given two ways',
  options: v.strictObject({
    minSimilarity: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.3),
    maxBucket: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2)), 200)
  }),
  criteria: ['no-conflicting-facts'],
  // Within one article; the story lends a year to an undated one.
  scope: 'article',
  uses: ['claims', 'reference']
}
