// SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers): one run,
// `tool.driver.rules` generated from each rule's meta with its README as help,
// one result per finding with its place and the evidence as related
// locations, `partialFingerprints` from the finding's fingerprint (never
// GitHub's own `primaryLocationLineHash`, which it recomputes). Results are
// serialized article by article.
import {Readable} from 'node:stream'
import {pathToFileURL} from 'node:url'
import {JsonStreamStringify} from 'json-stream-stringify'
import type * as Sarif from 'sarif'
import {docsUrl} from '../pipeline/report.js'
import type {ArticleReport, AuditReport} from '../pipeline/report-types.js'
import type {Evidence, Finding, Point, Severity} from '../pipeline/types.js'
import type {Reporter, RuleDoc} from './reporter.js'

const level: Record<Severity, Sarif.Result.level> = {error: 'error', warning: 'warning', info: 'note'}
/** The key of our fingerprint in `partialFingerprints`: versioned, so a new scheme never matches old alerts by accident. */
export const fingerprintKey = 'corroborate/fingerprint/v1'
const rootId = 'SRCROOT'

export const sarif: Reporter = {
  output: 'file',
  async write(report, options, sink) {
    const rules = options.rules.map(descriptor)
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
    const paths = new Map(report.articles.map((article) => [article.id, article.path]))
    const run: Sarif.Run = {
      tool: {driver: {name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, informationUri: 'https://github.com/corroborate/corroborate', rules}},
      originalUriBaseIds: {[rootId]: {uri: `${pathToFileURL(options.cwd).href.replace(/\/?$/, '/')}`}},
      columnKind: 'utf16CodeUnits',
      invocations: [invocation(report)]
    }
    const results = Readable.from((function* () {
      for (const article of report.articles) for (const finding of article.findings) yield result(article, finding, ruleIndex, paths)
    })())
    const log: Sarif.Log = {$schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run]}
    const streamed = {...log, runs: [{...run, results}]}
    for await (const chunk of new JsonStreamStringify(streamed, undefined, 2)) await sink.write(chunk as string)
    await sink.write('\n')
  }
}

function descriptor({meta, readme}: RuleDoc): Sarif.ReportingDescriptor {
  const help = readme ? readmeHelp(readme) : null
  return {
    id: meta.id,
    name: meta.id.replace(/(^|-)(\w)/g, (_, _dash, letter: string) => letter.toUpperCase()),
    shortDescription: {text: meta.description},
    fullDescription: {text: help?.summary ?? meta.description},
    helpUri: docsUrl(meta.id),
    help: help ? {text: help.text, markdown: help.text} : {text: meta.description},
    defaultConfiguration: meta.severity === 'off' ? {enabled: false} : {level: level[meta.severity]},
    properties: {category: meta.category, tags: [meta.category, meta.stage], criteria: meta.criteria ?? []}
  }
}

/** A README up to its examples (they are the tests, long and article-sized) without its title; the first paragraph as a summary. */
export function readmeHelp(readme: string): {text: string; summary: string} {
  const body = readme.replace(/^# .*\n+/, '').split(/^## Examples\b/m)[0].trim()
  const summary = body.split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, ' ')
  return {text: body, summary}
}

function invocation(report: AuditReport): Sarif.Invocation {
  const notifications: Sarif.Notification[] = [
    ...(report.summary.ruleFailures ?? []).map((failure): Sarif.Notification => ({
      level: 'error',
      message: {text: `rule \`${failure.ruleId}\` failed${failure.article ? ` on ${failure.article}` : failure.story ? ` on story ${failure.story}` : ''}: ${failure.message} (its findings there are missing)`},
      associatedRule: {id: failure.ruleId}
    })),
    ...report.articles.filter((article) => article.error).map((article): Sarif.Notification => ({
      level: 'error',
      message: {text: `could not audit ${article.path}: ${article.error}`},
      locations: [{physicalLocation: {artifactLocation: artifact(article.path)}}]
    }))
  ]
  return {executionSuccessful: (report.summary.ruleFailures ?? []).length === 0, toolExecutionNotifications: notifications}
}

function result(article: ArticleReport, finding: Finding, ruleIndex: Map<string, number>, paths: Map<string, string>): Sarif.Result {
  const index = ruleIndex.get(finding.ruleId)
  return {
    ruleId: finding.ruleId,
    ...(index === undefined ? {} : {ruleIndex: index}),
    level: level[finding.severity],
    message: {text: finding.message},
    locations: [{physicalLocation: {artifactLocation: artifact(article.path), region: region(finding.start, finding.end, finding.actual)}}],
    relatedLocations: (finding.evidence ?? []).flatMap((evidence, id) => related(evidence, id, paths)),
    partialFingerprints: {[fingerprintKey]: finding.fingerprint},
    properties: {category: finding.category, confidence: finding.confidence, expected: finding.expected ?? [], ...(finding.note ? {note: finding.note} : {})}
  }
}

function related(evidence: Evidence, id: number, paths: Map<string, string>): Sarif.Location[] {
  const path = paths.get(evidence.article)
  if (!path || !evidence.start || !evidence.end) return []
  const copies = evidence.copies && evidence.copies > 1 ? ` (${evidence.copies} copies print it)` : ''
  return [{
    id,
    physicalLocation: {artifactLocation: artifact(path), region: region(evidence.start, evidence.end, evidence.text)},
    message: {text: `${evidence.article}${evidence.value ? ` says ${evidence.value}` : ''}${copies}`}
  }]
}

function region(start: Point, end: Point, snippet: string | undefined): Sarif.Region {
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    charOffset: start.offset,
    charLength: end.offset - start.offset,
    ...(snippet === undefined ? {} : {snippet: {text: snippet}})
  }
}

/** A path relative to the working directory as a URI reference: forward slashes, each segment percent-encoded. */
export function artifact(path: string): Sarif.ArtifactLocation {
  return {uri: path.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: rootId}
}
