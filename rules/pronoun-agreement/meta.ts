import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface PronounAgreementOptions {
  /** References of the other gender an article needs before its majority counts (the flagged pronoun aside). */
  minArticle: number
  /** References of the other gender the story's other articles need before their majority counts. */
  minStory: number
}

export const meta: RuleMeta<PronounAgreementOptions> = {
  id: 'pronoun-agreement',
  category: 'translation',
  stage: 'corpus',
  severity: 'warning',
  description: 'A pronoun whose gender differs from the one the article, or the other articles of the story, use for the same person (“Keffals and his supporters” where she is “her” throughout)',
  options: v.strictObject({
    minArticle: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 2),
    minStory: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 2)
  })
}
