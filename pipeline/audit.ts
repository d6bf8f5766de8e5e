// The whole audit: load → article stage → corpus stage → findings → score →
// gate. The rules are handed in (the CLI wires rules/index.ts in; tests wire
// their own); the pipeline never imports rules/. Returns the report object:
// formatting is the reporters' job.
import PQueue from 'p-queue'
import {availableParallelism} from 'node:os'
import {resolve} from 'node:path'
import {unpackTerms, type ArticleSummary, type PackedArticle, type StageOutput} from './article/pack.js'
import {chooseJobs, smallCorpusBytes, streamArticleStage} from './article/stage.js'
import type {Baseline} from './baseline.js'
import type {ArticleCache} from './cache.js'
import type {ResolvedConfig} from './config.js'
import {buildCorpusModel} from './corpus/model.js'
import {assessStories} from './corpus/dispatch.js'
import {hashOf} from './hash.js'
import {findArticles, readArticles} from './load/index.js'
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
  const configKey = hashOf(config, allRules.map((rule) => rule.meta.id), rules.modules ?? [])
  const articleKey = (article: LoadedArticle) => hashOf(configKey, article.id, article.path, article.meta, article.problems, article.text)

  const auditor: Auditor = {
    async audit(paths, cwd) {
      const loadOptions = {cwd, include: config.include, exclude: config.exclude, maxBytes: config.maxBytes}
      const files = await findArticles(paths, loadOptions)
      const unreadable: UnreadableArticle[] = []
      return audited(readArticles(files, loadOptions, unreadable), files.length, unreadable, cwd)
    },
    auditArticles: (loaded, unreadable = []) => audited(loaded, loaded.length, unreadable, process.cwd())
  }

  async function audited(source: AsyncIterable<LoadedArticle> | Iterable<LoadedArticle>, total: number, unreadable: UnreadableArticle[], cwd: string): Promise<AuditReport> {
    const started = performance.now()
    // Facts wait here, as bytes, from the article stage until their story is compared.
    const records = new Spill(options.spillBudget)
    const terms = new Spill(options.spillBudget)
    let pool: WorkerPool | null = null
    try {
      const stubs: Stub[] = []
      const failed: FailedArticle[] = []
      const keys = new Map<string, string>()
      pool = await articleStage(source, total, keys, (output) => {
        if (!('summary' in output)) return void failed.push(output)
        stubs.push({...output.summary, record: records.put(output.record), terms: output.terms && terms.put(output.terms)})
      })
      // Stories are compared in the pool too; a corpus taken whole from the cache opens one for them if it is large.
      const bytes = stubs.reduce((sum, stub) => sum + stub.length, 0)
      if (!pool && (options.jobs ?? availableParallelism()) > 1 && bytes >= smallCorpusBytes && rules.modules?.length) pool = await openPool(config, rules.modules, options.jobs ?? availableParallelism())
      const articlesDone = performance.now()

      // Workers finish in any order: the model is built over the articles by path, as every run sees them.
      stubs.sort((a, b) => a.path.localeCompare(b.path))
      const model = buildCorpusModel(stubs, {
        stories: options.stories ?? config.stories,
        terms: (stub) => (stub.terms ? unpackTerms(terms.get(stub.terms)) : undefined),
        length: (stub) => stub.length
      })
      const changed = options.changedSince
      const gated = changed ? new Set(stubs.map((stub) => stub.path).filter((path) => changed.files.has(resolve(cwd, path)))) : null
      const builder = createReportBuilder({
        baseline: options.baseline, dropInfo: options.dropInfo, spill: new Spill(options.spillBudget),
        gate: {
          failUnder: options.failUnder ?? config.gate.failUnder,
          failOn: options.failOn ?? config.gate.failOn,
          maxWarnings: options.maxWarnings ?? config.gate.maxWarnings,
          baseline: options.baseline ? new Set(options.baseline.entries.keys()) : null,
          gated
        }
      })
      const corpus = await assessStories(model, {
        records,
        pool,
        assessor: {config, corpusRules: rules.corpus, assessors, seesChrome},
        ...(options.cache?.stories ? {cache: {store: options.cache.stories, scope: configKey, articleKey: (id: string) => keys.get(id)!}} : {}),
        onStory: options.onProgress && ((count, all) => options.onProgress!({stage: 'stories', done: count, total: all})),
        done(story, output) {
          const byId = new Map(story.articles.map((stub) => [stub.id, stub]))
          for (const {id, findings, card} of output.articles) {
            const stub = byId.get(id)!
            builder.add({id, path: stub.path, meta: stub.meta, words: stub.words, readability: stub.readability, story: story.id, family: stub.family ?? null}, findings, card)
          }
        }
      })
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
      records.close()
      terms.close()
    }
  }

  /**
   * The article stage, streamed: each article is looked up in the cache (a
   * window at a time), and the rest are audited and stored; `keep` gets every
   * result, in no set order. `keys` gets each article's cache key.
   */
  async function articleStage(source: AsyncIterable<LoadedArticle> | Iterable<LoadedArticle>, total: number, keys: Map<string, string>, keep: (output: StageOutput) => void): Promise<WorkerPool | null> {
    const cache = options.cache
    let done = 0
    const progress = (count = 1) => options.onProgress?.({stage: 'articles', done: (done += count), total})
    const writes = new PQueue({concurrency: 16})
    const misses = cache ? cacheMisses(source, cache, (article) => {
      const key = articleKey(article)
      keys.set(article.id, key)
      return key
    }, (packed) => {
      keep(packed)
      progress()
    }) : source
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
        keep(output)
        // A cache that cannot be written (a read-only CI restore) costs speed, never the audit.
        if (cache && 'summary' in output) writes.add(() => cache.set(keys.get(output.summary.id)!, output)).catch(() => undefined)
      }, pool ?? undefined)
    } catch (error) {
      await pool?.destroy()
      throw error
    }
    await writes.onIdle()
    return pool
  }
  return auditor
}

/** What the audit keeps of an article between the stages: its summary, and where its facts and story terms wait. */
type Stub = ArticleSummary & {record: SpillRef; terms: SpillRef | null; family?: string}

/** The articles the cache does not hold, looked up a window at a time; hits go to `hit`. */
async function* cacheMisses(source: AsyncIterable<LoadedArticle> | Iterable<LoadedArticle>, cache: ArticleCache, keyOf: (article: LoadedArticle) => string, hit: (packed: PackedArticle) => void): AsyncGenerator<LoadedArticle> {
  const window: Array<{article: LoadedArticle; key: string}> = []
  const lookUp = async function* () {
    const reads = new PQueue({concurrency: 32})
    const found = await Promise.all(window.map(({key}) => reads.add(() => cache.get(key))))
    for (const [index, {article}] of window.entries()) {
      const packed = found[index]
      if (packed) hit(packed)
      else yield article
    }
    window.length = 0
  }
  for await (const article of source) {
    window.push({article, key: keyOf(article)})
    if (window.length >= 256) yield* lookUp()
  }
  yield* lookUp()
}
