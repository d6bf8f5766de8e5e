// The whole audit: load → article stage → corpus stage → findings → score →
// gate. The rules are handed in (the CLI wires rules/index.ts in; tests wire
// their own); the pipeline never imports rules/. Returns the report object:
// formatting is the reporters' job.
import {createHash} from 'node:crypto'
import {runArticleStage, defaultJobs} from './article/stage.js'
import type {ResolvedConfig} from './config.js'
import {runCorpusStage} from './corpus/stage.js'
import {finalizeFindings} from './findings.js'
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

/** Article-stage results by a key of the article and the config (see articleKey); the corpus stage always runs. */
export interface ArticleCache {
  get(key: string): ArticleResult | undefined
  set(key: string, result: ArticleResult): void
}

export interface AuditorOptions {
  rules: AuditorRules
  config: ResolvedConfig
  jobs?: number
  /** Overrides the config's `stories`. */
  stories?: StoryMode
  failUnder?: number | null
  failOn?: 'error' | 'warning' | 'none'
  /** Reuse article-stage results of articles audited before with the same text, metadata and config. */
  cache?: ArticleCache
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
  const configKey = createHash('sha1').update(JSON.stringify(config)).update(allRules.map((rule) => rule.meta.id).join()).digest('hex')
  const articleKey = (article: LoadedArticle) => createHash('sha1').update(configKey)
    .update(JSON.stringify([article.id, article.path, article.meta, article.problems])).update(article.text).digest('hex')

  /** The article stage, for the articles the cache does not already hold. */
  async function articleResults(loaded: LoadedArticle[]): Promise<Array<ArticleResult | FailedArticle>> {
    const cache = options.cache
    const cached = cache ? loaded.map((article) => cache.get(articleKey(article))) : []
    const missing = loaded.filter((_, index) => !cached[index])
    const fresh = await runArticleStage(missing, config, options.jobs ?? defaultJobs(missing), {rules: rules.article, rulesModules: rules.modules})
    if (!cache) return fresh
    const byId = new Map(fresh.map((result) => [result.id, result]))
    return loaded.map((article, index) => {
      const result = cached[index] ?? byId.get(article.id)!
      if (!cached[index] && !('error' in result && result.error)) cache.set(articleKey(article), result as ArticleResult)
      return result
    })
  }

  const auditor: Auditor = {
    async audit(paths, cwd) {
      const loaded = await loadCorpus(paths, {cwd, include: config.include, exclude: config.exclude, maxBytes: config.maxBytes})
      return auditor.auditArticles(loaded.articles, loaded.failed)
    },
    async auditArticles(loaded, unreadable = []) {
      const results = await articleResults(loaded)
      const audited = results.filter((result): result is ArticleResult => !('error' in result && result.error))
      const failed: FailedArticle[] = [...unreadable, ...(results.filter((result) => 'error' in result && result.error) as FailedArticle[])]
      const corpus = await runCorpusStage(audited.map((result) => result.facts), config, rules.corpus, {
        stories: options.stories ?? config.stories,
        articleDrafts: new Map(audited.map((result) => [result.id, result.drafts]))
      })
      const failures: RuleFailure[] = [...audited.flatMap((result) => result.failures ?? []), ...corpus.failures]

      const blocks = new Map(loaded.map((article) => [article.id, article.blocks]))
      const articles: ArticleReport[] = audited.map((result) => {
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

      const gate = evaluateGate(articles, {
        failUnder: options.failUnder ?? config.gate.failUnder,
        failOn: options.failOn ?? config.gate.failOn
      })
      return {
        schemaVersion: 1,
        tool: {name: 'corroborate', version: packageInfo.version},
        generatedAt: new Date().toISOString(),
        config: config.path,
        summary: {...summarize(articles, gate), stories: corpus.model.stories.length, ruleFailures: failures},
        articles
      }
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
