// load: files → LoadedArticle (text, metadata, blocks) or UnreadableArticle.
// Files are read a window at a time so a 100k-file corpus is never all in memory.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {basename, dirname, relative} from 'node:path'
import type {LoadedArticle, MetaProblem, UnreadableArticle} from '../types.js'
import {articleIds, discoverFiles, sidecarPath, type DiscoverOptions} from './discover.js'
import {parseYamlRecord, readFrontMatter} from './front-matter.js'
import {inferMeta} from './metadata.js'
import {readArticleTextSync} from './read.js'
import {segment} from './segment.js'

export interface LoadOptions extends DiscoverOptions {
  maxBytes?: number
  /** Files read between turns of the event loop. */
  window?: number
}


/** Every article of a corpus in memory, sorted by path (small corpora and tests; an audit streams with `readArticles`). */
export async function loadCorpus(paths: string[], options: LoadOptions): Promise<{
  articles: LoadedArticle[]
  failed: UnreadableArticle[]
}> {
  const failed: UnreadableArticle[] = []
  const articles: LoadedArticle[] = []
  for await (const article of readArticles(await findArticles(paths, options), options, failed)) articles.push(article)
  const byPath = (a: {path: string}, b: {path: string}) => a.path.localeCompare(b.path)
  return {articles: articles.sort(byPath), failed: failed.sort(byPath)}
}

/** The files an audit will read, with the id and report path of each, in path order. */
export async function findArticles(paths: string[], options: LoadOptions): Promise<Array<{file: string; id: string; path: string}>> {
  const files = await discoverFiles(paths, options)
  const ids = articleIds(files, options.cwd)
  return files
    .map((file) => ({file, id: ids.get(file)!, path: relative(options.cwd, file) || file}))
    .sort((a, b) => a.path.localeCompare(b.path))
}

/** An article file as read, before anything is made of it: what the content cache keys on. */
export interface RawArticle {
  id: string
  path: string
  text: string
  /** The sidecar's source (`name.meta.yaml`), or null when there is none. */
  sidecar: string | null
  /** The sidecar's file name, for its error messages. */
  sidecarName: string
}

/** Reads the articles a window at a time: a 100,000-file corpus is never in memory at once. Files that cannot be read go to `failed`. */
export async function* readArticles(files: Array<{file: string; id: string; path: string}>, options: LoadOptions, failed: UnreadableArticle[]): AsyncGenerator<LoadedArticle> {
  for await (const raw of readRawArticles(files, options, failed)) yield buildRawArticle(raw)
}

/**
 * The files as text, a window at a time. Reads are synchronous (small files
 * read five times faster so); the event loop turns between windows, so
 * workers' results and an interrupt are still handled.
 */
export async function* readRawArticles(files: Array<{file: string; id: string; path: string}>, options: LoadOptions, failed: UnreadableArticle[]): AsyncGenerator<RawArticle> {
  const window = options.window ?? 256
  const sidecars = sidecarFinder()
  for (let from = 0; from < files.length; from += window) {
    const read: RawArticle[] = []
    for (const {file, id, path} of files.slice(from, from + window)) {
      const result = readArticleTextSync(file, options.maxBytes)
      if ('error' in result) failed.push({id, path, error: result.error})
      else read.push({id, path, text: result.text, ...readSidecar(file, sidecars)})
    }
    yield* read
    await new Promise((resolve) => setImmediate(resolve))
  }
}

/**
 * Whether a sidecar exists, from one listing of its folder: a folder of
 * 100,000 articles and no sidecars is one read, not 100,000 failed lookups.
 */
function sidecarFinder(): (path: string) => boolean {
  const listings = new Map<string, Set<string> | null>()
  return (path) => {
    const folder = dirname(path)
    let names = listings.get(folder)
    if (names === undefined) {
      try {
        names = new Set(readdirSync(folder))
      } catch {
        names = null
      }
      listings.set(folder, names)
    }
    return names ? names.has(basename(path)) : existsSync(path)
  }
}

function readSidecar(file: string, exists: (path: string) => boolean): {sidecar: string | null; sidecarName: string} {
  const path = sidecarPath(file)
  const sidecarName = basename(path)
  if (!exists(path)) return {sidecar: null, sidecarName}
  try {
    return {sidecar: readFileSync(path, 'utf8'), sidecarName}
  } catch {
    return {sidecar: null, sidecarName}
  }
}

/** A read article with its metadata and blocks. */
export function buildRawArticle(raw: RawArticle): LoadedArticle {
  if (raw.sidecar === null) return buildArticle(raw.id, raw.path, raw.text)
  const parsed = parseYamlRecord(raw.sidecar)
  return buildArticle(raw.id, raw.path, raw.text, {
    data: parsed.data,
    error: parsed.error ? `${raw.sidecarName}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}` : null
  })
}

/** Everything the loader knows about one article's text; pure, so tests and workers can call it. */
export function buildArticle(
  id: string,
  path: string,
  text: string,
  sidecar: {data: Record<string, unknown>; error: string | null} = {data: {}, error: null}
): LoadedArticle {
  const front = readFrontMatter(text)
  const segmentation = segment(text, front.end)
  const meta = inferMeta(text, segmentation, front.data, sidecar.data)
  const problems: MetaProblem[] = []
  if (front.error) problems.push({message: `Malformed front matter: ${front.error.message}`, offset: front.error.offset})
  if (sidecar.error) problems.push({message: `Malformed sidecar metadata ${sidecar.error}`, offset: 0})
  return {id, path, text, meta, blocks: segmentation.blocks, problems}
}
