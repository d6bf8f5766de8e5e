// Properties that must hold for any text at all (fast-check draws it): the
// loader, the front-matter split, the quotation extractor, the date resolver
// and the offset mapping never throw, and every offset they hand on lies
// inside the text, on the characters it claims.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findDates} from '../pipeline/extract/claims/dates.js'
import {resolveDate} from '../pipeline/corpus/claims/resolve.js'
import {readFrontMatter} from '../pipeline/load/front-matter.js'
import {buildArticle} from '../pipeline/load/index.js'
import {createLocator} from '../pipeline/location.js'
import type {ArticleResult} from '../pipeline/types.js'
import {articleAuditor} from './helpers/audit-text.js'

// News-like text: words, names, numbers, dates, every kind of quotation mark and line end,
// and arbitrary Unicode (astral characters, right-to-left text, controls) mixed in.
const piece = fc.oneof(
  fc.constantFrom('The', 'mayor', 'said', 'Smith', 'on', 'Monday', 'March 3, 2021', '45', 'people', '“', '”', '"', '‘', '’', "'", '«', '»', '.', ',', ':', '—', '\n', '\n\n', '\r\n', '\r', ' ', '---', 'title: x', '[', ']', '…'),
  fc.string({unit: 'grapheme', maxLength: 6}),
  fc.string({unit: 'binary', maxLength: 4})
)
const newsText = fc.array(piece, {maxLength: 80}).map((pieces) => pieces.join(' '))
const anyText = fc.oneof(newsText, fc.string({unit: 'binary', maxLength: 300}))
const runs = {numRuns: 150}

describe('for any text', () => {
  it('the loader builds an article whose blocks lie inside it, in order', () => {
    fc.assert(fc.property(anyText, (text) => {
      const article = buildArticle('a', 'a.txt', text)
      let previous = 0
      for (const block of article.blocks) {
        expect(block.start).toBeGreaterThanOrEqual(previous)
        expect(block.end).toBeGreaterThanOrEqual(block.start)
        expect(block.end).toBeLessThanOrEqual(text.length)
        previous = block.start
      }
      for (const problem of article.problems) expect(problem.offset).toBeLessThanOrEqual(text.length)
    }), runs)
  })

  it('front matter ends inside the text, and the rest is the body', () => {
    fc.assert(fc.property(fc.tuple(fc.array(piece, {maxLength: 12}), anyText), ([head, body]) => {
      const text = `---\n${head.join(' ')}\n---\n${body}`
      const front = readFrontMatter(text)
      expect(front.end).toBeGreaterThanOrEqual(0)
      expect(front.end).toBeLessThanOrEqual(text.length)
      if (front.error) expect(front.error.offset).toBeLessThanOrEqual(front.end)
    }), runs)
  })

  it('quotations, sentences and claims stand on their own characters', () => {
    const audit = articleAuditor()
    fc.assert(fc.property(newsText, (text) => {
      const result = audit(buildArticle('a', 'a.txt', text)) as ArticleResult
      expect(result.error).toBeUndefined()
      for (const quotation of result.facts.quotations ?? []) {
        expect(quotation.start).toBeGreaterThanOrEqual(0)
        expect(quotation.end).toBeLessThanOrEqual(text.length)
        expect(text.slice(quotation.start, quotation.end)).toBe(quotation.text)
      }
      for (const sentence of result.facts.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
      for (const claim of (result.facts.claims ?? []) as Array<{start: number; end: number; text: string}>) {
        expect(text.slice(claim.start, claim.end)).toBe(claim.text)
      }
      for (const draft of result.drafts) {
        expect(draft.start.offset).toBeLessThanOrEqual(draft.end.offset)
        expect(draft.end.offset).toBeLessThanOrEqual(text.length)
      }
    }), {numRuns: 60})
  }, 120_000)

  it('dates are found and resolved without throwing, on the words they name', () => {
    fc.assert(fc.property(newsText, fc.date({min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true}), (text, reference) => {
      for (const date of findDates(text, 0, reference, [])) {
        expect(text.slice(date.start, date.end)).toBe(date.text)
        resolveDate({...date, kind: 'date'} as never, reference.getTime())
      }
    }), runs)
  })

  it('offsets map to a line and column that map back, with \\n, \\r\\n and lone \\r as line ends', () => {
    fc.assert(fc.property(anyText, fc.nat(), (text, seed) => {
      const locate = createLocator(text)
      const offset = text.length === 0 ? 0 : seed % (text.length + 1)
      const point = locate(offset)
      const lines = text.split(/\r\n?|\n/)
      expect(point.line).toBeLessThanOrEqual(lines.length)
      const lineStart = lines.slice(0, point.line - 1).reduce((sum, line, index) => sum + line.length + (text.slice(sum + line.length, sum + line.length + 2) === '\r\n' ? 2 : 1), 0)
      expect(lineStart + point.column - 1).toBe(offset)
    }), runs)
  })
})
