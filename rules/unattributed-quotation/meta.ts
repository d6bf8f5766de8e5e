import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface UnattributedQuotationOptions {
  /** Shorter quotations are names, titles or scare quotes, not statements. */
  minWords: number
  /** A quotation inside a sentence of the reporter's is a statement only from this many words. */
  minEmbeddedWords: number
}

export const meta: RuleMeta<UnattributedQuotationOptions> = {
  id: 'unattributed-quotation',
  category: 'attribution',
  stage: 'article',
  severity: 'warning',
  description: 'A quotation with no speaker in its sentence, the sentence before it ending in a colon, or the words after it',
  options: v.strictObject({
    minWords: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 5),
    minEmbeddedWords: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 15)
  }),
  criteria: ['attributed-quotes']
}
