// Reports are written beside their destination under a temporary name and
// put in place when complete: a run that fails or is interrupted (SIGINT,
// SIGTERM) leaves the previous report as it was, never half of a new one. A
// report folder (HTML) is written to a staging folder, then its files are
// moved in; corroborate's files of an earlier report there are replaced,
// every other file in the folder is left alone.
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {readdir, rename} from 'node:fs/promises'
import {basename, dirname, join, relative} from 'node:path'

/** Temporary files and folders being written now: removed if the process is interrupted. */
const pending = new Set<string>()

/** Lists the files of the last report written to a folder, so the next one replaces exactly those. */
export const manifestName = '.corroborate-report'

const temporaryBeside = (path: string) => join(dirname(path), `.${basename(path)}.corroborate-${process.pid}.tmp`)

/** Writes a file through `produce(temporaryPath)`, then renames it over `path`. */
export async function writeFileAtomically(path: string, produce: (temporary: string) => Promise<void>): Promise<void> {
  mkdirSync(dirname(path), {recursive: true})
  const temporary = temporaryBeside(path)
  pending.add(temporary)
  try {
    await produce(temporary)
    await rename(temporary, path)
  } finally {
    rmSync(temporary, {force: true})
    pending.delete(temporary)
  }
}

/** Writes a folder's files through `produce(stagingFolder)`, then moves them into `dir`. */
export async function writeFolderAtomically(dir: string, produce: (staging: string) => Promise<void>): Promise<void> {
  const staging = temporaryBeside(dir)
  pending.add(staging)
  try {
    rmSync(staging, {recursive: true, force: true})
    mkdirSync(staging, {recursive: true})
    await produce(staging)
    const files = await filesUnder(staging)
    mkdirSync(dir, {recursive: true})
    const manifest = join(dir, manifestName)
    // The earlier report's own files go; nobody else's.
    const previous = existsSync(manifest) ? readFileSync(manifest, 'utf8').split('\n').filter(Boolean) : []
    const current = new Set(files)
    for (const file of previous) if (!current.has(file) && !file.startsWith('..')) rmSync(join(dir, file), {force: true})
    for (const file of files) {
      mkdirSync(dirname(join(dir, file)), {recursive: true})
      await rename(join(staging, file), join(dir, file))
    }
    writeFileSync(manifest, `${files.join('\n')}\n`)
  } finally {
    rmSync(staging, {recursive: true, force: true})
    pending.delete(staging)
  }
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, {recursive: true, withFileTypes: true})
  return entries.filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath ?? (entry as unknown as {path: string}).path, entry.name)).split('\\').join('/'))
    .sort()
}

/** On SIGINT or SIGTERM: remove half-written reports, say so, exit non-zero (130 or 143, as shells do). */
export function leaveReportsIntactOnInterrupt(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      for (const temporary of pending) rmSync(temporary, {recursive: true, force: true})
      process.stderr.write(`corroborate: interrupted (${signal}); no report was written, an earlier one is left as it was\n`)
      process.exit(code)
    })
  }
}
