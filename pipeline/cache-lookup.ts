// The article stage's way in when a cache is on: each article's key, then
// the corpus index (no read at all), then the article's cache entry (a
// window at a time); only what neither holds is built and audited.
import PQueue from 'p-queue'
import type {ArticleCache, IndexEntry} from './cache.js'
import type {PackedArticle} from './article/pack.js'
import type {LoadedArticle} from './types.js'

/** An article on its way in: its cache key and how to build it, for a file read or an article given in memory. */
export interface Pending {
  id: string
  path: string
  /** Read from a file, which can be read again: only such articles are taken from the index. */
  file: boolean
  key: () => string
  load: () => LoadedArticle
}

export async function* mapped<T, U>(source: AsyncIterable<T> | Iterable<T>, map: (item: T) => U): AsyncGenerator<U> {
  for await (const item of source) yield map(item)
}

/**
 * The articles neither the index nor the cache holds, looked up a window at
 * a time; hits go to `hit` with their key. Keys go to `keys`.
 */
export async function* cacheMisses(
  source: AsyncIterable<Pending> | Iterable<Pending>,
  cache: ArticleCache,
  index: Map<string, IndexEntry> | undefined,
  keys: Map<string, string>,
  hit: (found: PackedArticle | IndexEntry, key: string) => void
): AsyncGenerator<LoadedArticle> {
  const window: Array<{pending: Pending; key: string}> = []
  const lookUp = async function* () {
    const reads = new PQueue({concurrency: 32})
    const found = await Promise.all(window.map(({key}) => reads.add(() => cache.get(key))))
    for (const [position, {pending, key}] of window.entries()) {
      const packed = found[position]
      if (packed) hit(packed, key)
      else yield pending.load()
    }
    window.length = 0
  }
  for await (const pending of source) {
    const key = pending.key()
    keys.set(pending.id, key)
    const entry = pending.file ? index?.get(key) : undefined
    if (entry) {
      cache.stats.hits++
      hit(entry, key)
      continue
    }
    window.push({pending, key})
    if (window.length >= 256) yield* lookUp()
  }
  yield* lookUp()
}
