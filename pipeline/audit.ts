// The whole audit: load → article stage → corpus stage → score → gate.
// Returns the report object; formatting is the reporters' job.
import {criterionRules, scoreArticle} from '../reports/scorecard.js'
import type {ArticleReport, AuditReport} from '../reports/model.js'
import {allRules} from '../rules/index.js'
import {runArticleStage, defaultJobs} from './article/stage.js'
import type {ResolvedConfig} from './config.js'
import {runCorpusStage} from './corpus/stage.js'
import {finalizeFindings} from './findings.js'
import {evaluateGate} from './gate.js'
import {loadCorpus} from './load/index.js'
import {packageInfo} from './package-info.js'
import type {ArticleResult, Category, FailedArticle, Finding, LoadedArticle, Severity, UnreadableArticle} from './types.js'

export interface AuditOptions {
  paths: string[]
  cwd: string
  config: ResolvedConfig
  jobs?: number
  failUnder?: number | null
  failOn?: 'error' | 'warning' | 'none'
}


export async function audit(options: AuditOptions): Promise<AuditReport> {
  const {config} = options
  const loaded = await loadCorpus(options.paths, {
    cwd: options.cwd,
    include: config.include,
    exclude: config.exclude,
    maxBytes: config.maxBytes
  })
  return auditArticles(loaded.articles, loaded.failed, options)
}

/** Audit articles already in memory (the loader's output, or tests' own texts). */
export async function auditArticles(
  loaded: LoadedArticle[],
  unreadable: UnreadableArticle[],
  options: Omit<AuditOptions, 'paths' | 'cwd'>
): Promise<AuditReport> {
  const {config} = options
  const jobs = options.jobs ?? defaultJobs(loaded)
  const results = await runArticleStage(loaded, config, jobs)
  const audited = results.filter((result): result is ArticleResult => !('error' in result && result.error))
  const failed: FailedArticle[] = [...unreadable, ...(results.filter((result) => 'error' in result && result.error) as FailedArticle[])]

  const corpusDrafts = runCorpusStage(audited.map((result) => result.facts), config)
  const seesChrome = new Set(allRules.filter((rule) => rule.meta.seesChrome).map((rule) => rule.meta.id))
  const assessors = criterionRules(allRules, config)
  const blocksById = new Map(loaded.map((article) => [article.id, article.blocks]))

  const articles: ArticleReport[] = audited.map((result) => {
    const extra = corpusDrafts.get(result.id)
    const findings = extra
      ? finalizeFindings([...result.findings, ...extra], {articleId: result.id, blocks: blocksById.get(result.id) ?? [], seesChrome})
      : result.findings
    const card = scoreArticle(result.meta, findings, config, assessors)
    return {
      id: result.id,
      path: result.path,
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
      id: article.id, path: article.path, title: null, outlet: null, byline: null, published: null,
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
    summary: summarize(articles, gate),
    articles
  }
}

function summarize(articles: ArticleReport[], gate: AuditReport['summary']['gate']): AuditReport['summary'] {
  const bySeverity: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  const byCategory: Partial<Record<Category, number>> = {}
  let findings = 0
  for (const article of articles) {
    for (const finding of article.findings as Finding[]) {
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
