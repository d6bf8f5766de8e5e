// corroborate.yaml: found from the working directory or given with --config,
// validated with valibot; an error names file, line, column and what was
// expected. The resolved config is plain JSON so workers can receive it.
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import * as v from 'valibot'
import type {Document} from 'yaml'
import {parseYaml} from './yaml.js'
import {criterionIds, defaultGrades, defaultSeverityPenalty} from './score/criteria.js'
import {defaultMaxBytes} from './load/read.js'
import type {RuleMeta} from './rule.js'
import {storyModes, type Entity, type Severity, type SeveritySetting, type StoryMode} from './types.js'

export const configNames = ['corroborate.yaml', 'corroborate.yml', '.corroborate.yaml']

export class ConfigError extends Error {
  constructor(readonly file: string, readonly line: number, readonly column: number, readonly reason: string) {
    super(`${file}:${line}:${column}: ${reason}`)
  }
}

const severity = v.picklist(['off', 'info', 'warning', 'error'])
const ruleSetting = v.union([severity, v.strictTuple([severity]), v.strictTuple([severity, v.record(v.string(), v.unknown())])])
const globs = v.array(v.string())

const entity = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1)),
  kind: v.optional(v.picklist(['person', 'organisation', 'place', 'product', 'event', 'other'])),
  aliases: v.optional(v.array(v.string())),
  tickers: v.optional(v.array(v.pipe(v.string(), v.regex(/^[A-Z]+:[A-Z.\-]+$/, 'a ticker like `NYSE:NET`')))),
  firstNames: v.optional(v.array(v.string())),
  gender: v.optional(v.string())
})

const configSchema = v.strictObject({
  rules: v.optional(v.record(v.string(), ruleSetting)),
  entities: v.optional(v.array(entity)),
  scoring: v.optional(v.strictObject({
    criteria: v.optional(v.record(v.picklist(criterionIds), v.pipe(v.number(), v.minValue(0)))),
    severity: v.optional(v.strictObject({
      error: v.optional(v.number()),
      warning: v.optional(v.number()),
      info: v.optional(v.number())
    })),
    grades: v.optional(v.array(v.strictObject({grade: v.string(), min: v.pipe(v.number(), v.minValue(0), v.maxValue(100))})))
  })),
  gate: v.optional(v.strictObject({
    failUnder: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
    failOn: v.optional(v.picklist(['error', 'warning', 'none'])),
    maxWarnings: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)))
  })),
  stories: v.optional(v.picklist(storyModes)),
  include: v.optional(globs),
  exclude: v.optional(globs),
  maxBytes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  articleTimeLimit: v.optional(v.pipe(v.number(), v.minValue(0.1)))
})

type ConfigInput = v.InferOutput<typeof configSchema>

export interface RuleSetting {
  severity: SeveritySetting
  options: Record<string, unknown>
}

export interface ResolvedConfig {
  path: string | null
  rules: Record<string, RuleSetting>
  entities: Entity[]
  scoring: {
    criteria: Record<string, number>
    severity: Record<Severity, number>
    grades: Array<{grade: string; min: number}>
  }
  gate: {failUnder: number | null; failOn: 'error' | 'warning' | 'none'; maxWarnings: number | null}
  /** How articles are grouped into stories: auto (clustered), folder, or one. */
  stories: StoryMode
  include: string[]
  exclude: string[]
  maxBytes: number
  /** Seconds an article may take in a worker before it is reported instead of waited for. */
  articleTimeLimit: number
}

export function findConfig(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of configNames) if (existsSync(join(dir, name))) return join(dir, name)
    if (dirname(dir) === dir) return null
  }
}

/** The rules a config may name: the CLI (or whoever wires the auditor) says which exist. */
export type KnownRules = ReadonlyArray<{meta: RuleMeta<any>}>

/** Load and validate a config file; with no path, the defaults. */
export function loadConfig(path: string | null, rules: KnownRules): ResolvedConfig {
  if (path === null) return resolveConfig({}, null, null, rules)
  let source: string
  try {
    source = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError(path, 1, 1, `cannot read config: ${(error as NodeJS.ErrnoException).code ?? error}`)
  }
  return parseConfig(source, path, rules)
}

export function parseConfig(source: string, file: string, rules: KnownRules): ResolvedConfig {
  const parsed = parseYaml(source)
  if (parsed.error) throw new ConfigError(file, parsed.error.line, parsed.error.column, `invalid YAML: ${parsed.error.message}`)
  const {doc, lines} = parsed
  const at = (offset: number) => lines.linePos(offset)
  const input = parsed.value ?? {}
  const result = v.safeParse(configSchema, input)
  if (!result.success) {
    const issue = result.issues[0]
    const path = (issue.path ?? []).map((item) => item.key as string | number)
    const {line, col} = at(offsetOf(doc, path, issue.type === 'strict_object'))
    throw new ConfigError(file, line, col, `${describePath(path)}: ${describeIssue(issue)}`)
  }
  return resolveConfig(result.output, file, (path, atKey) => at(offsetOf(doc, path, atKey)), rules)
}

