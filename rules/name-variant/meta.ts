import * as v from 'valibot'
import {consensusOptions} from '../../pipeline/names/corpus-names.js'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface NameVariantOptions {
  /** Independent articles that must use the canonical full name. */
  minSupport: number
  /** The canonical given name needs this many times as many articles as the variant. */
  ratio: number
  /** Jaro–Winkler similarity of the two given names, at least. */
  minSimilarity: number
}

export const meta: RuleMeta<NameVariantOptions> = {
  id: 'name-variant',
  category: 'spelling',
  stage: 'corpus',
  severity: 'error',
  description: 'A person named with a variant of the given name the other articles use (Matteo Prince for Matthew Prince)',
  options: v.strictObject({
    ...consensusOptions,
    minSimilarity: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.84)
  }),
  criteria: ['names-correct']
}
