// piscina worker: audits a batch of articles (the default task), or assesses
// one story of a spilled corpus (`story`). The rules come from modules the
// auditor names (the pipeline never imports rules/ itself); what they need is
// built once per worker, rule modules and config, then reused.
import {packResult, type PackedArticle} from './article/pack.js'
import {createArticleAuditor, type ArticleAuditor} from './article/process.js'
import type {ResolvedConfig} from './config.js'
import {assessStory, type StoryAssessor, type StoryInput, type StoryOutput} from './corpus/assess-story.js'
import type {ArticleRule, CorpusRule} from './rule.js'
import {criterionRules} from './score/scorecard.js'
import type {FailedArticle, LoadedArticle} from './types.js'

export interface WorkerSetup {
  configKey: string
  config: ResolvedConfig
  /** URLs of modules that export `articleRules` and `corpusRules`, in order. */
  rulesModules: string[]
}

export interface ArticleTask extends WorkerSetup {
  articles: LoadedArticle[]
}

export interface StoryTask extends WorkerSetup {
  story: StoryInput
}

let cached: {key: string; audit: ArticleAuditor; story: StoryAssessor} | null = null

async function setUp(task: WorkerSetup): Promise<NonNullable<typeof cached>> {
  const key = `${task.rulesModules.join('\u0000')}\u0000${task.configKey}`
  if (cached?.key === key) return cached
  const modules = await Promise.all(task.rulesModules.map((url) => import(url) as Promise<{articleRules?: ArticleRule[]; corpusRules?: CorpusRule[]}>))
  const articleRules = modules.flatMap((module) => module.articleRules ?? [])
  const corpusRules = modules.flatMap((module) => module.corpusRules ?? [])
  const allRules = [...articleRules, ...corpusRules]
  cached = {
    key,
    audit: createArticleAuditor(task.config, articleRules),
    story: {
      config: task.config,
      corpusRules,
      assessors: criterionRules(allRules, task.config),
      seesChrome: new Set(allRules.filter((rule) => rule.meta.seesChrome).map((rule) => rule.meta.id))
    }
  }
  // Dictionaries and lexicons load on first use: use them once now, so an article's time is its own.
  cached.audit({id: 'warm-up', path: 'warm-up.txt', text: 'Warm up.', meta: {title: null, byline: null, outlet: null, published: null, sources: {}}, blocks: [], problems: []})
  return cached
}

export default async function auditBatch(task: ArticleTask): Promise<Array<PackedArticle | FailedArticle>> {
  const {audit} = await setUp(task)
  // Packed here: the facts cross to the main thread as bytes, not as an object graph to clone.
  return task.articles.map((article) => {
    const result = audit(article)
    return 'facts' in result ? packResult(result, article) : result
  })
}

export async function story(task: StoryTask): Promise<StoryOutput> {
  return assessStory(task.story, (await setUp(task)).story)
}
