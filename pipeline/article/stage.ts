// Runs the article stage over a corpus: in-process for small corpora or one
// job, else in a piscina pool over compiled JS, several articles a task to
// amortise messaging.
import {availableParallelism} from 'node:os'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Piscina} from 'piscina'
import type {ResolvedConfig} from '../config.js'
import type {ArticleRule} from '../rule.js'
import type {ArticleResult, FailedArticle, LoadedArticle} from '../types.js'
import {createArticleAuditor} from './process.js'
import type {ArticleTask} from './worker.js'

/** Below this much text a worker pool costs more than it saves. */
const smallCorpusBytes = 256 * 1024
const batchBytes = 128 * 1024
const batchArticles = 64

export function defaultJobs(articles: LoadedArticle[]): number {
  const bytes = articles.reduce((sum, article) => sum + article.text.length, 0)
  return bytes < smallCorpusBytes ? 1 : availableParallelism()
}

/** Worker threads cannot import .ts on Node 20: under tests, use the build. */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url)
  if (here.endsWith('.js')) return fileURLToPath(new URL('./worker.js', import.meta.url))
  const built = fileURLToPath(new URL('../../.dist/pipeline/article/worker.js', import.meta.url))
  if (!existsSync(built)) throw new Error('the worker pool needs the compiled build: run `npm run build`')
  return built
}

export function batches(articles: LoadedArticle[]): LoadedArticle[][] {
  const result: LoadedArticle[][] = []
  let current: LoadedArticle[] = []
  let size = 0
  for (const article of articles) {
    current.push(article)
    size += article.text.length
    if (size >= batchBytes || current.length >= batchArticles) {
      result.push(current)
      current = []
      size = 0
    }
  }
  if (current.length > 0) result.push(current)
  return result
}

export interface ArticleStageRules {
  rules: readonly ArticleRule[]
  /** URLs of the modules that export the same `articleRules`, for the workers; without them the stage runs in-process. */
  rulesModules?: string[]
}

export async function runArticleStage(
  articles: LoadedArticle[],
  config: ResolvedConfig,
  jobs: number,
  {rules, rulesModules}: ArticleStageRules
): Promise<Array<ArticleResult | FailedArticle>> {
  if (jobs <= 1 || articles.length < 2 || !rulesModules?.length) return articles.map(createArticleAuditor(config, rules))
  const pool = new Piscina<ArticleTask, Array<ArticleResult | FailedArticle>>({
    filename: workerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000
  })
  try {
    const configKey = JSON.stringify(config)
    const results = (await Promise.all(batches(articles).map((batch) => pool.run({configKey, config, rulesModules, articles: batch})))).flat()
    const texts = new Map(articles.map((article) => [article.id, article.text]))
    for (const result of results) if ('facts' in result) result.facts.text = texts.get(result.id)!
    return results
  } finally {
    await pool.destroy()
  }
}
