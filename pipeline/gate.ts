// The gate CI reads: --fail-under (an article's score), --fail-on (a finding
// at or above a severity), --max-warnings (warnings over the whole run). With
// a baseline, only findings not in it count: an article whose findings are
// all accepted passes whatever its score. With --changed-since, only the
// articles added or changed are gated (the rest are still audited: cross-
// article checks need them). Unreadable articles never fail the gate.
import type {ArticleReport, GateVerdict} from './report-types.js'
import type {Finding} from './types.js'

export interface GateOptions {
  failUnder: number | null
  failOn: 'error' | 'warning' | 'none'
  maxWarnings: number | null
  /** Fingerprints of accepted findings: only the others gate. */
  baseline?: ReadonlySet<string> | null
  /** Paths (as the report gives them) of the articles the gate looks at; absent: all. */
  gated?: ReadonlySet<string> | null
}

export type {GateVerdict} from './report-types.js'

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

export function evaluateGate(articles: ArticleReport[], options: GateOptions): GateVerdict {
  const fresh = (finding: Finding) => !options.baseline?.has(finding.fingerprint)
  const levels = options.failOn === 'error' ? ['error'] : options.failOn === 'warning' ? ['error', 'warning'] : []
  const failing: GateVerdict['articles'] = []
  let warnings = 0
  let failOnCount = 0
  let lowCount = 0
  for (const article of articles) {
    if (article.error || (options.gated && !options.gated.has(article.path))) continue
    const findings = article.findings.filter(fresh)
    warnings += findings.filter((finding) => finding.severity === 'warning').length
    const reasons: string[] = []
    const over = findings.filter((finding) => levels.includes(finding.severity)).length
    if (over > 0) {
      reasons.push(`${plural(over, 'finding')} at ${options.failOn} level or above${options.baseline ? ' not in the baseline' : ''}`)
      failOnCount += over
    }
    // An article whose every finding is accepted in the baseline passes, whatever it scores.
    const accepted = options.baseline && !findings.some((finding) => finding.severity !== 'info')
    if (options.failUnder !== null && article.score !== null && article.score < options.failUnder && !accepted) {
      reasons.push(`scored ${article.score}, under ${options.failUnder}`)
      lowCount++
    }
    if (reasons.length > 0) failing.push({id: article.id, path: article.path, reasons})
  }
  const reasons: string[] = []
  const named = (list: typeof failing) => `${list.slice(0, 5).map((article) => article.id).join(', ')}${list.length > 5 ? ', …' : ''}`
  if (lowCount > 0) {
    const low = failing.filter((article) => article.reasons.some((reason) => reason.startsWith('scored')))
    reasons.push(`${plural(lowCount, 'article')} scored under ${options.failUnder}: ${low.slice(0, 5).map((article) => `${article.id} (${article.reasons.find((reason) => reason.startsWith('scored'))!.split(' ')[1].replace(',', '')})`).join(', ')}${low.length > 5 ? ', …' : ''}`)
  }
  if (failOnCount > 0) {
    const over = failing.filter((article) => article.reasons.some((reason) => reason.includes('level or above')))
    reasons.push(`${plural(failOnCount, 'finding')} at ${options.failOn} level or above${options.baseline ? ' not in the baseline' : ''}, in ${named(over)}`)
  }
  if (options.maxWarnings !== null && warnings > options.maxWarnings) {
    reasons.push(`${plural(warnings, 'warning')}${options.baseline ? ' not in the baseline' : ''}, more than the ${options.maxWarnings} allowed`)
  }
  return {passed: reasons.length === 0, reasons, articles: failing}
}
