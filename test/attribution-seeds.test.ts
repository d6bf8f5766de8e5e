// Issue 4's acceptance list on the seed corpus (corpus/): what must be
// flagged and what must be recognised as attributed.
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {buildArticle} from '../pipeline/load/index.js'
import type {ArticleResult, Finding} from '../pipeline/types.js'
import {auditTexts, testConfig, articleAuditor} from './helpers/audit-text.js'

const rules = ['unattributed-quotation', 'unsourced-claim', 'wire-credit', 'dangling-reference', 'malformed-quotation-marks', 'vague-source', 'unattributed-copy']
const dir = new URL('../corpus/', import.meta.url)
const texts = Object.fromEntries(readdirSync(dir).filter((file) => file.endsWith('.txt')).sort()
  .map((file) => [file.slice(0, 3), readFileSync(new URL(file, dir), 'utf8')]))

describe('attribution on the seed corpus', async () => {
  const report = await auditTexts(texts, testConfig(rules))
  const auditOne = articleAuditor(testConfig(rules))
  // The facts each article yields (the report itself carries findings, not facts).
  const facts = (id: string) => (auditOne(buildArticle(id, `${id}.txt`, texts[id])) as ArticleResult).facts
  const article = (id: string) => report.articles.find((a) => a.id === id)!
  const flagged = (id: string, ruleId: string, words: RegExp) =>
    article(id).findings.some((finding: Finding) => finding.ruleId === ruleId && words.test(finding.actual ?? ''))

  it('flags the unsourced share of the internet, the hedge and the dangling statement link', () => {
    expect(flagged('002', 'unsourced-claim', /20 percent of the entire internet/)).toBe(true)
    expect(flagged('000', 'unsourced-claim', /^reportedly$/)).toBe(true)
    expect(flagged('001', 'dangling-reference', /statement here/)).toBe(true)
  })

  it('records the AP credit and the editor’s note', () => {
    const credits = facts('000').extra.credits as Array<{kind: string; agency: string | null}>
    expect(credits.map((credit) => credit.kind)).toEqual(['wire', 'editor-note'])
    expect(credits[0].agency).toBe('associated press')
    expect(flagged('000', 'wire-credit', /Associated Press contributed/)).toBe(true)
    expect(flagged('000', 'wire-credit', /Editor’s note/)).toBe(true)
  })

  it('flags the quotation nobody is said to have spoken, and only statements', () => {
    const warnings = report.articles.flatMap((a) => a.findings.filter((f) => f.ruleId === 'unattributed-quotation').map((f) => `${a.id} ${f.actual}`))
    expect(warnings.some((w) => /^004 “However, this is not the end/.test(w))).toBe(true)
    expect(warnings.filter((w) => !w.startsWith('004'))).toEqual([])
  })

  it('recognises “According to The Washington Post”, “CEO Matthew Prince said” and “he wrote” as attributed', () => {
    const quotes = (id: string) => facts(id).quotations ?? []
    expect(quotes('001').find((q) => /Forum users had repeatedly/.test(q.text))?.speaker).toBe('The Washington Post')
    expect(article('001').findings.some((f) => /according to the washington post/i.test(f.actual ?? ''))).toBe(false)
    expect(quotes('003').find((q) => /^Visitors to any/.test(q.text))).toMatchObject({speaker: 'Matthew Prince', speakerPhrase: 'CEO Matthew Prince', cue: 'said'})
    const wrote = quotes('000').find((q) => /^This is an extraordinary decision/.test(q.text))
    expect(wrote).toMatchObject({speakerPhrase: 'he', cue: 'wrote'})
    expect(wrote!.speaker).toMatch(/Prince$/)
  })
})
