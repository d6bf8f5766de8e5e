// End-to-end: the CLI as a user runs it, on the bundled corpus and on bad input.
import {copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {hasSchema, readJson, root, runCli, tempDir, timeless} from './helpers/cli.js'
import {reportErrors} from './helpers/schema.js'

const seeds = ['000_16e8999c50c67ddc', '001_94c4b291707b921f', '002_a510784a087fc86d', '003_6226eba5f95f2533', '004_52e893f36c60436a']

describe('corroborate audit corpus', () => {
  let dir: string
  let report: any
  let run: ReturnType<typeof runCli>
  beforeAll(() => {
    dir = tempDir()
    run = runCli(['audit', 'corpus', '--format', 'json', '--output', join(dir, 'r.json')])
    report = readJson(join(dir, 'r.json'))
  })

  it('exits 0 and scores the five seed articles', () => {
    expect(run.code).toBe(0)
    expect(report.articles.map((article: any) => article.id)).toEqual(seeds)
    for (const article of report.articles) {
      expect(article.score).toBeGreaterThanOrEqual(0)
      expect(article.score).toBeLessThanOrEqual(100)
      expect(article.grade).toMatch(/^[A-F]$/)
      expect(article.readability.words).toBeGreaterThan(300)
    }
  })

  it.skipIf(!hasSchema)('writes a report valid against ../shared/report.schema.json', () => {
    expect(reportErrors(report)).toEqual([])
  })

  it('flags the page chrome of 001 and 004 and leaves 003 free of it', () => {
    const chrome = (id: string) => report.articles.find((a: any) => a.id === id).findings
      .filter((f: any) => f.ruleId === 'page-chrome').map((f: any) => f.actual)
    expect(chrome('001_94c4b291707b921f')).toEqual(expect.arrayContaining(['Now Reading', 'Scroll To Top']))
    expect(chrome('004_52e893f36c60436a')).toEqual(expect.arrayContaining(['Leave a Reply', 'Cloudflare host finally blocks “Kiwi Farms” forum']))
    expect(chrome('003_6226eba5f95f2533')).toEqual([])
  })

  it('traces every lost criterion point to findings', () => {
    for (const article of report.articles) {
      const fingerprints = new Set(article.findings.map((f: any) => f.fingerprint))
      for (const criterion of article.criteria) {
        if (criterion.passed === false && !['named-author', 'dated'].includes(criterion.id)) {
          expect(criterion.findings.length).toBeGreaterThan(0)
          for (const fingerprint of criterion.findings) expect(fingerprints.has(fingerprint)).toBe(true)
        }
        if (criterion.passed === null) expect(criterion.points).toBe(0)
      }
    }
  })

  it('prints findings by article and a score table (stylish)', () => {
    const stylish = runCli(['audit', 'corpus'])
    expect(stylish.code).toBe(0)
    expect(stylish.stdout).toMatch(/^corpus\/001_94c4b291707b921f\.txt/m)
    expect(stylish.stdout).toMatch(/^\s+1:1-1:12\s+warning\s+Unexpected page chrome `Now Reading`/m)
    expect(stylish.stdout).toMatch(/^article\s+score\s+grade/m)
    for (const id of seeds) expect(stylish.stdout).toMatch(new RegExp(`^${id}\\s+[\\d.]+\\s+[A-F]\\s`, 'm'))
    expect(stylish.stdout).not.toMatch(/\u001b\[/)
  })

  it('gives the same findings with two workers as with one', () => {
    const one = runCli(['audit', 'corpus', '--format', 'json', '--jobs', '1'])
    const two = runCli(['audit', 'corpus', '--format', 'json', '--jobs', '2'])
    expect(timeless(JSON.parse(two.stdout))).toEqual(timeless(JSON.parse(one.stdout)))
  })
})

describe('gate and exit codes', () => {
  const clean = 'Council passes budget\n\nPublished: June 9, 2013\n\nThe city council passed the budget on Tuesday, the clerk said.\n\nBy Jane Doe\n'
  const chrome = 'Council passes budget\n\nThe city council passed the budget on Tuesday.\n\nLeave a Reply\n'
  let dir: string
  beforeAll(() => {
    dir = tempDir()
    mkdirSync(join(dir, 'clean'))
    mkdirSync(join(dir, 'chrome'))
    writeFileSync(join(dir, 'clean', 'a.txt'), clean)
    writeFileSync(join(dir, 'chrome', 'b.txt'), chrome)
  })

  it('fails on a warning with --fail-on warning, passes without', () => {
    expect(runCli(['audit', 'chrome', '--fail-on', 'warning'], dir).code).toBe(1)
    expect(runCli(['audit', 'chrome'], dir).code).toBe(0)
    expect(runCli(['audit', 'clean', '--fail-on', 'warning'], dir).code).toBe(0)
  })

  it('fails under a score with --fail-under and says why', () => {
    const run = runCli(['audit', 'chrome', '--fail-under', '99.9'], dir)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/Gate failed: 1 article scored under 99\.9: b \([\d.]+\)/)
    expect(runCli(['audit', 'clean', '--fail-under', '99.9'], dir).code).toBe(0)
  })

  it('exits 2 on usage errors', () => {
    expect(runCli(['audit', 'no-such-folder'], dir)).toMatchObject({code: 2, stderr: expect.stringMatching(/no such file or folder: `no-such-folder`/)})
    expect(runCli(['audit', 'clean', '--fail-under', 'lots'], dir).code).toBe(2)
    expect(runCli(['audit', 'clean', '--format', 'yaml'], dir).code).toBe(2)
  })

  it('exits 2 with file:line:column on a broken config', () => {
    const config = join(dir, 'broken.yaml')
    writeFileSync(config, 'rules:\n  readability: [info\n')
    const run = runCli(['audit', 'clean', '--config', config], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/broken\.yaml:\d+:\d+: invalid YAML/)
    writeFileSync(config, 'rules:\n  readability: sometimes\n')
    expect(runCli(['audit', 'clean', '--config', config], dir).stderr).toMatch(/broken\.yaml:2:16: rules\.readability: expected `off`/)
  })

  it('finds corroborate.yaml in the working directory', () => {
    const project = tempDir()
    mkdirSync(join(project, 'articles'))
    writeFileSync(join(project, 'articles', 'b.txt'), chrome)
    writeFileSync(join(project, 'corroborate.yaml'), 'rules:\n  page-chrome: error\n')
    const run = runCli(['audit', 'articles', '--format', 'json'], project)
    expect(JSON.parse(run.stdout).articles[0].findings.map((f: any) => f.severity)).toContain('error')
  })
})

describe('bad input never loses the batch', () => {
  it('reports unreadable files as article errors and scores the rest', () => {
    const dir = tempDir()
    copyFileSync(join(root, 'corpus', '003_6226eba5f95f2533.txt'), join(dir, 'good.txt'))
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]))
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait was served on Monday.', 'latin1'))
    writeFileSync(join(dir, 'huge.txt'), 'The council met. '.repeat(2000))
    writeFileSync(join(dir, 'empty.txt'), '')
    writeFileSync(join(dir, 'front.md'), '---\ntitle: [unclosed\n---\nThe council met on Monday.\n')
    symlinkSync(join(dir, 'missing-target.txt'), join(dir, 'dangling.txt'))
    writeFileSync(join(dir, 'corroborate.yaml'), 'maxBytes: 20000\n')
    const run = runCli(['audit', '.', '--format', 'json', '--fail-on', 'error'], dir)
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    const byId = Object.fromEntries(report.articles.map((article: any) => [article.id, article]))
    expect(byId.binary).toMatchObject({score: null, error: expect.stringMatching(/binary data/)})
    expect(byId.latin1).toMatchObject({score: null, error: expect.stringMatching(/not valid UTF-8/)})
    expect(byId.huge).toMatchObject({score: null, error: expect.stringMatching(/too large/)})
    expect(byId.good.score).toBeGreaterThan(0)
    expect(byId.empty.words).toBe(0)
    expect(byId.empty).not.toHaveProperty('error')
    expect(byId.front.findings.map((f: any) => f.ruleId)).toContain('malformed-metadata')
    if (byId.dangling) expect(byId.dangling.error).toMatch(/cannot read|not a regular file/)
    expect(report.summary.unreadable).toBeGreaterThanOrEqual(3)
    if (hasSchema) expect(reportErrors(report)).toEqual([])
  })
})

