// piscina worker: audits a batch of articles. The rules come from a module
// the auditor names (the pipeline never imports rules/ itself); the processor
// is built once per worker, rule module and config, then reused.
import type {ResolvedConfig} from '../config.js'
import type {ArticleRule} from '../rule.js'
import type {FailedArticle, LoadedArticle} from '../types.js'
import {packResult, type PackedArticle} from './pack.js'
import {createArticleAuditor, type ArticleAuditor} from './process.js'

export interface ArticleTask {
  configKey: string
  config: ResolvedConfig
  /** URLs of modules that export `articleRules`, in order. */
  rulesModules: string[]
  articles: LoadedArticle[]
}

let cached: {key: string; audit: ArticleAuditor} | null = null

export default async function auditBatch(task: ArticleTask): Promise<Array<PackedArticle | FailedArticle>> {
  const key = `${task.rulesModules.join('\u0000')}\u0000${task.configKey}`
  if (!cached || cached.key !== key) {
    const modules = await Promise.all(task.rulesModules.map((url) => import(url) as Promise<{articleRules?: ArticleRule[]}>))
    cached = {key, audit: createArticleAuditor(task.config, modules.flatMap((module) => module.articleRules ?? []))}
    // Dictionaries and lexicons load on first use: use them once now, so an article's time is its own.
    cached.audit({id: 'warm-up', path: 'warm-up.txt', text: 'Warm up.', meta: {title: null, byline: null, outlet: null, published: null, sources: {}}, blocks: [], problems: []})
  }
  // Packed here: the facts cross to the main thread as bytes, not as an object graph to clone.
  return task.articles.map((article) => {
    const result = cached!.audit(article)
    return 'facts' in result ? packResult(result, article) : result
  })
}
