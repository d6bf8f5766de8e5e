import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface MachineTranslatedOptions {
  /** The signal (0–1) from which the article is reported as likely machine-translated or spun. */
  threshold: number
}

export const meta: RuleMeta<MachineTranslatedOptions> = {
  id: 'machine-translated',
  category: 'translation',
  stage: 'corpus',
  scope: 'article',
  uses: ['findings'],
  severity: 'warning',
  description: 'An article likely machine-translated or spun without notice: a score from the density and variety of the other translation findings, with them as evidence',
  options: v.strictObject({
    threshold: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.6)
  }),
  criteria: ['not-machine-translated']
}
