// Markdown for a pull-request comment: a summary table (article, score,
// grade, errors, warnings), then each article's top findings with
// file:line. Built as mdast and serialized by mdast-util-to-markdown, which
// escapes what article text could turn into markup; written row by row.
import type {InlineCode, PhrasingContent, RootContent, TableRow, Text} from 'mdast'
import {gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {toMarkdown} from 'mdast-util-to-markdown'
import type {ArticleReport, AuditReport} from '../pipeline/report-types.js'
import {foldReadability} from './fold.js'
import type {Reporter} from './reporter.js'
import {severityCounts, topFindings} from './summary.js'
import {oneLine, plural, truncate} from './text.js'

const topCount = 5
const serialize = (node: RootContent | {type: 'root'; children: RootContent[]}) =>
  toMarkdown(node as Parameters<typeof toMarkdown>[0], {extensions: [gfmTableToMarkdown({tablePipeAlign: false})], bullet: '-'})

const text = (value: string): Text => ({type: 'text', value: oneLine(value)})
const code = (value: string): InlineCode => ({type: 'inlineCode', value: oneLine(value)})

/** A message with its `quoted` parts as inline code, as the messages are written. */
function messageContent(message: string): PhrasingContent[] {
  return oneLine(message).split(/`([^`]*)`/).map((part, index) => (index % 2 ? code(part) : text(part))).filter((node) => node.value !== '')
}

function row(cells: PhrasingContent[][]): TableRow {
  return {type: 'tableRow', children: cells.map((children) => ({type: 'tableCell', children}))}
}

function articleRow(article: ArticleReport): TableRow {
  const count = severityCounts(article.findings)
  const name: PhrasingContent[] = [code(article.path), ...(article.title ? [text(` ${truncate(article.title, 60)}`)] : [])]
  if (article.error) return row([name, [text('—')], [text('—')], [text(`unreadable: ${article.error}`)], [text('—')]])
  return row([name, [text(article.score === null ? '—' : article.score.toFixed(1))], [text(article.grade ?? '—')], [text(String(count.error))], [text(String(count.warning))]])
}

function summaryLine(report: AuditReport): RootContent {
  const {summary} = report
  return {type: 'paragraph', children: [
    {type: 'strong', children: [text(plural(summary.articles, 'article'))]},
    text(`: ${plural(summary.bySeverity.error, 'error')}, ${plural(summary.bySeverity.warning, 'warning')}, ${summary.bySeverity.info} info` +
      `${summary.meanScore === null ? '' : `; mean score ${summary.meanScore}`}. `),
    {type: 'strong', children: [text(summary.gate.passed ? 'Gate passed.' : `Gate failed: ${summary.gate.reasons.join('; ')}.`)]}
  ]}
}

function articleFindings(article: ArticleReport, verbose: boolean): RootContent[] {
  const shown = foldReadability(article.findings, verbose)
  const top = topFindings(shown, topCount)
  const items = top.map((finding) => ({
    type: 'listItem' as const,
    spread: false,
    children: [{type: 'paragraph' as const, children: [
      {type: 'strong' as const, children: [text(finding.severity)]},
      text(' '),
      code(`${article.path}:${finding.start.line}:${finding.start.column}`),
      text(' '),
      ...messageContent(finding.message),
      text(' ('),
      code(finding.ruleId),
      text(')')
    ]}]
  }))
  const more = shown.length - top.length
  return [
    {type: 'heading', depth: 3, children: [code(article.path)]},
    {type: 'list', ordered: false, spread: false, children: items},
    ...(more > 0 ? [{type: 'paragraph' as const, children: [{type: 'emphasis' as const, children: [text(`and ${plural(more, 'more finding')}`)]}]}] : [])
  ]
}

export const markdown: Reporter = {
  output: 'file',
  async write(report, options, sink) {
    await sink.write(serialize({type: 'root', children: [{type: 'heading', depth: 2, children: [text('corroborate report')]}, summaryLine(report)]}) + '\n')
    const header = row(['article', 'score', 'grade', 'errors', 'warnings'].map((title) => [text(title)]))
    await sink.write(serialize({type: 'table', align: ['left', 'right', 'center', 'right', 'right'], children: [header]}))
    for (const article of report.articles) await sink.write(serialize(articleRow(article)))
    const withFindings = report.articles.filter((article) => article.findings.length > 0)
    if (withFindings.length === 0) return
    await sink.write('\n' + serialize({type: 'heading', depth: 2, children: [text(`Top findings (up to ${topCount} an article)`)]}))
    for (const article of withFindings) await sink.write('\n' + serialize({type: 'root', children: articleFindings(article, options.verbose)}))
  }
}
