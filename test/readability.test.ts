// Our readability rule must flag exactly the sentences retext-readability
// flags (it reuses its formulas, with faster look-ups), on the seeds and on
// real news, and its document figures must be plausible.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {auditTexts, testConfig} from './helpers/audit-text.js'
import {root} from './helpers/cli.js'
import {hasEvaldata, newswcl50Events} from './helpers/evaldata.js'

/** Sentence spans retext-readability flags, parsing each body paragraph on its own as our pipeline does. */
function retextFlags(paragraphs: Array<{start: number; text: string}>, age: number): string[] {
  const processor = unified().use(retextEnglish).use(retextReadability, {age})
  const spans: string[] = []
  for (const paragraph of paragraphs) {
    const file = new VFile(paragraph.text)
    processor.runSync(processor.parse(file), file)
    for (const message of file.messages) {
      const place = message.place as {start: {offset: number}; end: {offset: number}}
      spans.push(`${paragraph.start + place.start.offset}-${paragraph.start + place.end.offset}`)
    }
  }
  return spans
}

async function compare(texts: Record<string, string>, age: number) {
  const config = testConfig(['readability'], {readability: {severity: 'info', options: {age, threshold: 4 / 7, minWords: 5}}})
  const report = await auditTexts(texts, config)
  for (const article of report.articles) {
    const text = texts[article.id]
    // Body paragraphs: blank-line separated prose, as the loader finds them.
    const paragraphs: Array<{start: number; text: string}> = []
    const re = /[^\n]+(?:\n[^\n]+)*/g
    for (let m = re.exec(text); m; m = re.exec(text)) if (/[.!?"”]$/.test(m[0].trim())) paragraphs.push({start: m.index, text: m[0]})
    const ours = article.findings.map((f) => `${f.start.offset}-${f.end.offset}`)
    expect(ours, article.id).toEqual(retextFlags(paragraphs, age))
  }
}

describe('readability', () => {
  it('flags the same sentences as retext-readability on clean prose', async () => {
    const text = readFileSync(join(root, 'corpus', '003_6226eba5f95f2533.txt'), 'utf8').replace(/^ date \S+ /, '')
    await compare({a: text}, 16)
    await compare({a: text}, 18)
  })

  it.skipIf(!hasEvaldata)('flags the same sentences as retext-readability on real news (NewsWCL50)', async () => {
    const [first, second] = newswcl50Events()
    await compare({...first.articles}, 16)
    await compare({...second.articles}, 18)
  })

  it('records document-level figures', async () => {
    const report = await auditTexts({a: 'The cat sat on the mat. The dog ran to the door and barked at the mail carrier.'}, testConfig(['readability']))
    const figures = report.articles[0].readability!
    expect(figures).toMatchObject({words: 18, sentences: 2})
    expect(figures.fleschReadingEase).toBeGreaterThan(80)
    expect(figures.fleschKincaidGrade).toBeLessThan(5)
    for (const key of ['gunningFog', 'smog', 'colemanLiau', 'automatedReadabilityIndex']) {
      expect(Number.isFinite((figures as unknown as Record<string, number>)[key])).toBe(true)
    }
  })

  it('leaves headlines and page chrome out of the figures', async () => {
    const report = await auditTexts({a: 'Extraordinarily complicated institutional reorganisation announced\n\nThe cat sat on the mat.\n\nLeave a Reply\n'}, testConfig(['readability']))
    expect(report.articles[0].readability).toMatchObject({words: 6, sentences: 1})
  })
})

