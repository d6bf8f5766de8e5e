// JUnit XML, which every CI system reads as a test report: one testsuite per
// run, one testcase per article, a failure when the article fails the gate
// (--fail-under, --fail-on, with a baseline only its new findings) with its findings in the failure body; an article
// that could not be read is skipped, as it never fails the gate. xmlbuilder2
// escapes and replaces characters XML 1.0 cannot hold; testcases are written
// one at a time.
import {create, fragment} from 'xmlbuilder2'
import {evaluateGate} from '../pipeline/gate.js'
import type {ArticleReport} from '../pipeline/report-types.js'
import {foldReadability} from './fold.js'
import type {Reporter, ReporterOptions} from './reporter.js'
import {severityCounts} from './summary.js'
import {oneLine} from './text.js'

const xmlOptions = {invalidCharReplacement: '\ufffd'}
const placeholder = '<!-- testcases -->'

export const junit: Reporter = {
  output: 'file',
  async write(report, options, sink) {
    // The run's own verdicts (a baseline, --changed-since and --max-warnings applied); an older report, evaluated here.
    const failing = new Map(report.summary.gate.articles?.map((article) => [article.path, article.reasons]) ?? [])
    const verdicts = report.articles.map((article) => article.error ? null
      : report.summary.gate.articles ? {passed: !failing.has(article.path), reasons: failing.get(article.path) ?? []}
        : evaluateGate([article], options.gate))
    const failures = verdicts.filter((verdict) => verdict && !verdict.passed).length
    const skipped = verdicts.filter((verdict) => !verdict).length
    const counts = {tests: String(report.articles.length), failures: String(failures), errors: '0', skipped: String(skipped)}
    const document = create({version: '1.0', encoding: 'UTF-8', ...xmlOptions})
      .ele('testsuites').att({name: 'corroborate', ...counts})
      .ele('testsuite').att({name: 'corroborate audit', ...counts, timestamp: report.generatedAt})
      .com(' testcases ').up().up()
      .end({prettyPrint: true})
    const [head, tail] = document.split(placeholder)
    await sink.write(head.trimEnd() + '\n')
    for (const [index, article] of report.articles.entries()) await sink.write(testcase(article, verdicts[index], options) + '\n')
    await sink.write(tail.replace(/^\n/, '') + '\n')
  }
}

function testcase(article: ArticleReport, verdict: {passed: boolean; reasons: string[]} | null, options: ReporterOptions): string {
  const element = fragment(xmlOptions).ele('testcase').att({
    name: article.path,
    classname: `corroborate.${article.story ?? 'unreadable'}`,
    file: article.path
  })
  if (!verdict) {
    element.ele('skipped').att('message', `could not audit: ${oneLine(article.error ?? '')}`)
  } else if (!verdict.passed) {
    element.ele('failure').att({message: oneLine(verdict.reasons.join('; ')), type: 'gate'}).txt(findingLines(article, options.verbose))
  }
  if (verdict) element.ele('system-out').txt(scoreLine(article))
  return element.end({prettyPrint: true, offset: 2})
}

function scoreLine(article: ArticleReport): string {
  const count = severityCounts(article.findings)
  return `score ${article.score ?? '—'} (${article.grade ?? '—'}): ${count.error} errors, ${count.warning} warnings, ${count.info} info`
}

/** Each finding as `path:line:column severity message (rule)`: the lines a reader of a CI log can click. */
function findingLines(article: ArticleReport, verbose: boolean): string {
  return foldReadability(article.findings, verbose)
    .map((finding) => `${oneLine(article.path)}:${finding.start.line}:${finding.start.column} ${finding.severity} ${oneLine(finding.message)} (${finding.ruleId})`)
    .join('\n')
}
