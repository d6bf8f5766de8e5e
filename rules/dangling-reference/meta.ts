import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export const meta: RuleMeta<{}> = {
  id: 'dangling-reference',
  category: 'attribution',
  stage: 'article',
  severity: 'warning',
  description: 'A pointer to a document, video or embed (“Read the statement here.”) in a text that has no link',
  options: v.strictObject({}),
  criteria: ['sourced-claims']
}
