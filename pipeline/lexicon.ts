// Loads a rule's YAML lexicon and checks each entry against its own examples
// (prh's `specs`): a broken entry fails loudly at load, not silently at audit.
import {readFileSync} from 'node:fs'
import {parseYaml} from './yaml.js'

export interface PatternEntry {
  /** Regular expression source, matched case-insensitively against a trimmed line or phrase. */
  pattern: string
  reason: string
  /** Examples that must match. */
  match?: string[]
  /** Examples that must not match. */
  nomatch?: string[]
  [key: string]: unknown
}

export interface CompiledPattern<E extends PatternEntry = PatternEntry> {
  entry: E
  regex: RegExp
}

export function readLexicon<T>(url: URL): T {
  const parsed = parseYaml(readFileSync(url, 'utf8'), {maxBytes: 16 * 1024 * 1024, maxAliasCount: 100})
  if (parsed.error) throw new Error(`${url.pathname}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}`)
  return parsed.value as T
}

/** Compile pattern entries (whole-string matches unless the pattern says otherwise) and verify their examples. */
export function compilePatterns<E extends PatternEntry>(
  entries: E[],
  where: string,
  anchored = true
): Array<CompiledPattern<E>> {
  return entries.map((entry, index) => {
    if (typeof entry.pattern !== 'string' || typeof entry.reason !== 'string') {
      throw new Error(`${where}: entry ${index + 1} needs a \`pattern\` and a \`reason\``)
    }
    const source = anchored ? `^(?:${entry.pattern})$` : entry.pattern
    const regex = new RegExp(source, 'iu')
    for (const example of entry.match ?? []) {
      if (!regex.test(example)) {
        throw new Error(`${where}: \`${entry.pattern}\` should match its example \`${example}\``)
      }
    }
    for (const example of entry.nomatch ?? []) {
      if (regex.test(example)) {
        throw new Error(`${where}: \`${entry.pattern}\` should not match its example \`${example}\``)
      }
    }
    return {entry, regex}
  })
}
