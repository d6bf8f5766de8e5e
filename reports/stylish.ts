// The stylish reporter (as ESLint's): findings grouped by article, then a
// table of scores and grades. Colours only when the output is a terminal.
import {createColors} from 'picocolors'
import type {Severity} from '../pipeline/types.js'
import type {ArticleReport, AuditReport} from '../pipeline/report-types.js'

export interface StylishOptions {
  color: boolean
  /** Only errors and warnings (--quiet). */
  quiet?: boolean
}

export function formatStylish(report: AuditReport, options: StylishOptions): string {
  const c = createColors(options.color)
  const paint: Record<Severity, (text: string) => string> = {error: c.red, warning: c.yellow, info: c.blue}
  const out: string[] = []

  // Articles grouped by story (each story's cross-article evidence comes from itself alone).
  const stories = groupByStory(report.articles)
  const familySize = new Map<string, number>()
  for (const article of report.articles) if (article.family) familySize.set(article.family, (familySize.get(article.family) ?? 0) + 1)
  for (const [story, articles] of stories) {
    if (stories.size > 1 && story !== null) {
      const families = new Set(articles.map((article) => article.family ?? article.id)).size
      out.push(c.bold(`Story ${oneLine(story)}`) + c.dim(`  ${articles.length} article${articles.length === 1 ? '' : 's'}${families < articles.length ? `, ${families} independent` : ''}`), '')
    }
    for (const article of articles) writeArticle(article)
  }

  function writeArticle(article: ArticleReport) {
    const findings = article.findings.filter((finding) => !options.quiet || finding.severity !== 'info')
    if (article.error) {
      out.push(c.underline(oneLine(article.path)), `  ${c.red('error')}  could not audit: ${oneLine(article.error)}`, '')
      return
    }
    if (findings.length === 0) return
    const copies = article.family ? (familySize.get(article.family) ?? 1) : 1
    out.push(c.underline(oneLine(article.path)) + (article.title ? c.dim(`  ${truncate(article.title, 60)}`) : '') +
      (copies > 1 ? c.dim(`  (one text with ${copies - 1} other article${copies === 2 ? '' : 's'})`) : ''))
    const rows = findings.map((finding) => [
      `${finding.start.line}:${finding.start.column}-${finding.end.line}:${finding.end.column}`,
      finding.severity,
      oneLine(finding.message),
      finding.ruleId
    ])
    const widths = [0, 1].map((index) => Math.max(...rows.map((row) => row[index].length)))
    for (const [place, severity, message, ruleId] of rows) {
      out.push(`  ${c.dim(place.padEnd(widths[0]))}  ${paint[severity as Severity](severity.padEnd(widths[1]))}  ${message}  ${c.dim(ruleId)}`)
    }
    out.push('')
  }

  out.push(c.bold('Scores'))
  out.push(scoreTable([...stories.values()].flat(), c))
  const {bySeverity, gate} = report.summary
  out.push('')
  out.push(
    `${report.summary.articles} article${report.summary.articles === 1 ? '' : 's'}, ` +
      `${paint.error(`${bySeverity.error} error${bySeverity.error === 1 ? '' : 's'}`)}, ` +
      `${paint.warning(`${bySeverity.warning} warning${bySeverity.warning === 1 ? '' : 's'}`)}, ` +
      `${paint.info(`${bySeverity.info} info`)}` +
      (report.summary.unreadable ? `, ${c.red(`${report.summary.unreadable} unreadable`)}` : '') +
      (report.summary.meanScore !== null ? `; mean score ${report.summary.meanScore}` : '')
  )
  if (stories.size > 1) out.push(`${stories.size} stories`)
  for (const failure of report.summary.ruleFailures ?? []) {
    out.push(c.red(`Rule \`${failure.ruleId}\` failed${failure.article ? ` on ${oneLine(failure.article)}` : failure.story ? ` on story ${oneLine(failure.story)}` : ''}: ${oneLine(failure.message)} (its findings there are missing)`))
  }
  out.push(gate.passed ? c.green('Gate passed') : c.red(`Gate failed: ${gate.reasons.join('; ')}`))
  return out.join('\n') + '\n'
}

function groupByStory(articles: ArticleReport[]): Map<string | null, ArticleReport[]> {
  const groups = new Map<string | null, ArticleReport[]>()
  for (const article of articles) {
    const key = article.story ?? null
    groups.set(key, [...(groups.get(key) ?? []), article])
  }
  return groups
}

function scoreTable(articles: ArticleReport[], c: ReturnType<typeof createColors>): string {
  const header = ['article', 'score', 'grade', 'errors', 'warnings', 'info', 'assessed', 'title']
  const rows = articles.map((article) => {
    const count = (severity: Severity) => String(article.findings.filter((f) => f.severity === severity).length)
    const assessed = article.criteria.filter((criterion) => criterion.passed !== null).length
    return [
      article.id,
      article.score === null ? '—' : article.score.toFixed(1),
      article.grade ?? '—',
      count('error'),
      count('warning'),
      count('info'),
      article.error ? '—' : `${assessed}/${article.criteria.length}`,
      article.error ? `unreadable: ${article.error}` : truncate(article.title ?? '', 50)
    ]
  })
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index].length)))
  const numeric = new Set([1, 3, 4, 5, 6])
  const gradeColor = (grade: string) => (grade === 'A' || grade === 'B' ? c.green : grade === 'C' ? c.yellow : c.red)(grade)
  const line = (row: string[], colored: boolean) => row.map((cell, index) => {
    if (index === row.length - 1) return cell
    const padded = numeric.has(index) ? cell.padStart(widths[index]) : cell.padEnd(widths[index])
    return colored && index === 2 && cell !== '—' ? padded.replace(cell, gradeColor(cell)) : padded
  }).join('  ')
  return [c.dim(line(header, false)), ...rows.map((row) => line(row, true))].join('\n')
}

function truncate(text: string, max: number): string {
  const flat = oneLine(text)
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat
}

/** Article text in a message must not move the terminal cursor or inject escapes. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
}
