import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export const meta: RuleMeta<{}> = {
  id: 'page-chrome',
  category: 'formatting',
  stage: 'article',
  severity: 'warning',
  description: 'Page chrome left in the article text: navigation, share bars, comment forms, repeated headlines',
  options: v.strictObject({}),
  criteria: ['no-page-chrome'],
  seesChrome: true
}
