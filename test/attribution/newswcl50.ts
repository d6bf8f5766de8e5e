// False warnings of the attribution rules on untouched real news (NewsWCL50
// and ECB+), per 1,000 words, for the whole evaldata audited as one corpus
// and story by story. Run: npx tsc -p . && node .dist/test/attribution/newswcl50.js [--list]
import {countWords, hasEvaldata} from '../helpers/evaldata.js'
import {testConfig} from '../helpers/audit-text.js'
import {auditClusters, evaldataClusters, modes, type Cluster, type Mode} from '../measure/corpora.js'
import type {Finding} from '../../pipeline/types.js'

export const attributionRules = ['unattributed-quotation', 'malformed-quotation-marks', 'unsourced-claim', 'dangling-reference', 'vague-source', 'wire-credit', 'unattributed-copy']

export interface FalsePositiveFigures {
  words: number
  warnings: Finding[]
  byRule: Record<string, number>
  texts: Map<string, string>
}

/** NewsWCL50's events only, by default: the long articles the attribution rules were first measured on. */
export const newswcl50Clusters = () => evaldataClusters().filter((cluster) => cluster.name.startsWith('newswcl50/'))

export async function measureFalseWarnings(rules = attributionRules, mode: Mode = 'story by story', clusters: Cluster[] = newswcl50Clusters()): Promise<FalsePositiveFigures> {
  const figures: FalsePositiveFigures = {words: 0, warnings: [], byRule: Object.fromEntries(rules.map((rule) => [rule, 0])), texts: new Map()}
  const reports = await auditClusters(clusters, testConfig(rules), mode)
  for (const cluster of clusters) {
    for (const [id, text] of Object.entries(cluster.articles)) {
      figures.words += countWords(text)
      figures.texts.set(`${cluster.name}/${id}`, text)
    }
    for (const [id, article] of reports.get(cluster.name) ?? []) {
      for (const finding of article.findings) {
        if (!rules.includes(finding.ruleId) || finding.severity === 'info') continue
        figures.warnings.push({...finding, fingerprint: `${cluster.name}/${id}`})
        figures.byRule[finding.ruleId]++
      }
    }
  }
  return figures
}

if (process.argv[1]?.endsWith('newswcl50.js')) {
  if (!hasEvaldata) console.log('NewsWCL50 not found under ../shared/evaldata: nothing measured')
  else {
    for (const [label, clusters] of [['NewsWCL50', newswcl50Clusters()], ['NewsWCL50 + ECB+', evaldataClusters()]] as const) {
      for (const mode of modes) {
        const figures = await measureFalseWarnings(attributionRules, mode, clusters)
        const rate = (count: number) => ((1000 * count) / figures.words).toFixed(2)
        console.log(`== ${label}, ${mode}: ${figures.texts.size} articles, ${figures.words} words`)
        for (const [rule, count] of Object.entries(figures.byRule)) console.log(`${rule}: ${count} warnings = ${rate(count)} per 1,000 words`)
        console.log(`all: ${figures.warnings.length} warnings = ${rate(figures.warnings.length)} per 1,000 words`)
        if (process.argv.includes('--list')) for (const w of figures.warnings) console.log(`${w.fingerprint} ${w.ruleId} ${w.message} :: ${(w.actual ?? '').slice(0, 100)}`)
      }
    }
  }
}
