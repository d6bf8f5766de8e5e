// YAML front matter (`---` fenced at the top of .md or .txt) and sidecar
// `NAME.meta.yaml` files. Malformed YAML is reported, never thrown.
import {parseDocument, LineCounter} from 'yaml'

export interface FrontMatter {
  data: Record<string, unknown>
  /** Offset where the article body starts. */
  end: number
  error: {message: string; offset: number} | null
}

const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

export function readFrontMatter(text: string): FrontMatter {
  const match = fence.exec(text)
  if (!match) return {data: {}, end: 0, error: null}
  const start = match[0].indexOf('\n') + 1
  const parsed = parseYamlRecord(match[1])
  return {
    data: parsed.data,
    end: match[0].length,
    error: parsed.error ? {message: parsed.error.message, offset: start + parsed.error.offset} : null
  }
}

export function parseYamlRecord(source: string): {data: Record<string, unknown>; error: {message: string; offset: number; line: number; column: number} | null} {
  const lineCounter = new LineCounter()
  const doc = parseDocument(source, {lineCounter, prettyErrors: false})
  if (doc.errors.length > 0) {
    const error = doc.errors[0]
    const offset = error.pos[0]
    const {line, col} = lineCounter.linePos(offset)
    return {data: {}, error: {message: error.message.split('\n')[0], offset, line, column: col}}
  }
  const value = doc.toJS() as unknown
  if (value === null || value === undefined) return {data: {}, error: null}
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {data: {}, error: {message: 'expected a mapping of keys to values', offset: 0, line: 1, column: 1}}
  }
  return {data: value as Record<string, unknown>, error: null}
}
