// The rule contract: ESLint-like metadata beside a unified plugin (article
// stage) or a function over every article's facts (corpus stage).
import type {Root} from 'nlcst'
import type * as v from 'valibot'
import type {VFile} from 'vfile'
import type {ArticleFacts, ArticleMeta, EntityMention, QuotationFact, SentenceFact, Block, Category, Evidence, ReadabilityFigures, Severity, SeveritySetting} from './types.js'
import type {Locator} from './location.js'
import type {Entity} from './config.js'

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
}

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
}

export interface CorpusContext {
  articles: ArticleFacts[]
  report: (ruleId: string, articleId: string, report: Report) => void
  /** A passage of another article, as evidence. */
  evidence: (articleId: string, start: number, end: number, value?: string) => Evidence
  /** Known entities from the config (canonical names, aliases, tickers): the gazetteer. */
  entities?: Entity[]
}

/** What extractors and rules have written so far for the article in hand. */
export interface ArticleFactsDraft {
  sentences?: SentenceFact[]
  words?: number
  entities?: EntityMention[]
  quotations?: QuotationFact[]
  claims?: unknown[]
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
  }
}
