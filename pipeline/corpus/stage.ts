// The corpus stage: the corpus model (copy families, stories) is built once;
// then every enabled corpus rule runs once per story (or per article, by its
// scope), isolated: a rule that throws loses its own findings for that story
// and is reported, every other result stands.
import type {ResolvedConfig} from '../config.js'
import {eventLoopTurns} from '../turns.js'
import {resolveSeverity} from '../findings.js'
import {createLocator, type Locator} from '../location.js'
import {corpusNames, type CorpusNames} from '../names/corpus-names.js'
import {docsUrl} from '../report.js'
import type {CorpusAnalysis, CorpusContext, CorpusRule, FamilyInfo, Report} from '../rule.js'
import type {ArticleFacts, DraftFinding, Evidence, RuleFailure, StoryMode} from '../types.js'
import {ClaimIndex} from './claims/align.js'
import {consensusReference} from './claims/resolve.js'
import {ShingleIndex} from './shingles.js'
import {storyUnits, type StoryUnits} from './copies.js'
import {buildCorpusModel, type CorpusModel, type Story} from './model.js'
import type {StoryOptions} from './stories.js'

export interface CorpusStageOptions {
  stories: StoryMode
  /** Called with how many stories are done, of how many. */
  onStory?: (done: number, total: number) => void
  clustering?: StoryOptions
  /** The article stage's findings by article id, for rules that use `findings`. */
  articleDrafts?: ReadonlyMap<string, DraftFinding[]>
}

export interface CorpusStageResult {
  /** Findings by article id, not yet finalised. */
  drafts: Map<string, DraftFinding[]>
  failures: RuleFailure[]
  model: CorpusModel
}

/** The corpus stage over facts in memory (tests, measures, small callers). */
export async function runCorpusStage(
  facts: ArticleFacts[],
  config: ResolvedConfig,
  rules: readonly CorpusRule[],
  options: CorpusStageOptions = {stories: 'auto'}
): Promise<CorpusStageResult> {
  const model = buildCorpusModel(facts, options)
  const drafts = new Map<string, DraftFinding[]>()
  const failures: RuleFailure[] = []
  const timings = new Map<string, number>()
  const turns = eventLoopTurns()
  for (const [index, story] of model.stories.entries()) {
    if (turns.due()) {
      options.onStory?.(index, model.stories.length)
      await turns.turn()
    }
    const compared = compareStory(story, config, rules, (id) => options.articleDrafts?.get(id) ?? [], timings)
    for (const [articleId, found] of compared.drafts) if (found.length > 0) drafts.set(articleId, found)
    failures.push(...compared.failures)
  }
  options.onStory?.(model.stories.length, model.stories.length)
  printTimings(timings)
  return {drafts, failures, model}
}

/** TIMING=1 prints each corpus rule's time to stderr, as ESLint's TIMING does. */
export function printTimings(timings: ReadonlyMap<string, number>): void {
  if (!process.env.TIMING) return
  for (const [id, ms] of [...timings].sort((a, b) => b[1] - a[1])) process.stderr.write(`${id.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms\n`)
}

/**
 * One story through every enabled corpus rule, each isolated: a rule that
 * throws loses its own findings for the story and is reported. Gives the
 * story's findings by article id (every article has an entry), not yet
 * finalised; `timings` adds up each rule's milliseconds.
 */
