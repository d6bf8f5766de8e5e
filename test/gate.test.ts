// CI gating: --max-warnings, a baseline of accepted findings (write it; a new
// error alone fails; a fixed finding is reported stale), and --changed-since
// in a temporary git repository (a clear error where the revision is missing).
import {execFileSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readJson, root, runCli} from './helpers/cli.js'

const seeds = ['000_16e8999c50c67ddc', '001_94c4b291707b921f', '002_a510784a087fc86d', '003_6226eba5f95f2533', '004_52e893f36c60436a']

describe('the gate', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'corroborate-gate-'))
    for (const id of seeds) copyFileSync(join(root, 'corpus', `${id}.txt`), join(dir, `${id}.txt`))
  })
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  it('fails with --max-warnings under the run\'s warnings, and names the articles that fail --fail-on', () => {
    const loose = runCli(['audit', '.', '--max-warnings', '1000'], dir)
    expect(loose.code).toBe(0)
    const strict = runCli(['audit', '.', '--max-warnings', '3'], dir)
    expect(strict.code).toBe(1)
    expect(strict.stdout).toMatch(/Gate failed: \d+ warnings, more than the 3 allowed/)
    const errors = runCli(['audit', '.', '--fail-on', 'error'], dir)
    expect(errors.code).toBe(1)
    expect(errors.stdout).toMatch(/  002_a510784a087fc86d\.txt: \d+ findings? at error level or above/)
  }, 120_000)

  it('takes its thresholds from the config too', () => {
    writeFileSync(join(dir, 'corroborate.yaml'), 'gate:\n  maxWarnings: 3\n')
    try {
      expect(runCli(['audit', '.'], dir).code).toBe(1)
    } finally {
      rmSync(join(dir, 'corroborate.yaml'))
    }
  }, 60_000)

  it('with a baseline, fails only on new findings and lists the entries that no longer occur', () => {
    // An unrelated article of its own story, with one warning: a reference to a statement it does not link.
    const council = 'Council approves new budget for libraries\n\nBy Jane Hollis\n\nThe city council on Tuesday approved a budget that adds two million dollars for public libraries, after a debate that ran past midnight.\n\nCouncillor Maria Okafor said the money would keep six branches open on Sundays and pay for a mobile library that will visit care homes in the northern districts.\n\nRead the full statement here.\n'
    writeFileSync(join(dir, 'council.txt'), council)
    const recorded = runCli(['audit', '.', '--write-baseline', 'baseline.json', '--fail-on', 'warning'], dir)
    expect(recorded.code).toBe(0)
    const baseline = readJson(join(dir, 'baseline.json'))
    expect(baseline.version).toBe(1)
    expect(baseline.findings.length).toBeGreaterThan(20)
    // Everything accepted: the strictest gate passes.
    const accepted = runCli(['audit', '.', '--baseline', 'baseline.json', '--fail-on', 'warning', '--format', 'json', '--output', 'report.json'], dir)
    expect(accepted.code).toBe(0)
    expect(readJson(join(dir, 'report.json')).summary.baseline).toMatchObject({matched: baseline.findings.length, stale: []})
    // A new misspelling fails the gate, alone; the fixed reference is listed as stale.
    const original = readFileSync(join(dir, `${seeds[3]}.txt`), 'utf8')
    writeFileSync(join(dir, `${seeds[3]}.txt`), original.replace('Kiwi Farms', 'Kiwi Farns'))
    writeFileSync(join(dir, 'council.txt'), council.replace('\nRead the full statement here.\n', ''))
    const after = runCli(['audit', '.', '--baseline', 'baseline.json', '--fail-on', 'warning', '--format', 'json', '--output', 'report.json'], dir)
    expect(after.code).toBe(1)
    const report = readJson(join(dir, 'report.json'))
    expect(report.summary.gate.articles.map((article: any) => article.path)).toEqual([`${seeds[3]}.txt`])
    const fresh = report.articles.flatMap((article: any) => article.findings.filter((finding: any) => !finding.baselined && finding.severity !== 'info'))
    expect(fresh.map((finding: any) => finding.actual)).toEqual(['Farns'])
    expect(report.summary.baseline.stale.map((entry: any) => [entry.path, entry.ruleId])).toEqual([['council.txt', 'dangling-reference']])
    const stylish = runCli(['audit', '.', '--baseline', 'baseline.json'], dir)
    expect(stylish.stdout).toMatch(/Baseline `baseline\.json`: \d+ findings accepted; 1 entry no longer occurs \(prune: --write-baseline\)/)
    writeFileSync(join(dir, `${seeds[3]}.txt`), original)
    rmSync(join(dir, 'council.txt'))
  }, 180_000)

  it('gates only the articles changed since a git revision, and says so', () => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=ci@example.org', '-c', 'user.name=CI', ...args], {cwd: dir, stdio: 'pipe'}).toString()
    git('init', '-q')
    git('add', '.')
    git('commit', '-q', '-m', 'corpus')
    // A new article with an error; the seeds' own errors were there before and do not gate.
    writeFileSync(join(dir, 'new.txt'), `${readFileSync(join(dir, `${seeds[0]}.txt`), 'utf8').replace(/Cloudflare/g, 'Cloudfalre')}\n`)
    const run = runCli(['audit', '.', '--changed-since', 'HEAD', '--fail-on', 'error', '--format', 'json', '--output', 'changed.json'], dir)
    expect(run.code).toBe(1)
    const report = readJson(join(dir, 'changed.json'))
    expect(report.summary.changed).toMatchObject({since: 'HEAD', gated: 1})
    expect(report.summary.gate.articles.map((article: any) => article.path)).toEqual(['new.txt'])
    rmSync(join(dir, 'new.txt'))
    expect(runCli(['audit', '.', '--changed-since', 'HEAD', '--fail-on', 'error'], dir).code).toBe(0)
    const missing = runCli(['audit', '.', '--changed-since', 'origin/main'], dir)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/--changed-since: `origin\/main` is not a commit in this repository/)
  }, 180_000)

  it('explains a shallow clone that lacks the revision', () => {
    const source = mkdtempSync(join(tmpdir(), 'corroborate-origin-'))
    const clone = mkdtempSync(join(tmpdir(), 'corroborate-shallow-'))
    try {
      const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=ci@example.org', '-c', 'user.name=CI', ...args], {cwd, stdio: 'pipe'}).toString()
      git(source, 'init', '-q')
      for (const [index, id] of seeds.slice(0, 2).entries()) {
        copyFileSync(join(root, 'corpus', `${id}.txt`), join(source, `${id}.txt`))
        git(source, 'add', '.')
        git(source, 'commit', '-q', '-m', `article ${index}`)
      }
      const first = git(source, 'rev-list', '--max-parents=0', 'HEAD').trim()
      git(clone, 'clone', '-q', '--depth', '1', `file://${source}`, 'repo')
      const run = runCli(['audit', '.', '--changed-since', first], join(clone, 'repo'))
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/this clone is shallow: fetch it first/)
    } finally {
      rmSync(source, {recursive: true, force: true})
      rmSync(clone, {recursive: true, force: true})
    }
  }, 60_000)
})
