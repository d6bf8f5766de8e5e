import {describe, expect, it} from 'vitest'
import {buildArticle} from '../pipeline/load/index.js'
import {decodeArticle, firstInvalidUtf8} from '../pipeline/load/read.js'
import {isDateLine, segment} from '../pipeline/load/segment.js'
import {toIsoDate} from '../pipeline/load/metadata.js'

const kinds = (text: string) => segment(text).blocks.map((block) => `${block.kind}:${text.slice(block.start, block.end)}`)

describe('segment', () => {
  it('splits a headline glued to prose by a single newline into its own block', () => {
    const text = 'Storm hits coast\nThe storm hit the coast on Monday. It was strong.\n'
    expect(kinds(text)).toEqual(['title:Storm hits coast', 'body:The storm hit the coast on Monday. It was strong.'])
  })

  it('keeps hard-wrapped prose together', () => {
    const text = 'The storm hit the coast on Monday and\ncut power to thousands of homes, the\nutility said in a statement.\n'
    expect(kinds(text)).toEqual(['body:The storm hit the coast on Monday and\ncut power to thousands of homes, the\nutility said in a statement.'])
  })

  it('takes a short name line after the last paragraph for a byline, not chrome', () => {
    const text = 'The storm hit the coast on Monday.\n\nJane Q. Public\n'
    expect(kinds(text)).toEqual(['body:The storm hit the coast on Monday.', 'byline:Jane Q. Public'])
  })

  it('takes "By" lines at the top for bylines', () => {
    const text = 'Storm hits coast\n\nBy Jane Doe, Staff Writer\n\nThe storm hit the coast on Monday.\n'
    expect(kinds(text)).toContain('byline:By Jane Doe, Staff Writer')
  })

  it('splits off a `date` header that shares a line with the first paragraph', () => {
    const text = ' date 2022-09-04 On Wednesday, the firm said it would act.\n'
    const result = segment(text)
    expect(result.dateHeader).toBe('2022-09-04')
    expect(kinds(text)).toEqual(['dateline: date 2022-09-04 ', 'body:On Wednesday, the firm said it would act.'])
  })

  it('keeps sentence-per-line text (ECB+) as prose', () => {
    const text = 'Reid checked into rehab, her rep said.\n"We appreciate your respect," he said.\nShe went on Tuesday.\n'
    expect(segment(text).blocks.map((block) => block.kind)).toEqual(['body'])
  })

  it('marks a repeated headline and lexicon lines as chrome', () => {
    const text = 'Now Reading\nBig news today here\n\nBig news today here\n\nThe council voted on Monday.\n\nLeave a Reply\n'
    expect(kinds(text)).toEqual([
      'chrome:Now Reading', 'title:Big news today here', 'chrome:Big news today here',
      'body:The council voted on Monday.', 'chrome:Leave a Reply'
    ])
  })

  it('recognises date lines in their many forms, and not prose with numbers', () => {
    for (const line of ['Published: June 9, 2013', 'May 3rd, 2013 2:00pm EDT', '12:52 p. m. EDT May 2, 2013', 'Posted: 04 / 9 / 2012 8:33 am', 'UPDATED: 19:14 GMT, 12 April 2013']) {
      expect(isDateLine(line), line).toBe(true)
    }
    for (const line of ['He won 3 to 1 in 2012', 'In 2008, Klitschko stopped Thompson in the 11th round.', 'May 2013 be better']) {
      expect(isDateLine(line), line).toBe(false)
    }
  })
})

describe('metadata', () => {
  it('prefers front matter, then infers from the text', () => {
    const article = buildArticle('a', 'a.md', '---\ntitle: Stated title\ndate: 2022-09-04\n---\nHeadline in text\n\nThe council voted.\n\nBy Jane Doe\n')
    expect(article.meta).toMatchObject({title: 'Stated title', published: '2022-09-04', byline: 'Jane Doe'})
    expect(article.meta.sources).toMatchObject({title: 'front-matter', published: 'front-matter', byline: 'text'})
  })

  it('reads the outlet from an author bio or a copyright line', () => {
    const bio = buildArticle('a', 'a.txt', 'The council voted.\n\nTy Ross\nNews journalist for Example Daily.\n')
    expect(bio.meta).toMatchObject({byline: 'Ty Ross', outlet: 'Example Daily'})
    const copy = buildArticle('b', 'b.txt', 'The council voted.\n\n© 2021 Example Media Group. All rights reserved.\n')
    expect(copy.meta.outlet).toBe('Example Media Group')
  })

  it('reads a publication date from a date line, and not from the prose', () => {
    expect(buildArticle('a', 'a.txt', 'Headline here\n\nPublished: June 9, 2013\n\nThe vote was on June 1, 2013.\n').meta.published).toBe('2013-06-09')
    expect(buildArticle('b', 'b.txt', 'The vote was on June 1, 2013.\n').meta.published).toBeNull()
  })

  it('parses dates without guessing ambiguous day/month order', () => {
    expect(toIsoDate('Sept. 4, 2022')).toBe('2022-09-04')
    expect(toIsoDate('4 September 2022')).toBe('2022-09-04')
    expect(toIsoDate('8 / 2 / 2013 8:13 AM PDT')).toBe('2013-08-02')
    expect(toIsoDate('04 / 09 / 2012')).toBeNull()
    expect(toIsoDate('February 30, 2022')).toBeNull()
  })

  it('reports malformed front matter and keeps the article', () => {
    const article = buildArticle('a', 'a.md', '---\ntitle: [unclosed\n---\nThe council voted.\n')
    expect(article.problems).toHaveLength(1)
    expect(article.problems[0].message).toMatch(/^Malformed front matter/)
  })
})

describe('read', () => {
  it('refuses binary data and invalid UTF-8 with a clear reason', () => {
    expect(decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({error: expect.stringMatching(/binary/)})
    const bad = new Uint8Array([0x61, 0x62, 0xc3, 0x28])
    expect(firstInvalidUtf8(bad)).toBe(2)
    expect(decodeArticle(bad)).toEqual({error: expect.stringMatching(/not valid UTF-8 \(first bad byte at offset 2\)/)})
  })

  it('accepts UTF-8 and strips a BOM', () => {
    expect(decodeArticle(new TextEncoder().encode('\ufeffCafé “quoted” – 😀'))).toEqual({text: 'Café “quoted” – 😀'})
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0)
  })
})
