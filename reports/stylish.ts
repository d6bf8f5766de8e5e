// The stylish reporter (as ESLint's): findings grouped by story and article,
// then a table of scores and grades, written an article at a time. Colours
// only on a terminal. An article's readability infos fold into one line
// unless --verbose.
import {createColors} from 'picocolors'
import type {Severity} from '../pipeline/types.js'
import type {ArticleReport, AuditReport} from '../pipeline/report-types.js'
import {foldReadability} from './fold.js'
import type {Reporter, ReporterOptions, Write} from './reporter.js'
import {groupByStory, severityCounts} from './summary.js'
import {oneLine, plural, truncate} from './text.js'

type Colors = ReturnType<typeof createColors>

export const stylish: Reporter = {
  output: 'file',
  async write(report, options, sink) {
    const c = createColors(options.color)
    const stories = groupByStory(report.articles)
    const familySize = new Map<string, number>()
    for (const article of report.articles) if (article.family) familySize.set(article.family, (familySize.get(article.family) ?? 0) + 1)
    for (const [story, articles] of stories) {
      if (stories.size > 1 && story !== null) {
        const families = new Set(articles.map((article) => article.family ?? article.id)).size
        await sink.write(c.bold(`Story ${oneLine(story)}`) + c.dim(`  ${plural(articles.length, 'article')}${families < articles.length ? `, ${families} independent` : ''}`) + '\n\n')
      }
      for (const article of articles) await writeArticle(article, familySize, options, c, sink.write)
    }
    await sink.write(c.bold('Scores') + '\n')
    await writeScoreTable([...stories.values()].flat(), c, sink.write)
    await sink.write('\n' + summaryLines(report, stories.size, c).join('\n') + '\n')
  }
}

async function writeArticle(article: ArticleReport, familySize: Map<string, number>, options: ReporterOptions, c: Colors, write: Write) {
  if (article.error) {
    await write(`${c.underline(oneLine(article.path))}\n  ${c.red('error')}  could not audit: ${oneLine(article.error)}\n\n`)
    return
  }
  const findings = foldReadability(article.findings, options.verbose)
  if (findings.length === 0) return
  const paint = painter(c)
  const copies = article.family ? (familySize.get(article.family) ?? 1) : 1
  const lines = [c.underline(oneLine(article.path)) + (article.title ? c.dim(`  ${truncate(article.title, 60)}`) : '') +
    (copies > 1 ? c.dim(`  (one text with ${plural(copies - 1, 'other article')})`) : '')]
  const rows = findings.map((finding) => [
    `${finding.start.line}:${finding.start.column}-${finding.end.line}:${finding.end.column}`,
    finding.severity,
    oneLine(finding.message),
    finding.ruleId
  ])
  const widths = [0, 1].map((index) => Math.max(...rows.map((row) => row[index].length)))
  for (const [place, severity, message, ruleId] of rows) {
    lines.push(`  ${c.dim(place.padEnd(widths[0]))}  ${paint[severity as Severity](severity.padEnd(widths[1]))}  ${message}  ${c.dim(oneLine(ruleId))}`)
  }
  await write(lines.join('\n') + '\n\n')
}

function painter(c: Colors): Record<Severity, (text: string) => string> {
  return {error: c.red, warning: c.yellow, info: c.blue}
}

function summaryLines(report: AuditReport, stories: number, c: Colors): string[] {
  const paint = painter(c)
  const {bySeverity, gate} = report.summary
  const lines = [
    `${plural(report.summary.articles, 'article')}, ` +
      `${paint.error(plural(bySeverity.error, 'error'))}, ` +
      `${paint.warning(plural(bySeverity.warning, 'warning'))}, ` +
      `${paint.info(`${bySeverity.info} info`)}` +
      (report.summary.unreadable ? `, ${c.red(`${report.summary.unreadable} unreadable`)}` : '') +
      (report.summary.meanScore !== null ? `; mean score ${report.summary.meanScore}` : '')
  ]
  if (stories > 1) lines.push(`${stories} stories`)
  for (const failure of report.summary.ruleFailures ?? []) {
    lines.push(c.red(`Rule \`${oneLine(failure.ruleId)}\` failed${failure.article ? ` on ${oneLine(failure.article)}` : failure.story ? ` on story ${oneLine(failure.story)}` : ''}: ${oneLine(failure.message)} (its findings there are missing)`))
  }
  const {baseline, changed} = report.summary
  if (baseline) {
    lines.push(`Baseline \`${oneLine(baseline.file)}\`: ${plural(baseline.matched, 'finding')} accepted` +
      (baseline.stale.length ? c.yellow(`; ${plural(baseline.stale.length, 'entry', 'entries')} no longer occur${baseline.stale.length === 1 ? 's' : ''} (prune: --write-baseline)`) : ''))
  }
  if (changed) lines.push(`Gated ${plural(changed.gated, 'article')} added or changed since ${oneLine(changed.since)} (of ${changed.audited} audited)`)
  lines.push(gate.passed ? c.green('Gate passed') : c.red(`Gate failed: ${oneLine(gate.reasons.join('; '))}`))
  // Which articles failed, and why: what a CI log reader needs first.
  for (const article of gate.articles?.slice(0, 20) ?? []) lines.push(c.red(`  ${oneLine(article.path)}: ${oneLine(article.reasons.join('; '))}`))
  if ((gate.articles?.length ?? 0) > 20) lines.push(c.red(`  … and ${gate.articles!.length - 20} more`))
  return lines
}

/** The score table, a row at a time; column widths come from a first pass over the cells. */
async function writeScoreTable(articles: ArticleReport[], c: Colors, write: Write) {
  const header = ['article', 'score', 'grade', 'errors', 'warnings', 'info', 'assessed', 'title']
  const cells = (article: ArticleReport) => {
    const count = severityCounts(article.findings)
    const assessed = article.criteria.filter((criterion) => criterion.passed !== null).length
    return [
      oneLine(article.id),
      article.score === null ? '—' : article.score.toFixed(1),
      article.grade ?? '—',
      String(count.error),
      String(count.warning),
      String(count.info),
      article.error ? '—' : `${assessed}/${article.criteria.length}`,
      article.error ? `unreadable: ${oneLine(article.error)}` : truncate(article.title ?? '', 50)
    ]
  }
  const widths = header.map((title) => title.length)
  for (const article of articles) cells(article).forEach((cell, index) => (widths[index] = Math.max(widths[index], cell.length)))
  const numeric = new Set([1, 3, 4, 5, 6])
  const gradeColor = (grade: string) => (grade === 'A' || grade === 'B' ? c.green : grade === 'C' ? c.yellow : c.red)(grade)
  const line = (row: string[], colored: boolean) => row.map((cell, index) => {
    if (index === row.length - 1) return cell
    const padded = numeric.has(index) ? cell.padStart(widths[index]) : cell.padEnd(widths[index])
    return colored && index === 2 && cell !== '—' ? padded.replace(cell, gradeColor(cell)) : padded
  }).join('  ')
  await write(c.dim(line(header, false)) + '\n')
  for (const article of articles) await write(line(cells(article), true) + '\n')
}