describe('paths, sidecars and globs', () => {
  it('reads sidecar metadata, reports a malformed one, and takes globs and excludes', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'news'))
    mkdirSync(join(dir, 'news', 'drafts'))
    const body = 'The council passed the budget on Tuesday, the clerk said.\n'
    writeFileSync(join(dir, 'news', 'a.txt'), body)
    writeFileSync(join(dir, 'news', 'a.meta.yaml'), 'author: Jane Doe\noutlet: Example Daily\npublished: 2022-09-04\n')
    writeFileSync(join(dir, 'news', 'b.md'), body)
    writeFileSync(join(dir, 'news', 'b.meta.yaml'), 'author: [Jane\n')
    writeFileSync(join(dir, 'news', 'drafts', 'c.txt'), body)
    writeFileSync(join(dir, 'news', 'README.md'), '# About this folder\n')
    writeFileSync(join(dir, 'corroborate.yaml'), 'exclude: ["drafts/**"]\n')
    const report = JSON.parse(runCli(['audit', 'news', '--format', 'json'], dir).stdout)
    expect(report.articles.map((a: any) => a.id)).toEqual(['a', 'b'])
    expect(report.articles[0]).toMatchObject({byline: 'Jane Doe', outlet: 'Example Daily', published: '2022-09-04', metaSources: {byline: 'sidecar'}})
    expect(report.articles[1].findings[0]).toMatchObject({ruleId: 'malformed-metadata', message: expect.stringMatching(/^Malformed sidecar metadata b\.meta\.yaml:\d+:\d+:/)})
    const glob = JSON.parse(runCli(['audit', 'news/**/*.txt', '--format', 'json'], dir).stdout)
    expect(glob.articles.map((a: any) => a.id)).toEqual(['a', 'c'])
  })
})

describe('corroborate rules', () => {
  it('lists every rule from its meta', () => {
    const run = runCli(['rules'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^readability\s+article\s+readability\s+info\s+/m)
    const json = JSON.parse(runCli(['rules', '--format', 'json']).stdout)
    expect(json.find((rule: any) => rule.id === 'readability').options).toEqual({age: 18, threshold: 4 / 7, minWords: 5})
  })
})

describe('package', () => {
  it('pins majors that run on Node 20', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    const all = {...pkg.dependencies, ...pkg.devDependencies}
    expect(all['p-queue']).toMatch(/^\^9\./)
    expect(all.vitest).toMatch(/^\^4\./)
    expect(all.commander).toMatch(/^\^14\./)
    expect(all.typescript).toMatch(/^~5\.9/)
    expect(all['@types/node']).toMatch(/^\^20\./)
  })
})
