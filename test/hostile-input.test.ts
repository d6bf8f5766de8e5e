// No format breaks on hostile input: quotes, ampersands, markup, newlines,
// tabs, control characters, terminal escapes, right-to-left text and bidi
// overrides, in article text and in file names (test/helpers/hostile.ts).
import {readdirSync, readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {hasSchema, runCliAsync, tempDir} from './helpers/cli.js'
import {writeHostileCorpus} from './helpers/hostile.js'
import {pageFacts} from './helpers/html.js'
import {reportErrors} from './helpers/schema.js'
import {sarifErrors} from './helpers/sarif.js'

const formats = ['json', 'stylish', 'markdown', 'sarif', 'junit', 'github'] as const
/** What may not reach a line-based format raw: C0/C1 controls but newline, and bidi overrides. */
const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('hostile file names and text', () => {
  // Made in beforeAll: a skipped suite never makes (and so never leaves) a folder.
  let dir: string
  const out: Record<string, {code: number | null; stdout: string; stderr: string}> = {}
  let names: string[]
  let report: any
  afterAll(() => dir && rmSync(dir, {recursive: true, force: true}))
  beforeAll(async () => {
    dir = tempDir()
    const corpus = join(dir, 'corpus')
    names = writeHostileCorpus(corpus)
    const runs = await Promise.all([
      ...formats.map((format) => runCliAsync(['audit', '.', '--format', format, '--stories', 'one'], corpus)),
      runCliAsync(['audit', '.', '--format', 'html', '--output', join(dir, 'site'), '--stories', 'one'], corpus)
    ])
    formats.forEach((format, index) => (out[format] = runs[index]))
    out.html = runs[formats.length]
    report = JSON.parse(out.json.stdout)
  }, 120_000)

  it('audits every file, and the JSON keeps every name and text exactly', () => {
    // Nothing on stderr but the progress line a slow run prints every ten seconds off a terminal (seven runs share two cores).
    for (const run of Object.values(out)) expect({...run, stderr: run.stderr.replace(/^corroborate: progress: .*\n/gm, '')}).toMatchObject({code: 0, stderr: ''})
    expect(report.articles.map((article: any) => article.path).sort()).toEqual([...names].sort())
    expect(report.articles.flatMap((article: any) => article.findings).length).toBeGreaterThan(50)
    expect(report.articles.some((article: any) => article.findings.some((f: any) => f.ruleId === 'quote-drift' && f.actual.includes('<img')))).toBe(true)
    if (hasSchema) expect(reportErrors(report)).toEqual([])
  })

  it('stylish and github: one record a line, no control character or bidi override', () => {
    for (const format of ['stylish', 'github'] as const) {
      for (const line of out[format].stdout.split('\n')) expect(line).not.toMatch(unsafe)
    }
    const commands = out.github.stdout.split('\n').filter(Boolean)
    for (const line of commands) expect(line).toMatch(/^::(error|warning|notice) file=[^,]*,line=\d+,endLine=\d+(,col=\d+,endColumn=\d+)?,title=[^:]*::/)
    const count = report.articles.reduce((sum: number, article: any) => {
      const infos = article.findings.filter((f: any) => f.category === 'readability' && f.severity === 'info').length
      return sum + article.findings.length - Math.max(0, infos - 1)
    }, 0)
    expect(commands).toHaveLength(count)
    expect(out.stylish.stdout.split('\n').filter((line) => /^\S/.test(line) && line.includes('.txt')).length).toBe(names.length)
  })

  it('markdown: one table row per article, markup and pipes escaped', () => {
    const rows = out.markdown.stdout.split('\n').filter((line) => line.startsWith('| `'))
    expect(rows).toHaveLength(names.length)
    for (const row of rows) expect(row).toMatch(/^\| .* \| [\d.]+ \| [A-F] \| \d+ \| \d+ \|$/)
    // Code spans render literally; outside them every `<` must be escaped.
    const prose = out.markdown.stdout.replace(/(`+)[^`]*?\1/g, '')
    expect(prose).not.toMatch(/(?<!\\)</)
    expect(out.markdown.stdout).not.toMatch(unsafe)
  })

  it('sarif: valid, and each artifact URI decodes to the file name', () => {
    const log = JSON.parse(out.sarif.stdout)
    expect(sarifErrors(log)).toEqual([])
    const uris = new Set<string>(log.runs[0].results.map((result: any) => decodeURIComponent(result.locations[0].physicalLocation.artifactLocation.uri)))
    expect([...uris].sort()).toEqual([...names].sort())
  })

  it('junit: well-formed XML with a testcase per file', () => {
    expect(XMLValidator.validate(out.junit.stdout)).toBe(true)
    const suites = new XMLParser({ignoreAttributes: false, attributeNamePrefix: ''}).parse(out.junit.stdout).testsuites
    expect(suites.testsuite.testcase).toHaveLength(names.length)
  })

  it('html: every page has the policy, our script alone, no handler or javascript: link from data', () => {
    const site = join(dir, 'site')
    const pages = ['index.html', ...readdirSync(join(site, 'articles')).map((name) => join('articles', name))]
    expect(pages).toHaveLength(names.length + 1)
    for (const page of pages) {
      const html = readFileSync(join(site, page), 'utf8')
      const facts = pageFacts(html)
      expect(facts.csp).toBe("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'")
      expect(facts.scripts).toEqual([page === 'index.html' ? 'assets/report.js' : '../assets/report.js'])
      expect(facts.handlers).toEqual([])
      expect(facts.unsafeUrls).toEqual([])
      // A title in the data never closes the page's title early.
      expect(facts.titles).toHaveLength(1)
      expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
    }
  })
})
