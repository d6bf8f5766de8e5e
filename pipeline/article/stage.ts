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
/** What each article of a batch adds to the batch's limit. */
const batchSlackMs = 250
/** What a fresh worker may take to load rules and dictionaries. */
const warmUpMs = 5000
/** A worker's heap: no real article needs a tenth of it. */
const workerHeapMb = 1536

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
  /** Called with how many articles are done so far. */
  onDone?: (done: number) => void
}

export async function runArticleStage(
  articles: LoadedArticle[],
  config: ResolvedConfig,
  jobs: number,
  {rules, rulesModules, onDone}: ArticleStageRules
): Promise<Array<ArticleResult | FailedArticle>> {
  if (jobs <= 1 || articles.length < 2 || !rulesModules?.length) return auditInProcess(articles, createArticleAuditor(config, rules), onDone)
  const pool = new Piscina<ArticleTask, Array<ArticleResult | FailedArticle>>({
    filename: workerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    // A pathological article may fill a worker's heap: the worker dies, not the audit.
    resourceLimits: {maxOldGenerationSizeMb: workerHeapMb}
  })
  // A worker killed for its heap or its time is replaced; its task is rejected, and handled below.
  pool.on('error', () => undefined)
  const configKey = JSON.stringify(config)
  const articleTimeLimitMs = config.articleTimeLimit * 1000
  // Each worker loads the rules, lexicons and dictionaries once, before any article is timed.
  await Promise.all(Array.from({length: jobs}, () => pool.run({configKey, config, rulesModules, articles: []})))
  const run = async (batch: LoadedArticle[]): Promise<Array<ArticleResult | FailedArticle>> => {
    try {
      // A worker that replaces a killed one loads everything again: allow for it.
      const limit = warmUpMs + articleTimeLimitMs + batchSlackMs * batch.length
      return await pool.run({configKey, config, rulesModules, articles: batch}, {signal: AbortSignal.timeout(limit)})
    } catch (error) {
      // One article took its batch down: audit each alone, so only that one is lost.
      if (batch.length > 1) return (await Promise.all(batch.map((article) => run([article])))).flat()
      return [{id: batch[0].id, path: batch[0].path, error: workerFailure(error, articleTimeLimitMs)}]
    }
  }
  let done = 0
  const counted = async (batch: LoadedArticle[]) => {
    const results = await run(batch)
    onDone?.((done += batch.length))
    return results
  }
  try {
    const results = (await Promise.all(batches(articles).map(counted))).flat()
    const texts = new Map(articles.map((article) => [article.id, article.text]))
    for (const result of results) if ('facts' in result) result.facts.text = texts.get(result.id)!
    return results
  } finally {
    await pool.destroy()
  }
}

/** One article after another, letting the event loop turn (an interrupt, progress) every few dozen milliseconds. */
async function auditInProcess(articles: LoadedArticle[], audit: (article: LoadedArticle) => ArticleResult | FailedArticle, onDone?: (done: number) => void): Promise<Array<ArticleResult | FailedArticle>> {
  const results: Array<ArticleResult | FailedArticle> = []
  let lastYield = performance.now()
  for (const article of articles) {
    results.push(audit(article))
    if (performance.now() - lastYield > 50) {
      onDone?.(results.length)
      await new Promise((resolve) => setImmediate(resolve))
      lastYield = performance.now()
    }
  }
  onDone?.(results.length)
  return results
}

/** Why a worker gave up on an article, for its report entry. */
function workerFailure(error: unknown, articleTimeLimitMs: number): string {
  const message = String((error as Error)?.message ?? error)
  if ((error as Error)?.name === 'AbortError') return `not audited: it took longer than ${articleTimeLimitMs / 1000} s (pathological input?)`
  if (/memory limit|heap out of memory/i.test(message)) return `not audited: it needed more than ${workerHeapMb} MB of memory (pathological input?)`
  return `internal error while auditing: ${message.split('\n')[0]}`
}