export function compareStory(
  story: Story,
  config: ResolvedConfig,
  rules: readonly CorpusRule[],
  articleDrafts: (articleId: string) => DraftFinding[],
  timings?: Map<string, number>
): {drafts: Map<string, DraftFinding[]>; failures: RuleFailure[]} {
  const enabled = rules.filter((rule) => config.rules[rule.meta.id] && config.rules[rule.meta.id].severity !== 'off')
  const storyDrafts = new Map<string, DraftFinding[]>(story.articles.map((article) => [article.id, []]))
  const failures: RuleFailure[] = []
  const byId = new Map(story.articles.map((article) => [article.id, article]))
  const locators = new Map<string, Locator>()
  const locate = (id: string): Locator => {
    let locator = locators.get(id)
    if (!locator) locators.set(id, (locator = createLocator(byId.get(id)!.text)))
    return locator
  }
  const shared = sharedAnalyses(story)
  for (const rule of enabled) {
    const scope = rule.meta.scope ?? 'story'
    const runs: Array<{articles: ArticleFacts[]; article?: string}> = scope === 'article'
      ? story.articles.map((article) => ({articles: [article], article: article.id}))
      : [{articles: scope === 'copies' ? story.articles : shared.units().units}]
    const started = performance.now()
    for (const run of runs) {
      const pending: Array<[string, DraftFinding]> = []
      const context = createContext(rule, story, run.articles, shared, storyDrafts, (articleId, draft) => pending.push([articleId, draft]))
      try {
        rule.run(context, config.rules[rule.meta.id].options)
      } catch (error) {
        failures.push({ruleId: rule.meta.id, message: (error as Error)?.message ?? String(error), story: story.id, ...(run.article ? {article: run.article} : {})})
        continue
      }
      for (const [articleId, draft] of pending) storyDrafts.get(articleId)!.push(draft)
    }
    timings?.set(rule.meta.id, (timings.get(rule.meta.id) ?? 0) + performance.now() - started)
  }
  return {drafts: storyDrafts, failures}

  function createContext(rule: CorpusRule, story: Story, articles: ArticleFacts[], shared: SharedAnalyses, found: ReadonlyMap<string, DraftFinding[]>, add: (articleId: string, draft: DraftFinding) => void): CorpusContext {
    const uses = new Set(rule.meta.uses ?? [])
    const declared = <T>(analysis: CorpusAnalysis, value: () => T) => () => {
      if (!uses.has(analysis)) throw new Error(`rule \`${rule.meta.id}\` reads \`${analysis}\` without declaring it in meta.uses`)
      return value()
    }
    const projecting = (rule.meta.scope ?? 'story') === 'story'
    return {
      articles,
      story: {id: story.id, articles: story.articles.length, families: story.families.length},
      entities: config.entities,
      names: declared('names', () => shared.names(articles)),
      claims: declared('claims', () => shared.claims(articles)),
      shingles: declared('shingles', () => shared.shingles(articles)),
      reference: declared('reference', () => shared.reference()),
      families: declared('families', () => shared.families()),
      // The story's earlier rules' findings: an article is in one story only.
      findings: (articleId) => declared('findings', () => [...articleDrafts(articleId), ...(found.get(articleId) ?? [])])(),
      report(ruleId, articleId, found) {
        const article = byId.get(articleId)
        const severity = resolveSeverity(config.rules[ruleId], found.severity)
        if (!article || !severity) return
        add(articleId, draft(ruleId, rule, article, found, severity, found.start, found.end))
        if (!projecting || found.onlyHere) return
        // The same words in the family's other members: the same finding there.
        for (const copy of shared.units().project(articleId, found.start, found.end)) {
          add(copy.articleId, draft(ruleId, rule, byId.get(copy.articleId)!, {...found, actual: found.actual ?? article.text.slice(found.start, found.end)}, severity, copy.start, copy.end))
        }
      },
      prints: (articleId, start, end) => 1 + shared.units().project(articleId, start, end).length,
      evidence(articleId, start, end, value) {
        const text = byId.get(articleId)!.text
        const copies = shared.units().copies(articleId)
        return {
          article: articleId,
          text: text.slice(start, end),
          start: locate(articleId)(start),
          end: locate(articleId)(end),
          ...(value === undefined ? {} : {value}),
          ...(copies > 1 ? {copies} : {})
        } satisfies Evidence
      }
    }
  }

  function draft(ruleId: string, rule: CorpusRule, article: ArticleFacts, found: Report, severity: DraftFinding['severity'], start: number, end: number): DraftFinding {
    return {
      ruleId,
      category: rule.meta.category,
      severity,
      message: found.reason,
      start: locate(article.id)(start),
      end: locate(article.id)(end),
      actual: found.actual ?? article.text.slice(start, end),
      expected: found.expected ?? [],
      note: found.note,
      confidence: found.confidence,
      evidence: found.evidence,
      url: docsUrl(ruleId),
      key: found.key,
      corpus: true
    }
  }
}

interface SharedAnalyses {
  units: () => StoryUnits
  names: (articles: ArticleFacts[]) => CorpusNames
  claims: (articles: ArticleFacts[]) => ClaimIndex
  shingles: (articles: ArticleFacts[]) => ShingleIndex
  reference: () => number | null
  families: () => FamilyInfo[]
}

/** What several rules need of a story, computed on first use and then shared. */
function sharedAnalyses(story: Story): SharedAnalyses {
  let units: StoryUnits | undefined
  let reference: number | null | undefined
  const claims = new WeakMap<ArticleFacts[], ClaimIndex>()
  const shingles = new WeakMap<ArticleFacts[], ShingleIndex>()
  return {
    units: () => (units ??= storyUnits(story)),
    // corpusNames caches by the articles array: the rules of one scope share one vocabulary.
    names: (articles) => corpusNames(articles),
    claims: (articles) => {
      let index = claims.get(articles)
      if (!index) claims.set(articles, (index = new ClaimIndex(articles)))
      return index
    },
    shingles: (articles) => {
      let index = shingles.get(articles)
      if (!index) shingles.set(articles, (index = new ShingleIndex(articles)))
      return index
    },
    // Stated publication dates only: a date quoted from history would lend the wrong year.
    reference: () => (reference === undefined ? (reference = consensusReference(story.articles, false)) : reference),
    families: () => story.families
  }
}
