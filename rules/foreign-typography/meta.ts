import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export const meta: RuleMeta<{}> = {
  id: 'foreign-typography',
  category: 'translation',
  stage: 'article',
  severity: 'warning',
  description: 'Typography and number formats of another language: a space before closing quotation marks, colons, ? and !, « » guillemets, decimal commas, “14h30” times',
  options: v.strictObject({})
}
