import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export const meta: RuleMeta<{}> = {
  id: 'wire-credit',
  category: 'attribution',
  stage: 'article',
  severity: 'info',
  description: 'Wire copy and photo credits, editor’s notes and correction notices, recorded in facts.extra.credits',
  options: v.strictObject({})
}
