// The worker pool both stages share (piscina over the compiled JS): article
// batches, then whole stories. Each worker loads the rules, lexicons and
// dictionaries once, before any task is timed.
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Piscina} from 'piscina'
import type {StageOutput} from './article/pack.js'
import type {ResolvedConfig} from './config.js'
import type {StoryInput, StoryOutput} from './corpus/assess-story.js'
import type {LoadedArticle} from './types.js'
import type {ArticleTask, StoryTask, WorkerSetup} from './worker.js'

/** A worker's heap: no real article needs a tenth of it. */
export const workerHeapMb = 1536

export interface WorkerPool {
  jobs: number
  auditBatch(articles: LoadedArticle[], signal?: AbortSignal): Promise<StageOutput[]>
  assessStory(story: StoryInput): Promise<StoryOutput>
  destroy(): Promise<void>
}

/** Worker threads cannot import .ts on Node 20: under tests, use the build. */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url)
  if (here.endsWith('.js')) return fileURLToPath(new URL('./worker.js', import.meta.url))
  const built = fileURLToPath(new URL('../.dist/pipeline/worker.js', import.meta.url))
  if (!existsSync(built)) throw new Error('the worker pool needs the compiled build: run `npm run build`')
  return built
}

export async function openPool(config: ResolvedConfig, rulesModules: string[], jobs: number): Promise<WorkerPool> {
  const pool = new Piscina<ArticleTask | StoryTask, StageOutput[] | StoryOutput>({
    filename: workerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    // A pathological article may fill a worker's heap: the worker dies, not the audit.
    resourceLimits: {maxOldGenerationSizeMb: workerHeapMb}
  })
  // A worker killed for its heap or its time is replaced; its task is rejected, and the caller handles it.
  pool.on('error', () => undefined)
  const setup: WorkerSetup = {configKey: JSON.stringify(config), config, rulesModules}
  try {
    await Promise.all(Array.from({length: jobs}, () => pool.run({...setup, articles: []})))
  } catch (error) {
    await pool.destroy()
    throw error
  }
  return {
    jobs,
    auditBatch: (articles, signal) => pool.run({...setup, articles}, signal ? {signal} : {}) as Promise<StageOutput[]>,
    assessStory: (story) => pool.run({...setup, story}, {name: 'story'}) as Promise<StoryOutput>,
    destroy: () => pool.destroy()
  }
}
