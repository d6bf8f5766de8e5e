// Measures the translation rules (issue 10) on text nobody here wrote:
// - clean copy: warnings/errors per 1,000 words on untouched NewsWCL50 + ECB+
//   audited as one corpus (and story by story beside it);
// - MQM (WMT23 zh→en news, machine output with expert error spans): of the
//   segments with a finding, how many carry a Major error a reader of the
//   English alone can see; how many segments no rater marked are flagged;
//   span precision and recall per MQM category family;
// - the article signal's ROC AUC between MQM documents and the clean articles
//   (the signal as the rule scores it: audited with its threshold at 0, so it
//   reports every article with its score, and counted as a warning only from
//   its configured threshold on).
// Run: npx tsc -p . && node .dist/test/translation/measure.js [--examples N]
import {buildArticle} from '../../pipeline/load/index.js'
import type {ArticleReport} from '../../pipeline/report-types.js'
import type {Finding} from '../../pipeline/types.js'
import {allRules} from '../../rules/index.js'
import type {ResolvedConfig} from '../../pipeline/config.js'
import {testAuditor, testConfig} from '../helpers/audit-text.js'
import {countWords} from '../helpers/evaldata.js'
import {auditClusters, evaldataClusters, type Mode} from '../measure/corpora.js'
import {polnearArticles} from '../attribution/polnear.js'
import {categoryFamily, mqmDocuments, visibleCategory, type MqmDocument} from './mqm.js'
import {styleHalf} from './style-split.js'

export const translationRules = allRules.filter((rule) => rule.meta.category === 'translation').map((rule) => rule.meta.id)
export const signalRule = 'machine-translated'
/** The score from which the signal is reported by default. */
export const reportThreshold = (testConfig().rules[signalRule].options as {threshold: number}).threshold
/** The translation rules, the signal reporting every article with its score. */
export function signalConfig(): ResolvedConfig {
  const config = testConfig(translationRules)
  const setting = config.rules[signalRule]
  config.rules[signalRule] = {...setting, options: {...(setting.options as object), threshold: 0}}
  return config
}
/** A warning or error as a default audit reports it: the signal only from its threshold. */
const serious = (finding: Finding) => finding.severity !== 'info' && (finding.ruleId !== signalRule || finding.confidence >= reportThreshold)
const detector = (finding: Finding) => finding.category === 'translation' && finding.ruleId !== signalRule

export interface CleanFigures {
  articles: number
  words: number
  findings: number
  perThousandWords: number
  byRule: Record<string, number>
  /** Signal scores of every article (for the ROC AUC), and each one's story (for the held-out split). */
  scores: number[]
  groups: string[]
  examples: string[]
}

export async function measureClean(mode: Mode = 'one corpus'): Promise<CleanFigures> {
  const clusters = evaldataClusters()
  const reports = await auditClusters(clusters, signalConfig(), mode)
  const figures: CleanFigures = {articles: 0, words: 0, findings: 0, perThousandWords: 0, byRule: {}, scores: [], groups: [], examples: []}
  for (const cluster of clusters) {
    for (const [id, text] of Object.entries(cluster.articles)) {
      figures.articles++
      figures.words += countWords(text)
      const article = reports.get(cluster.name)?.get(id)
      if (!article) continue
      figures.scores.push(signalOf(article))
      figures.groups.push(cluster.name)
      for (const finding of article.findings.filter((item) => serious(item) && item.category === 'translation')) {
        figures.findings++
        figures.byRule[finding.ruleId] = (figures.byRule[finding.ruleId] ?? 0) + 1
        figures.examples.push(`${cluster.name}/${id} ${finding.start.line}:${finding.start.column} ${finding.ruleId}: ${finding.message}`)
      }
    }
  }
  figures.perThousandWords = (1000 * figures.findings) / figures.words
  return figures
}

/** The article signal as the rule scored it (in an audit with `signalConfig()`; 0 when it did not report). */
export function signalOf(article: ArticleReport): number {
  return article.findings.find((finding) => finding.ruleId === signalRule)?.confidence ?? 0
}

