// A quick development generator of the two injected errors of issue 10 — one
// pronoun flipped (she ↔ he, her ↔ his/him…) or one coordination doubled
// (“hope and confidence” → “confidence and confidence”) in a real article —
// and the recall of the translation rules on them, with the evaldata
// (NewsWCL50 + ECB+) audited as one corpus. Written by the same hand as the
// rules: the independent measure is test/independent (another generator,
// written apart); figures from this file are development figures only.
// Run: npx tsc -p . && node .dist/test/translation/inject.js [--rounds 2] [--kind pronoun|doubling] [--misses N]
import type {Finding} from '../../pipeline/types.js'
import {testConfig} from '../helpers/audit-text.js'
import {countWords} from '../helpers/evaldata.js'
import {auditClusters, batches, evaldataClusters, type Cluster, type Mode} from '../measure/corpora.js'
import {seededRandom} from '../measure/error-model.js'
import {translationRules} from './measure.js'

export type InjectionKind = 'pronoun' | 'doubling'

export interface Injection {
  kind: InjectionKind
  cluster: string
  target: string
  text: string
  /** Offsets of the changed words in the new text. */
  start: number
  end: number
  before: string
  after: string
}

const flip: Record<string, string> = {he: 'she', she: 'he', him: 'her', his: 'her', himself: 'herself', herself: 'himself', hers: 'his'}
const pronoun = /\b(?:he|she|him|his|her|hers|himself|herself)\b/giu
const coordination = /\b(\p{Ll}{3,}) and (\p{Ll}{3,})\b/gu

function keepCase(model: string, word: string): string {
  return model[0] === model[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word
}

/** One pronoun of the article, anywhere, in the other gender. */
function flipPronoun(text: string, random: () => number): Omit<Injection, 'kind' | 'cluster' | 'target'> | null {
  const found = [...text.matchAll(pronoun)]
  if (found.length === 0) return null
  const m = found[Math.floor(random() * found.length)]
  const lower = m[0].toLowerCase()
  // "her" before a word is possessive ("his"), otherwise an object ("him").
  const replacement = lower === 'her' ? (/^\s+\p{L}/u.test(text.slice(m.index! + 3, m.index! + 6)) && random() < 0.6 ? 'his' : 'him') : flip[lower]
  const after = keepCase(m[0], replacement)
  return {text: text.slice(0, m.index!) + after + text.slice(m.index! + m[0].length), start: m.index!, end: m.index! + after.length, before: m[0], after}
}

/** One "X and Y" of two different lower-case words made "X and X". */
function doubleCoordination(text: string, random: () => number): Omit<Injection, 'kind' | 'cluster' | 'target'> | null {
  const found = [...text.matchAll(coordination)].filter((m) => m[1] !== m[2])
  if (found.length === 0) return null
  const m = found[Math.floor(random() * found.length)]
  const after = `${m[1]} and ${m[1]}`
  return {text: text.slice(0, m.index!) + after + text.slice(m.index! + m[0].length), start: m.index!, end: m.index! + after.length, before: m[0], after}
}

export function injections(clusters: Cluster[], kind: InjectionKind, rounds: number): Injection[] {
  const result: Injection[] = []
  for (let round = 1; round <= rounds; round++) {
    const random = seededRandom(1000 * round + (kind === 'pronoun' ? 1 : 2))
    for (const cluster of clusters) {
      const ids = Object.keys(cluster.articles).sort()
      for (let attempt = 0; attempt < 4; attempt++) {
        const target = ids[Math.floor(random() * ids.length)]
        const change = (kind === 'pronoun' ? flipPronoun : doubleCoordination)(cluster.articles[target], random)
        if (!change) continue
        result.push({kind, cluster: cluster.name, target, ...change})
        break
      }
    }
  }
  return result
}

export interface RecallFigures {
  injected: number
  found: number
  recall: number
  misses: string[]
}

const serious = (finding: Finding) => finding.severity !== 'info' && finding.category === 'translation' && finding.ruleId !== 'machine-translated'

export async function measureInjected(kind: InjectionKind, rounds = 2, mode: Mode = 'one corpus'): Promise<RecallFigures> {
  const clusters = evaldataClusters()
  const config = testConfig(translationRules)
  const figures: RecallFigures = {injected: 0, found: 0, recall: 0, misses: []}
  for (const batch of batches(injections(clusters, kind, rounds), mode)) {
    const changed = new Map(batch.map((injection) => [injection.cluster, {[injection.target]: injection.text}]))
    const reports = await auditClusters(clusters, config, mode, changed, new Set(batch.map((injection) => injection.cluster)))
    for (const injection of batch) {
      figures.injected++
      const findings = reports.get(injection.cluster)?.get(injection.target)?.findings ?? []
      const hit = findings.some((finding) => serious(finding) && finding.start.offset < injection.end && injection.start < finding.end.offset)
      if (hit) figures.found++
      else figures.misses.push(`${injection.cluster}/${injection.target}: ${injection.before} → ${injection.after} …${injection.text.slice(Math.max(0, injection.start - 80), injection.end + 40).replace(/\s+/gu, ' ')}…`)
    }
  }
  figures.recall = figures.injected ? figures.found / figures.injected : 0
  return figures
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 2
  const show = Number(process.argv[process.argv.indexOf('--misses') + 1]) || 20
  const words = evaldataClusters().reduce((sum, cluster) => sum + Object.values(cluster.articles).reduce((total, text) => total + countWords(text), 0), 0)
  console.log(`development generator (test/translation/inject.ts), NewsWCL50 + ECB+ as one corpus, ${rounds} rounds, ${words} words`)
  const only = process.argv.includes('--kind') ? process.argv[process.argv.indexOf('--kind') + 1] as InjectionKind : undefined
  for (const kind of (['pronoun', 'doubling'] as InjectionKind[]).filter((each) => !only || each === only)) {
    const figures = await measureInjected(kind, rounds)
    console.log(`${kind}: ${figures.found}/${figures.injected} = ${(100 * figures.recall).toFixed(1)} %`)
    for (const miss of figures.misses.slice(0, show)) console.log(`  missed ${miss}`)
  }
}
