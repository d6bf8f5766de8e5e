import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface UntranslatedFragmentOptions {
  /** The fewest words a run of another language needs before it is flagged. */
  minRun: number
}

export const meta: RuleMeta<UntranslatedFragmentOptions> = {
  id: 'untranslated-fragment',
  category: 'translation',
  stage: 'article',
  severity: 'warning',
  description: 'Words left in the source language: runs of French, Spanish, German, Italian, Portuguese or Dutch, other scripts, bracketed leftovers (“[sa]”, “[s]we”)',
  options: v.strictObject({
    minRun: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2)), 3)
  })
}
