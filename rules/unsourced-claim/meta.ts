import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface UnsourcedClaimOptions {
  /** Look for hedges ("reportedly", "is said to"). */
  hedges: boolean
  /** Look for statistics and superlatives about the world. */
  statistics: boolean
}

export const meta: RuleMeta<UnsourcedClaimOptions> = {
  id: 'unsourced-claim',
  category: 'attribution',
  stage: 'article',
  severity: 'warning',
  description: 'A hedged claim, a statistic or a superlative about the world with no source in its sentence or paragraph',
  options: v.strictObject({
    hedges: v.optional(v.boolean(), true),
    statistics: v.optional(v.boolean(), true)
  }),
  criteria: ['sourced-claims']
}
