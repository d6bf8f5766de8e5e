// The content cache: article-stage results on disk (cacache, npm's own
// content-addressable store), keyed by the article's content and metadata,
// the effective config and rules, and the tool's version — never by a file's
// time, so a cache restored in CI is as good as a fresh one. cacache checks
// every entry's integrity as it reads it; an entry that fails, or that is
// not what corroborate wrote, is ignored and rebuilt, never trusted.
import v8 from 'node:v8'
import cacache from 'cacache'
import type {ArticleSummary, PackedArticle} from './article/pack.js'
import type {StoryCache, StoryResults} from './corpus/story-cache.js'
import {encodeStoryEntry, readStoryEntry} from './story-entry.js'

/** What a run keeps of an article it audited before, without its facts: its summary and story terms. */
export interface IndexEntry {
  summary: ArticleSummary
  terms: Uint8Array | null
}

/**
 * The articles of the last run with a config, by key, in one entry: a re-audit
 * reads one file instead of one per article, and fetches an article's facts
 * only when its story must be compared again.
 */
export interface CorpusIndex {
  read(scope: string): Promise<Map<string, IndexEntry> | undefined>
  /**
   * Leaves the index as this run's articles (`current`), of which `added` were
   * not in the index read. Few additions go to a delta beside the index, so
   * ten new articles do not rewrite a hundred thousand entries.
   */
  update(scope: string, current: Map<string, IndexEntry>, added: Map<string, IndexEntry>): Promise<void>
}

/** A delta larger than this share of the index (and than `deltaFloor` entries), or this share of entries no longer used, and the index is written whole. */
const deltaShare = 0.1
const deltaFloor = 1000
const staleShare = 0.25

/** Article-stage results by key; misses are audited and stored. */
export interface ArticleCache {
  get(key: string): Promise<PackedArticle | undefined>
  set(key: string, result: PackedArticle): Promise<void>
  /** As `get`, without counting a hit or a miss: an article the index held, whose facts a story needs. */
  peek?(key: string): Promise<PackedArticle | undefined>
  /** Each story's finished results (pipeline/corpus/story-cache.ts). */
  stories?: StoryCache
  index?: CorpusIndex
  /** Hits and misses so far (for the summary and the tests); `stories` counts the corpus stage's. */
  stats: {hits: number; misses: number; rejected: number; stories?: {hits: number; misses: number}}
}

export const defaultCacheDir = '.corroborate-cache'

/**
 * Entries are checked with SHA-256 rather than cacache's default SHA-512: as safe against a corrupt entry, and twice
 * as fast where the CPU has SHA instructions (1.7 against 0.75 GB/s here) — a cached re-audit of 100,000 articles
 * checks about 2 GB of stories' results.
 */
const putOptions = {algorithms: ['sha256'] as [string]}

