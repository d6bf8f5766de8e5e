// Bad input never crashes the batch or loses a result: the whole bad-input
// corpus and the seeds in one folder, audited by the CLI as a user would.
// Every bad file is reported with a message naming it, every seed is scored
// exactly as in a clean run, and the run ends in bounded time.
import {copyFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {writeBadInputs} from './helpers/bad-input.js'
import {timeShape} from './bench/pathological.js'
import {readJson, root, runCli} from './helpers/cli.js'

const seeds = ['000_16e8999c50c67ddc', '001_94c4b291707b921f', '002_a510784a087fc86d', '003_6226eba5f95f2533', '004_52e893f36c60436a']

describe('bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bad-'))
  const clean = mkdtempSync(join(tmpdir(), 'corroborate-clean-'))
  afterAll(() => {
    rmSync(dir, {recursive: true, force: true})
    rmSync(clean, {recursive: true, force: true})
  })

  it('is reported article by article; the seeds are scored as in a clean run', () => {
    for (const id of seeds) {
      copyFileSync(join(root, 'corpus', `${id}.txt`), join(dir, `${id}.txt`))
      copyFileSync(join(root, 'corpus', `${id}.txt`), join(clean, `${id}.txt`))
    }
    const inputs = writeBadInputs(dir)
    const before = runCli(['audit', '.', '--format', 'json', '--output', 'report.json'], clean)
    const started = Date.now()
    const run = runCli(['audit', '.', '--format', 'json', '--output', 'report.json'], dir)
    const seconds = (Date.now() - started) / 1000
    // Nothing on standard error but, on a long run, progress lines.
    expect(run.stderr.split('\n').filter((line) => line && !line.startsWith('corroborate: progress: '))).toEqual([])
    expect(run.code).toBe(before.code)
    expect(run.code).toBe(0)
    expect(seconds).toBeLessThan(120)
    const report = readJson(join(dir, 'report.json'))
    const expected = readJson(join(clean, 'report.json'))
    const byPath = new Map(report.articles.map((article: any) => [article.path.split('/').pop(), article]))
    for (const input of inputs) {
      const entry: any = byPath.get(input.file)
      expect(entry, input.file).toBeDefined()
      if (input.error) {
        expect(entry.error, input.file).toMatch(input.error)
        expect(entry.score).toBeNull()
      } else {
        expect(entry.error, input.file).toBeUndefined()
        expect(entry.score, input.file).toBeGreaterThanOrEqual(0)
      }
    }
    for (const id of seeds) {
      const seed: any = byPath.get(`${id}.txt`)
      const alone = expected.articles.find((article: any) => article.id === id)
      expect([seed.score, seed.grade, seed.findings.map((finding: any) => finding.fingerprint)], id).toEqual([alone.score, alone.grade, alone.findings.map((finding: any) => finding.fingerprint)])
    }
    // Twenty thousand broken marks read as one problem, not twenty thousand findings.
    expect((byPath.get('quotation-marks.txt') as any).findings.filter((finding: any) => finding.ruleId === 'malformed-quotation-marks').length).toBeLessThanOrEqual(21)
    // The hostile text is data in the report, escaped as JSON, never markup that runs.
    expect(JSON.stringify(byPath.get('script.txt'))).toContain('<script>window.pwned = 1</script>')
  }, 300_000)

  // The three articles that once took the batch down: each beside the seeds with the heap
  // capped at 500 MB, audited in full; and each alone, in process, within 10 s.
  const pathological = [
    ['one-token', `${'A'.repeat(100_000)} said the mayor.\n`],
    ['quotation-marks', `${'"'.repeat(20_000)} “a “b “c “d ” ” ” ” said he.\n`],
    ['one-line', `${'The council met again and again and the mayor said nothing new '.repeat(16_500)}.\n`]
  ] as const
  for (const [name, text] of pathological) {
    it(`audits ${name} beside the seeds with a 500 MB heap, and alone within 10 s`, async () => {
      const folder = mkdtempSync(join(tmpdir(), 'corroborate-one-'))
      try {
        for (const id of seeds) copyFileSync(join(root, 'corpus', `${id}.txt`), join(folder, `${id}.txt`))
        writeFileSync(join(folder, `${name}.txt`), text)
        const run = runCli(['audit', '.', '-j', '2', '--format', 'json', '--output', 'report.json'], folder, {NODE_OPTIONS: '--max-old-space-size=500'})
        expect(run.code, run.stderr).toBe(0)
        const report = readJson(join(folder, 'report.json'))
        expect(report.articles.find((article: any) => article.id === name).error).toBeUndefined()
        expect(await timeShape(() => text, 0)).toBeLessThan(10_000)
      } finally {
        rmSync(folder, {recursive: true, force: true})
      }
    }, 120_000)
  }

  it('exits 2 on a config with wrong types or unknown keys, naming file, line and column', () => {
    writeFileSync(join(dir, 'corroborate.yaml'), 'rules:\n  readability: [warning, {age: "old"}]\n')
    const wrongType = runCli(['audit', join(dir, 'empty.txt')], dir)
    expect(wrongType.code).toBe(2)
    expect(wrongType.stderr).toMatch(/corroborate\.yaml:2:\d+: .*age/)
    writeFileSync(join(dir, 'corroborate.yaml'), 'rules: {}\nstorys: auto\n')
    const unknown = runCli(['audit', join(dir, 'empty.txt')], dir)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/corroborate\.yaml:2:1: .*unexpected key "storys"/)
    rmSync(join(dir, 'corroborate.yaml'))
  }, 60_000)
})