export interface MqmFigures {
  documents: number
  segments: number
  /** Segments with a visible Major error (union of raters): the base rate. */
  positives: number
  flagged: number
  /** Flagged segments with a visible Major error by any rater / by a majority of raters. */
  flaggedPositive: number
  flaggedPositiveMajority: number
  flaggedAnyError: number
  /** Flagged segments with a visible Major error in the strict sense (no terminology, no gender). */
  flaggedPositiveStrict: number
  /** Flagged segments where a Major error of any category overlaps a finding: the raters saw an error where the rule points. */
  flaggedMajorAtSpan: number
  unmarked: number
  unmarkedFlagged: number
  /** The same with info findings counted as flags. */
  flaggedWithInfo: number
  flaggedWithInfoPositive: number
  unmarkedFlaggedWithInfo: number
  /** Per rule, and per rule and message shape (its backquoted words and numbers left out): segments flagged, with a visible Major error, and with one where the finding points. */
  byRule: Record<string, {flagged: number; positive: number; atSpan: number}>
  byMessage: Record<string, {flagged: number; positive: number; atSpan: number}>
  /** Flagged and positive segments on each half of the source documents (style-split.ts: 0 fitted on, 1 held out). */
  halves: Array<{flagged: number; positive: number}>
  /** Span precision (findings overlapping a gold span of the family) and recall (gold spans overlapped) per family. */
  families: Record<string, {goldSpans: number; recalled: number; findings: number; precise: number}>
  /** Signal scores of every document, and each one's source document (for the held-out split). */
  scores: number[]
  groups: string[]
  examples: string[]
}

export async function measureMqm(documents: MqmDocument[] = mqmDocuments()): Promise<MqmFigures> {
  const auditor = testAuditor(signalConfig())
  const report = await auditor.auditArticles(documents.map((document) => buildArticle(document.id, `${document.id}.txt`, document.text)))
  const byId = new Map(report.articles.map((article) => [article.id, article]))
  const figures: MqmFigures = {
    documents: documents.length, segments: 0, positives: 0, flagged: 0, flaggedPositive: 0, flaggedPositiveMajority: 0, flaggedAnyError: 0, flaggedPositiveStrict: 0, flaggedMajorAtSpan: 0,
    unmarked: 0, unmarkedFlagged: 0, flaggedWithInfo: 0, flaggedWithInfoPositive: 0, unmarkedFlaggedWithInfo: 0, byRule: {}, byMessage: {}, halves: [{flagged: 0, positive: 0}, {flagged: 0, positive: 0}], families: {}, scores: [], groups: [], examples: []
  }
  for (const name of ['accuracy', 'fluency', 'style', 'locale', 'terminology', 'untranslated', 'gender', 'other']) figures.families[name] = {goldSpans: 0, recalled: 0, findings: 0, precise: 0}
  const family = (name: string) => (figures.families[name] ??= {goldSpans: 0, recalled: 0, findings: 0, precise: 0})
  for (const document of documents) {
    const article = byId.get(document.id)
    if (!article) continue
    figures.scores.push(signalOf(article))
    figures.groups.push(document.doc)
    const findings = article.findings.filter(detector)
    const half = figures.halves[styleHalf(document.doc)]
    for (const segment of document.segments) {
      figures.segments++
      const inside = findings.filter((finding) => finding.start.offset >= segment.start && finding.start.offset < segment.end)
      const visibleMajor = segment.errors.filter((error) => error.severity === 'Major' && visibleCategory(error.category))
      const raters = new Set(visibleMajor.map((error) => error.rater))
      const positive = raters.size > 0
      if (positive) figures.positives++
      if (segment.unmarked) figures.unmarked++
      const flagged = inside.some(serious)
      if (flagged) {
        figures.flagged++
        half.flagged++
        if (positive) {
          figures.flaggedPositive++
          half.positive++
        }
        if (raters.size * 2 > segment.raters) figures.flaggedPositiveMajority++
        if (segment.errors.length > 0) figures.flaggedAnyError++
        if (visibleMajor.some((error) => visibleCategory(error.category, true))) figures.flaggedPositiveStrict++
        if (segment.errors.some((error) => error.severity === 'Major' && inside.some((finding) => serious(finding) && finding.start.offset < error.end && error.start < finding.end.offset))) figures.flaggedMajorAtSpan++
        if (segment.unmarked) figures.unmarkedFlagged++
        const count = (slots: MqmFigures['byRule'], key: string, found: Finding[]) => {
          const slot = (slots[key] ??= {flagged: 0, positive: 0, atSpan: 0})
          slot.flagged++
          if (positive) slot.positive++
          if (visibleMajor.some((error) => found.some((finding) => finding.start.offset < error.end && error.start < finding.end.offset))) slot.atSpan++
        }
        const seriousInside = inside.filter(serious)
        for (const rule of new Set(seriousInside.map((finding) => finding.ruleId))) count(figures.byRule, rule, seriousInside.filter((finding) => finding.ruleId === rule))
        for (const shape of new Set(seriousInside.map(messageShape))) count(figures.byMessage, shape, seriousInside.filter((finding) => messageShape(finding) === shape))
        const text = document.text.slice(segment.start, segment.end)
        for (const finding of inside.filter(serious)) {
          const gold = segment.errors.filter((error) => error.start < finding.end.offset && finding.start.offset < error.end)
            .map((error) => `${error.severity} ${error.category} “${document.text.slice(error.start, error.end)}”`)
          figures.examples.push(`${positive ? '+' : '-'} ${document.id}#${segment.seg} ${finding.ruleId}: ${finding.message}\n    ${text.slice(0, 300)}\n    gold here: ${[...new Set(gold)].join('; ') || 'none'}`)
        }
      }
      if (inside.length > 0) {
        figures.flaggedWithInfo++
        if (positive) figures.flaggedWithInfoPositive++
        if (segment.unmarked) figures.unmarkedFlaggedWithInfo++
      }
      // Spans: every rater's span counts once for recall; a finding is precise for a family when it overlaps one of its spans.
      for (const error of segment.errors) {
        const slot = family(categoryFamily(error.category))
        slot.goldSpans++
        if (inside.some((finding) => finding.start.offset < error.end && error.start < finding.end.offset)) slot.recalled++
      }
      for (const finding of inside) {
        const names = new Set(segment.errors.filter((error) => error.start < finding.end.offset && finding.start.offset < error.end).map((error) => categoryFamily(error.category)))
        for (const name of Object.keys(figures.families)) {
          figures.families[name].findings++
          if (names.has(name)) figures.families[name].precise++
        }
      }
    }
  }
  return figures
}

