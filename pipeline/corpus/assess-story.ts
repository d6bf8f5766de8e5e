// One story of a spilled corpus, from its articles' packed records to each
// article's finished findings and scorecard: the corpus rules, then the
// findings chain and the score, then the report's text of them. Plain data in and out, so it runs the same on the main thread or in
// a worker — stories are independent, so a pool compares several at once.
import {unpackRecord} from '../article/pack.js'
import type {ResolvedConfig} from '../config.js'
import type {FileSlice} from '../held-file.js'
import {finalizeFindings} from '../findings.js'
import type {CorpusRule} from '../rule.js'
import {fieldText, joinFields} from '../report-text.js'
import {scoreArticle} from '../score/scorecard.js'
import type {ArticleFacts, DraftFinding, Finding, RuleFailure} from '../types.js'
import type {Story} from './model.js'
import {compareStory} from './stage.js'

export interface StoryInput {
  id: string
  /** Each family by id, with its representative's and members' article ids (members by path). */
  families: Array<{id: string; representative: string; members: string[]}>
  /** Every article's packed record (pipeline/article/pack.ts), by path. */
  records: Array<[string, Uint8Array]>
  /** Leave info findings out of the report (--quiet); they still count in scores. */
  dropInfo?: boolean
}

/** What the summary counts and the gate reads of a reported finding. */
export type FindingMark = Pick<Finding, 'severity' | 'category' | 'fingerprint'>

/** An article's assessment as the report takes it. */
export interface AssessedReport {
  id: string
  score: number
  grade: string
  /** Each reported finding's marks, in order. */
  marks: FindingMark[]
  /**
   * The scorecard's categories and criteria, and the reported findings, as the report's text has them
   * (pipeline/report-text.ts); a story the cache holds may leave them in the cache's file.
   */
  text: Uint8Array | FileSlice
}

export interface StoryOutput {
  failures: RuleFailure[]
  articles: AssessedReport[]
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
  const story: Story = {
    id: input.id,
    articles: input.records.map(([id]) => factsOf(id)),
    families: input.families.map((family) => ({id: family.id, representative: factsOf(family.representative), members: family.members.map(factsOf)}))
  }
  const {drafts: corpusDrafts, failures} = compareStory(story, config, corpusRules, (id) => records.get(id)?.drafts ?? [], timings)
  const articles = input.records.map(([id]) => {
    const {facts, drafts, blocks} = records.get(id)!
    const findings = finalizeFindings([...drafts, ...(corpusDrafts.get(id) ?? [])], {path: facts.path, text: facts.text, blocks, seesChrome})
    const card = scoreArticle(facts.meta, findings, config, assessors)
    const reported = input.dropInfo ? findings.filter((finding) => finding.severity !== 'info') : findings
    return {
      id,
      score: card.score,
      grade: card.grade,
      marks: reported.map(({severity, category, fingerprint}) => ({severity, category, fingerprint})),
      text: joinFields([fieldText(card.categories), fieldText(card.criteria), fieldText(reported)])
    }
  })
  return {
    failures,
    articles,
    timings: [...timings]
  }
}
