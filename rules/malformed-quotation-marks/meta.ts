import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export const meta: RuleMeta<{}> = {
  id: 'malformed-quotation-marks',
  category: 'formatting',
  stage: 'article',
  severity: 'warning',
  description: 'Quotation marks that do not pair: an unclosed quote, a closing mark with no opening, an opening mark used to close',
  options: v.strictObject({})
}
