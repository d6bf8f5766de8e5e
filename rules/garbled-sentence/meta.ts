import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export const meta: RuleMeta<{}> = {
  id: 'garbled-sentence',
  category: 'translation',
  stage: 'article',
  severity: 'warning',
  description: 'A sentence broken in translation: a lower-case word after a full stop (“in addition. jurisdictions”), word pairs grammar does not allow (“an the”)',
  options: v.strictObject({})
}
