// The calque lexicon screens each article's whole text with its pattern
// relaxed (look-arounds and anchors dropped) before it reads sentence by
// sentence: the relaxed pattern must match wherever the pattern matches in
// a sentence, whatever the text around that sentence.
import {describe, expect, it} from 'vitest'
import {findCalques, relaxed, type Calque} from '../rules/calque/lexicon.js'

describe('relaxed calque patterns', () => {
  it('drops look-aheads, look-behinds and anchors, nested groups included', () => {
    expect(relaxed('\\bsquash(?:es)?\\b(?! (?:court|club)\\b)')).toBe('\\bsquash(?:es)?\\b')
    expect(relaxed('(?<!Mr\\. )(?<=\\s)Smith')).toBe('Smith')
    expect(relaxed('^The world$')).toBe('The world')
    expect(relaxed('\\b(?!(?:The|A)\\b)(\\p{Lu}\\w+) host(?= (?:blocks?|cut))')).toBe('\\b(\\p{Lu}\\w+) host')
  })

  it('keeps what only looks like a look-around or an anchor: a class, an escape', () => {
    expect(relaxed('by ([^,.;:]{2,60}?) how')).toBe('by ([^,.;:]{2,60}?) how')
    expect(relaxed('\\$\\d+ \\(?=\\)')).toBe('\\$\\d+ \\(?=\\)')
    expect(relaxed('[(?!)] x')).toBe('[(?!)] x')
  })

  it('lets through, on the whole text, a match its sentence alone allows', () => {
    const pattern = '\\bsquash\\b(?! court)'
    const calque: Calque = {
      entry: {pattern, expected: ['swatting'], source: 's', language: 'French', reason: 'r'},
      regex: new RegExp(pattern, 'gim'), near: null, evidence: /(?!)/g, screen: new RegExp(relaxed(pattern), 'im')
    }
    // A range that ends on "squash" (a heading's line, say) before text the look-ahead refuses in the whole text.
    const text = 'He fell victim to a squash court case.'
    expect(new RegExp(pattern, 'im').test(text)).toBe(false)
    expect(findCalques([calque], text, [[0, 26]]).map((match) => match.text)).toEqual(['squash'])
  })
})
