// The corpus stage of a spilled corpus: every story assessed from its
// articles' packed records (pipeline/corpus/assess-story.ts) — by the worker
// pool, several stories at once, or here when there is none — and handed on
// as it finishes. Only the stories in flight have their records in memory;
// a story the cache holds needs none.
import {once} from 'node:events'
import PQueue from 'p-queue'
import type {WorkerPool} from '../pool.js'
import {eventLoopTurns} from '../turns.js'
import type {RuleFailure} from '../types.js'
import {assessStory, type StoryAssessor, type StoryInput, type StoryOutput} from './assess-story.js'
import type {CorpusModel, Member, Story} from './model.js'
import {printTimings} from './stage.js'
import {rememberStory, storyLookups, type StoryCaching} from './story-cache.js'

/** Articles the stories compared at once may have between them (one larger story runs alone). */
const maxArticlesInFlight = 2000

export interface DispatchOptions<T extends Member> {
  /** An article's packed record, from wherever it waits (a spill, the cache). */
  record: (article: T) => Uint8Array | Promise<Uint8Array>
  /** The pool, opened when first needed (a story the cache holds needs none), and how many stories it compares at once. */
  pool: {jobs: number; get: () => Promise<WorkerPool>} | null
  /** For stories assessed here: without a pool, or when a worker failed on one. */
  assessor: StoryAssessor
  cache?: StoryCaching
  /** Leave info findings out of the report (they still count in scores). */
  dropInfo?: boolean
  onStory?: (done: number, total: number) => void
  done: (story: Story<T>, output: StoryOutput) => void
}

export async function assessStories<T extends Member>(model: CorpusModel<T>, options: DispatchOptions<T>): Promise<{failures: RuleFailure[]}> {
  const {pool} = options
  const total = model.stories.length
  const cached = options.cache ? storyLookups(model.stories, options.cache) : null
  const failures: RuleFailure[] = []
  const timings = new Map<string, number>()
  const writes: Array<Promise<void>> = []
  let finished = 0
  options.onStory?.(0, total)

  const finish = (index: number, story: Story<T>, output: StoryOutput, fromTheCache = false) => {
    failures.push(...output.failures)
    for (const [id, ms] of output.timings) timings.set(id, (timings.get(id) ?? 0) + ms)
    if (cached && options.cache && !fromTheCache) writes.push(rememberStory(options.cache.store, cached.key(index), output))
    options.done(story, output)
    finished++
  }
  const inputOf = async (story: Story<T>): Promise<StoryInput> => ({
    id: story.id,
    families: story.families.map((family) => ({id: family.id, representative: family.representative.id, members: family.members.map((member) => member.id)})),
    records: await Promise.all(story.articles.map(async (article): Promise<[string, Uint8Array]> => [article.id, await options.record(article)])),
    ...(options.dropInfo ? {dropInfo: true} : {})
  })
  /** A story's results from the cache: no records, no rules. */
  const fromCache = async (index: number): Promise<StoryOutput | null> => {
    const results = await cached?.results(index)
    return results ? {failures: [], articles: results, timings: []} : null
  }

  const order = cached ? await cached.order() : model.stories.map((_, index) => index)
  if (!pool) {
    const turns = eventLoopTurns()
    for (const index of order) {
      const story = model.stories[index]
      if (turns.due()) {
        options.onStory?.(finished, total)
        await turns.turn()
      }
      const hit = await fromCache(index)
      if (hit) finish(index, story, hit, true)
      else finish(index, story, assessStory(await inputOf(story), options.assessor))
    }
  } else {
    const inFlight = new PQueue({concurrency: pool.jobs})
    const running: Array<Promise<void>> = []
    // Articles of the stories in flight: a worker holds a story's facts unpacked, several
    // times their packed size, so two of the largest stories do not run side by side.
    let articlesInFlight = 0
    const settled = new EventTarget()
    for (const index of order) {
      const story = model.stories[index]
      const hit = await fromCache(index)
      if (hit) {
        finish(index, story, hit, true)
        options.onStory?.(finished, total)
        continue
      }
      // One story waiting for a worker, no more: the others' records stay on disk.
      await inFlight.onSizeLessThan(1)
      while (articlesInFlight > 0 && articlesInFlight + story.articles.length > maxArticlesInFlight) await once(settled, 'settled')
      articlesInFlight += story.articles.length
      const input = await inputOf(story)
      running.push(inFlight.add(async () => {
        let output: StoryOutput
        try {
          output = await (await pool.get()).assessStory(input)
        } catch {
          // A worker that died on a story (its heap) leaves it to this thread.
          output = assessStory(input, options.assessor)
        }
        finish(index, story, output)
        articlesInFlight -= story.articles.length
        settled.dispatchEvent(new Event('settled'))
        options.onStory?.(finished, total)
      }))
    }
    await Promise.all(running)
  }
  await Promise.all(writes)
  options.onStory?.(total, total)
  printTimings(timings)
  return {failures}
}
