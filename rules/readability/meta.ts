import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface ReadabilityOptions {
  /** Target reader age; a sentence is hard when enough algorithms put it above. */
  age: number
  /** Share of the seven algorithms that must agree (retext-readability's default: 4/7). */
  threshold: number
  /** Sentences with fewer words are not judged. */
  minWords: number
}

export const meta: RuleMeta<ReadabilityOptions> = {
  id: 'readability',
  category: 'readability',
  stage: 'article',
  severity: 'info',
  description: 'Hard to read sentences (seven readability formulas, as retext-readability) and document-level grade scores',
  options: v.strictObject({
    age: v.optional(v.pipe(v.number(), v.minValue(5), v.maxValue(30)), 18),
    threshold: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 4 / 7),
    minWords: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 5)
  })
}
