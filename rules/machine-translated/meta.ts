import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface MachineTranslatedOptions {
  /** The signal (0–1) from which the article is reported as likely machine-translated or spun. */
  threshold: number
  /** The most the style measures alone can add to the signal (0 turns them off); below `threshold`, style alone reports nothing. */
  style: number
}

export const meta: RuleMeta<MachineTranslatedOptions> = {
  id: 'machine-translated',
  category: 'translation',
  stage: 'corpus',
  scope: 'article',
  uses: ['findings'],
  severity: 'warning',
  description: 'An article likely machine-translated or spun without notice: a score from the density and variety of the other translation findings, with them as evidence, and from how far its style stands from newsroom copy',
  options: v.strictObject({
    threshold: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.6),
    style: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.5)
  }),
  criteria: ['not-machine-translated']
}
