// The rule contract: ESLint-like metadata beside a unified plugin (article
// stage) or a function over every article's facts (corpus stage).
import type {Root} from 'nlcst'
import type * as v from 'valibot'
import type {VFile} from 'vfile'
import type {ArticleFacts, ArticleProfile, Entity, ArticleMeta, EntityMention, QuotationFact, SentenceFact, Block, Category, DraftFinding, Evidence, PersonReference, ReadabilityFigures, RuleFailure, Severity, SeveritySetting, StyleFigures} from './types.js'
import type {Locator} from './location.js'
import type {CorpusNames} from './names/corpus-names.js'
import type {ClaimIndex} from './corpus/claims/align.js'
import type {ShingleIndex} from './corpus/shingles.js'

export interface RuleMeta<Options = Record<string, unknown>> {
  id: string
  category: Category
  stage: 'article' | 'corpus'
  /** Default severity when the config does not set one. */
  severity: SeveritySetting
  description: string
  /** valibot schema of the options; every option has a default. */
  options: v.GenericSchema<unknown, Options>
  /** Criteria of the scorecard this rule feeds. */
  criteria?: string[]
  /** Page chrome is skipped by every rule unless it says it looks at it. */
  seesChrome?: boolean
  /**
   * Corpus rules: `story` (the default) runs once per story over one
   * representative per copy family plus the passages members changed;
   * `copies` runs once per story over every article, copies included (for
   * rules about copying itself); `article` runs once per article, alone.
   */
  scope?: 'story' | 'copies' | 'article'
  /** Corpus rules: the shared analyses the rule reads from its context, built once per story and only when some rule uses them. */
  uses?: CorpusAnalysis[]
}

export type CorpusAnalysis = 'names' | 'claims' | 'shingles' | 'reference' | 'families' | 'findings'

export interface ArticleRule<Options = any> {
  meta: RuleMeta<Options>
  plugin: (options: Options) => (tree: Root, file: VFile) => void
}

export interface CorpusRule<Options = any> {
  meta: RuleMeta<Options>
  run: (corpus: CorpusContext, options: Options) => void
}

export type Rule = ArticleRule | CorpusRule

/** What a rule says about a place; the pipeline turns it into a Finding. */
export interface Report {
  reason: string
  start: number
  end: number
  actual?: string
  expected?: string[]
  note?: string
  confidence: number
  evidence?: Evidence[]
  /** Lower than the rule's configured severity, never higher. */
  severity?: Severity
  /** Keeps fingerprints stable when the message names counts that change. */
  key?: string
  /**
   * About this article alone (its credits, say), not about its words: not
   * copied to the other members of its copy family that print the same passage.
   */
  onlyHere?: boolean
}

/** What a corpus rule sees: one story (or one article of it, by the rule's scope). */
export interface CorpusContext {
  /** The articles to compare: per the rule's scope (see RuleMeta.scope). */
  articles: ArticleFacts[]
  story: StoryInfo
  report: (ruleId: string, articleId: string, report: Report) => void
  /** How many articles print a passage of this one word for word: itself and the members of its copy family that do. */
  prints: (articleId: string, start: number, end: number) => number
  /** A passage of another article, as evidence (it says how many copies print it). */
  evidence: (articleId: string, start: number, end: number, value?: string) => Evidence
  /** Known entities from the config (canonical names, aliases, tickers): the gazetteer. */
  entities?: Entity[]
  /** The story's name vocabulary over `articles` (uses: names). */
  names: () => CorpusNames
  /** One index of the stated claims of `articles`, with one IDF table (uses: claims). */
  claims: () => ClaimIndex
  /** One index of the word shingles of `articles`' sentences and quotations (uses: shingles). */
  shingles: () => ShingleIndex
  /** The day most of the story's articles state they were published (ms, noon UTC), or null (uses: reference). */
  reference: () => number | null
  /** The story's copy families, every member whole (uses: families). */
  families: () => FamilyInfo[]
  /**
   * An article's findings so far (uses: findings): the article stage's and
   * those of the corpus rules listed before this one, severities resolved,
   * not yet finalised (page chrome is dropped later). For rules that judge an
   * article by what the other rules found in it.
   */
  findings: (articleId: string) => DraftFinding[]
}

export interface StoryInfo {
  id: string
  /** Articles in the story, copies included. */
  articles: number
  /** Independent texts: copy families. */
  families: number
}

export interface FamilyInfo {
  id: string
  representative: ArticleFacts
  members: ArticleFacts[]
}

/** What extractors and rules have written so far for the article in hand. */
export interface ArticleFactsDraft {
  sentences?: SentenceFact[]
  words?: number
  entities?: EntityMention[]
  quotations?: QuotationFact[]
  claims?: unknown[]
  profile?: ArticleProfile
  persons?: PersonReference[]
  style?: StyleFigures
  [key: string]: unknown
}

export interface ArticleData {
  id: string
  meta: ArticleMeta
  blocks: Block[]
  locate: Locator
  problems: Array<{message: string; offset: number}>
}

declare module 'vfile' {
  interface DataMap {
    article: ArticleData
    facts: ArticleFactsDraft
    readability: ReadabilityFigures
    /** Article rules that threw on this article. */
    failures: RuleFailure[]
  }
}
