// Every single-file format end to end on the seed corpus, through the CLI as a
// user runs it: each parses as its consumer parses it and says what the JSON
// report says.
import {rmSync} from 'node:fs'
import {join} from 'node:path'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {hasSchema, readJson, runCliAsync, tempDir, timeless} from './helpers/cli.js'
import {reportErrors} from './helpers/schema.js'
import {sarifErrors} from './helpers/sarif.js'

const formats = ['json', 'stylish', 'markdown', 'sarif', 'junit', 'github'] as const
type Run = Awaited<ReturnType<typeof runCliAsync>>

describe('every format on the seed corpus', () => {
  // Made in beforeAll: a skipped suite never makes (and so never leaves) a folder.
  let dir: string
  const out: Record<string, Run> = {}
  let report: any
  afterAll(() => dir && rmSync(dir, {recursive: true, force: true}))
  beforeAll(async () => {
    dir = tempDir()
    const runs = await Promise.all([
      ...formats.map((format) => runCliAsync(['audit', 'corpus', '--format', format])),
      runCliAsync(['audit', 'corpus', '--format', 'stylish', '--verbose']),
      runCliAsync(['audit', 'corpus', '--format', 'junit', '--fail-under', '60']),
      runCliAsync(['audit', 'corpus', '--format', 'json', '--output', join(dir, 'report.json')])
    ])
    formats.forEach((format, index) => (out[format] = runs[index]))
    out.verbose = runs[formats.length]
    out.junitGate = runs[formats.length + 1]
    out.jsonFile = runs[formats.length + 2]
    report = JSON.parse(out.json.stdout)
  }, 120_000)

  it('json: streamed article by article, byte for byte JSON.stringify, valid against the contract', () => {
    for (const run of Object.values(out)) expect(run.stderr).toBe('')
    expect(out.json.stdout).toBe(JSON.stringify(report, null, 2) + '\n')
    expect(timeless(readJson(join(dir, 'report.json')))).toEqual(timeless(report))
    expect(report.articles).toHaveLength(5)
    if (hasSchema) expect(reportErrors(report)).toEqual([])
  })

  it('stylish: an article’s readability infos fold into one line unless --verbose; the scores are the same', () => {
    const readability = (text: string) => text.split('\n').filter((line) => /\binfo\b.*\breadability$/.test(line))
    const folded = readability(out.stylish.stdout)
    const every = readability(out.verbose.stdout)
    const infos = report.articles.flatMap((article: any) => article.findings).filter((f: any) => f.ruleId === 'readability')
    expect(every).toHaveLength(infos.length)
    expect(folded.length).toBeLessThanOrEqual(report.articles.length)
    expect(folded.join('\n')).toMatch(/\d+ readability infos, such as hard to read sentences, folded into one line \(--verbose lists each\)/)
    const table = (text: string) => text.slice(text.indexOf('\nScores\n'))
    expect(table(out.stylish.stdout)).toBe(table(out.verbose.stdout))
    for (const article of report.articles) expect(out.stylish.stdout).toMatch(new RegExp(`^${article.id}\\s+${article.score.toFixed(1)}\\s+${article.grade}\\s`, 'm'))
  })

  it('markdown: a summary table with each article’s score and grade, then top findings with file:line', () => {
    const rows = out.markdown.stdout.split('\n').filter((line) => line.startsWith('| `'))
    expect(rows).toHaveLength(5)
    for (const article of report.articles) {
      const row = rows.find((line) => line.includes(`\`${article.path}\``))!
      const counts = (severity: string) => article.findings.filter((f: any) => f.severity === severity).length
      expect(row).toMatch(new RegExp(`\\| ${article.score.toFixed(1)} \\| ${article.grade} \\| ${counts('error')} \\| ${counts('warning')} \\|$`))
    }
    expect(out.markdown.stdout).toMatch(/^\| article \| score \| grade \| errors \| warnings \|$/m)
    expect(out.markdown.stdout).toMatch(/^- \*\*error\*\* `corpus\/000_16e8999c50c67ddc\.txt:4:1` Unexpected `Cloudy` before `NYSE:NET`, expected `Cloudflare` \(`ticker-spinning`\)$/m)
  })

  it('sarif: valid SARIF 2.1.0, rules from meta with README help, one result per finding with its fingerprint', () => {
    const log = JSON.parse(out.sarif.stdout)
    expect(sarifErrors(log)).toEqual([])
    const run = log.runs[0]
    const rules = run.tool.driver.rules
    expect(rules.map((rule: any) => rule.id)).toContain('word-spelling')
    const wordSpelling = rules.find((rule: any) => rule.id === 'word-spelling')
    expect(wordSpelling.help.markdown).toMatch(/British/)
    expect(wordSpelling.help.markdown).not.toMatch(/## Examples/)
    expect(wordSpelling.defaultConfiguration.level).toBe('note')
    const findings = report.articles.flatMap((article: any) => article.findings.map((finding: any) => ({article, finding})))
    expect(run.results).toHaveLength(findings.length)
    findings.forEach(({article, finding}: any, index: number) => {
      const result = run.results[index]
      expect(result.ruleId).toBe(finding.ruleId)
      expect(rules[result.ruleIndex].id).toBe(finding.ruleId)
      expect(result.partialFingerprints['corroborate/fingerprint/v1']).toBe(finding.fingerprint)
      const {artifactLocation, region} = result.locations[0].physicalLocation
      expect(decodeURIComponent(artifactLocation.uri)).toBe(article.path)
      expect(region).toMatchObject({startLine: finding.start.line, startColumn: finding.start.column, endLine: finding.end.line, endColumn: finding.end.column, charOffset: finding.start.offset})
      expect(result.relatedLocations.length).toBe((finding.evidence ?? []).filter((e: any) => e.start).length)
    })
  })

  it('junit: one testsuite, a testcase per article, a failure for each article under the gate with its findings', () => {
    for (const run of [out.junit, out.junitGate]) expect(XMLValidator.validate(run.stdout)).toBe(true)
    const parse = (text: string) => new XMLParser({ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' || name === 'testsuite'}).parse(text).testsuites
    const passed = parse(out.junit.stdout)
    expect(passed.testsuite).toHaveLength(1)
    expect(passed.testsuite[0].testcase.map((test: any) => test.name)).toEqual(report.articles.map((article: any) => article.path))
    expect(passed.testsuite[0].testcase.filter((test: any) => test.failure)).toEqual([])

    const gated = parse(out.junitGate.stdout)
    const low = report.articles.filter((article: any) => article.score < 60)
    expect(low.length).toBeGreaterThan(0)
    expect(gated.failures).toBe(String(low.length))
    for (const test of gated.testsuite[0].testcase) {
      const article = report.articles.find((a: any) => a.path === test.name)
      if (article.score < 60) {
        expect(test.failure.message).toMatch(/scored [0-9.]+, under 60/)
        expect(test.failure['#text']).toContain(`${article.path}:${article.findings[0].start.line}:${article.findings[0].start.column}`)
      } else expect(test.failure).toBeUndefined()
    }
    expect(out.junitGate.code).toBe(1)
  })

  it('github: one workflow command per finding (readability infos folded), properties that decode to the path', () => {
    const lines = out.github.stdout.split('\n').filter(Boolean)
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+,line=\d+,endLine=\d+(,col=\d+,endColumn=\d+)?,title=[^:]+::\S/)
    const folded = report.articles.reduce((sum: number, article: any) => {
      const infos = article.findings.filter((f: any) => f.category === 'readability' && f.severity === 'info').length
      return sum + article.findings.length - (infos > 1 ? infos - 1 : 0)
    }, 0)
    expect(lines).toHaveLength(folded)
    expect(lines.filter((line) => line.startsWith('::error')).length).toBe(report.summary.bySeverity.error)
    // Sorted by place: 000's first line may carry its machine-translated signal before the ticker on line 4.
    expect(lines.find((line) => line.includes('title=ticker-spinning'))).toMatch(/^::error file=corpus\/000_16e8999c50c67ddc\.txt,line=4,endLine=4,col=1,endColumn=7,title=ticker-spinning \(translation\)::Unexpected `Cloudy`/)
    const files = new Set(lines.map((line) => unescapeProperty(/ file=([^,]*)/.exec(line)![1])))
    expect([...files].sort()).toEqual(report.articles.filter((a: any) => a.findings.length).map((a: any) => a.path).sort())
  })
})

/** As the Actions runner reads a property (ActionCommand.cs): %25 last. */
function unescapeProperty(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
}
