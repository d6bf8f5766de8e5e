import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface MalformedQuotationMarksOptions {
  /** Marks reported one by one; the rest of an article's are counted in one finding. */
  maxFindings: number
}

export const meta: RuleMeta<MalformedQuotationMarksOptions> = {
  id: 'malformed-quotation-marks',
  category: 'formatting',
  stage: 'article',
  severity: 'warning',
  description: 'Quotation marks that do not pair: an unclosed quote, a closing mark with no opening, an opening mark used to close',
  options: v.strictObject({
    maxFindings: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 20)
  })
}
