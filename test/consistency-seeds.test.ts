// The seed corpus' consistency errors (issue 5's "done when"): each flagged on
// the right article, at the right words, with evidence from the others; and
// the photo caption's date and 003's death toll left alone.
import {readdirSync, readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import type {AuditReport} from '../pipeline/report-types.js'
import type {Finding} from '../pipeline/types.js'
import {auditTexts, testConfig} from './helpers/audit-text.js'

const corpusDir = new URL('../corpus/', import.meta.url)
const rules = ['conflicting-facts', 'quote-drift', 'self-contradiction']
let report: AuditReport
const texts: Record<string, string> = {}

beforeAll(async () => {
  for (const file of readdirSync(corpusDir).filter((name) => name.endsWith('.txt'))) {
    texts[file.slice(0, 3)] = readFileSync(new URL(file, corpusDir), 'utf8')
  }
  report = await auditTexts(texts, testConfig(rules))
})

function findings(article: string, rule: string): Array<Finding & {text: string}> {
  const found = report.articles.find((entry) => entry.id === article)!.findings as Finding[]
  return found.filter((finding) => finding.ruleId === rule)
    .map((finding) => ({...finding, text: texts[article].slice(finding.start.offset, finding.end.offset)}))
}

describe('consistency on the seed corpus', () => {
  it('flags 002’s “on Sunday” against the articles that say Saturday', () => {
    const hit = findings('002', 'conflicting-facts').find((finding) => /Sunday/.test(finding.text))
    expect(hit).toBeDefined()
    expect(hit!.expected?.[0]).toMatch(/Saturday/)
    expect(new Set(hit!.evidence!.map((entry) => entry.article)).size).toBeGreaterThanOrEqual(2)
    expect(hit!.severity).not.toBe('info')
    // Severity by evidence, and each weekday read against its own article's date, with the date's source.
    expect(hit!.message).toMatch(/3 of 3 other outlets say Saturday/)
    expect(hit!.note).toMatch(/read against .*2022-09-04/)
    expect(hit!.evidence!.some((entry) => /its publication date 2022-09-04 \(from its text\)/.test(entry.value ?? ''))).toBe(true)
  })

  it('flags the 2007/2008 origin in both articles, each with the other as evidence', () => {
    const in002 = findings('002', 'conflicting-facts').find((finding) => finding.text === '2008')
    const in004 = findings('004', 'conflicting-facts').find((finding) => finding.text === '2007')
    expect(in002?.evidence?.some((entry) => entry.article === '004')).toBe(true)
    expect(in004?.evidence?.some((entry) => entry.article === '002')).toBe(true)
  })

  it('flags 001’s “recently” for events the others date 2017/2019', () => {
    const hit = findings('001', 'conflicting-facts').find((finding) => finding.text === 'recently')
    expect(hit).toBeDefined()
    expect(hit!.evidence!.some((entry) => entry.article !== '001' && /201[79]/.test(entry.text))).toBe(true)
  })

  it('flags the two titles for Alissa Starzak', () => {
    expect(findings('001', 'conflicting-facts').some((finding) => /policy chief/.test(finding.text) && /Starzak/.test(finding.message))).toBe(true)
    expect(findings('004', 'conflicting-facts').some((finding) => /Public Affairs/.test(finding.text) && /Starzak/.test(finding.message))).toBe(true)
  })

  it('flags 004’s “at least one” then “at least two”', () => {
    const hit = findings('004', 'self-contradiction').find((finding) => /two people/i.test(finding.text))
    expect(hit?.evidence?.[0].text).toMatch(/At least one person/)
  })

  it('flags the drifted Prince quotations in 000 and 004 with a word diff and other articles as evidence', () => {
    const in000 = findings('000', 'quote-drift')
    expect(in000.some((finding) => /`urgency` for `emergency`|urgency/.test(finding.message + finding.note))).toBe(true)
    expect(in000.some((finding) => /`decision` for `one`/.test(finding.message))).toBe(true)
    const in004 = findings('004', 'quote-drift')
    expect(in004.some((finding) => /decision/.test(finding.message) && finding.severity === 'error')).toBe(true)
    for (const finding of [...in000, ...in004]) expect(finding.evidence!.length).toBeGreaterThanOrEqual(2)
  })

  it('reports 004’s back-translated quotation and 000’s quotation with a ticker inside as drifted', () => {
    const backTranslated = findings('004', 'quote-drift').find((finding) => finding.text.includes('pending legal proceedings'))
    expect(backTranslated?.message).toMatch(/^Unexpected rewording in quotation of .*Prince: shares only `infrastructure provider`/)
    expect(backTranslated?.note).toMatch(/\[-[^\]]+-\]\{\+[^}]*pending legal proceedings/)
    expect(backTranslated?.evidence?.[0].article).toBe('001')
    const ticker = findings('000', 'quote-drift').find((finding) => finding.text === 'NET')
    expect(ticker?.message).toBe('Unexpected ticker `NET` in quotation, expected `Cloudflare`')
    expect(texts['000'].slice(ticker!.start.offset - 1, ticker!.start.offset + 30)).toBe('“NET provides security services')
    expect(ticker?.evidence?.map((entry) => entry.text)).toContain('Cloudflare')
  })

  it('leaves the majority wording (001, 002, 003) unflagged', () => {
    for (const id of ['001', '002', '003']) expect(findings(id, 'quote-drift').filter((finding) => finding.severity !== 'info')).toEqual([])
  })

  it('does not flag the AP caption’s “Wednesday, Aug. 31, 2022” nor 003’s “killed 23 people”', () => {
    const all = report.articles.flatMap((article) => (article.findings as Finding[]).filter((finding) => rules.includes(finding.ruleId))
      .map((finding) => texts[article.id].slice(finding.start.offset, finding.end.offset)))
    expect(all.some((text) => /Aug\. 31/.test(text))).toBe(false)
    expect(all.some((text) => /23 people/.test(text))).toBe(false)
  })
})
