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


export async function loadCorpus(paths: string[], options: LoadOptions): Promise<{
  articles: LoadedArticle[]
  failed: UnreadableArticle[]
}> {
  const files = await discoverFiles(paths, options)
  const ids = articleIds(files, options.cwd)
  const queue = new PQueue({concurrency: options.concurrency ?? 32})
  const articles: LoadedArticle[] = []
  const failed: UnreadableArticle[] = []
  await Promise.all(files.map((file) => queue.add(async () => {
    const id = ids.get(file)!
    const path = relative(options.cwd, file) || file
    const read = await readArticleText(file, options.maxBytes)
    if ('error' in read) {
      failed.push({id, path, error: read.error})
      return
    }
    articles.push(buildArticle(id, path, read.text, await readSidecar(file)))
  })))
  const byPath = (a: {path: string}, b: {path: string}) => a.path.localeCompare(b.path)
  return {articles: articles.sort(byPath), failed: failed.sort(byPath)}
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
