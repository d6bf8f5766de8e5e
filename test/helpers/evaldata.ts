// Real news from ../shared/evaldata (never copied into the repository).
// Tests that need it use `describe.skipIf(!hasEvaldata)`.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

// From test/helpers in the source tree, or from .dist/test/helpers when a script runs compiled.
export const evaldataRoot = [
  process.env.CORROBORATE_EVALDATA,
  fileURLToPath(new URL('../../../shared/evaldata', import.meta.url)),
  fileURLToPath(new URL('../../../../shared/evaldata', import.meta.url))
].find((root): root is string => Boolean(root) && existsSync(join(root!, 'newswcl50'))) ?? fileURLToPath(new URL('../../../shared/evaldata', import.meta.url))
export const hasEvaldata = existsSync(join(evaldataRoot, 'newswcl50'))

/** NewsWCL50: 10 events × 5 outlets, one paragraph a line. */
export function newswcl50Events(): Array<{event: string; articles: Record<string, string>}> {
  const base = join(evaldataRoot, 'newswcl50', '1-raw-articles')
  return readdirSync(base).filter((name) => name.startsWith('event_')).sort().map((event) => ({
    event,
    articles: Object.fromEntries(readdirSync(join(base, event)).filter((file) => file.endsWith('.txt')).sort()
      .map((file) => [file.replace(/\.txt$/, ''), readFileSync(join(base, event, file), 'utf8')]))
  }))
}

/** ECB+: 43 topics, each with `ecb` and `ecbplus` document sets (one sentence a line). */
export function ecbplusTopics(): Array<{topic: string; set: string; articles: Record<string, string>}> {
  const base = join(evaldataRoot, 'ecbplus', 'text')
  const result = []
  for (const topic of readdirSync(base).sort()) {
    for (const set of ['ecb', 'ecbplus']) {
      const dir = join(base, topic, set)
      if (!existsSync(dir)) continue
      result.push({
        topic,
        set,
        articles: Object.fromEntries(readdirSync(dir).filter((file) => file.endsWith('.txt')).sort()
          .map((file) => [file.replace(/\.txt$/, ''), readFileSync(join(dir, file), 'utf8')]))
      })
    }
  }
  return result
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu) ?? []).length
}
