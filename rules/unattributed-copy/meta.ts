import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface UnattributedCopyOptions {
  /** A sentence is shared when this share of its shingles is in the other sentence. */
  minOverlap: number
  /** Sentences shorter than this are too common to count ("The company declined to comment."). */
  minSentenceWords: number
  /** Report an article pair only when the shared sentences hold at least this many words. */
  minSharedWords: number
}

export const meta: RuleMeta<UnattributedCopyOptions> = {
  id: 'unattributed-copy',
  category: 'attribution',
  stage: 'corpus',
  severity: 'warning',
  description: 'Passages shared nearly word for word with another article of the corpus, without a credit to that outlet or a wire service',
  options: v.strictObject({
    minOverlap: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.6),
    minSentenceWords: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 10),
    minSharedWords: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 30)
  }),
  criteria: ['credited-copy'],
  uses: ['families', 'shingles']
}
