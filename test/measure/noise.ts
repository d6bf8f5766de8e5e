// The report's noise on untouched NewsWCL50, its 50 articles audited as one
// corpus with the default config (as `corroborate audit` on the folder):
// warnings and errors per 1,000 words, British spellings reported as unknown
// words, words reported twice in one article, and the readability infos
// stylish folds. Run before and after a change to show what it moved:
//   npx tsc -p . && node .dist/test/measure/noise.js
import dictionaryGb from 'dictionary-en-gb'
import nspell from 'nspell'
import {buildArticle} from '../../pipeline/load/index.js'
import type {AuditReport} from '../../pipeline/report-types.js'
import {testAuditor, testConfig} from '../helpers/audit-text.js'
import {countWords, hasEvaldata, newswcl50Events} from '../helpers/evaldata.js'
import {englishSpeller} from '../../pipeline/names/dictionary.js'

export interface NoiseFigures {
  articles: number
  words: number
  findings: number
  errors: number
  warnings: number
  /** Warnings and errors per 1,000 words. */
  perThousandWords: number
  readabilityInfos: number
  /** Unknown-word findings on a word British English spells so (dictionary-en-gb knows it, dictionary-en does not). */
  british: string[]
  /** `article word ×n` for each word reported more than once in one article. */
  repeated: string[]
  /** Each article's score, grade and criteria: what the folds must leave alone. */
  scorecards: Record<string, string>
}

export async function auditNewswcl50(): Promise<{report: AuditReport; texts: Record<string, string>}> {
  const texts: Record<string, string> = {}
  for (const event of newswcl50Events()) Object.assign(texts, event.articles)
  const report = await testAuditor(testConfig()).auditArticles(Object.entries(texts).map(([id, text]) => buildArticle(id, `${id}.txt`, text)))
  return {report, texts}
}

export function noiseFigures(report: AuditReport, texts: Record<string, string>): NoiseFigures {
  const british = nspell(dictionaryGb)
  const american = englishSpeller()
  const figures: NoiseFigures = {articles: 0, words: 0, findings: 0, errors: 0, warnings: 0, perThousandWords: 0, readabilityInfos: 0, british: [], repeated: [], scorecards: {}}
  for (const article of report.articles) {
    figures.articles++
    figures.words += countWords(texts[article.id])
    figures.findings += article.findings.length
    figures.scorecards[article.id] = JSON.stringify([article.score, article.grade, article.criteria])
    const words = new Map<string, number>()
    for (const finding of article.findings) {
      if (finding.severity === 'error') figures.errors++
      if (finding.severity === 'warning') figures.warnings++
      if (finding.category === 'readability' && finding.severity === 'info') figures.readabilityInfos++
      if (finding.ruleId !== 'word-spelling') continue
      const word = (finding.actual ?? '').replace(/['’]s?$/u, '')
      words.set(word, (words.get(word) ?? 0) + 1)
      if (british.correct(word) && !american.correct(word)) figures.british.push(`${article.id} ${word}`)
    }
    for (const [word, count] of words) if (count > 1) figures.repeated.push(`${article.id} ${word} ×${count}`)
  }
  figures.perThousandWords = (1000 * (figures.errors + figures.warnings)) / figures.words
  return figures
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!hasEvaldata) console.log('no ../shared/evaldata: nothing to measure')
  else {
    const {report, texts} = await auditNewswcl50()
    const figures = noiseFigures(report, texts)
    console.log(`NewsWCL50, one corpus: ${figures.articles} articles, ${figures.words} words, ${figures.findings} findings`)
    console.log(`errors ${figures.errors}, warnings ${figures.warnings}: ${figures.perThousandWords.toFixed(3)} per 1,000 words`)
    console.log(`readability infos (folded by stylish): ${figures.readabilityInfos}`)
    console.log(`British spellings reported as unknown: ${figures.british.length}${figures.british.length ? ` (${figures.british.join(', ')})` : ''}`)
    console.log(`words reported more than once in an article: ${figures.repeated.length}${figures.repeated.length ? ` (${figures.repeated.join(', ')})` : ''}`)
    if (process.argv.includes('--scorecards')) console.log(JSON.stringify(figures.scorecards))
  }
}
