// Runs the article stage over a corpus: in-process for small corpora or one
// job, else in the worker pool (pipeline/pool.ts), several articles a task to
// amortise messaging.
import {availableParallelism} from 'node:os'
import PQueue from 'p-queue'
import type {ResolvedConfig} from '../config.js'
import type {ArticleRule} from '../rule.js'
import type {ArticleResult, FailedArticle, LoadedArticle} from '../types.js'
import {packResult, unpackResult, type StageOutput} from './pack.js'

export type {StageOutput} from './pack.js'
import {createArticleAuditor} from './process.js'
import {openPool, workerHeapMb, type WorkerPool} from '../pool.js'
import {eventLoopTurns} from '../turns.js'

/** Below this much text a worker pool costs more than it saves. */
export const smallCorpusBytes = 256 * 1024
const batchBytes = 128 * 1024
const batchArticles = 64
/** What each article of a batch adds to the batch's limit. */
const batchSlackMs = 250
/** What a fresh worker may take to load rules and dictionaries. */
const warmUpMs = 5000

/**
 * How many jobs the stage should run, decided from the head of the stream:
 * one when the whole corpus is under `smallCorpusBytes` (or one article),
 * else one per core. Gives back the stream, its head included.
 */
export async function chooseJobs(source: AsyncIterable<LoadedArticle> | Iterable<LoadedArticle>): Promise<{jobs: number; articles: AsyncIterable<LoadedArticle>}> {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<LoadedArticle>)[Symbol.iterator]()
  const head: LoadedArticle[] = []
  let bytes = 0
  let ended = false
  while (bytes < smallCorpusBytes) {
    const next = await iterator.next()
    if (next.done) {
      ended = true
      break
    }
    head.push(next.value)
    bytes += next.value.text.length
  }
  async function* articles(): AsyncGenerator<LoadedArticle> {
    yield* head
    if (ended) return
    for (;;) {
      const next = await iterator.next()
      if (next.done) return
      yield next.value
    }
  }
  return {jobs: ended && (head.length < 2 || bytes < smallCorpusBytes) ? 1 : availableParallelism(), articles: articles()}
}

/** Articles in batches of about `batchBytes` of text, or `most` articles. */
export async function* batches(articles: AsyncIterable<LoadedArticle> | Iterable<LoadedArticle>, most = batchArticles): AsyncGenerator<LoadedArticle[]> {
  let current: LoadedArticle[] = []
  let size = 0
  for await (const article of articles) {
    current.push(article)
    size += article.text.length
    if (size >= batchBytes || current.length >= most) {
      yield current
      current = []
      size = 0
    }
  }
  if (current.length > 0) yield current
}

export interface ArticleStageRules {
  rules: readonly ArticleRule[]
  /** URLs of the modules that export the same `articleRules`, for the workers; without them the stage runs in-process. */
  rulesModules?: string[]
  /** Called with how many articles are done so far. */
  onDone?: (done: number) => void
  /** For tests: smaller batches and allowances than the defaults. */
  limits?: {batchArticles?: number; warmUpMs?: number; batchSlackMs?: number}
}

/**
 * The article stage as a stream: articles in, each packed result (or its
 * failure) handed to `emit` as it is done, in no set order. It reads ahead
 * only as far as the workers need, so the corpus is never all in memory.
 */
export async function streamArticleStage(
  source: AsyncIterable<LoadedArticle> | Iterable<LoadedArticle>,
  config: ResolvedConfig,
  jobs: number,
  {rules, rulesModules, onDone, limits = {}}: ArticleStageRules,
  emit: (output: StageOutput) => void,
  /** A pool to use (and leave open); without one the stage opens its own when it needs workers. */
  pool?: WorkerPool
): Promise<void> {
  if (jobs <= 1 || !rulesModules?.length) return auditInProcess(source, createArticleAuditor(config, rules), emit, onDone)
  const own = pool ? null : await openPool(config, rulesModules, jobs)
  const workers = (pool ?? own)!
  const articleTimeLimitMs = config.articleTimeLimit * 1000
  try {
    // As many tasks in flight as workers: a task's time limit must count its
    // own running, not its wait behind the others (with every batch handed to
    // the pool at once, the last ones timed out in the queue on a busy machine).
    const inFlight = new PQueue({concurrency: jobs})
    const run = async (batch: LoadedArticle[]): Promise<StageOutput[]> => {
      try {
        // A worker that replaces a killed one loads everything again: allow for it.
        const limit = (limits.warmUpMs ?? warmUpMs) + articleTimeLimitMs + (limits.batchSlackMs ?? batchSlackMs) * batch.length
        return await inFlight.add(() => workers.auditBatch(batch, AbortSignal.timeout(limit)))
      } catch (error) {
        // One article took its batch down: audit each alone, so only that one is lost.
        if (batch.length > 1) return (await Promise.all(batch.map((article) => run([article])))).flat()
        return [{id: batch[0].id, path: batch[0].path, error: workerFailure(error, articleTimeLimitMs)}]
      }
    }
    let done = 0
    const running: Array<Promise<void>> = []
    const dispatch = async (batch: LoadedArticle[]) => {
      for (const output of await run(batch)) emit(output)
      onDone?.((done += batch.length))
    }
    for await (const batch of batches(source, limits.batchArticles)) {
      // Read ahead one batch per worker, no more.
      await inFlight.onSizeLessThan(jobs)
      running.push(dispatch(batch))
    }
    await Promise.all(running)
  } finally {
    await own?.destroy()
  }
}

/** The stage over articles in memory, each result unpacked again: for tests and small callers. */
export async function runArticleStage(articles: LoadedArticle[], config: ResolvedConfig, jobs: number, stageRules: ArticleStageRules): Promise<Array<ArticleResult | FailedArticle>> {
  const results: Array<ArticleResult | FailedArticle> = []
  await streamArticleStage(articles, config, articles.length < 2 ? 1 : jobs, stageRules, (output) => results.push('summary' in output ? unpackResult(output) : output))
  const order = new Map(articles.map((article, index) => [article.id, index]))
  return results.sort((a, b) => order.get(a.id)! - order.get(b.id)!)
}

/** One article after another, letting the event loop turn (an interrupt, progress) every few dozen milliseconds. */
async function auditInProcess(
  source: AsyncIterable<LoadedArticle> | Iterable<LoadedArticle>,
  audit: (article: LoadedArticle) => ArticleResult | FailedArticle,
  emit: (output: StageOutput) => void,
  onDone?: (done: number) => void
): Promise<void> {
  let done = 0
  const turns = eventLoopTurns()
  for await (const article of source) {
    const result = audit(article)
    emit('facts' in result ? packResult(result, article) : result)
    done++
    if (turns.due()) {
      onDone?.(done)
      await turns.turn()
    }
  }
  onDone?.(done)
}

/** Why a worker gave up on an article, for its report entry. */
function workerFailure(error: unknown, articleTimeLimitMs: number): string {
  const message = String((error as Error)?.message ?? error)
  if ((error as Error)?.name === 'AbortError') return `not audited: it took longer than ${articleTimeLimitMs / 1000} s (pathological input?)`
  if (/memory limit|heap out of memory/i.test(message)) return `not audited: it needed more than ${workerHeapMb} MB of memory (pathological input?)`
  return `internal error while auditing: ${message.split('\n')[0]}`
}
