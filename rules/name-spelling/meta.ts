import * as v from 'valibot'
import {consensusOptions} from '../../pipeline/names/corpus-names.js'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface NameSpellingOptions {
  /** Independent articles that must use the canonical form mid-sentence before a variant is an error. */
  minSupport: number
  /** The canonical form must be used by at least this many times as many articles as the variant. */
  ratio: number
  /** Shorter names (Kim, Moon) are one edit away from too many other names. */
  minLength: number
  /** Names never to flag, as Vale vocabularies accept them. */
  accept: string[]
  /** Known wrong forms and their right ones, flagged wherever they occur. */
  reject: Record<string, string>
}

export const meta: RuleMeta<NameSpellingOptions> = {
  id: 'name-spelling',
  category: 'spelling',
  stage: 'corpus',
  severity: 'error',
  description: 'A name spelt differently from the form most independent articles of the corpus use',
  options: v.strictObject({
    ...consensusOptions,
    minLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2)), 5),
    accept: v.optional(v.array(v.string()), []),
    reject: v.optional(v.record(v.string(), v.string()), {})
  }),
  criteria: ['names-correct'],
  uses: ['names']
}
