import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export const meta: RuleMeta<{}> = {
  id: 'vague-source',
  category: 'attribution',
  stage: 'article',
  severity: 'info',
  description: 'A source too vague to check: “sources said”, “critics say”, “it is believed that”',
  options: v.strictObject({})
}
