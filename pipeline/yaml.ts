// Every YAML document corroborate reads (config, front matter, sidecars, rule
// lexicons) goes through here, with limits: `yaml` may parse an alias bomb
// or a thousand-deep nesting without complaint and then blow up (or run out
// of stack) turning it into values. Malformed or hostile YAML comes back as
// an error with its line and column, never as a throw.
import {LineCounter, parseDocument, type Document} from 'yaml'

export interface YamlLimits {
  /** Larger sources are refused before parsing. */
  maxBytes: number
  /** Aliases resolved per document (an alias bomb needs thousands). */
  maxAliasCount: number
}

export const defaultYamlLimits: YamlLimits = {maxBytes: 1024 * 1024, maxAliasCount: 100}

export interface YamlError {
  message: string
  offset: number
  line: number
  column: number
}

export type YamlResult = {value: unknown; doc: Document; lines: LineCounter; error: null} | {value: undefined; doc: Document | null; lines: LineCounter; error: YamlError}

export function parseYaml(source: string, limits: YamlLimits = defaultYamlLimits): YamlResult {
  const lines = new LineCounter()
  const fail = (message: string, offset = 0, doc: Document | null = null): YamlResult => {
    const {line, col} = lines.linePos(offset)
    return {value: undefined, doc, lines, error: {message, offset, line, column: col}}
  }
  if (source.length > limits.maxBytes) return fail(`YAML too large (${source.length} characters, the limit is ${limits.maxBytes})`)
  let doc: Document
  try {
    doc = parseDocument(source, {lineCounter: lines, prettyErrors: false, uniqueKeys: true})
  } catch (error) {
    return fail(`unreadable YAML: ${firstLine(error)}`)
  }
  if (doc.errors.length > 0) return fail(firstLine(doc.errors[0]), doc.errors[0].pos[0], doc)
  try {
    return {value: doc.toJS({maxAliasCount: limits.maxAliasCount}), doc, lines, error: null}
  } catch (error) {
    // An alias bomb ("excessive alias count") or nesting too deep for the stack.
    return fail(`unreadable YAML: ${firstLine(error)}`, 0, doc)
  }
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]
}
