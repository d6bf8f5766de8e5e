// A large audit keeps facts, story terms and report details in spills: in
// memory up to a budget, then in a temporary file that is unlinked at once.
// Whatever the budget, the report must be the same, and nothing may be left
// in the temporary folder.
import {readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {describe, expect, it} from 'vitest'
import {buildArticle} from '../pipeline/load/index.js'
import {Spill} from '../pipeline/spill.js'
import {testAuditor, testConfig} from './helpers/audit-text.js'

const spillFiles = () => readdirSync(tmpdir()).filter((name) => name.startsWith('corroborate-spill-'))

describe('Spill', () => {
  it('gives back each record, from memory and past its budget from disk', () => {
    const spill = new Spill(10)
    const small = spill.put(Buffer.from('12345'))
    const large = spill.put(Buffer.from('a record longer than the budget'))
    const next = spill.put(Buffer.from('and one after it'))
    expect(spill.get(small).toString()).toBe('12345')
    expect(spill.get(large).toString()).toBe('a record longer than the budget')
    expect(spill.get(next).toString()).toBe('and one after it')
    expect(spill.diskBytes).toBe(47)
    spill.close()
    expect(() => spill.get(small)).toThrow(/closed/)
  })

  it('stores parts as one record, copying views so that a record keeps only its own bytes', () => {
    const spill = new Spill(12)
    const whole = Buffer.from('header|body of a larger buffer')
    const inMemory = spill.putParts([whole.subarray(0, 6), Buffer.from('+'), whole.subarray(7, 11)])
    const onDisk = spill.putParts([Buffer.from('one, '), Buffer.from('two, '), Buffer.from('three')])
    whole.fill(0)
    expect(spill.get(inMemory).toString()).toBe('header+body')
    expect(spill.get(onDisk).toString()).toBe('one, two, three')
    expect(spill.diskBytes).toBe(15)
    spill.close()
  })

  it('round-trips values as v8 serialises them', () => {
    const spill = new Spill(0)
    const value = {text: 'Ünïcode “quotes”', offsets: [1, 2, 3], signature: Uint32Array.from([4294967295, 0]), nothing: null}
    const ref = spill.putValue(value)
    expect(spill.getValue(ref)).toEqual(value)
    spill.close()
  })

  it('leaves no file in the temporary folder, even while open', () => {
    const before = spillFiles()
    const spill = new Spill(0)
    spill.put(Buffer.alloc(1024, 1))
    if (process.platform !== 'win32') expect(spillFiles()).toEqual(before)
    spill.close()
    expect(spillFiles()).toEqual(before)
  })
})

describe('an audit through spills on disk', () => {
  const corpus = new URL('../corpus/', import.meta.url)
  const seeds = readdirSync(corpus).filter((file) => file.endsWith('.txt')).sort()
    .map((file) => buildArticle(file, file, readFileSync(new URL(file, corpus), 'utf8')))

  it('reports exactly what an audit in memory reports', async () => {
    const strip = ({generatedAt, summary: {timings, ...summary}, ...report}: any) => ({...report, summary})
    const inMemory = await testAuditor(testConfig()).auditArticles(seeds)
    const onDisk = await testAuditor(testConfig(), {spillBudget: 0}).auditArticles(seeds)
    expect(inMemory.summary.findings).toBeGreaterThan(20)
    expect(JSON.parse(JSON.stringify(strip(onDisk)))).toEqual(JSON.parse(JSON.stringify(strip(inMemory))))
    // Each read gives the findings as stored: a reporter may read them more than once.
    const article = onDisk.articles.find((each) => each.findings.length > 0)!
    expect(article.findings).toEqual(article.findings)
    expect(Object.keys(article)).toEqual(Object.keys(inMemory.articles.find((each) => each.id === article.id)!))
  })
})
