// The content cache: a second run takes every article, and every story's
// cross-article findings, from it and reports the same; a changed article
// misses, and so does its story; a changed config or tool version misses; a
// corrupt entry is rejected and rebuilt, never trusted; --no-cache stores nothing;
// the same code installed at another path (a CI checkout) hits.
import {spawnSync} from 'node:child_process'
import {copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import cacache from 'cacache'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {diskCache} from '../pipeline/cache.js'
import {buildArticle} from '../pipeline/load/index.js'
import {readJson, root, runCli} from './helpers/cli.js'
import {testAuditor, testConfig} from './helpers/audit-text.js'

const seeds = ['000_16e8999c50c67ddc', '001_94c4b291707b921f', '002_a510784a087fc86d', '003_6226eba5f95f2533', '004_52e893f36c60436a']

describe('the content cache', () => {
  let dir: string
  const audit = (name: string, ...extra: string[]) => {
    const run = runCli(['audit', '.', '--format', 'json', '--output', `${name}.json`, ...extra], dir)
    expect(run.code, run.stderr).toBe(0)
    return readJson(join(dir, `${name}.json`))
  }
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'corroborate-cache-'))
    for (const id of seeds) copyFileSync(join(root, 'corpus', `${id}.txt`), join(dir, `${id}.txt`))
  })
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  it('serves a second run from the cache, with the same report', () => {
    const first = audit('first')
    const second = audit('second')
    const stories = first.summary.stories
    expect(stories).toBeGreaterThan(0)
    expect(first.summary.cache).toEqual({hits: 0, misses: 5, rejected: 0, stories: {hits: 0, misses: stories}})
    expect(second.summary.cache).toEqual({hits: 5, misses: 0, rejected: 0, stories: {hits: stories, misses: 0}})
    expect(second.articles.some((article: any) => article.findings.some((finding: any) => finding.evidence?.length))).toBe(true)
    expect(second.articles).toEqual(first.articles)
  }, 120_000)

  it('keeps a story\'s results with info findings apart from those without (--quiet)', () => {
    const full = audit('with-info')
    expect(full.articles.some((article: any) => article.findings.some((finding: any) => finding.severity === 'info'))).toBe(true)
    const quiet = audit('quiet', '--quiet')
    expect(quiet.summary.cache.stories.hits).toBe(0)
    expect(quiet.articles.flatMap((article: any) => article.findings).filter((finding: any) => finding.severity === 'info')).toEqual([])
    expect(quiet.articles.map((article: any) => article.score)).toEqual(full.articles.map((article: any) => article.score))
    const quietAgain = audit('quiet-again', '--quiet')
    expect(quietAgain.summary.cache.stories).toEqual({hits: quiet.summary.stories, misses: 0})
    expect(quietAgain.articles).toEqual(quiet.articles)
    expect(audit('with-info-again').articles).toEqual(full.articles)
  }, 120_000)

  it('misses for a changed article and for a changed config', () => {
    const path = join(dir, `${seeds[1]}.txt`)
    const original = readFileSync(path, 'utf8')
    writeFileSync(path, `${original}\nOne more sentence was added.\n`)
    const changed = audit('changed')
    expect(changed.summary.cache).toMatchObject({hits: 4, misses: 1, rejected: 0})
    // Only the changed article's story is compared afresh.
    expect(changed.summary.cache.stories).toEqual({hits: changed.summary.stories - 1, misses: 1})
    writeFileSync(path, original)
    writeFileSync(join(dir, 'corroborate.yaml'), 'rules:\n  readability: [info, {age: 16}]\n')
    const reconfigured = audit('config')
    expect(reconfigured.summary.cache).toEqual({hits: 0, misses: 5, rejected: 0, stories: {hits: 0, misses: reconfigured.summary.stories}})
    rmSync(join(dir, 'corroborate.yaml'))
  }, 120_000)

  it('rejects and rebuilds corrupt entries, and reports the same', () => {
    // A cache of its own, holding this config's entries only.
    const cache = ['--cache-dir', 'corruption-cache']
    audit('prime', ...cache)
    const before = audit('before-corruption', ...cache)
    const stories = before.summary.stories
    expect(before.summary.cache).toMatchObject({hits: 5, stories: {hits: stories, misses: 0}})
    const content = join(dir, 'corruption-cache', 'content-v2')
    const files = readdirSync(content, {recursive: true}).map((name) => join(content, String(name))).filter((path) => statSync(path).isFile())
    for (const victim of files) {
      const bytes = readFileSync(victim)
      bytes[bytes.length >> 1] ^= 0xff
      writeFileSync(victim, bytes)
    }
    const after = audit('after-corruption', ...cache)
    expect(after.summary.cache).toEqual({hits: 0, misses: 5, rejected: 5, stories: {hits: 0, misses: stories}})
    expect(after.articles).toEqual(before.articles)
    expect(audit('healed', ...cache).summary.cache).toEqual({hits: 5, misses: 0, rejected: 0, stories: {hits: stories, misses: 0}})
  }, 120_000)

  it('audits again an article the index holds but whose facts the cache lost, when its story needs them', async () => {
    const cache = ['--cache-dir', 'lost-cache']
    audit('lost-prime', ...cache)
    const warm = audit('lost-warm', ...cache)
    expect(warm.summary.cache).toMatchObject({hits: 5, misses: 0})
    // Every article's facts are corrupted; the index and the stories' results are not.
    const store = join(dir, 'lost-cache')
    for (const [key, entry] of Object.entries(await cacache.ls(store))) {
      if (/\/(story|index)\//.test(key)) continue
      const bytes = readFileSync(entry.path)
      bytes[bytes.length >> 1] ^= 0xff
      writeFileSync(entry.path, bytes)
    }
    // An unchanged corpus needs no facts at all.
    const untouched = audit('lost-untouched', ...cache)
    expect(untouched.summary.cache).toMatchObject({hits: 5, misses: 0, stories: {hits: untouched.summary.stories, misses: 0}})
    expect(untouched.articles).toEqual(warm.articles)
    // A changed article sends its story to be compared again: the other members' facts are rebuilt from their files.
    const path = join(dir, `${seeds[2]}.txt`)
    const original = readFileSync(path, 'utf8')
    try {
      writeFileSync(path, `${original}\nOne more sentence was added.\n`)
      const changed = audit('lost-changed', ...cache)
      const fresh = audit('lost-fresh', '--no-cache')
      expect(changed.summary.cache).toMatchObject({hits: 4, misses: 1})
      expect(changed.articles).toEqual(fresh.articles)
    } finally {
      writeFileSync(path, original)
    }
  }, 120_000)

  it('adds a few new articles to the index as a delta, not by writing it whole again', async () => {
    const cache = ['--cache-dir', 'delta-cache']
    const store = join(dir, 'delta-cache')
    const entries = async () => Object.entries(await cacache.ls(store)).filter(([key]) => /\/index(-delta)?\//.test(key)).map(([key, entry]) => [key.split('/')[2], entry.integrity])
    const extra = join(dir, 'extra.txt')
    try {
      audit('delta-prime', ...cache)
      const whole = await entries()
      expect(whole.map(([kind]) => kind)).toEqual(['index'])
      writeFileSync(extra, readFileSync(join(dir, `${seeds[3]}.txt`), 'utf8').replace(/\bthe\b/, 'a'))
      expect(audit('delta-added', ...cache).summary.cache).toMatchObject({hits: 5, misses: 1})
      const after = await entries()
      // The index is as it was; the new article went to a delta beside it.
      expect(after.filter(([kind]) => kind === 'index')).toEqual(whole)
      expect(after.map(([kind]) => kind).sort()).toEqual(['index', 'index-delta'])
      const again = audit('delta-again', ...cache)
      expect(again.summary.cache).toMatchObject({hits: 6, misses: 0, stories: {misses: 0}})
    } finally {
      rmSync(extra, {force: true})
    }
  }, 120_000)

  it('stores nothing with --no-cache, and where --cache-dir says', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'corroborate-nocache-'))
    try {
      copyFileSync(join(dir, `${seeds[0]}.txt`), join(fresh, 'a.txt'))
      expect(runCli(['audit', '.', '--no-cache'], fresh).code).toBe(0)
      expect(existsSync(join(fresh, '.corroborate-cache'))).toBe(false)
      expect(runCli(['audit', '.', '--cache-dir', 'elsewhere'], fresh).code).toBe(0)
      expect(existsSync(join(fresh, 'elsewhere', 'index-v5'))).toBe(true)
    } finally {
      rmSync(fresh, {recursive: true, force: true})
    }
  }, 60_000)

  it('is hit from the same code installed at another path (a cache restored into another CI checkout)', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'corroborate-install-'))
    const store = join(elsewhere, 'cache')
    try {
      // The same build and package.json at another path, its dependencies linked.
      cpSync(join(root, '.dist'), join(elsewhere, '.dist'), {recursive: true})
      copyFileSync(join(root, 'package.json'), join(elsewhere, 'package.json'))
      symlinkSync(join(root, 'node_modules'), join(elsewhere, 'node_modules'), 'dir')
      const there = spawnSync(process.execPath, [join(elsewhere, '.dist', 'pipeline', 'main.js'), 'audit', '.', '--format', 'json', '--output', 'there.json', '--cache-dir', store], {cwd: dir, encoding: 'utf8'})
      expect(there.status, there.stderr).toBe(0)
      const here = audit('here', '--cache-dir', store)
      expect(here.summary.cache).toMatchObject({hits: 5, misses: 0, rejected: 0})
      expect(here.articles).toEqual(readJson(join(dir, 'there.json')).articles)
    } finally {
      rmSync(elsewhere, {recursive: true, force: true})
    }
  }, 120_000)

  it('misses when the tool version changes', async () => {
    const store = mkdtempSync(join(tmpdir(), 'corroborate-version-'))
    try {
      const articles = seeds.slice(0, 2).map((id) => buildArticle(id, `${id}.txt`, readFileSync(join(root, 'corpus', `${id}.txt`), 'utf8')))
      const run = async (version: string) => {
        const cache = diskCache(store, version)
        await testAuditor(testConfig(), {cache}).auditArticles(articles)
        const {hits, misses, stories} = cache.stats
        return {hits, misses, stories: stories!.hits}
      }
      expect(await run('1.0.0')).toMatchObject({hits: 0, misses: 2, stories: 0})
      expect(await run('1.0.0')).toMatchObject({hits: 2, misses: 0})
      expect((await run('1.0.0')).stories).toBeGreaterThan(0)
      expect(await run('1.0.1')).toEqual({hits: 0, misses: 2, stories: 0})
    } finally {
      rmSync(store, {recursive: true, force: true})
    }
  }, 60_000)
})
