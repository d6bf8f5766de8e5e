import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface ReusedHeadlineOptions {
  /** Shorter headings ("Analysis", "What happened") are too common to mean anything. */
  minWords: number
}

export const meta: RuleMeta<ReusedHeadlineOptions> = {
  id: 'reused-headline',
  category: 'attribution',
  stage: 'corpus',
  // About copying itself: every article, copies included.
  scope: 'copies',
  severity: 'info',
  description: 'The same headline or heading line in more than one article of the corpus',
  options: v.strictObject({
    minWords: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 5)
  })
}
