// Measures the name rules on real news nobody here wrote (NewsWCL50 events and
// ECB+ topics from ../shared/evaldata):
// - false warnings/errors per 1,000 words on the untouched text;
// - recall on injected misspellings: a name used mid-sentence in the target
//   article and in at least two other articles of its cluster, never written
//   in lower case there, is corrupted with one edit drawn from the human error
//   model (./error-model.ts) everywhere in the target article.
// Run: npx tsc -p . && node .dist/test/measure/names.js
import {buildArticle} from '../../pipeline/load/index.js'
import {corpusNames} from '../../pipeline/names/corpus-names.js'
import {isEnglishWord} from '../../pipeline/names/dictionary.js'
import {createGazetteer} from '../../pipeline/names/gazetteer.js'
import type {ArticleResult} from '../../pipeline/types.js'
import {articleStage, testConfig} from '../helpers/audit-text.js'
import {auditClusters, batches, evaldataClusters, modes, type Cluster, type Mode} from './corpora.js'
import {countWords} from '../helpers/evaldata.js'
import {corrupt, learnErrorModel, seededRandom, type EditKind} from './error-model.js'

export const nameRules = ['name-spelling', 'name-variant', 'ticker-spinning', 'article-a-an', 'word-spelling']

export type {Cluster} from './corpora.js'

export function realClusters(): Cluster[] {
  return evaldataClusters()
}

export interface FalsePositiveFigures {
  words: number
  findings: number
  perThousandWords: number
  examples: string[]
}

export async function measureFalsePositives(clusters: Cluster[], rules = nameRules, mode: Mode = 'story by story'): Promise<FalsePositiveFigures> {
  let words = 0
  const examples: string[] = []
  const reports = await auditClusters(clusters, testConfig(rules), mode)
  for (const cluster of clusters) {
    for (const text of Object.values(cluster.articles)) words += countWords(text)
    for (const [id, article] of reports.get(cluster.name) ?? []) {
      for (const finding of article.findings) {
        if (finding.severity === 'info') continue
        examples.push(`${cluster.name}/${id} ${finding.ruleId}: ${finding.message}`)
      }
    }
  }
  return {words, findings: examples.length, perThousandWords: (1000 * examples.length) / words, examples}
}

export interface RecallFigures {
  injected: number
  detected: number
  recall: number
  /** Corruptions that made an English word or a name already in the cluster: no checker could call them wrong. */
  skipped: number
  /** Injected corruptions that happen to be names in the gazetteer lists (counted, mostly missed by design). */
  knownNames: number
  byKind: Record<string, {injected: number; detected: number}>
  misses: string[]
}

interface Injection {
  cluster: string
  target: string
  name: string
  edit: {text: string; kind: EditKind}
  text: string
  /** Articles of the cluster that use the name: how much support the right form has. */
  support: number
}

/**
 * The injections, drawn once whatever the mode: a name used mid-sentence in
 * the target article and in at least two other articles of its cluster,
 * corrupted everywhere in the target with one edit from the human error model.
 */
