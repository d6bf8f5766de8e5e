// Per-sentence results kept by text (pipeline/extract/sentence-memo.ts): a
// sentence reprinted at another offset, or under another publication date,
// must yield what a fresh analysis would.
import {describe, expect, it} from 'vitest'
import type {Claim} from '../pipeline/extract/claims/types.js'
import {placed, SentenceMemo} from '../pipeline/extract/sentence-memo.js'
import {buildArticle} from '../pipeline/load/index.js'
import type {ArticleResult} from '../pipeline/types.js'
import {articleAuditor, testConfig} from './helpers/audit-text.js'

const audit = articleAuditor(testConfig([]))
const claimsOf = (id: string, text: string): Claim[] => ((audit(buildArticle(id, `${id}.txt`, text)) as ArticleResult).facts.claims ?? []) as Claim[]
/** What a claim says, without where it stands. */
const values = (claims: Claim[]) => claims.map(({start, end, sentence: _sentence, ...rest}) => ({length: end - start, ...rest}))

const sentence = 'On Saturday, police said at least 23 people were killed in the attack on Aug. 3, 2019.'

describe('sentence memo', () => {
  it('computes a key once and hands back what it kept', () => {
    const memo = new SentenceMemo<number[]>()
    let runs = 0
    const first = memo.get('k', 'some text', () => [++runs])
    expect(memo.get('k', 'some text', () => [++runs])).toBe(first)
    expect(runs).toBe(1)
    expect(memo.get('other', 'some text', () => [++runs])).toEqual([2])
  })

  it('starts afresh when full instead of growing', () => {
    const memo = new SentenceMemo<number>(2)
    let runs = 0
    for (const key of ['a', 'b', 'c', 'a']) memo.get(key, key, () => ++runs)
    expect(runs).toBe(4)
  })

  it('places items at an offset as new objects', () => {
    const kept = [{start: 0, end: 3, text: 'abc'}]
    const moved = placed(kept, 10)
    expect(moved).toEqual([{start: 10, end: 13, text: 'abc'}])
    expect(kept[0].start).toBe(0)
  })

  it('gives a reprinted sentence the claims a fresh one gets, at its own offsets', () => {
    const alone = claimsOf('a', sentence)
    expect(alone.map((claim) => claim.kind)).toEqual(expect.arrayContaining(['date', 'number']))
    const later = claimsOf('b', `An unrelated opening sentence stands here.\n\n${sentence}`)
    const shift = later[0].start - alone[0].start
    expect(shift).toBeGreaterThan(0)
    expect(values(later)).toEqual(values(alone))
    for (const claim of later) expect(claim.text).toBe(`An unrelated opening sentence stands here.\n\n${sentence}`.slice(claim.start, claim.end))
  })
})
