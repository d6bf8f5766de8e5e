// The gate CI reads: --fail-under (lowest article score) and --fail-on
// (a finding at or above a severity). Unreadable articles are reported but
// never fail the gate by themselves.
import type {ArticleReport} from './report-types.js'

export interface GateOptions {
  failUnder: number | null
  failOn: 'error' | 'warning' | 'none'
}

export function evaluateGate(articles: ArticleReport[], options: GateOptions): {passed: boolean; reasons: string[]} {
  const reasons: string[] = []
  if (options.failUnder !== null) {
    const low = articles.filter((article) => article.score !== null && article.score < options.failUnder!)
    if (low.length > 0) {
      reasons.push(`${low.length} article${low.length === 1 ? '' : 's'} scored under ${options.failUnder}: ${low.slice(0, 5).map((a) => `${a.id} (${a.score})`).join(', ')}${low.length > 5 ? ', …' : ''}`)
    }
  }
  if (options.failOn !== 'none') {
    const levels = options.failOn === 'error' ? ['error'] : ['error', 'warning']
    const count = articles.reduce((sum, article) => sum + article.findings.filter((f) => levels.includes(f.severity)).length, 0)
    if (count > 0) reasons.push(`${count} finding${count === 1 ? '' : 's'} at ${options.failOn} level or above`)
  }
  return {passed: reasons.length === 0, reasons}
}
