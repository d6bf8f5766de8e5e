// YAML front matter (`---` fenced at the top of .md or .txt) and sidecar
// `NAME.meta.yaml` files. Malformed YAML is reported, never thrown.
import {parseYaml} from '../yaml.js'

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
  const parsed = parseYaml(source)
  if (parsed.error) return {data: {}, error: parsed.error}
  const value = parsed.value
  if (value === null || value === undefined) return {data: {}, error: null}
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {data: {}, error: {message: 'expected a mapping of keys to values', offset: 0, line: 1, column: 1}}
  }
  return {data: value as Record<string, unknown>, error: null}
}
