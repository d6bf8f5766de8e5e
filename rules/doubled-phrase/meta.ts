import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface DoubledPhraseOptions {
  /** The longest phrase (in words) compared on either side of `and`, `or`, `then`. */
  maxPhrase: number
  /** The shortest phrase (in words) that counts as a loop when it repeats right after itself. */
  minLoop: number
}

export const meta: RuleMeta<DoubledPhraseOptions> = {
  id: 'doubled-phrase',
  category: 'translation',
  stage: 'article',
  severity: 'warning',
  description: 'A coordination with the same words on both sides (“harassment and harassment”, “tweeted then tweeted”), a word repeated (also across a line break) and a phrase looping on itself',
  options: v.strictObject({
    maxPhrase: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(8)), 4),
    minLoop: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2)), 3)
  })
}
