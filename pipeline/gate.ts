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
  const gate = createGate(options)
  for (const article of articles) gate.add(article, article.findings)
  return gate.verdict()
}

/** The gate, fed one article at a time (a large audit never holds every finding at once). */
export function createGate(options: GateOptions): {add(article: Pick<ArticleReport, 'id' | 'path' | 'score' | 'error'>, findings: Array<Pick<Finding, 'severity' | 'fingerprint'>>): void; verdict(): GateVerdict} {
  const fresh = (finding: Pick<Finding, 'severity' | 'fingerprint'>) => !options.baseline?.has(finding.fingerprint)
  const levels = options.failOn === 'error' ? ['error'] : options.failOn === 'warning' ? ['error', 'warning'] : []
  const failing: GateVerdict['articles'] = []
  let warnings = 0
  let failOnCount = 0
  // The articles behind each reason, for the summary line that names them.
  const over: Array<{id: string; path: string}> = []
  const low: Array<{id: string; path: string; score: number}> = []
  return {
    add(article, all) {
      if (article.error || (options.gated && !options.gated.has(article.path))) return
      const findings = all.filter(fresh)
      warnings += findings.filter((finding) => finding.severity === 'warning').length
      const reasons: string[] = []
      const overCount = findings.filter((finding) => levels.includes(finding.severity)).length
      if (overCount > 0) {
        reasons.push(`${plural(overCount, 'finding')} at ${options.failOn} level or above${options.baseline ? ' not in the baseline' : ''}`)
        failOnCount += overCount
        over.push({id: article.id, path: article.path})
      }
      // An article whose every finding is accepted in the baseline passes, whatever it scores.
      const accepted = options.baseline && !findings.some((finding) => finding.severity !== 'info')
      if (options.failUnder !== null && article.score !== null && article.score < options.failUnder && !accepted) {
        reasons.push(`scored ${article.score}, under ${options.failUnder}`)
        low.push({id: article.id, path: article.path, score: article.score})
      }
      if (reasons.length > 0) failing.push({id: article.id, path: article.path, reasons})
    },
    verdict() {
      // The report lists articles by path: so does the verdict, whatever order they were added in.
      const byPath = (a: {path: string}, b: {path: string}) => a.path.localeCompare(b.path)
      failing.sort(byPath)
      low.sort(byPath)
      over.sort(byPath)
      const reasons: string[] = []
      const firstFive = (names: string[]) => `${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`
      if (low.length > 0) {
        reasons.push(`${plural(low.length, 'article')} scored under ${options.failUnder}: ${firstFive(low.map(({id, score}) => `${id} (${score})`))}`)
      }
      if (failOnCount > 0) {
        reasons.push(`${plural(failOnCount, 'finding')} at ${options.failOn} level or above${options.baseline ? ' not in the baseline' : ''}, in ${firstFive(over.map(({id}) => id))}`)
      }
      if (options.maxWarnings !== null && warnings > options.maxWarnings) {
        reasons.push(`${plural(warnings, 'warning')}${options.baseline ? ' not in the baseline' : ''}, more than the ${options.maxWarnings} allowed`)
      }
      return {passed: reasons.length === 0, reasons, articles: failing}
    }
  }
}
