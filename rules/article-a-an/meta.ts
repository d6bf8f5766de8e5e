import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export const meta: RuleMeta<{}> = {
  id: 'article-a-an',
  category: 'spelling',
  stage: 'article',
  severity: 'warning',
  description: '“a” before a vowel sound or “an” before a consonant sound, also across an opening quote (an “threat)',
  options: v.strictObject({})
}
