// piscina worker: audits a batch of articles. The processor is built once
// per worker and config, then reused for every batch.
import type {ResolvedConfig} from '../config.js'
import type {ArticleResult, FailedArticle, LoadedArticle} from '../types.js'
import {createArticleAuditor, type ArticleAuditor} from './process.js'

export interface ArticleTask {
  configKey: string
  config: ResolvedConfig
  articles: LoadedArticle[]
}

let cached: {key: string; audit: ArticleAuditor} | null = null

export default function auditBatch(task: ArticleTask): Array<ArticleResult | FailedArticle> {
  if (!cached || cached.key !== task.configKey) cached = {key: task.configKey, audit: createArticleAuditor(task.config)}
  // The main thread has every article's text already: do not clone it back.
  return task.articles.map((article) => {
    const result = cached!.audit(article)
    if ('facts' in result) result.facts.text = ''
    return result
  })
}
