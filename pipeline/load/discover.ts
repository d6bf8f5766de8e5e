// Turns the paths a user gave (files, folders, globs) into article files.
import {readdir, stat} from 'node:fs/promises'
import {basename, extname, join, relative, resolve} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'

export const articleExtensions = ['.txt', '.md', '.markdown']
const sidecarSuffix = /\.meta\.ya?ml$/i
// A folder's own documentation is not an article; name such a file explicitly to audit it.
const notArticles = ['**/README.*', '**/CHANGELOG.*', '**/LICENSE*', '**/CONTRIBUTING.*']

export class UsageError extends Error {}

export interface DiscoverOptions {
  cwd: string
  include?: string[]
  exclude?: string[]
}

export async function discoverFiles(paths: string[], options: DiscoverOptions): Promise<string[]> {
  const found = new Set<string>()
  const ignore = ['**/node_modules/**', '**/.git/**', ...(options.exclude ?? [])]
  const patterns = (options.include && options.include.length > 0 ? options.include : articleExtensions.map((ext) => `**/*${ext}`))

  for (const path of paths) {
    if (isDynamicPattern(path)) {
      const files = await glob(path, {cwd: options.cwd, absolute: true, onlyFiles: true, ignore})
      if (files.length === 0) throw new UsageError(`no files match \`${path}\``)
      for (const file of files) if (!sidecarSuffix.test(file)) found.add(file)
      continue
    }
    const absolute = resolve(options.cwd, path)
    let info
    try {
      info = await stat(absolute)
    } catch {
      throw new UsageError(`no such file or folder: \`${path}\``)
    }
    if (info.isDirectory()) {
      const options = {cwd: absolute, absolute: true, ignore: [...ignore, ...notArticles], dot: false}
      const files = await glob(patterns, {...options, onlyFiles: true})
      for (const file of files) if (!sidecarSuffix.test(file)) found.add(file)
      // Links that lead nowhere (a loop, a deleted target) are not skipped in silence: the
      // reader reports each as an unreadable article.
      for (const entry of await brokenLinks(absolute)) if (!found.has(entry)) found.add(entry)
    } else found.add(absolute)
  }
  return [...found].sort()
}

/** File name without extension, made unique by its folder where two share a name. */
export function articleIds(files: string[], cwd: string): Map<string, string> {
  const counts = new Map<string, number>()
  const stem = (file: string) => basename(file, extname(file))
  for (const file of files) counts.set(stem(file), (counts.get(stem(file)) ?? 0) + 1)
  return new Map(files.map((file) => {
    const name = stem(file)
    if (counts.get(name) === 1) return [file, name]
    const rel = relative(cwd, file)
    return [file, rel.slice(0, rel.length - extname(rel).length).split(/[\\/]/).join('/')]
  }))
}

export function sidecarPath(file: string): string {
  return file.slice(0, file.length - extname(file).length) + '.meta.yaml'
}

/** Links to articles that lead nowhere (a loop, a deleted target), which globbing skips. */
async function brokenLinks(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  const broken: string[] = []
  for (const entry of entries) {
    if (!entry.isSymbolicLink() || !articleExtensions.includes(extname(entry.name).toLowerCase())) continue
    const path = join(entry.parentPath ?? (entry as unknown as {path: string}).path, entry.name)
    if (/[\\/](?:node_modules|\.git)[\\/]/.test(path)) continue
    try {
      await stat(path)
    } catch {
      broken.push(path)
    }
  }
  return broken
}
