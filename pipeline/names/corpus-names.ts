// The corpus' own name vocabulary, built once per corpus stage and shared by
// the name rules: every capitalised token of every name mention (possessives
// already stripped by the extractor), keyed case-insensitively, with the
// independent articles that use it. Independent articles, not mentions: one
// article that repeats a misspelling seven times is still one vote.
import * as v from 'valibot'
import {voterOf, type ArticleFacts, type EntityMention} from '../types.js'

export interface TokenUse {
  article: string
  /** The article's copy family: what support is counted by. */
  voter: string
  start: number
  end: number
  text: string
  mention: EntityMention
}

export interface TokenEntry {
  /** Lower-cased token. */
  key: string
  uses: TokenUse[]
  /** Voters (copy families) that use it mid-sentence, outside quotations and headlines: the evidence that it is a name. */
  nameArticles: Set<string>
  /** Voters that use it anywhere. */
  articles: Set<string>
  /**
   * Articles that use it as a name: mid-sentence, or at a sentence start when
   * some article uses it mid-sentence (so it is no ordinary capitalised word);
   * quotations count, headlines do not.
   */
  supportArticles: Set<string>
  /** Surface spellings by how many uses each has. */
  surfaces: Map<string, number>
}

export interface CorpusNames {
  tokens: Map<string, TokenEntry>
  /** The most used surface spelling of a token key. */
  display(key: string): string
}

const tokenPattern = /[^\s]+/gu
const maxNameLength = 40
const cache = new WeakMap<ArticleFacts[], CorpusNames>()

export function corpusNames(articles: ArticleFacts[]): CorpusNames {
  const cached = cache.get(articles)
  if (cached) return cached
  const tokens = new Map<string, TokenEntry>()
  for (const article of articles) {
    const voter = voterOf(article)
    for (const mention of article.entities ?? []) {
      if (mention.kind !== 'name') continue
      tokenPattern.lastIndex = 0
      for (let match = tokenPattern.exec(mention.text); match; match = tokenPattern.exec(mention.text)) {
        const text = match[0].replace(/[.,;:\-‐–]+$/u, '')
        // Codes with digits (DDR3, 8chan) are product names, not spellings; no name is forty letters long
        // (and the one-edit neighbourhood of a 100,000-letter token would fill the heap).
        if (!/\p{L}/u.test(text) || /\d/u.test(text) || text.length > maxNameLength) continue
        const key = text.toLowerCase()
        let entry = tokens.get(key)
        if (!entry) {
          entry = {key, uses: [], nameArticles: new Set(), articles: new Set(), supportArticles: new Set(), surfaces: new Map()}
          tokens.set(key, entry)
        }
        const start = mention.start + match.index
        entry.uses.push({article: article.id, voter, start, end: start + text.length, text, mention})
        entry.articles.add(voter)
        const midSentence = !(mention.initial && match.index === 0)
        if (midSentence && !mention.inQuote && !mention.heading) entry.nameArticles.add(voter)
        entry.surfaces.set(text, (entry.surfaces.get(text) ?? 0) + 1)
      }
    }
  }
  for (const entry of tokens.values()) {
    if (entry.nameArticles.size === 0) continue
    for (const use of entry.uses) if (!use.mention.heading) entry.supportArticles.add(use.voter)
  }
  const result: CorpusNames = {
    tokens,
    display(key) {
      const entry = tokens.get(key)
      if (!entry) return key
      return [...entry.surfaces].sort((a, b) => b[1] - a[1])[0][0]
    }
  }
  cache.set(articles, result)
  return result
}

/** Single-deletion neighbourhood (SymSpell): two keys within one edit share a member. */
export function deletions(key: string): string[] {
  const out = [key]
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1))
  return out
}

/** The options every corpus-consensus name rule takes: how well the majority form must be supported. */
export const consensusOptions = {
  minSupport: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 2),
  ratio: v.optional(v.pipe(v.number(), v.minValue(1)), 2)
}
