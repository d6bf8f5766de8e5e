// The whole audit: load → article stage → corpus stage → findings → score →
// gate. The rules are handed in (the CLI wires rules/index.ts in; tests wire
// their own); the pipeline never imports rules/. Returns the report object:
// formatting is the reporters' job.
import PQueue from 'p-queue'
import {resolve} from 'node:path'
import {runArticleStage, defaultJobs} from './article/stage.js'
import {restoreQuotedText} from './article/compact.js'
import type {ResolvedConfig} from './config.js'
import {runCorpusStage} from './corpus/stage.js'
import {finalizeFindings} from './findings.js'
import {applyBaseline, type Baseline} from './baseline.js'
import type {ArticleCache} from './cache.js'
import {hashOf} from './hash.js'
import {evaluateGate} from './gate.js'
import {loadCorpus} from './load/index.js'
import {packageInfo} from './package-info.js'
import type {ArticleReport, AuditReport} from './report-types.js'
import type {ArticleRule, CorpusRule} from './rule.js'
import {criterionRules, scoreArticle} from './score/scorecard.js'
import type {ArticleResult, Category, FailedArticle, LoadedArticle, RuleFailure, Severity, StoryMode, UnreadableArticle} from './types.js'

export interface AuditorRules {
  article: ArticleRule[]
  corpus: CorpusRule[]
  /** URLs of the modules exporting the same `articleRules`: worker threads import them. Without them the article stage runs in-process. */
  modules?: string[]
}

export interface AuditorOptions {
  rules: AuditorRules
  config: ResolvedConfig
  jobs?: number
  /** Overrides the config's `stories`. */
  stories?: StoryMode
  failUnder?: number | null
  failOn?: 'error' | 'warning' | 'none'
  maxWarnings?: number | null
  /** Accepted findings: they are marked, and only the others gate. */
  baseline?: Baseline | null
  /** Gate only the articles among these files (absolute paths): those changed since `ref`. */
  changedSince?: {ref: string; files: ReadonlySet<string>} | null
  /** Reuse article-stage results of articles audited before with the same text, metadata and config. */
  cache?: ArticleCache
  /** Called as articles and stories are done (a progress display listens). */
  onProgress?: (progress: Progress) => void
}

export interface Progress {
  stage: 'articles' | 'stories'
  done: number
  total: number
}

export interface Auditor {
  /** Find, read and audit files, folders or globs. */
  audit(paths: string[], cwd: string): Promise<AuditReport>
  /** Audit articles already in memory (the loader's output, or tests' own texts). */
  auditArticles(loaded: LoadedArticle[], unreadable?: UnreadableArticle[]): Promise<AuditReport>
}

