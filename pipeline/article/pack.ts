// An article's result, packed for a large corpus: a small summary the whole
// run keeps in memory (what copy families, stories, scores and the report
// need), and bytes the audit spills until the article's story is compared:
// the record (facts, findings, text, blocks) and the story terms, apart, so
// that clustering reads one family's terms without its facts. Packed in the
// worker, the facts cross to the main thread as bytes, not as an object
// graph to clone, and the main thread never holds them all at once.
import v8 from 'node:v8'
import type {ArticleFacts, ArticleMeta, ArticleResult, Block, DraftFinding, FailedArticle, LoadedArticle, ReadabilityFigures, RuleFailure} from '../types.js'
import {dropQuotedText, restoreQuotedText} from './compact.js'

/** What the run keeps of an article while its facts wait on disk. */
export interface ArticleSummary {
  id: string
  path: string
  meta: ArticleMeta
  words: number
  readability: ReadabilityFigures | null
  failures?: RuleFailure[]
  /** Characters of text: a copy family's representative is its longest member. */
  length: number
  /** The copy-family features (the story terms travel apart). */
  profile?: {shingles: number; signature: Uint32Array}
}

export interface PackedArticle {
  summary: ArticleSummary
  /** v8-serialised ArticleRecord, without the passages it quotes from its own text. */
  record: Uint8Array
  /** v8-serialised story terms, or null without a profile. */
  terms: Uint8Array | null
}

/** What the article stage gives for each article: its packed result, or why it failed. */
export type StageOutput = PackedArticle | FailedArticle

/** Everything the corpus stage and the findings chain read of an article. */
export interface ArticleRecord {
  facts: ArticleFacts
  drafts: DraftFinding[]
  blocks: Block[]
}

export function packResult(result: ArticleResult, article: LoadedArticle): PackedArticle {
  const {profile, ...facts} = result.facts
  const summary: ArticleSummary = {
    id: result.id,
    path: result.path,
    meta: result.meta,
    words: result.words,
    readability: result.readability,
    ...(result.failures ? {failures: result.failures} : {}),
    length: article.text.length,
    ...(profile ? {profile: {shingles: profile.shingles, signature: Uint32Array.from(profile.signature)}} : {})
  }
  const trimmed: ArticleResult = {...result, facts: {...facts, profile: undefined}}
  dropQuotedText(trimmed, article.text)
  const record = v8.serialize({text: article.text, blocks: article.blocks, drafts: trimmed.drafts, facts: {...trimmed.facts, text: ''}})
  return {summary, record, terms: profile ? v8.serialize(profile.terms) : null}
}

export function unpackRecord(bytes: Uint8Array): ArticleRecord {
  const {text, blocks, drafts, facts} = v8.deserialize(bytes) as {text: string; blocks: Block[]; drafts: DraftFinding[]; facts: ArticleFacts}
  const result = {drafts, facts} as ArticleResult
  restoreQuotedText(result, text)
  return {facts: result.facts, drafts: result.drafts, blocks}
}

export function unpackTerms(bytes: Uint8Array | null): Record<string, number> | undefined {
  return bytes ? (v8.deserialize(bytes) as Record<string, number>) : undefined
}

/** The whole result again, as the article stage made it (tests and the in-memory API). */
export function unpackResult(packed: PackedArticle): ArticleResult {
  const {facts, drafts} = unpackRecord(packed.record)
  const {summary} = packed
  const terms = unpackTerms(packed.terms)
  return {
    id: summary.id,
    path: summary.path,
    meta: summary.meta,
    words: summary.words,
    drafts,
    readability: summary.readability,
    ...(summary.failures ? {failures: summary.failures} : {}),
    facts: {...facts, profile: summary.profile && terms ? {terms, shingles: summary.profile.shingles, signature: Array.from(summary.profile.signature)} : undefined}
  }
}
