// The content cache: article-stage results on disk (cacache, npm's own
// content-addressable store), keyed by the article's content and metadata,
// the effective config and rules, and the tool's version — never by a file's
// time, so a cache restored in CI is as good as a fresh one. cacache checks
// every entry's integrity as it reads it; an entry that fails, or that is
// not what corroborate wrote, is ignored and rebuilt, never trusted.
import v8 from 'node:v8'
import cacache from 'cacache'
import type {PackedArticle} from './article/pack.js'
import type {StoryCache, StoryDrafts} from './corpus/story-cache.js'

/** Article-stage results by key; misses are audited and stored. */
export interface ArticleCache {
  get(key: string): Promise<PackedArticle | undefined>
  set(key: string, result: PackedArticle): Promise<void>
  /** The corpus stage's findings by story (pipeline/corpus/story-cache.ts). */
  stories?: StoryCache
  /** Hits and misses so far (for the summary and the tests); `stories` counts the corpus stage's. */
  stats: {hits: number; misses: number; rejected: number; stories?: {hits: number; misses: number}}
}

export const defaultCacheDir = '.corroborate-cache'

export function diskCache(dir: string, version: string): ArticleCache {
  const stats = {hits: 0, misses: 0, rejected: 0, stories: {hits: 0, misses: 0}}
  const entryKey = (key: string) => `corroborate/${version}/${key}`
  const storyKey = (key: string) => `corroborate/${version}/story/${key}`
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
  return {
    stats,
    stories: {
      async get(key) {
        const drafts = await read(storyKey(key), decodeStory)
        if (drafts === null || drafts === 'rejected') {
          stats.stories.misses++
          return undefined
        }
        stats.stories.hits++
        return drafts
      },
      async set(key, drafts) {
        await cacache.put(dir, storyKey(key), v8.serialize(drafts))
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
    async set(key, result) {
      // Packed as the article stage packs it (pipeline/article/pack.ts): the facts are bytes already.
      await cacache.put(dir, entryKey(key), v8.serialize(result))
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
    const summary = value?.summary
    const valid = summary && typeof summary.id === 'string' && typeof summary.path === 'string' && typeof summary.words === 'number' &&
      typeof summary.length === 'number' && value.record instanceof Uint8Array && (value.terms === null || value.terms instanceof Uint8Array)
    return valid ? value : null
  } catch {
    return null
  }
}

/** Stored story findings, or null when the bytes are not those. */
function decodeStory(data: Buffer): StoryDrafts | null {
  try {
    const value = v8.deserialize(data) as StoryDrafts
    const valid = Array.isArray(value) && value.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && Array.isArray(entry[1]))
    return valid ? value : null
  } catch {
    return null
  }
}
