// False warnings of the attribution rules on untouched NewsWCL50 articles,
// per 1,000 words. Run: npx tsc -p . && node .dist/test/attribution/newswcl50.js [--list]
import {auditTexts, testConfig} from '../helpers/audit-text.js'
import {countWords, hasEvaldata, newswcl50Events} from '../helpers/evaldata.js'
import type {Finding} from '../../pipeline/types.js'

export const attributionRules = ['unattributed-quotation', 'malformed-quotation-marks', 'unsourced-claim', 'dangling-reference', 'vague-source', 'wire-credit', 'unattributed-copy']

export interface FalsePositiveFigures {
  words: number
  warnings: Finding[]
  byRule: Record<string, number>
  texts: Map<string, string>
}

export async function measureFalseWarnings(rules = attributionRules): Promise<FalsePositiveFigures> {
  const figures: FalsePositiveFigures = {words: 0, warnings: [], byRule: Object.fromEntries(rules.map((rule) => [rule, 0])), texts: new Map()}
  for (const {event, articles} of newswcl50Events()) {
    const named = Object.fromEntries(Object.entries(articles).map(([id, text]) => [`${event}/${id}`, text]))
    for (const [id, text] of Object.entries(named)) {
      figures.words += countWords(text)
      figures.texts.set(id, text)
    }
    const report = await auditTexts(named, testConfig(rules))
    for (const article of report.articles) {
      for (const finding of article.findings) {
        if (!rules.includes(finding.ruleId) || finding.severity === 'info') continue
        figures.warnings.push({...finding, fingerprint: article.id})
        figures.byRule[finding.ruleId]++
      }
    }
  }
  return figures
}

if (process.argv[1]?.endsWith('newswcl50.js')) {
  if (!hasEvaldata) console.log('NewsWCL50 not found under ../shared/evaldata: nothing measured')
  else {
    const figures = await measureFalseWarnings()
    const rate = (count: number) => ((1000 * count) / figures.words).toFixed(2)
    console.log(`NewsWCL50: ${figures.texts.size} articles, ${figures.words} words`)
    for (const [rule, count] of Object.entries(figures.byRule)) console.log(`${rule}: ${count} warnings = ${rate(count)} per 1,000 words`)
    console.log(`all: ${figures.warnings.length} warnings = ${rate(figures.warnings.length)} per 1,000 words`)
    if (process.argv.includes('--list')) for (const w of figures.warnings) console.log(`${w.fingerprint} ${w.ruleId} ${w.message} :: ${(w.actual ?? '').slice(0, 100)}`)
  }
}
