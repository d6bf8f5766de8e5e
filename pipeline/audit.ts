// The whole audit: load → article stage → corpus stage → findings → score →
// gate. The rules are handed in (the CLI wires rules/index.ts in; tests wire
// their own); the pipeline never imports rules/. Returns the report object:
// formatting is the reporters' job.
import PQueue from 'p-queue'
import {availableParallelism} from 'node:os'
import {resolve} from 'node:path'
import {packResult, unpackTerms, type ArticleSummary, type StageOutput} from './article/pack.js'
import {createArticleAuditor} from './article/process.js'
import {chooseJobs, smallCorpusBytes, streamArticleStage} from './article/stage.js'
import type {Baseline} from './baseline.js'
import type {ArticleCache, IndexEntry} from './cache.js'
import type {ResolvedConfig} from './config.js'
import {buildCorpusModel} from './corpus/model.js'
import {assessStories} from './corpus/dispatch.js'
import {cacheMisses, mapped, type Pending} from './cache-lookup.js'
import {hashOf} from './hash.js'
import {buildRawArticle, findArticles, readRawArticles, type RawArticle} from './load/index.js'
import {packageInfo} from './package-info.js'
import {openPool, type WorkerPool} from './pool.js'
import {createReportBuilder} from './report-builder.js'
import type {AuditReport} from './report-types.js'
import type {ArticleRule, CorpusRule} from './rule.js'
import {criterionRules} from './score/scorecard.js'
import {Spill, type SpillRef} from './spill.js'
import type {FailedArticle, LoadedArticle, RuleFailure, StoryMode, UnreadableArticle} from './types.js'

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
  /** Bytes each spill (facts, story terms, report details) keeps in memory before it writes to a temporary file; tests set it low. */
  spillBudget?: number
  /** Leave info findings out of the report (--quiet); they still count in scores. */
  dropInfo?: boolean
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
  // Rule modules of the install by their place in it: a cache restored into another checkout (CI) is still this one's.
  const configKey = hashOf(config, allRules.map((rule) => rule.meta.id), (rules.modules ?? []).map(relativeToInstall))
  const articleKey = (article: LoadedArticle) => hashOf(configKey, article.id, article.path, article.meta, article.problems, article.text)
  // A file's key is taken from what was read, before anything is made of it: a hit needs no parse at all.
  const rawKey = (raw: RawArticle) => hashOf(configKey, 'file', raw.id, raw.path, raw.sidecar ?? '', raw.text)
  const fromFile = (raw: RawArticle): Pending => ({id: raw.id, path: raw.path, file: true, key: () => rawKey(raw), load: () => buildRawArticle(raw)})
  const inMemory = (article: LoadedArticle): Pending => ({id: article.id, path: article.path, file: false, key: () => articleKey(article), load: () => article})

  const auditor: Auditor = {
    async audit(paths, cwd) {
      const loadOptions = {cwd, include: config.include, exclude: config.exclude, maxBytes: config.maxBytes}
      const files = await findArticles(paths, loadOptions)
      const unreadable: UnreadableArticle[] = []
      return audited(mapped(readRawArticles(files, loadOptions, unreadable), fromFile), files.length, unreadable, cwd)
    },
    auditArticles: (loaded, unreadable = []) => audited(loaded.map(inMemory), loaded.length, unreadable, process.cwd())
  }

  async function audited(source: AsyncIterable<Pending> | Iterable<Pending>, total: number, unreadable: UnreadableArticle[], cwd: string): Promise<AuditReport> {
    const started = performance.now()
    // Facts wait here, as bytes, from the article stage until their story is compared.
    const records = new Spill(options.spillBudget)
    const terms = new Spill(options.spillBudget)
    let pool: WorkerPool | null = null
    // A pool opened for the stories alone, when one must be compared.
    const opening: {pool: Promise<WorkerPool> | null} = {pool: null}
    try {
      const stubs: Stub[] = []
      const failed: FailedArticle[] = []
      const keys = new Map<string, string>()
      const cache = options.cache
      const index = cache?.index ? await cache.index.read(configKey).catch(() => undefined) : undefined
      // The index this run leaves: every article it audited, by key.
      const nextIndex = new Map<string, IndexEntry>()
      const added = new Map<string, IndexEntry>()
      let indexHits = 0
      let auditedAfresh = 0
      pool = await articleStage(source, total, keys, index, (output, key, fresh) => {
        if (fresh) auditedAfresh++
        if (!('summary' in output)) return void failed.push(output)
        if ('record' in output) {
          if (key) {
            nextIndex.set(key, {summary: output.summary, terms: output.terms})
            added.set(key, {summary: output.summary, terms: output.terms})
          }
          stubs.push({...output.summary, record: records.put(output.record), terms: output.terms && terms.put(output.terms)})
        } else {
          // From the index: the facts stay in the cache until (unless) the story needs them.
          indexHits++
          nextIndex.set(key!, output)
          stubs.push({...output.summary, record: {cached: key!}, terms: output.terms})
        }
      })
      const indexWritten = cache?.index && (indexHits !== nextIndex.size || index?.size !== nextIndex.size)
        ? cache.index.update(configKey, nextIndex, added).catch(() => undefined)
        : null
      // The stubs keep what the stories need: the maps (a 100,000-article corpus's summaries and terms) go once written.
      void Promise.resolve(indexWritten).then(() => {
        index?.clear()
        nextIndex.clear()
        added.clear()
      })
      // Stories are compared in the pool too. A corpus taken from the cache opens one when a story must be
      // compared again (if it is large), at once when articles were audited afresh: they join stories.
      const bytes = stubs.reduce((sum, stub) => sum + stub.length, 0)
      const jobs = options.jobs ?? availableParallelism()
      const storyPool = pool ? {jobs: pool.jobs, get: async () => pool!}
        : jobs > 1 && bytes >= smallCorpusBytes && rules.modules?.length ? {jobs, get: () => (opening.pool ??= openPool(config, rules.modules!, jobs))} : null
      if (storyPool && auditedAfresh > 0) void storyPool.get().catch(() => undefined)
      const articlesDone = performance.now()

      // Workers finish in any order: the model is built over the articles by path, as every run sees them.
      stubs.sort((a, b) => a.path.localeCompare(b.path))
      const model = buildCorpusModel(stubs, {
        stories: options.stories ?? config.stories,
        terms: (stub) => (stub.terms ? unpackTerms(stub.terms instanceof Uint8Array ? stub.terms : terms.get(stub.terms)) : undefined),
        length: (stub) => stub.length
      })
      const changed = options.changedSince
      const gated = changed ? new Set(stubs.map((stub) => stub.path).filter((path) => changed.files.has(resolve(cwd, path)))) : null
      const builder = createReportBuilder({
        baseline: options.baseline, spill: new Spill(options.spillBudget),
        gate: {
          failUnder: options.failUnder ?? config.gate.failUnder,
          failOn: options.failOn ?? config.gate.failOn,
          maxWarnings: options.maxWarnings ?? config.gate.maxWarnings,
          baseline: options.baseline ? new Set(options.baseline.entries.keys()) : null,
          gated
        }
      })
      const auditOne = lazily(() => createArticleAuditor(config, rules.article))
      const corpus = await assessStories(model, {
        async record(stub) {
          if (!('cached' in stub.record)) return records.get(stub.record)
          const packed = await cache?.peek?.(stub.record.cached)
          return packed?.record ?? reaudit(stub, stub.record.cached, cwd, auditOne())
        },
        pool: storyPool,
        assessor: {config, corpusRules: rules.corpus, assessors, seesChrome},
        dropInfo: options.dropInfo,
        // A story's results are its report text, with or without info findings.
        ...(options.cache?.stories ? {cache: {store: options.cache.stories, scope: options.dropInfo ? hashOf(configKey, 'without info') : configKey, articleKey: (id: string) => keys.get(id)!}} : {}),
        onStory: options.onProgress && ((count, all) => options.onProgress!({stage: 'stories', done: count, total: all})),
        done(story, output) {
          const byId = new Map(story.articles.map((stub) => [stub.id, stub]))
          for (const assessed of output.articles) {
            const stub = byId.get(assessed.id)!
            builder.add({id: stub.id, path: stub.path, meta: stub.meta, words: stub.words, readability: stub.readability, story: story.id, family: stub.family ?? null}, assessed)
          }
        }
      })
      await indexWritten
      for (const article of [...unreadable, ...failed]) builder.addFailed(article)
      // Stories finish in any order too: failures are listed by story, as the stories are.
      const storyOrder = new Map(model.stories.map((story, index) => [story.id, index]))
      corpus.failures.sort((a, b) => storyOrder.get(a.story!)! - storyOrder.get(b.story!)!)
      const failures: RuleFailure[] = [...stubs.flatMap((stub) => stub.failures ?? []), ...corpus.failures]
      const report = builder.finish()
      const corpusDone = performance.now()
      return {
        schemaVersion: 1,
        tool: {name: 'corroborate', version: packageInfo.version},
        generatedAt: new Date().toISOString(),
        config: config.path,
        summary: {
          ...report.summary,
          stories: model.stories.length,
          ruleFailures: failures,
          ...(report.baseline ? {baseline: report.baseline} : {}),
          ...(options.cache ? {cache: structuredClone(options.cache.stats)} : {}),
          timings: {articles: Math.round(articlesDone - started), corpus: Math.round(corpusDone - articlesDone), findings: Math.round(performance.now() - corpusDone)},
          ...(changed && gated ? {changed: {since: changed.ref, gated: gated.size, audited: report.articles.length}} : {})
        },
        articles: report.articles
      }
    } finally {
      await pool?.destroy()
      await (await opening.pool?.catch(() => null))?.destroy()
      records.close()
      terms.close()
    }
  }

  /**
   * The article stage, streamed: each article is looked up in the index and
   * the cache (a window at a time), and the rest are audited and stored;
   * `keep` gets every result, in no set order, with its cache key. `keys`
   * gets each article's cache key.
   */
  async function articleStage(
    source: AsyncIterable<Pending> | Iterable<Pending>,
    total: number,
    keys: Map<string, string>,
    index: Map<string, IndexEntry> | undefined,
    keep: (output: StageOutput | IndexEntry, key: string | undefined, fresh: boolean) => void
  ): Promise<WorkerPool | null> {
    const cache = options.cache
    let done = 0
    const progress = (count = 1) => options.onProgress?.({stage: 'articles', done: (done += count), total})
    const writes = new PQueue({concurrency: 16})
    const misses = cache ? cacheMisses(source, cache, index, keys, (found, key) => {
      keep(found, key, false)
      progress()
    }) : mapped(source, (pending) => pending.load())
    // Small corpora are audited in-process: a pool costs more than it saves.
    const {jobs, articles} = options.jobs ? {jobs: options.jobs, articles: misses} : await chooseJobs(misses)
    // One pool for both stages: its workers load the rules once.
    const pool = jobs > 1 && rules.modules?.length ? await openPool(config, rules.modules, jobs) : null
    let counted = 0
    try {
      await streamArticleStage(articles, config, jobs, {
        rules: rules.article,
        rulesModules: rules.modules,
        onDone: options.onProgress && ((count) => {
          progress(count - counted)
          counted = count
        })
      }, (output) => {
        const key = keys.get('summary' in output ? output.summary.id : output.id)
        keep(output, key, true)
        // A cache that cannot be written (a read-only CI restore) costs speed, never the audit.
        if (cache && key && 'summary' in output) writes.add(() => cache.set(key, output)).catch(() => undefined)
      }, pool ?? undefined)
    } catch (error) {
      await pool?.destroy()
      throw error
    }
    await writes.onIdle()
    return pool
  }

  /** An article whose facts the cache lost (a corrupt or pruned entry) while the index kept it: read and audited again, here. */
  async function reaudit(stub: Stub, key: string, cwd: string, audit: ReturnType<typeof createArticleAuditor>): Promise<Uint8Array> {
    const failed: UnreadableArticle[] = []
    for await (const raw of readRawArticles([{file: resolve(cwd, stub.path), id: stub.id, path: stub.path}], {cwd, maxBytes: config.maxBytes}, failed)) {
      const article = buildRawArticle(raw)
      const result = audit(article)
      if ('facts' in result) {
        const packed = packResult(result, article)
        await options.cache?.set(key, packed).catch(() => undefined)
        return packed.record
      }
    }
    throw new Error(`the cache lost the facts of ${stub.path}, and the file can no longer be audited: ${failed[0]?.error ?? 'it changed during the audit'}`)
  }
  return auditor
}

/** What the audit keeps of an article between the stages: its summary, and where its facts and story terms wait (in a spill, or in the cache). */
type Stub = ArticleSummary & {record: SpillRef | {cached: string}; terms: SpillRef | Uint8Array | null; family?: string}

function lazily<T>(make: () => T): () => T {
  let made: {value: T} | null = null
  return () => (made ??= {value: make()}).value
}

/** The install's folder (above pipeline/), as a URL. */
const install = new URL('..', import.meta.url).href

/** A module URL inside the install as a path relative to it; any other as it is. */
function relativeToInstall(url: string): string {
  return url.startsWith(install) ? url.slice(install.length) : url
}
