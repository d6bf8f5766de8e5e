// Names known to be real, so that a rare but real name is not taken for a
// misspelling: the config's `entities` (canonical names, aliases, tickers,
// first-name forms) plus the company and people-name lists that
// @cspell/dict-companies and @cspell/dict-people-names ship (humannames' 200k
// names were tried: they made one corruption in seven a "real name" and cost
// five points of recall). Lists load once per process.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import type {Entity} from '../types.js'

export interface Gazetteer {
  /** Lower-cased single words and whole names known to be real. */
  isKnown(name: string): boolean
  /** The canonical name a config alias or first-name form stands for. */
  canonicalOf(name: string): string | undefined
  /** Canonical name by ticker symbol (`NET`) and by full ticker (`NYSE:NET`). */
  tickerOwner(ticker: string): string | undefined
  /** Config entities' canonical names, lower-cased. */
  configured: Set<string>
}

let shipped: Set<string> | undefined
let people: Set<string> | undefined

function listFile(module: string, file: string): string {
  return join(dirname(createRequire(import.meta.url).resolve(`${module}/cspell-ext.json`)), 'dict', file)
}

function readNames(file: string, into: Set<string>): Set<string> {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const name = line.trim()
    if (name && !name.startsWith('#')) into.add(name.toLowerCase())
  }
  return into
}

/** Lower-cased names from the shipped lists. */
export function shippedNames(): Set<string> {
  if (shipped) return shipped
  shipped = readNames(listFile('@cspell/dict-companies', 'companies.txt'), new Set())
  return readNames(listFile('@cspell/dict-people-names', 'people-names.txt'), shipped)
}

/** Lower-cased given names and surnames of people (the people-name list alone). */
export function personNames(): Set<string> {
  people ??= readNames(listFile('@cspell/dict-people-names', 'people-names.txt'), new Set())
  return people
}

const cache = new WeakMap<Entity[], Gazetteer>()

export function createGazetteer(entities: Entity[] = [], extraKnown: string[] = []): Gazetteer {
  const cached = extraKnown.length === 0 ? cache.get(entities) : undefined
  if (cached) return cached
  const names = shippedNames()
  const local = new Set(extraKnown.map((name) => name.toLowerCase()))
  const canonical = new Map<string, string>()
  const tickers = new Map<string, string>()
  const configured = new Set<string>()
  for (const entity of entities) {
    configured.add(entity.name.toLowerCase())
    local.add(entity.name.toLowerCase())
    for (const word of entity.name.split(/\s+/)) local.add(word.toLowerCase())
    for (const alias of [...(entity.aliases ?? []), ...(entity.firstNames ?? [])]) {
      local.add(alias.toLowerCase())
      canonical.set(alias.toLowerCase(), entity.name)
    }
    for (const ticker of entity.tickers ?? []) {
      tickers.set(ticker.toUpperCase(), entity.name)
      tickers.set(ticker.split(':')[1].toUpperCase(), entity.name)
    }
  }
  const gazetteer: Gazetteer = {
    isKnown: (name) => {
      const key = name.toLowerCase()
      return local.has(key) || names.has(key)
    },
    canonicalOf: (name) => canonical.get(name.toLowerCase()),
    tickerOwner: (ticker) => tickers.get(ticker.toUpperCase()),
    configured
  }
  if (extraKnown.length === 0) cache.set(entities, gazetteer)
  return gazetteer
}