/** A finding's rule and message with the words it quotes, its names and its numbers left out: one line per kind of finding. */
const messageShape = (finding: Finding) => `${finding.ruleId}: ${finding.message.replace(/`[^`]*`/gu, '`…`').replace(/(?<=.)\b\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/gu, '…').replace(/\d+/gu, 'N')}`

/** Signal scores of the PolNeAR articles (political news from other outlets): a second newsroom, held out. */
export async function polnearScores(): Promise<number[]> {
  const articles = (['dev', 'test'] as const).flatMap((split) => polnearArticles(split))
  const report = await testAuditor(signalConfig()).auditArticles(articles.map((row) => buildArticle(row.article, `${row.article}.txt`, row.text)))
  return report.articles.map(signalOf)
}

/** The signal's ROC AUC overall, on each half of the split (test/translation/style-split.ts), and held-out MQM against PolNeAR. */
export function signalAucs(mqm: {scores: number[]; groups: string[]}, clean: {scores: number[]; groups: string[]}, polnear: number[] = []) {
  const half = (figures: {scores: number[]; groups: string[]}, which: 0 | 1) => figures.scores.filter((_, index) => styleHalf(figures.groups[index]) === which)
  return {
    overall: rocAuc(mqm.scores, clean.scores),
    fitting: rocAuc(half(mqm, 0), half(clean, 0)),
    heldOut: rocAuc(half(mqm, 1), half(clean, 1)),
    polnear: polnear.length > 0 ? rocAuc(half(mqm, 1), polnear) : null
  }
}

/** The probability that a random positive scores above a random negative (ties count half). */
export function rocAuc(positives: number[], negatives: number[]): number {
  const all = [...positives.map((score) => ({score, positive: true})), ...negatives.map((score) => ({score, positive: false}))].sort((a, b) => a.score - b.score)
  let rankSum = 0
  for (let i = 0; i < all.length;) {
    let j = i
    while (j < all.length && all[j].score === all[i].score) j++
    const rank = (i + j + 1) / 2
    for (let k = i; k < j; k++) if (all[k].positive) rankSum += rank
    i = j
  }
  const p = positives.length
  const n = negatives.length
  return (rankSum - (p * (p + 1)) / 2) / (p * n)
}

const percent = (part: number, whole: number) => `${part}/${whole} = ${whole === 0 ? '–' : (100 * part / whole).toFixed(1)} %`

if (import.meta.url === `file://${process.argv[1]}`) {
  const show = Number(process.argv[process.argv.indexOf('--examples') + 1]) || 15
  const started = performance.now()
  const mqm = await measureMqm()
  console.log(`== MQM (WMT23 zh→en news, hotw_test dropped): ${mqm.documents} documents, ${mqm.segments} segments`)
  console.log(`visible Major errors (fluency, style, locale, untranslated, terminology, gender; any rater): ${percent(mqm.positives, mqm.segments)} of segments (the base rate)`)
  console.log(`segments with a translation warning/error: ${mqm.flagged}`)
  console.log(`  of them with a visible Major error: ${percent(mqm.flaggedPositive, mqm.flagged)} (any rater), ${percent(mqm.flaggedPositiveMajority, mqm.flagged)} (a majority of raters); with any error at all: ${percent(mqm.flaggedAnyError, mqm.flagged)}`)
  console.log(`  strictly visible (no terminology, no gender): ${percent(mqm.flaggedPositiveStrict, mqm.flagged)}; a Major error of any category where the finding points: ${percent(mqm.flaggedMajorAtSpan, mqm.flagged)}`)
  console.log(`  by half of the source documents: ${mqm.halves.map((half, which) => `${which === 0 ? 'fitting' : 'held out'} ${percent(half.positive, half.flagged)}`).join('; ')}`)
  console.log(`  unmarked segments flagged: ${percent(mqm.unmarkedFlagged, mqm.unmarked)}`)
  console.log(`with info findings counted too: ${mqm.flaggedWithInfo} segments, ${percent(mqm.flaggedWithInfoPositive, mqm.flaggedWithInfo)} with a visible Major error; unmarked flagged ${percent(mqm.unmarkedFlaggedWithInfo, mqm.unmarked)}`)
  for (const [rule, slot] of Object.entries(mqm.byRule)) console.log(`  ${rule}: ${percent(slot.positive, slot.flagged)} segments with a visible Major error, ${percent(slot.atSpan, slot.flagged)} with one where the rule points`)
  for (const [shape, slot] of Object.entries(mqm.byMessage)) console.log(`    ${shape.slice(0, 110)}: ${percent(slot.positive, slot.flagged)}, at the finding ${slot.atSpan}`)
  console.log('span precision / recall per MQM category family (all severities, every rater’s span):')
  for (const [name, slot] of Object.entries(mqm.families).sort((a, b) => b[1].goldSpans - a[1].goldSpans)) {
    console.log(`  ${name.padEnd(13)} precision ${percent(slot.precise, slot.findings).padEnd(22)} recall ${percent(slot.recalled, slot.goldSpans)}`)
  }
  for (const example of mqm.examples.slice(0, show)) console.log(`  ${example}`)
  for (const mode of ['one corpus', 'story by story'] as Mode[]) {
    const clean = await measureClean(mode)
    console.log(`== untouched NewsWCL50 + ECB+, ${mode}: ${clean.articles} articles, ${clean.words} words`)
    console.log(`translation warnings/errors: ${clean.findings} = ${clean.perThousandWords.toFixed(3)} per 1,000 words`, JSON.stringify(clean.byRule))
    for (const example of clean.examples.slice(0, show)) console.log(`  ${example}`)
    if (mode === 'one corpus') {
      const auc = signalAucs(mqm, clean, await polnearScores())
      console.log(`article signal ROC AUC, MQM documents vs untouched articles: ${auc.overall.toFixed(3)} overall; ${auc.fitting.toFixed(3)} on the half the style measures were fitted on, ${auc.heldOut.toFixed(3)} on the held-out half; held-out MQM vs PolNeAR ${auc.polnear?.toFixed(3)}`)
      const reported = (scores: number[]) => scores.filter((score) => score >= reportThreshold).length
      console.log(`reported by the signal (score ≥ ${reportThreshold}): ${reported(mqm.scores)}/${mqm.scores.length} MQM documents, ${reported(clean.scores)}/${clean.scores.length} untouched articles`)
    }
  }
  console.log(`took ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
