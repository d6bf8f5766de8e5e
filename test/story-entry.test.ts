// A story's cached results: a large entry's report text stays in the cache's
// file and the report reads it from there, the same bytes a fresh run writes;
// an entry that fails its integrity or is not one is rejected and removed,
// never read from.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import v8 from 'node:v8'
import cacache from 'cacache'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {diskCache} from '../pipeline/cache.js'
import type {AssessedReport} from '../pipeline/corpus/assess-story.js'
import {isFileSlice, readSlice} from '../pipeline/held-file.js'
import {buildArticle} from '../pipeline/load/index.js'
import {renderedDetails} from '../pipeline/report-text.js'
import {root} from './helpers/cli.js'
import {testAuditor, testConfig} from './helpers/audit-text.js'

const results: AssessedReport[] = [
  {id: 'a', score: 91, grade: 'A', marks: [{severity: 'warning', category: 'spelling', fingerprint: 'f1'}], text: Buffer.from('{}\u0000[]\u0000[{"x": "é"}]')},
  {id: 'b', score: 40, grade: 'D', marks: [], text: Buffer.from('{"c": 1}\u0000[]\u0000[]')}
]
const textOf = (entry: AssessedReport) => Buffer.from(isFileSlice(entry.text) ? readSlice(entry.text) : entry.text).toString('utf8')

describe('cached story entries', () => {
  let store: string
  beforeAll(() => {
    store = mkdtempSync(join(tmpdir(), 'corroborate-story-entry-'))
  })
  afterAll(() => rmSync(store, {recursive: true, force: true}))

  it('keeps a large entry\'s texts in the file and a small one\'s in memory, the same bytes either way', async () => {
    const held = diskCache(store, 'v', {holdFrom: 0}).stories!
    await held.set('k', results)
    const fromFile = (await held.get('k'))!
    expect(fromFile.map((entry) => isFileSlice(entry.text))).toEqual([true, true])
    const inMemory = (await diskCache(store, 'v').stories!.get('k'))!
    expect(inMemory.map((entry) => isFileSlice(entry.text))).toEqual([false, false])
    for (const read of [fromFile, inMemory]) {
      expect(read.map(({text: _, ...rest}) => rest)).toEqual(results.map(({text: _, ...rest}) => rest))
      expect(read.map(textOf)).toEqual(results.map(textOf))
    }
  })

  it('rejects and removes an entry changed on disk, or one that is not a story entry', async () => {
    const cache = diskCache(store, 'v', {holdFrom: 0})
    await cache.stories!.set('corrupt', results)
    const key = 'corroborate/v/story/corrupt'
    const {path} = (await cacache.get.info(store, key))!
    const bytes = readFileSync(path)
    bytes[bytes.length - 3] ^= 0xff
    writeFileSync(path, bytes)
    expect(await cache.stories!.get('corrupt')).toBeUndefined()
    expect(await cacache.get.info(store, key)).toBeNull()

    // Another tool's bytes, or the earlier format, under a story's key: intact, but not a story entry.
    await cacache.put(store, 'corroborate/v/story/foreign', v8.serialize(results.map((entry) => ({...entry, text: Buffer.from(textOf(entry))}))))
    expect(await cache.stories!.get('foreign')).toBeUndefined()
    expect(await cacache.get.info(store, 'corroborate/v/story/foreign')).toBeNull()
    expect(cache.stats.stories).toEqual({hits: 0, misses: 2})
  })

  it('gives a re-audit whose stories stay in the cache\'s files the report a fresh audit gives', async () => {
    const seeds = ['000_16e8999c50c67ddc', '001_94c4b291707b921f', '002_a510784a087fc86d']
    const articles = seeds.map((id) => buildArticle(id, `${id}.txt`, readFileSync(join(root, 'corpus', `${id}.txt`), 'utf8')))
    const run = async (holdFrom: number) => {
      const cache = diskCache(join(store, 'audit'), 'v', {holdFrom})
      const report = await testAuditor(testConfig(), {cache}).auditArticles(articles)
      return {report, hits: cache.stats.stories!.hits}
    }
    const fresh = await run(0)
    const held = await run(0)
    expect(fresh.hits).toBe(0)
    expect(held.hits).toBe(fresh.report.summary.stories)
    const text = (report: typeof fresh.report) => report.articles.map((article) => Buffer.concat(renderedDetails(article)!).toString('utf8'))
    expect(text(held.report)).toEqual(text(fresh.report))
    expect(JSON.parse(JSON.stringify(held.report.articles))).toEqual(JSON.parse(JSON.stringify(fresh.report.articles)))
    expect(held.report.articles.some((article) => article.findings.length > 0)).toBe(true)
    // The held report reads its stories' texts from the cache's files: cut short now, they fail, and say why.
    const again = await run(0)
    for (const entry of Object.values(await cacache.ls(join(store, 'audit')))) if (entry.key.includes('/story/')) writeFileSync(entry.path, '')
    expect(() => text(again.report)).toThrow(/the cache changed while the report was written/)
  }, 60_000)
})
