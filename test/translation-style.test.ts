// The style part of the machine-translated signal (issue 10): the figures the
// article stage counts (pipeline/extract/style.ts), the measures against
// newsroom copy (rules/machine-translated/data/style.yml), and how the signal
// weighs them — style ranks and supports, but alone stays under the threshold.
import {describe, expect, it} from 'vitest'
import {buildArticle} from '../pipeline/load/index.js'
import {movingTypeTokenRatio, styleFigures} from '../pipeline/extract/style.js'
import type {ArticleResult} from '../pipeline/types.js'
import {styleMeasures} from '../rules/machine-translated/index.js'
import {translationSignal} from '../rules/machine-translated/signal.js'
import {articleAuditor, auditTexts, testConfig} from './helpers/audit-text.js'
import {signalConfig, translationRules} from './translation/measure.js'

const newsroom = `Mayor quits after audit

Mayor Jane Doe resigned Tuesday, two weeks after auditors questioned her office's spending.

“I don’t think I can do this job well anymore,” Doe told reporters outside City Hall. “It’s time.”

Council member Sam Ortiz said he was surprised. “We’re going to miss her,” he said.

The council will pick an interim mayor next month, Ortiz said. Doe did not say what she would do next.
`

const translated = `Province posts growth

According to the statistics of the provincial development department, the total output value of the manufacturing industry of the province in the first quarter of this year reached 120 billion yuan, an increase of 6 percent, and the growth of the industry maintained the stable trend of the previous year.

At the same time, the implementation of the policies of the government for the promotion of the industry has achieved obvious results, and the construction of the industrial parks of the province has accelerated the transformation and upgrading of the industry.

The head of the department stated that the province will further strengthen the management of investment and the improvement of the business environment, and promote the development of the industry.
`

const styleOf = (text: string) => (articleAuditor()(buildArticle('a', 'a.txt', text)) as ArticleResult).facts.style!

describe('style figures (article stage)', () => {
  it('count contractions, “said”, “the”, commas and lower-case nominalisations', () => {
    const figures = styleFigures(['He said it’s the Foundation’s statement, and they don\'t care.', 'Development of the nation, said Smith.'])
    expect(figures).toMatchObject({sentences: 2, commas: 2, the: 2, contractions: 2, attribution: 2})
    // "statement" and "nation"; "Development" opens a sentence, "Foundation’s" is a name.
    expect(figures.nominalisations).toBe(2)
    expect(figures.words).toBe(16)
  })

  it('leave the title out and count nothing in an empty text', () => {
    const figures = styleOf('The the the the implementation\n\nShe said no.\n')
    expect(figures).toMatchObject({sentences: 1, words: 3, the: 0, nominalisations: 0, attribution: 1})
    expect(styleFigures([])).toMatchObject({words: 0, sentences: 0, variety: null})
  })

  it('measure word variety lower when words repeat', () => {
    const varied = Array.from({length: 120}, (_, index) => `w${index}`)
    const repeated = Array.from({length: 120}, (_, index) => `w${index % 20}`)
    expect(movingTypeTokenRatio(varied)).toBe(1)
    expect(movingTypeTokenRatio(repeated)).toBe(0.4)
    expect(movingTypeTokenRatio(['a', 'b', 'a'])).toBeCloseTo(0.6667, 4)
  })
})

describe('the style part of the signal', () => {
  const measures = styleMeasures()

  it('loads six checked measures', () => {
    expect(measures.map((measure) => measure.figure).sort()).toEqual(['attribution', 'commasPerSentence', 'contractions', 'definiteArticles', 'nominalisations', 'variety'])
  })

  it('sets translated English far from newsroom copy, and newsroom copy near it', () => {
    const far = translationSignal([], 200, styleOf(translated), measures, 0.5)
    const near = translationSignal([], 80, styleOf(newsroom), measures, 0.5)
    expect(far.distance).toBeGreaterThan(3)
    expect(near.distance).toBeLessThan(0)
    expect(far.score).toBeGreaterThan(near.score)
    expect(near.score).toBeLessThan(0.05)
    expect(far.readings[0].deviation).toBeGreaterThanOrEqual(far.readings.at(-1)!.deviation)
  })

  it('never gives more than its share, however far the style, and nothing when off', () => {
    const extreme = {words: 10_000, sentences: 100, commas: 1000, the: 3000, nominalisations: 2000, contractions: 0, attribution: 0, variety: 0.3}
    expect(translationSignal([], 10_000, extreme, measures, 0.5).score).toBeLessThanOrEqual(0.5)
    expect(translationSignal([], 10_000, extreme, measures, 0).score).toBe(0)
    const slip = [{ruleId: 'doubled-phrase', severity: 'warning' as const, confidence: 0.9}]
    expect(translationSignal(slip, 10_000, extreme, measures, 0).score).toBe(translationSignal(slip, 10_000).score)
    expect(translationSignal(slip, 10_000, extreme, measures, 0.5).score).toBeGreaterThan(translationSignal(slip, 10_000).score)
  })
})

describe('machine-translated with the style part', () => {
  it('does not report translated style alone at the default threshold', async () => {
    const report = await auditTexts({a: translated}, testConfig(translationRules))
    expect(report.articles[0].findings.filter((finding) => finding.ruleId === 'machine-translated')).toEqual([])
  })

  it('reports translated style alone under a lower threshold, naming the measures that stand out', async () => {
    const config = signalConfig()
    config.rules['machine-translated'].options = {threshold: 0.4, style: 0.5}
    const report = await auditTexts({a: translated, b: newsroom}, config)
    const [found, ...rest] = report.articles.flatMap((article) => article.findings.filter((finding) => finding.ruleId === 'machine-translated').map((finding) => ({article: article.id, finding})))
    expect(rest).toEqual([])
    expect(found.article).toBe('a')
    expect(found.finding.message).toMatch(/no translation findings; unlike newsroom copy in \d of 6 style measures/)
    expect(found.finding.note).toMatch(/nominalisations per word 0\.\d+ \(newsroom 0\.021\)/)
  })
})
