// The JSON report, as ../shared/report.schema.json describes it. Fields may
// be added, never renamed or dropped: other tools read this.
import type {ArticleMeta, Category, Finding, ReadabilityFigures, RuleFailure, Severity} from './types.js'

/** A finding accepted in a baseline file (--baseline). */
export interface BaselineEntry {
  fingerprint: string
  path: string
  ruleId: string
  message: string
}

/** The gate's verdict on a run: CI reads it. */
export interface GateVerdict {
  passed: boolean
  /** Why the run failed, one line each. */
  reasons: string[]
  /** Every article that failed, with its reasons. */
  articles: Array<{id: string; path: string; reasons: string[]}>
}

export interface CriterionResult {
  id: string
  label: string
  /** null: no enabled detector assesses it yet. */
  passed: boolean | null
  points: number
  max: number
  /** Fingerprints of the findings that failed it. */
  findings: string[]
}

export interface CategoryScore {
  score: number
  findings: number
}

export interface ArticleReport {
  id: string
  path: string
  /** The story the article was grouped into (null: unreadable). */
  story?: string | null
  /** Its copy family: near-identical articles that count as one source. */
  family?: string | null
  title: string | null
  outlet: string | null
  byline: string | null
  published: string | null
  metaSources?: ArticleMeta['sources']
  words: number
  score: number | null
  grade: string | null
  categories: Record<string, CategoryScore>
  criteria: CriterionResult[]
  readability?: ReadabilityFigures | null
  error?: string
  findings: Finding[]
}

export interface AuditReport {
  schemaVersion: 1
  tool: {name: string; version: string}
  generatedAt: string
  config: string | null
  summary: {
    articles: number
    unreadable: number
    findings: number
    bySeverity: Record<Severity, number>
    byCategory: Partial<Record<Category, number>>
    meanScore: number | null
    gate: GateVerdict
    /** With --baseline: how many findings it accepted, and its entries that no longer occur (prune them). */
    baseline?: {file: string; entries: number; matched: number; stale: BaselineEntry[]}
    /** Milliseconds spent in the article stage (or the cache), the corpus stage, and finishing findings and scores. */
    timings?: {articles: number; corpus: number; findings: number}
    /** Article results taken from the content cache, audited afresh, and cache entries found corrupt and rebuilt. */
    cache?: {hits: number; misses: number; rejected: number}
    /** With --changed-since: which revision, and how many articles the gate looked at. */
    changed?: {since: string; gated: number; audited: number}
    /** Stories the corpus was grouped into. */
    stories?: number
    /** Rules that threw: their findings there are missing; every other rule's are complete. */
    ruleFailures?: RuleFailure[]
  }
  articles: ArticleReport[]
}
