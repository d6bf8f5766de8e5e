// The independent generator's changes (test/independent/generate.ts, unchanged)
// audited in-process, the whole evaldata as one corpus, with the article
// stage cached by content: what the CLI-driven test/independent/measure.js
// counts, at a fraction of its time, for the vitest guard and for tuning.
//   node .dist/test/consistency/independent.js [--rounds 4] [--misses FILE] [--quiet FILE] [--cache FILE]
// (--cache keeps article-stage results on disk between runs: delete it when an extractor changes.)
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {deserialize, serialize} from 'node:v8'
import {buildArticle} from '../../pipeline/load/index.js'
import type {ArticleCache} from '../../pipeline/cache.js'
import type {ArticleReport} from '../../pipeline/report-types.js'
import type {PackedArticle} from '../../pipeline/article/pack.js'
import type {Finding} from '../../pipeline/types.js'
import {testAuditor, testConfig} from '../helpers/audit-text.js'
import {countWords, hasEvaldata} from '../helpers/evaldata.js'
import {applyChanges, findSites, loadStories, pickRound, type Change} from '../independent/generate.js'
import {KINDS, type Kind} from '../independent/kinds.js'

export interface KindFigures {injected: number; found: number; foundWarnOrError: number}
export interface IndependentFigures {
  byKind: Record<Kind, KindFigures>
  untouched: {articles: number; words: number; warnOrError: number; info: number}
  outcomes: Array<{change: Change; round: number; found: boolean; foundWarn: boolean; findings: Finding[]; sameStory: boolean}>
  /** Every consistency finding on the untouched text, info included. */
  quiet: Array<{article: string; finding: Finding}>
}

const consistency = (article: ArticleReport | undefined) => ((article?.findings ?? []) as Finding[]).filter((finding) => finding.category === 'consistency')
const overlaps = (finding: Finding, start: number, end: number) =>
  finding.start.offset === finding.end.offset ? finding.start.offset >= start && finding.start.offset < end
    : finding.start.offset < end && start < finding.end.offset

const results = new Map<string, PackedArticle>()
const cache: ArticleCache = {
  stats: {hits: 0, misses: 0, rejected: 0},
  get: async (key) => results.get(key),
  set: async (key, result) => void results.set(key, result)
}

export async function measureIndependent(rounds = 4): Promise<IndependentFigures> {
  const stories = loadStories()
  const sites = stories.flatMap(findSites)
  const texts = new Map(stories.flatMap((story) => story.articles.map((article) => [article.id, article.text] as const)))
  const auditor = testAuditor(testConfig(), {cache, stories: 'auto'})
  const audit = async (changed: Map<string, string>) => {
    const report = await auditor.auditArticles([...changed].map(([id, text]) => buildArticle(id, `${id}.txt`, text)))
    return new Map(report.articles.map((article) => [article.id, article]))
  }
  const clean = await audit(texts)
  const untouched = {articles: 0, words: 0, warnOrError: 0, info: 0}
  const quiet: IndependentFigures['quiet'] = []
  for (const [id, text] of texts) {
    untouched.articles++
    untouched.words += clean.get(id)?.words ?? countWords(text)
    for (const finding of consistency(clean.get(id))) {
      if (finding.severity === 'info') untouched.info++
      else untouched.warnOrError++
      quiet.push({article: id, finding})
    }
  }
  const outcomes: IndependentFigures['outcomes'] = []
  for (let round = 1; round <= rounds; round++) {
    const changes = pickRound(stories, sites, round)
    const report = await audit(applyChanges(stories, changes))
    for (const change of changes) {
      const findings = consistency(report.get(change.site.article))
      const hits = findings.filter((finding) => overlaps(finding, change.start, change.end))
      outcomes.push({change, round, found: hits.length > 0, foundWarn: hits.some((finding) => finding.severity !== 'info'), findings,
        sameStory: report.get(change.site.article)?.story === report.get(change.witness.article)?.story})
    }
  }
  const byKind = Object.fromEntries(KINDS.map((kind) => {
    const list = outcomes.filter((outcome) => outcome.change.site.kind === kind)
    return [kind, {injected: list.length, found: list.filter((each) => each.found).length, foundWarnOrError: list.filter((each) => each.foundWarn).length}]
  })) as Record<Kind, KindFigures>
  return {byKind, untouched, outcomes, quiet}
}

const percent = (part: number, whole: number) => (whole ? `${(100 * part / whole).toFixed(1)} %` : '—')

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!hasEvaldata) {
    console.log('no ../shared/evaldata: nothing to measure')
  } else {
    const argument = (name: string) => {
      const at = process.argv.indexOf(name)
      return at > 0 ? process.argv[at + 1] : undefined
    }
    const started = Date.now()
    const cacheFile = argument('--cache')
    if (cacheFile && existsSync(cacheFile)) for (const [key, value] of deserialize(readFileSync(cacheFile)) as Array<[string, PackedArticle]>) results.set(key, value)
    const figures = await measureIndependent(Number(argument('--rounds') ?? 4))
    for (const kind of KINDS) {
      const entry = figures.byKind[kind]
      console.log(`${kind.padEnd(8)} ${String(entry.injected).padStart(4)}  found ${percent(entry.found, entry.injected).padStart(7)}  warning/error ${percent(entry.foundWarnOrError, entry.injected).padStart(7)}`)
    }
    if (cacheFile) writeFileSync(cacheFile, serialize([...results]))
    const {untouched} = figures
    console.log(`untouched: ${untouched.warnOrError} warnings/errors = ${(untouched.warnOrError / untouched.articles).toFixed(3)} per article; ${untouched.info} info (${(untouched.info / untouched.articles).toFixed(3)} per article); ${((Date.now() - started) / 1000).toFixed(0)} s`)
    const misses = argument('--misses')
    if (misses) {
      // Figures and sentences for tuning, outside the repository: article text never leaves ../shared.
      writeFileSync(misses, figures.outcomes.map(({change, round, found, foundWarn, findings, sameStory}) => JSON.stringify({
        round, sameStory, kind: change.site.kind, found, foundWarn, article: change.site.article, from: change.site.text, to: change.replacement,
        start: change.start, sentence: change.site.sentence, witness: change.witness.article, witnessText: change.witness.text,
        near: findings.filter((finding) => Math.abs(finding.start.offset - change.start) < 400).map((finding) => `${finding.ruleId} ${finding.severity} ${finding.confidence} @${finding.start.offset}: ${finding.message}`)
      })).join('\n') + '\n')
    }
    const quiet = argument('--quiet')
    if (quiet) {
      writeFileSync(quiet, figures.quiet.map(({article, finding}) => JSON.stringify({
        article, rule: finding.ruleId, severity: finding.severity, confidence: finding.confidence, message: finding.message, actual: finding.actual,
        evidence: (finding.evidence ?? []).map((each) => `${each.article}: ${each.value ?? ''} | ${each.text.slice(0, 300)}`)
      })).join('\n') + '\n')
    }
  }
}