/** `holdFrom`: the size from which a story's texts stay in the cache's file for the report (pipeline/story-entry.ts; tests set it low). */
export function diskCache(dir: string, version: string, options: {holdFrom?: number} = {}): ArticleCache {
  const stats = {hits: 0, misses: 0, rejected: 0, stories: {hits: 0, misses: 0}}
  const entryKey = (key: string) => `corroborate/${version}/${key}`
  const storyKey = (key: string) => `corroborate/${version}/story/${key}`
  const indexKey = (scope: string) => `corroborate/${version}/index/${scope}`
  const deltaKey = (scope: string) => `corroborate/${version}/index-delta/${scope}`
  // What the last read found, by scope: the index's size and the delta's entries.
  const found = new Map<string, {size: number; delta: Map<string, IndexEntry>}>()
  /** An entry's value; null when absent; 'rejected' when corrupt (cacache checks integrity) or not ours, and then removed. */
  async function read<T>(key: string, decode: (data: Buffer) => T | null): Promise<T | null | 'rejected'> {
    let data: Buffer
    try {
      ({data} = await cacache.get(dir, key))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      await forget(dir, key)
      return 'rejected'
    }
    const value = decode(data)
    if (value === null) await forget(dir, key)
    return value ?? 'rejected'
  }
  /** A story's results, checked as `read` checks an entry, with a large one's texts left in its file. */
  async function readStory(key: string): Promise<StoryResults | null | 'rejected'> {
    const info = await cacache.get.info(dir, key).catch(() => null)
    if (!info) return null
    const value = await readStoryEntry(info.path, info.integrity, info.size ?? 0, options).catch(() => null)
    if (value === null) await forget(dir, key)
    return value ?? 'rejected'
  }
  return {
    stats,
    stories: {
      async get(key) {
        const results = await readStory(storyKey(key))
        if (results === null || results === 'rejected') {
          stats.stories.misses++
          return undefined
        }
        stats.stories.hits++
        return results
      },
      async set(key, results) {
        await cacache.put(dir, storyKey(key), encodeStoryEntry(results), putOptions)
      },
      async has(key) {
        return (await cacache.get.info(dir, storyKey(key))) !== null
      }
    },
    index: {
      async read(scope) {
        const entries = await read(indexKey(scope), decodeIndex)
        if (entries === null || entries === 'rejected') return undefined
        const delta = await read(deltaKey(scope), decodeIndex)
        const added = delta === null || delta === 'rejected' ? new Map<string, IndexEntry>() : delta
        found.set(scope, {size: entries.size, delta: added})
        for (const [key, entry] of added) entries.set(key, entry)
        return entries
      },
      async update(scope, current, added) {
        const before = found.get(scope)
        const delta = new Map([...(before?.delta ?? []), ...added])
        const stale = before ? before.size + before.delta.size - (current.size - added.size) : 0
        if (before && delta.size <= Math.max(deltaShare * current.size, deltaFloor) && stale <= staleShare * current.size) {
          if (added.size > 0) await cacache.put(dir, deltaKey(scope), v8.serialize([...delta]), putOptions)
          return
        }
        await cacache.put(dir, indexKey(scope), v8.serialize([...current]), putOptions)
        await cacache.rm.entry(dir, deltaKey(scope)).catch(() => undefined)
        found.set(scope, {size: current.size, delta: new Map()})
      }
    },
    async get(key) {
      const result = await read(entryKey(key), decode)
      if (result === null || result === 'rejected') {
        if (result === 'rejected') stats.rejected++
        stats.misses++
        return undefined
      }
      stats.hits++
      return result
    },
    async peek(key) {
      const result = await read(entryKey(key), decode)
      return result === null || result === 'rejected' ? undefined : result
    },
    async set(key, result) {
      // Packed as the article stage packs it (pipeline/article/pack.ts): the facts are bytes already.
      await cacache.put(dir, entryKey(key), v8.serialize(result), putOptions)
    }
  }
}

/** Removes an entry and its content: content is stored by its hash, so a corrupt copy would otherwise stay. */
async function forget(dir: string, key: string): Promise<void> {
  const info = await cacache.get.info(dir, key).catch(() => null)
  if (info) await cacache.rm.content(dir, info.integrity).catch(() => undefined)
  await cacache.rm.entry(dir, key).catch(() => undefined)
}

/** A stored result, or null when the bytes are not one (another tool's entry, a truncated write). */
function decode(data: Buffer): PackedArticle | null {
  try {
    const value = v8.deserialize(data) as PackedArticle
    const valid = validSummary(value?.summary) && value.record instanceof Uint8Array && (value.terms === null || value.terms instanceof Uint8Array)
    return valid ? value : null
  } catch {
    return null
  }
}

/** A stored index, or null when the bytes are not one. */
function decodeIndex(data: Buffer): Map<string, IndexEntry> | null {
  try {
    const value = v8.deserialize(data) as Array<[string, IndexEntry]>
    if (!Array.isArray(value)) return null
    const entries = new Map<string, IndexEntry>()
    for (const entry of value) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !validSummary(entry[1]?.summary)) return null
      if (entry[1].terms !== null && !(entry[1].terms instanceof Uint8Array)) return null
      entries.set(entry[0], entry[1])
    }
    return entries
  } catch {
    return null
  }
}

function validSummary(summary: ArticleSummary | undefined): boolean {
  return Boolean(summary && typeof summary.id === 'string' && typeof summary.path === 'string' && typeof summary.words === 'number' && typeof summary.length === 'number')
}