export function createAuditor(options: AuditorOptions): Auditor {
  const {config, rules} = options
  const allRules = [...rules.article, ...rules.corpus]
  const seesChrome = new Set(allRules.filter((rule) => rule.meta.seesChrome).map((rule) => rule.meta.id))
  const assessors = criterionRules(allRules, config)
  // What an article's result depends on besides itself: the effective config and the rules (their ids and options are in it).
  const configKey = hashOf(config, allRules.map((rule) => rule.meta.id), rules.modules ?? [])
  const articleKey = (article: LoadedArticle) => hashOf(configKey, article.id, article.path, article.meta, article.problems, article.text)

  /** The article stage, for the articles the cache does not already hold (`keys`: each article's cache key, hashed once). */
  async function articleResults(loaded: LoadedArticle[], keys: Map<string, string> | null): Promise<Array<ArticleResult | FailedArticle>> {
    const cache = options.cache
    const stage = (articles: LoadedArticle[], done = 0) => runArticleStage(articles, config, options.jobs ?? defaultJobs(articles), {
      rules: rules.article,
      rulesModules: rules.modules,
      onDone: options.onProgress && ((count) => options.onProgress!({stage: 'articles', done: done + count, total: loaded.length}))
    })
    if (!cache || !keys) return stage(loaded)
    const reads = new PQueue({concurrency: 32})
    const cached = await Promise.all(loaded.map((article) => reads.add(async () => {
      const hit = await cache.get(keys.get(article.id)!)
      if (hit) restoreQuotedText(hit, article.text)
      return hit
    })))
    const missing = loaded.filter((_, index) => !cached[index])
    const fresh = await stage(missing, loaded.length - missing.length)
    const byId = new Map(fresh.map((result) => [result.id, result]))
    const writes = new PQueue({concurrency: 16})
    const results = loaded.map((article, index) => {
      const result = cached[index] ?? byId.get(article.id)!
      if (!cached[index] && !('error' in result && result.error)) writes.add(() => cache.set(keys.get(article.id)!, result as ArticleResult)).catch(() => undefined)
      return result
    })
    // A cache that cannot be written (a read-only CI restore) costs speed, never the audit.
    await writes.onIdle()
    return results
  }

  const auditor: Auditor = {
    async audit(paths, cwd) {
      const loaded = await loadCorpus(paths, {cwd, include: config.include, exclude: config.exclude, maxBytes: config.maxBytes})
      return audited(loaded.articles, loaded.failed, cwd)
    },
    auditArticles: (loaded, unreadable = []) => audited(loaded, unreadable, process.cwd())
  }

  async function audited(loaded: LoadedArticle[], unreadable: UnreadableArticle[], cwd: string): Promise<AuditReport> {
    const started = performance.now()
    const keys = options.cache ? new Map(loaded.map((article) => [article.id, articleKey(article)])) : null
    const results = await articleResults(loaded, keys)
    const articlesDone = performance.now()
    const done = results.filter((result): result is ArticleResult => !('error' in result && result.error))
    const failed: FailedArticle[] = [...unreadable, ...(results.filter((result) => 'error' in result && result.error) as FailedArticle[])]
    const corpus = await runCorpusStage(done.map((result) => result.facts), config, rules.corpus, {
      stories: options.stories ?? config.stories,
      ...(options.cache?.stories && keys ? {cache: {store: options.cache.stories, scope: configKey, articleKey: (id: string) => keys.get(id)!}} : {}),
      articleDrafts: new Map(done.map((result) => [result.id, result.drafts])),
      onStory: options.onProgress && ((count, total) => options.onProgress!({stage: 'stories', done: count, total}))
    })
    const failures: RuleFailure[] = [...done.flatMap((result) => result.failures ?? []), ...corpus.failures]
    const corpusDone = performance.now()

    const blocks = new Map(loaded.map((article) => [article.id, article.blocks]))
    const articles: ArticleReport[] = done.map((result) => {
      const findings = finalizeFindings([...result.drafts, ...(corpus.drafts.get(result.id) ?? [])], {
        path: result.path, text: result.facts.text, blocks: blocks.get(result.id) ?? [], seesChrome
      })
      const card = scoreArticle(result.meta, findings, config, assessors)
      return {
        id: result.id,
        path: result.path,
        story: corpus.model.storyOf.get(result.id)?.id ?? null,
        family: corpus.model.familyOf.get(result.id)?.id ?? null,
        title: result.meta.title,
        outlet: result.meta.outlet,
        byline: result.meta.byline,
        published: result.meta.published,
        metaSources: result.meta.sources,
        words: result.words,
        score: card.score,
        grade: card.grade,
        categories: card.categories,
        criteria: card.criteria,
        readability: result.readability,
        findings
      }
    })
    for (const article of failed) {
      articles.push({
        id: article.id, path: article.path, story: null, family: null, title: null, outlet: null, byline: null, published: null,
        words: 0, score: null, grade: null, categories: {}, criteria: [], error: article.error, findings: []
      })
    }
    articles.sort((a, b) => a.path.localeCompare(b.path))

    const baseline = options.baseline ? applyBaseline(articles, options.baseline) : undefined
    const changed = options.changedSince
    const gated = changed ? new Set(articles.filter((article) => changed.files.has(resolve(cwd, article.path))).map((article) => article.path)) : null
    const gate = evaluateGate(articles, {
      failUnder: options.failUnder ?? config.gate.failUnder,
      failOn: options.failOn ?? config.gate.failOn,
      maxWarnings: options.maxWarnings ?? config.gate.maxWarnings,
      baseline: options.baseline ? new Set(options.baseline.entries.keys()) : null,
      gated
    })
    return {
      schemaVersion: 1,
      tool: {name: 'corroborate', version: packageInfo.version},
      generatedAt: new Date().toISOString(),
      config: config.path,
      summary: {
        ...summarize(articles, gate),
        stories: corpus.model.stories.length,
        ruleFailures: failures,
        ...(baseline ? {baseline} : {}),
        ...(options.cache ? {cache: structuredClone(options.cache.stats)} : {}),
        timings: {articles: Math.round(articlesDone - started), corpus: Math.round(corpusDone - articlesDone), findings: Math.round(performance.now() - corpusDone)},
        ...(changed && gated ? {changed: {since: changed.ref, gated: gated.size, audited: articles.length}} : {})
      },
      articles
    }
  }
  return auditor
}

function summarize(articles: ArticleReport[], gate: AuditReport['summary']['gate']): Omit<AuditReport['summary'], 'stories' | 'ruleFailures'> {
  const bySeverity: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  const byCategory: Partial<Record<Category, number>> = {}
  let findings = 0
  for (const article of articles) {
    for (const finding of article.findings) {
      findings++
      bySeverity[finding.severity]++
      byCategory[finding.category] = (byCategory[finding.category] ?? 0) + 1
    }
  }
  const scored = articles.filter((article) => article.score !== null)
  const meanScore = scored.length ? Math.round((10 * scored.reduce((sum, a) => sum + a.score!, 0)) / scored.length) / 10 : null
  return {
    articles: articles.length,
    unreadable: articles.length - scored.length,
    findings,
    bySeverity,
    byCategory,
    meanScore,
    gate
  }
}
