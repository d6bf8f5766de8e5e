// Less noise, same verdicts, on untouched NewsWCL50 audited as one corpus:
// British spellings are words, an unknown word is one finding per article,
// and word-spelling (info only) moves no score, grade or criterion.
import {describe, expect, it} from 'vitest'
import {buildArticle} from '../pipeline/load/index.js'
import {testAuditor, testConfig} from './helpers/audit-text.js'
import {hasEvaldata} from './helpers/evaldata.js'
import {auditNewswcl50, noiseFigures} from './measure/noise.js'

describe.skipIf(!hasEvaldata)('noise on NewsWCL50, one corpus', () => {
  it('reports no British spelling as unknown and no word twice in one article', async () => {
    const {report, texts} = await auditNewswcl50()
    const figures = noiseFigures(report, texts)
    console.log(`NewsWCL50 one corpus: ${figures.errors} errors, ${figures.warnings} warnings in ${figures.words} words = ${figures.perThousandWords.toFixed(3)} per 1,000; ${figures.readabilityInfos} readability infos`)
    expect(figures.british).toEqual([])
    expect(figures.repeated).toEqual([])
    expect(report.articles.flatMap((article) => article.findings).filter((f) => f.ruleId === 'word-spelling' && f.severity !== 'info')).toEqual([])

    const config = testConfig()
    config.rules['word-spelling'] = {...config.rules['word-spelling'], severity: 'off'}
    const withoutSpelling = await testAuditor(config).auditArticles(Object.entries(texts).map(([id, text]) => buildArticle(id, `${id}.txt`, text)))
    expect(noiseFigures(withoutSpelling, texts).scorecards).toEqual(figures.scorecards)
  }, 120_000)
})
