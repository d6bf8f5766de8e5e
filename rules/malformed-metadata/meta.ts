import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export const meta: RuleMeta<{}> = {
  id: 'malformed-metadata',
  category: 'formatting',
  stage: 'article',
  severity: 'warning',
  description: 'Front matter or a sidecar .meta.yaml file that is not valid YAML',
  options: v.strictObject({}),
  seesChrome: true
}
