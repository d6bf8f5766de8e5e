// The content cache: article-stage results on disk (cacache, npm's own
// content-addressable store), keyed by the article's content and metadata,
// the effective config and rules, and the tool's version — never by a file's
// time, so a cache restored in CI is as good as a fresh one. cacache checks
// every entry's integrity as it reads it; an entry that fails, or that is
// not what corroborate wrote, is ignored and rebuilt, never trusted.
import {createHash} from 'node:crypto'
import v8 from 'node:v8'
import cacache from 'cacache'
import type {ArticleResult} from './types.js'

/** Article-stage results by key; misses are audited and stored. */
export interface ArticleCache {
  get(key: string): Promise<ArticleResult | undefined>
  set(key: string, result: ArticleResult): Promise<void>
  /** Hits and misses so far (for the summary and the tests). */
  stats: {hits: number; misses: number; rejected: number}
}

export const defaultCacheDir = '.corroborate-cache'

export function diskCache(dir: string, version: string): ArticleCache {
  const stats = {hits: 0, misses: 0, rejected: 0}
  const entryKey = (key: string) => `corroborate/${version}/${key}`
  return {
    stats,
    async get(key) {
      let data: Buffer
      try {
        ({data} = await cacache.get(dir, entryKey(key)))
      } catch (error) {
        // ENOENT: not cached. EINTEGRITY and the like: corrupt, so drop it and audit again.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          stats.rejected++
          await forget(dir, entryKey(key))
        }
        stats.misses++
        return undefined
      }
      const result = decode(data)
      if (!result) {
        await forget(dir, entryKey(key))
        stats.rejected++
        stats.misses++
        return undefined
      }
      stats.hits++
      return result
    },
    async set(key, result) {
      // The text is the file's own: it is read again from the file, not stored twice.
      await cacache.put(dir, entryKey(key), v8.serialize({...result, facts: {...result.facts, text: ''}}))
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
function decode(data: Buffer): ArticleResult | null {
  try {
    const value = v8.deserialize(data) as ArticleResult
    const valid = value && typeof value.id === 'string' && typeof value.path === 'string' && Array.isArray(value.drafts) &&
      value.facts && Array.isArray(value.facts.sentences) && typeof value.words === 'number'
    return valid ? value : null
  } catch {
    return null
  }
}

/** A short, stable hash of anything JSON can hold. */
export function hashOf(...parts: unknown[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part)).update('\u0000')
  return hash.digest('hex')
}