async function nameInjections(clusters: Cluster[], perCluster: number, seeds: number[], figures: RecallFigures): Promise<Injection[]> {
  const model = learnErrorModel()
  const gazetteer = createGazetteer()
  const injections: Injection[] = []
  const facts = new Map<string, ReturnType<typeof corpusNames>>()
  for (const cluster of clusters) {
    const loaded = Object.entries(cluster.articles).map(([id, text]) => buildArticle(id, `${id}.txt`, text))
    const results = (await articleStage(loaded)).filter((result): result is ArticleResult => !('error' in result && result.error))
    facts.set(cluster.name, corpusNames(results.map((result) => result.facts)))
  }
  for (const seed of seeds) {
    const random = seededRandom(seed)
    for (const cluster of clusters) {
      const names = facts.get(cluster.name)!
      const lowerWords = new Set(Object.values(cluster.articles).join('\n').match(/\b\p{Ll}[\p{L}]*/gu) ?? [])
      const eligible = [...names.tokens.values()]
        .filter((entry) => entry.nameArticles.size >= 3 && entry.key.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(names.display(entry.key)) && !lowerWords.has(entry.key))
        .sort((a, b) => a.key.localeCompare(b.key))
      for (let trial = 0; trial < perCluster && eligible.length > 0; trial++) {
        const entry = eligible.splice(Math.floor(random() * eligible.length), 1)[0]
        const name = names.display(entry.key)
        const targets = [...entry.nameArticles].sort()
        const target = targets[Math.floor(random() * targets.length)]
        const edit = corrupt(name, model, random)
        // A corruption that makes an English word or a name the cluster already uses is no
        // misspelling any checker could see; one that makes a listed name still counts.
        if (!edit || edit.text === name || names.tokens.has(edit.text.toLowerCase()) || isEnglishWord(edit.text)) {
          figures.skipped++
          continue
        }
        if (gazetteer.isKnown(edit.text)) figures.knownNames++
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'gu')
        injections.push({cluster: cluster.name, target, name, edit, text: cluster.articles[target].replace(pattern, edit.text), support: entry.nameArticles.size})
      }
    }
  }
  return injections
}

/** Several seeded rounds pooled, so the figure does not hang on one draw. */
export async function measureRecall(clusters: Cluster[], options: {perCluster?: number; seeds?: number[]; rules?: string[]; mode?: Mode} = {}): Promise<RecallFigures> {
  const {perCluster = 4, seeds = [1, 2, 3], rules = nameRules, mode = 'story by story'} = options
  const figures: RecallFigures = {injected: 0, detected: 0, recall: 0, skipped: 0, knownNames: 0, byKind: {}, misses: []}
  const config = testConfig(rules)
  for (const batch of batches(await nameInjections(clusters, perCluster, seeds, figures), mode)) {
    const changed = new Map(batch.map((injection) => [injection.cluster, {[injection.target]: injection.text}]))
    const reports = await auditClusters(clusters, config, mode, changed, new Set(batch.map((injection) => injection.cluster)))
    for (const {cluster, target, name, edit, support} of batch) {
      const findings = reports.get(cluster)?.get(target)?.findings ?? []
      const hit = findings.some((finding) => finding.severity !== 'info' && (finding.actual ?? '').includes(edit.text) &&
        (finding.expected ?? []).some((expected) => expected.toLowerCase().includes(name.toLowerCase())))
      count(figures, edit.kind, hit)
      if (!hit) figures.misses.push(`${cluster}/${target}: ${name} → ${edit.text} (${edit.kind}; ${support} articles)`)
    }
  }
  figures.recall = figures.injected === 0 ? 0 : figures.detected / figures.injected
  return figures
}

function count(figures: RecallFigures, kind: EditKind, hit: boolean): void {
  figures.injected++
  const slot = (figures.byKind[kind] ??= {injected: 0, detected: 0})
  slot.injected++
  if (hit) {
    figures.detected++
    slot.detected++
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const clusters = realClusters()
  for (const mode of modes) {
    const started = performance.now()
    console.log(`== ${mode}`)
    const fp = await measureFalsePositives(clusters, nameRules, mode)
    console.log(`false warnings/errors: ${fp.findings} in ${fp.words} words = ${fp.perThousandWords.toFixed(3)} per 1,000 words`)
    for (const example of fp.examples.slice(0, Number(process.env.SHOW ?? 20))) console.log(`  ${example}`)
    const recall = await measureRecall(clusters, {mode})
    console.log(`recall: ${recall.detected}/${recall.injected} = ${(100 * recall.recall).toFixed(1)} % (skipped ${recall.skipped / 1} corruptions that made an English word or a name the cluster uses; ${recall.knownNames} injected corruptions are listed names)`)
    for (const [kind, slot] of Object.entries(recall.byKind)) console.log(`  ${kind}: ${slot.detected}/${slot.injected}`)
    for (const miss of recall.misses.slice(0, Number(process.env.SHOW ?? 20))) console.log(`  missed ${miss}`)
    console.log(`took ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
}
