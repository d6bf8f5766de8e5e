// The split behind the machine-translated signal's style measures
// (rules/machine-translated/data/style.yml): MQM documents by their source
// document (the ten systems' translations of one document fall on one side)
// and clean articles by story, each into two halves by a hash of the name.
// The newsroom means and spreads were measured on half 0 of the clean
// articles; half 1 of both sides is held out, and PolNeAR (168 political
// news articles from other outlets) is a second newsroom no reference value
// was taken from. The six measures themselves were picked from candidates
// (sentence length and its spread, punctuation, function words, word
// frequency against SUBTLEX, connectives, passives...) with each
// candidate's ROC AUC on both halves and PolNeAR in view — features that
// held on all three, weighed equally rather than fitted — so the held-out
// figures guard the reference values and weights, less the choice itself.
// Run: npx tsc -p . && npm run build && node .dist/test/translation/style-split.js
// It prints each measure's newsroom mean and spread on half 0 (what the YAML
// holds, rounded) and each measure's ROC AUC on both halves and on PolNeAR.
import {createHash} from 'node:crypto'
import {buildArticle} from '../../pipeline/load/index.js'
import type {ArticleResult, StyleFigures} from '../../pipeline/types.js'
import {styleMeasures} from '../../rules/machine-translated/index.js'
import {styleReadings, type StyleMeasure} from '../../rules/machine-translated/signal.js'
import {polnearArticles} from '../attribution/polnear.js'
import {articleStage, testConfig} from '../helpers/audit-text.js'
import {evaldataClusters} from '../measure/corpora.js'
import {rocAuc} from './measure.js'
import {mqmDocuments} from './mqm.js'

/** 0 (the half the measures were fitted on) or 1 (held out), by a hash of a source document's or a story's name. */
export function styleHalf(group: string): 0 | 1 {
  return (Number.parseInt(createHash('md5').update(group).digest('hex').slice(-1), 16) % 2) as 0 | 1
}

export interface Sample {
  label: 'mqm' | 'clean' | 'polnear'
  group: string
  style: StyleFigures
}

/** Style figures of every MQM document, clean article and PolNeAR article (the article stage alone). */
export async function styleSamples(): Promise<Sample[]> {
  const items = [
    ...mqmDocuments().map((document) => ({label: 'mqm' as const, group: document.doc, id: document.id, text: document.text})),
    ...evaldataClusters().flatMap((cluster) => Object.entries(cluster.articles).map(([id, text]) => ({label: 'clean' as const, group: cluster.name, id: `${cluster.name}/${id}`, text}))),
    ...(['dev', 'test'] as const).flatMap((split) => polnearArticles(split)).map((row) => ({label: 'polnear' as const, group: 'polnear', id: `polnear/${row.article}`, text: row.text}))
  ]
  const results = await articleStage(items.map((item) => buildArticle(item.id.replace(/\W+/g, '-'), `${item.id.replace(/\W+/g, '-')}.txt`, item.text)), testConfig([]))
  return results.flatMap((result, index) => 'facts' in result && (result as ArticleResult).facts.style ? [{label: items[index].label, group: items[index].group, style: (result as ArticleResult).facts.style!}] : [])
}

/** A measure's raw value (no clipping, no shrinking), through the rule's own reading with a neutral reference. */
function rawValue(style: StyleFigures, measure: StyleMeasure): number | null {
  const reading = styleReadings(style, [{...measure, mean: 0, spread: 1, direction: 'more'}])[0]
  return reading ? reading.value : null
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const samples = await styleSamples()
  const fitting = samples.filter((sample) => sample.label === 'clean' && styleHalf(sample.group) === 0)
  console.log(`samples: ${samples.length}; fitting half: ${fitting.length} clean articles`)
  for (const measure of styleMeasures()) {
    const values = fitting.map((sample) => rawValue(sample.style, measure)).filter((value): value is number => value !== null)
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length
    const spread = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length)
    const sign = measure.direction === 'more' ? 1 : -1
    const auc = (positives: Sample[], negatives: Sample[]) => {
      const value = (sample: Sample) => sign * (rawValue(sample.style, measure) ?? measure.mean)
      return rocAuc(positives.map(value), negatives.map(value)).toFixed(3)
    }
    const side = (label: Sample['label'], half?: 0 | 1) => samples.filter((sample) => sample.label === label && (half === undefined || styleHalf(sample.group) === half))
    console.log(`${measure.measure.padEnd(30)} newsroom (half 0) mean ${mean.toPrecision(3)} spread ${spread.toPrecision(3)} (yml ${measure.mean} / ${measure.spread}); ` +
      `AUC half 0 ${auc(side('mqm', 0), side('clean', 0))}, held-out half 1 ${auc(side('mqm', 1), side('clean', 1))}, MQM half 1 vs PolNeAR ${auc(side('mqm', 1), side('polnear'))}`)
  }
}
