// GitHub Actions workflow commands: one annotation per finding
// (`::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`),
// escaped as the runner unescapes them (actions/runner ActionCommand.cs):
// data escapes % CR LF; property values also `:` and `,`. An article's
// readability infos fold into one notice unless --verbose.
import type {ArticleReport} from '../pipeline/report-types.js'
import type {Severity} from '../pipeline/types.js'
import {foldReadability, type ShownFinding} from './fold.js'
import type {Reporter} from './reporter.js'

const command: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice'}

/** Other control characters and bidi overrides would garble the log line; % first, so nothing is escaped twice. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ' ').replace(/[\u202a-\u202e\u2066-\u2069]/g, '\ufffd')
}

export function escapeData(text: string): string {
  return clean(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function annotation(kind: string, properties: Record<string, string | number>, message: string): string {
  const list = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
  return `::${kind}${list ? ` ${list}` : ''}::${escapeData(message)}\n`
}

function findingAnnotation(article: ArticleReport, finding: ShownFinding): string {
  const {start, end} = finding
  // Columns only on a one-line span: the runner rejects them across lines.
  const place: Record<string, number> = start.line === end.line ? {line: start.line, endLine: end.line, col: start.column, endColumn: end.column} : {line: start.line, endLine: end.line}
  const message = finding.note && !finding.folded ? `${finding.message}\n${finding.note}` : finding.message
  return annotation(command[finding.severity], {file: article.path, ...place, title: `${finding.ruleId} (${finding.category})`}, message)
}

export const github: Reporter = {
  output: 'file',
  async write(report, options, sink) {
    for (const article of report.articles) {
      if (article.error) {
        await sink.write(annotation('warning', {file: article.path, title: 'corroborate: not audited'}, `could not audit: ${article.error}`))
        continue
      }
      for (const finding of foldReadability(article.findings, options.verbose)) await sink.write(findingAnnotation(article, finding))
    }
    for (const failure of report.summary.ruleFailures ?? []) {
      await sink.write(annotation('error', {title: `corroborate: rule ${failure.ruleId} failed`}, `${failure.message} (its findings${failure.article ? ` on ${failure.article}` : ''} are missing)`))
    }
    const {gate} = report.summary
    if (!gate.passed) await sink.write(annotation('error', {title: 'corroborate: gate failed'}, gate.reasons.join('; ')))
  }
}
