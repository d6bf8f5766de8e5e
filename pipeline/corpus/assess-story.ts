// One story of a spilled corpus, from its articles' packed records to each
// article's finished findings and scorecard: the corpus rules (unless the
// story cache already holds their findings), then the findings chain and the
// score. Plain data in and out, so it runs the same on the main thread or in
// a worker — stories are independent, so a pool compares several at once.
import {unpackRecord} from '../article/pack.js'
import type {ResolvedConfig} from '../config.js'
import {finalizeFindings} from '../findings.js'
import type {CorpusRule} from '../rule.js'
import {scoreArticle, type Scorecard} from '../score/scorecard.js'
import type {ArticleFacts, DraftFinding, Finding, RuleFailure} from '../types.js'
import type {Story} from './model.js'
import {compareStory} from './stage.js'
import {storyDrafts, type StoryDrafts} from './story-cache.js'

export interface StoryInput {
  id: string
  /** Each family by id, with its representative's and members' article ids (members by path). */
  families: Array<{id: string; representative: string; members: string[]}>
  /** Every article's packed record (pipeline/article/pack.ts), by path. */
  records: Array<[string, Uint8Array]>
  /** The corpus rules' findings, when the story cache has them: the rules are not run again. */
  cached?: StoryDrafts
}

export interface StoryOutput {
  /** The corpus rules' findings by article (for the story cache); absent when they came from it. */
  drafts?: StoryDrafts
  failures: RuleFailure[]
  articles: Array<{id: string; findings: Finding[]; card: Scorecard}>
  /** Each corpus rule's milliseconds on this story. */
  timings: Array<[string, number]>
}

export interface StoryAssessor {
  config: ResolvedConfig
  corpusRules: readonly CorpusRule[]
  /** Criteria by rule (pipeline/score/scorecard.ts). */
  assessors: Map<string, Set<string>>
  /** Rules whose findings may sit in page chrome. */
  seesChrome: ReadonlySet<string>
}

export function assessStory(input: StoryInput, {config, corpusRules, assessors, seesChrome}: StoryAssessor): StoryOutput {
  const records = new Map(input.records.map(([id, bytes]) => [id, unpackRecord(bytes)]))
  const factsOf = (id: string): ArticleFacts => records.get(id)!.facts
  for (const family of input.families) for (const id of family.members) factsOf(id).family = family.id
  const timings = new Map<string, number>()
  let corpusDrafts: ReadonlyMap<string, DraftFinding[]>
  let failures: RuleFailure[] = []
  if (input.cached) corpusDrafts = new Map(input.cached)
  else {
    const story: Story = {
      id: input.id,
      articles: input.records.map(([id]) => factsOf(id)),
      families: input.families.map((family) => ({id: family.id, representative: factsOf(family.representative), members: family.members.map(factsOf)}))
    }
    const compared = compareStory(story, config, corpusRules, (id) => records.get(id)?.drafts ?? [], timings)
    corpusDrafts = compared.drafts
    failures = compared.failures
  }
  const articles = input.records.map(([id]) => {
    const {facts, drafts, blocks} = records.get(id)!
    const findings = finalizeFindings([...drafts, ...(corpusDrafts.get(id) ?? [])], {path: facts.path, text: facts.text, blocks, seesChrome})
    return {id, findings, card: scoreArticle(facts.meta, findings, config, assessors)}
  })
  return {
    ...(input.cached ? {} : {drafts: storyDrafts(corpusDrafts)}),
    failures,
    articles,
    timings: [...timings]
  }
}
