// The scorecard's criteria, in the manner of NewsGuard's: each is pass/fail
// and worth points. A criterion is assessed by article metadata or by the
// rules that name it in their `meta.criteria`; with no such rule enabled it is
// "not assessed" (passed: null), never passed by default.
import type {ArticleMeta} from '../types.js'

export interface CriterionDefinition {
  id: string
  label: string
  points: number
  /** Assessed from metadata rather than from findings. */
  fromMeta?: (meta: ArticleMeta) => boolean
}

export const criteria: CriterionDefinition[] = [
  {id: 'named-author', label: 'Names its author', points: 10, fromMeta: (meta) => Boolean(meta.byline)},
  {id: 'dated', label: 'States its publication date', points: 5, fromMeta: (meta) => Boolean(meta.published)},
  {id: 'attributed-quotes', label: 'Quotations are attributed', points: 15},
  {id: 'sourced-claims', label: 'Statistics and claims are sourced', points: 10},
  {id: 'credited-copy', label: 'Reused copy is credited', points: 5},
  {id: 'no-conflicting-facts', label: 'No facts that conflict with other articles', points: 15},
  {id: 'quotes-match', label: 'Quotations match other sources', points: 10},
  {id: 'names-correct', label: 'Names are spelt correctly', points: 10},
  {id: 'not-machine-translated', label: 'Not machine-translated or spun without notice', points: 10},
  {id: 'no-page-chrome', label: 'Free of page chrome', points: 5}
]

export const criterionIds = criteria.map((criterion) => criterion.id)

export const defaultGrades: Array<{grade: string; min: number}> = [
  {grade: 'A', min: 90},
  {grade: 'B', min: 80},
  {grade: 'C', min: 70},
  {grade: 'D', min: 60},
  {grade: 'F', min: 0}
]

/** What one finding takes off its category's sub-score, scaled by its confidence. */
export const defaultSeverityPenalty = {error: 15, warning: 6, info: 1}
