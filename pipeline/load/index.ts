// load: files → LoadedArticle (text, metadata, blocks) or UnreadableArticle.
// File reads are bounded by a queue so a 100k-file corpus does not open 100k handles.
import {readFile} from 'node:fs/promises'
import {relative} from 'node:path'
import PQueue from 'p-queue'
import type {LoadedArticle, MetaProblem, UnreadableArticle} from '../types.js'
import {articleIds, discoverFiles, sidecarPath, type DiscoverOptions} from './discover.js'
import {parseYamlRecord, readFrontMatter} from './front-matter.js'
import {inferMeta} from './metadata.js'
import {readArticleText} from './read.js'
import {segment} from './segment.js'

export interface LoadOptions extends DiscoverOptions {
  maxBytes?: number
  concurrency?: number
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

/** Reads the articles a window at a time (at most `concurrency` files open): a 100,000-file corpus is never in memory at once. Files that cannot be read go to `failed`. */
export async function* readArticles(files: Array<{file: string; id: string; path: string}>, options: LoadOptions, failed: UnreadableArticle[]): AsyncGenerator<LoadedArticle> {
  const concurrency = options.concurrency ?? 32
  const window = concurrency * 8
  const read = async ({file, id, path}: {file: string; id: string; path: string}): Promise<LoadedArticle | null> => {
    const read = await readArticleText(file, options.maxBytes)
    if ('error' in read) {
      failed.push({id, path, error: read.error})
      return null
    }
    return buildArticle(id, path, read.text, await readSidecar(file))
  }
  for (let from = 0; from < files.length; from += window) {
    const queue = new PQueue({concurrency})
    const loaded = await Promise.all(files.slice(from, from + window).map((entry) => queue.add(() => read(entry))))
    for (const article of loaded) if (article) yield article
  }
}

async function readSidecar(file: string): Promise<{data: Record<string, unknown>; error: string | null}> {
  let source: string
  try {
    source = await readFile(sidecarPath(file), 'utf8')
  } catch {
    return {data: {}, error: null}
  }
  const parsed = parseYamlRecord(source)
  const where = sidecarPath(file).split(/[\\/]/).pop()
  return {
    data: parsed.data,
    error: parsed.error ? `${where}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}` : null
  }
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
