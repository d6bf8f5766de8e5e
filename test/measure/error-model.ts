// An error model learned from human misspellings (codespell's dictionary and
// Norvig's Birkbeck test sets in ../shared/evaldata/misspellings): which
// single edits people make (drop, double, transpose, substitute), how often,
// and which letters they swap. Used to corrupt real names for recall tests.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {evaldataRoot} from '../helpers/evaldata.js'

export type EditKind = 'drop' | 'double' | 'transpose' | 'substitute' | 'insert'

export interface ErrorModel {
  kinds: Array<[EditKind, number]>
  /** Substitution counts by `from>to`. */
  substitutions: Map<string, number>
  /** Dropped letter counts, and how often the dropped letter was one of a double. */
  dropsOfDouble: number
  drops: number
  pairs: number
  /** Share of single-edit misspellings that change the first letter (about 2 %). */
  firstLetter: number
}

function pairs(): Array<[string, string]> {
  const base = join(evaldataRoot, 'misspellings')
  const out: Array<[string, string]> = []
  for (const line of readFileSync(join(base, 'codespell/codespell_lib/data/dictionary.txt'), 'utf8').split('\n')) {
    const [wrong, right] = line.split('->')
    if (!wrong || !right) continue
    const first = right.split(',')[0].trim()
    if (/^[a-z]+$/.test(wrong) && /^[a-z]+$/.test(first)) out.push([wrong, first])
  }
  for (const file of ['spell-testset1.txt', 'spell-testset2.txt']) {
    for (const line of readFileSync(join(base, 'norvig_birkbeck', file), 'utf8').split('\n')) {
      const [right, wrongs] = line.split(':')
      if (!right || !wrongs) continue
      for (const wrong of wrongs.trim().split(/\s+/)) if (/^[a-z]+$/.test(wrong)) out.push([wrong, right.trim()])
    }
  }
  return out
}

/** The single edit that turns `right` into `wrong`, or null when they are further apart. */
export function classify(right: string, wrong: string): {kind: EditKind; from?: string; to?: string; double?: boolean} | null {
  if (wrong.length === right.length - 1) {
    for (let i = 0; i < right.length; i++) {
      if (right.slice(0, i) + right.slice(i + 1) === wrong) {
        return {kind: 'drop', double: right[i] === right[i - 1] || right[i] === right[i + 1]}
      }
    }
    return null
  }
  if (wrong.length === right.length + 1) {
    for (let i = 0; i < wrong.length; i++) {
      if (wrong.slice(0, i) + wrong.slice(i + 1) === right) {
        return {kind: wrong[i] === wrong[i - 1] || wrong[i] === wrong[i + 1] ? 'double' : 'insert'}
      }
    }
    return null
  }
  if (wrong.length !== right.length) return null
  const diff = [...right].map((c, i) => (c === wrong[i] ? -1 : i)).filter((i) => i >= 0)
  if (diff.length === 1) return {kind: 'substitute', from: right[diff[0]], to: wrong[diff[0]]}
  if (diff.length === 2 && diff[1] === diff[0] + 1 && right[diff[0]] === wrong[diff[1]] && right[diff[1]] === wrong[diff[0]]) return {kind: 'transpose'}
  return null
}

export function learnErrorModel(): ErrorModel {
  const kinds = new Map<EditKind, number>()
  const substitutions = new Map<string, number>()
  let drops = 0
  let dropsOfDouble = 0
  let count = 0
  let firstLetter = 0
  for (const [wrong, right] of pairs()) {
    const edit = classify(right, wrong)
    if (!edit) continue
    count++
    if (wrong[0] !== right[0]) firstLetter++
    kinds.set(edit.kind, (kinds.get(edit.kind) ?? 0) + 1)
    if (edit.kind === 'drop') {
      drops++
      if (edit.double) dropsOfDouble++
    }
    if (edit.kind === 'substitute') substitutions.set(`${edit.from}>${edit.to}`, (substitutions.get(`${edit.from}>${edit.to}`) ?? 0) + 1)
  }
  return {kinds: [...kinds].sort((a, b) => b[1] - a[1]), substitutions, drops, dropsOfDouble, pairs: count, firstLetter: firstLetter / count}
}

/** A seeded generator, so a measurement can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(items: Array<[T, number]>, random: () => number): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0)
  let at = random() * total
  for (const [item, weight] of items) {
    at -= weight
    if (at <= 0) return item
  }
  return items[items.length - 1][0]
}

/** Corrupt a name with one edit drawn from the model; the first letter only as often as people change it. */
export function corrupt(name: string, model: ErrorModel, random: () => number): {text: string; kind: EditKind} | null {
  const kind = pick(model.kinds, random)
  const lower = name.toLowerCase()
  if (random() < model.firstLetter) return corruptFirst(name, kind, random)
  const positions = Array.from({length: name.length - 1}, (_, i) => i + 1)
  const recase = (text: string) => text.split('').map((c, i) => (name[i] && name[i] !== name[i].toLowerCase() ? c.toUpperCase() : c)).join('')
  switch (kind) {
    case 'drop': {
      const doubles = positions.filter((i) => lower[i] === lower[i - 1])
      const useDouble = doubles.length > 0 && random() < model.dropsOfDouble / model.drops
      const from = useDouble ? doubles : positions
      const i = from[Math.floor(random() * from.length)]
      return {text: name.slice(0, i) + name.slice(i + 1), kind}
    }
    case 'double':
    case 'insert': {
      const i = positions[Math.floor(random() * positions.length)]
      return {text: name.slice(0, i + 1) + name[i] + name.slice(i + 1), kind: 'double'}
    }
    case 'transpose': {
      const options = positions.filter((i) => i + 1 < name.length && lower[i] !== lower[i + 1])
      if (options.length === 0) return null
      const i = options[Math.floor(random() * options.length)]
      return {text: name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2), kind}
    }
    case 'substitute': {
      const applicable = [...model.substitutions].filter(([pair]) => lower.slice(1).includes(pair[0]))
      if (applicable.length === 0) return null
      const [from, to] = pick(applicable, random).split('>')
      const at = positions.filter((i) => lower[i] === from)
      const i = at[Math.floor(random() * at.length)]
      return {text: recase(lower.slice(0, i) + to + lower.slice(i + 1)).slice(0, name.length), kind}
    }
  }
}

function corruptFirst(name: string, kind: EditKind, random: () => number): {text: string; kind: EditKind} | null {
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const upper = (c: string) => c.toUpperCase()
  switch (kind) {
    case 'drop':
      return name.length > 3 ? {text: upper(name[1]) + name.slice(2), kind} : null
    case 'double':
    case 'insert':
      return {text: name[0] + name[0].toLowerCase() + name.slice(1), kind: 'double'}
    case 'transpose':
      return name[0].toLowerCase() === name[1] ? null : {text: upper(name[1]) + name[0].toLowerCase() + name.slice(2), kind}
    case 'substitute': {
      const letter = letters[Math.floor(random() * letters.length)]
      return letter === name[0].toLowerCase() ? null : {text: upper(letter) + name.slice(1), kind}
    }
  }
}
