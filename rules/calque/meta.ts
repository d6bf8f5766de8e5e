import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export const meta: RuleMeta<{}> = {
  id: 'calque',
  category: 'translation',
  stage: 'corpus',
  severity: 'warning',
  description: 'Calques and false friends of translated news (“fell victim to a squash” for swatting, “The world” for Le Monde, “since three years”), with the other articles of the story that use the expected term as evidence',
  options: v.strictObject({}),
  seesChrome: true
}