function resolveConfig(
  input: ConfigInput,
  file: string | null,
  locate: ((path: Array<string | number>, atKey?: boolean) => {line: number; col: number}) | null,
  known: KnownRules
): ResolvedConfig {
  const rulesById = new Map(known.map((rule) => [rule.meta.id, rule]))
  const rules: Record<string, RuleSetting> = {}
  const fail = (path: Array<string | number>, reason: string, atKey = false): never => {
    const {line, col} = locate ? locate(path, atKey) : {line: 1, col: 1}
    throw new ConfigError(file ?? '<config>', line, col, `${describePath(path)}: ${reason}`)
  }
  const given = input.rules ?? {}
  for (const id of Object.keys(given)) {
    if (!rulesById.has(id)) fail(['rules', id], `unknown rule \`${id}\`, expected one of ${[...rulesById.keys()].map((k) => `\`${k}\``).join(', ')}`, true)
  }
  for (const [id, rule] of rulesById) {
    const setting = given[id]
    const level = setting === undefined ? rule.meta.severity : typeof setting === 'string' ? setting : setting[0]
    const raw = Array.isArray(setting) && setting.length > 1 ? (setting as [string, Record<string, unknown>])[1] : {}
    const options = v.safeParse(rule.meta.options, raw)
    if (!options.success) {
      const issue = options.issues[0]
      const path = ['rules', id, 1, ...(issue.path ?? []).map((item) => item.key as string | number)]
      fail(path, describeIssue(issue))
    }
    rules[id] = {severity: level, options: (options as {output: Record<string, unknown>}).output}
  }
  const criteria = Object.fromEntries(
    Object.entries({...Object.fromEntries(criterionIds.map((id) => [id, undefined])), ...input.scoring?.criteria})
      .map(([id, points]) => [id, points as number | undefined])
      .filter(([, points]) => points !== undefined)
  ) as Record<string, number>
  const grades = [...(input.scoring?.grades ?? defaultGrades)].sort((a, b) => b.min - a.min)
  return {
    path: file,
    rules,
    entities: input.entities ?? [],
    scoring: {
      criteria,
      severity: {...defaultSeverityPenalty, ...input.scoring?.severity},
      grades
    },
    gate: {failUnder: input.gate?.failUnder ?? null, failOn: input.gate?.failOn ?? 'none', maxWarnings: input.gate?.maxWarnings ?? null},
    stories: input.stories ?? 'auto',
    include: input.include ?? [],
    exclude: input.exclude ?? [],
    maxBytes: input.maxBytes ?? defaultMaxBytes,
    articleTimeLimit: input.articleTimeLimit ?? 10
  }
}

/** Offset of the deepest node the path reaches (the key itself when the value is missing). */
function offsetOf(doc: Document, path: Array<string | number>, atKey = false): number {
  for (let depth = path.length; depth > 0; depth--) {
    if (atKey && depth === path.length) {
      const parent = doc.getIn(path.slice(0, -1), true) as {items?: Array<{key?: {value?: unknown; range?: number[]}}>} | undefined
      const pair = parent?.items?.find((item) => item.key && item.key.value === path.at(-1))
      if (pair?.key?.range) return pair.key.range[0]
    }
    const node = doc.getIn(path.slice(0, depth), true) as {range?: [number, number, number]} | undefined
    if (node && typeof node === 'object' && node.range) return node.range[0]
    const parent = doc.getIn(path.slice(0, depth - 1), true) as {items?: Array<{key?: {value?: unknown; range?: number[]}}>} | undefined
    const pair = parent?.items?.find((item) => item.key && (item.key as {value?: unknown}).value === path[depth - 1])
    if (pair?.key?.range) return pair.key.range[0]
  }
  return (doc.contents as {range?: number[]} | null)?.range?.[0] ?? 0
}

function describePath(path: Array<string | number>): string {
  return path.length === 0 ? 'config' : path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('').replace(/^\./, '')
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' || issue.expected === 'never') return `unexpected key ${issue.received}`
  if (issue.type === 'union') return `expected \`off\`, \`info\`, \`warning\`, \`error\` or [severity, {options}], received ${issue.received}`
  return issue.message.replace(/^Invalid (\w+): /, '')
}
