// The README's GitHub Actions workflow, run: its corroborate commands are
// taken from the README as written and run in a temporary git repository
// where a pull request adds one article to the seed corpus, with a baseline
// that accepts the seeds' findings.
import {execFileSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {readJson, root, runCli} from './helpers/cli.js'

const readme = readFileSync(join(root, 'README.md'), 'utf8')
const workflow = parse(/## In CI[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1])
const steps: Array<{uses?: string; run?: string; with?: Record<string, unknown>}> = workflow.jobs.audit.steps
const commands = steps.filter((step) => step.run?.startsWith('npx corroborate ')).map((step) => step.run!)

// An article of the seeds' story that misspells the company's name.
const added = `Cloudfare drops Kiwi Farms after weeks of pressure

By Dana Whitfield

Cloudfare said that it had stopped providing security services to Kiwi Farms, a forum linked to harassment campaigns, after weeks of pressure from activists.

Matthew Prince, the company's chief executive, wrote in a blog post that the threats had become an emergency. Cloudfare had resisted calls to drop the site for weeks.
`

describe('the README workflow', () => {
  let dir: string
  let base: string
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.com', ...args], {cwd: dir, encoding: 'utf8'}).trim()
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'corroborate-ci-'))
    mkdirSync(join(dir, 'corpus'))
    for (const file of readdirSync(join(root, 'corpus')).filter((name) => name.endsWith('.txt'))) copyFileSync(join(root, 'corpus', file), join(dir, 'corpus', file))
    git('init', '-q')
    expect(runCli(['audit', 'corpus', '--write-baseline', 'corroborate-baseline.json', '--no-cache'], dir).code).toBe(0)
    git('add', '-A')
    git('commit', '-qm', 'base')
    base = git('rev-parse', 'HEAD')
    writeFileSync(join(dir, 'corpus', 'added.txt'), added)
    git('add', '-A')
    git('commit', '-qm', 'add an article')
  }, 120_000)
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  const run = (command: string) => {
    const args = command.replace('${{ github.event.pull_request.base.sha }}', base).split(/\s+/).slice(2)
    return runCli(args, dir)
  }

  it('checks out the history --changed-since needs and caches where corroborate caches', () => {
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0)
    expect(steps.find((step) => step.uses?.startsWith('actions/cache'))?.with?.path).toBe('.corroborate-cache')
    expect(commands).toHaveLength(2)
  })

  it('annotates only the new article\'s findings and fails its gate', () => {
    const annotate = run(commands[0])
    expect(annotate.code).toBe(1)
    const annotations = annotate.stdout.split('\n').filter((line) => /^::(error|warning) /.test(line))
    expect(annotations.some((line) => line.startsWith('::error file=corpus/added.txt') && line.includes('Cloudfare'))).toBe(true)
    // The seeds' findings are in the baseline: accepted, not annotated.
    expect(annotations.filter((line) => line.includes(' file=') && !line.includes('file=corpus/added.txt'))).toEqual([])
    expect(annotations.some((line) => line.startsWith('::error title=corroborate%3A gate failed::') && line.endsWith('in added'))).toBe(true)
    expect(existsSync(join(dir, '.corroborate-cache'))).toBe(true)
  }, 120_000)

  it('writes SARIF with the accepted findings suppressed', () => {
    const scan = run(commands[1])
    expect(scan.code).toBe(0)
    const results = readJson(join(dir, 'corroborate.sarif')).runs[0].results
    const where = (result: any) => result.locations[0].physicalLocation.artifactLocation.uri as string
    // The baseline accepts warnings and errors; infos (SARIF notes) are never gated.
    const fresh = results.filter((result: any) => !result.suppressions && result.level !== 'note')
    expect(fresh.length).toBeGreaterThan(0)
    expect(fresh.filter((result: any) => !where(result).endsWith('added.txt')).map((result: any) => `${where(result)}: ${result.message.text}`)).toEqual([])
    expect(results.filter((result: any) => result.suppressions).length).toBeGreaterThan(10)
  }, 120_000)
})
