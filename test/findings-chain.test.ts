// The one findings chain bounds what a finding carries: quoted text to a few
// hundred characters, evidence to the first few passages (a headline
// reprinted a hundred times would otherwise list a hundred others in each of
// its hundred findings, and the report would grow with the square).
import {describe, expect, it} from 'vitest'
import {finalizeFindings, maxEvidence, maxQuotedText} from '../pipeline/findings.js'
import type {DraftFinding, Evidence} from '../pipeline/types.js'

const text = 'The council met on Tuesday. The mayor said the budget would pass.'
const point = (offset: number) => ({line: 1, column: offset + 1, offset})
const draft = (evidence: Evidence[], actual = 'Tuesday'): DraftFinding => ({
  ruleId: 'test-rule', category: 'consistency', severity: 'warning', message: 'Unexpected `Tuesday`', start: point(19), end: point(26),
  actual, confidence: 0.5, evidence, corpus: true
})
const passages = (count: number): Evidence[] => Array.from({length: count}, (_, index) => ({article: `other-${index}`, text: `Passage ${index}.`}))
const finalize = (drafts: DraftFinding[]) => finalizeFindings(drafts, {path: 'a.txt', text, blocks: [], seesChrome: new Set()})

describe('the findings chain', () => {
  it(`keeps the first ${maxEvidence} evidence passages and says how many it left out`, () => {
    const [finding] = finalize([draft(passages(maxEvidence + 5))])
    expect(finding.evidence!.map((each) => each.article)).toEqual(passages(maxEvidence).map((each) => each.article))
    expect(finding.evidenceOmitted).toBe(5)
  })

  it('leaves a finding with few passages as it is', () => {
    const [finding] = finalize([draft(passages(maxEvidence))])
    expect(finding.evidence).toHaveLength(maxEvidence)
    expect(finding).not.toHaveProperty('evidenceOmitted')
  })

  it('clips long quoted text and long evidence passages', () => {
    const long = 'word '.repeat(200)
    const [finding] = finalize([draft([{article: 'other', text: long}], long)])
    expect(finding.actual).toHaveLength(maxQuotedText)
    expect(finding.actual!.endsWith('…')).toBe(true)
    expect(finding.evidence![0].text).toHaveLength(maxQuotedText)
  })
})
