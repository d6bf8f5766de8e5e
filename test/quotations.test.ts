// The quotation extractor on made-up copy: marks, nesting, paragraphs, and
// where the speaker is found.
import {describe, expect, it} from 'vitest'
import {buildArticle} from '../pipeline/load/index.js'
import type {QuotationFact} from '../pipeline/types.js'
import {testConfig, articleAuditor} from './helpers/audit-text.js'

const audit = articleAuditor(testConfig([]))

function quotations(text: string): QuotationFact[] {
  const result = audit(buildArticle('t', 't.txt', text))
  if ('error' in result && result.error) throw new Error(result.error)
  return (result as {facts: {quotations?: QuotationFact[]}}).facts.quotations ?? []
}

function extra(text: string): Record<string, unknown> {
  const result = audit(buildArticle('t', 't.txt', text)) as {facts: {extra: Record<string, unknown>}}
  return result.facts.extra
}

describe('quotation extraction', () => {
  it('finds the speaker after, before, and in a colon paragraph', () => {
    const found = quotations([
      'Harbour report',
      '',
      '“The bridge will reopen in spring, as planned,” Mayor Ana Lopes said on Monday.',
      '',
      'The transport minister told reporters: “We will not raise the toll this year.”',
      '',
      'In a long statement, the union said:',
      '',
      '"Our members have waited far too long for a decision on wages."'
    ].join('\n'))
    expect(found.map((q) => [q.speaker, q.cue, q.via])).toEqual([
      ['Ana Lopes', 'said', 'after'],
      ['The transport minister', 'told', 'before'],
      ['the union', 'said', 'colon']
    ])
  })

  it('resolves a pronoun to the last person named as a speaker', () => {
    const [first, second] = quotations([
      'Port chief Daniel Okafor wrote in a memo that traffic had doubled.',
      '',
      '“We need two more berths before the winter season begins,” he wrote. “Nobody planned for this.”'
    ].join('\n'))
    expect(first).toMatchObject({speaker: 'Daniel Okafor', speakerPhrase: 'he', speakerKind: 'pronoun', cue: 'wrote'})
    expect(second).toMatchObject({speaker: 'Daniel Okafor', via: 'continued'})
  })

  it('keeps nested quotes and a quotation that runs over two paragraphs', () => {
    const found = quotations([
      'The inspector said the crew had “ignored the so-called “red line” rule for months.”',
      '',
      '“The first failure was in the pumps, which nobody checked after the storm.',
      '',
      '“The second was in the logbook, which was never filled in,” the inspector added.'
    ].join('\n'))
    expect(found.find((q) => q.text === 'red line')).toMatchObject({depth: 1})
    const long = found.find((q) => q.paragraphs === 2)
    expect(long).toMatchObject({speaker: 'the inspector', cue: 'added'})
  })

  it('leaves a bare quotation without a speaker and reports unpaired marks', () => {
    const found = quotations('The council met on Tuesday.\n\n“Nobody will be left behind by these changes, whatever happens next.”\n\nThe vote was close.')
    expect(found).toHaveLength(1)
    expect(found[0].speaker).toBeNull()
    const problems = extra('She said “the plan is dead and nobody will revive it.\n\nThe meeting ended early.').quoteMarkProblems as Array<{kind: string}>
    expect(problems.map((p) => p.kind)).toEqual(['unclosed'])
  })

  it('does not take apostrophes for quotes', () => {
    const found = quotations('The firm’s lawyers said the drivers’ union had not filed its ’90s records, officials said.')
    expect(found).toEqual([])
  })
})
