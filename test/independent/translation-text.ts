// Plain-text helpers for the translation-artifact generator: quotation ranges,
// words with offsets and person-name mentions. Written from the measurement spec
// only, not from the tool's extractors.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {isStopword} from './text.js'

/** One planned edit of one word: [start, end) in the untouched text becomes `to`. */
export interface Edit {
  start: number
  end: number
  from: string
  to: string
  variant: string // pronoun case, or the conjunction of a doubling
  sentenceStart: number
  sentenceEnd: number
  inQuote: boolean
}

export interface Word {start: number; end: number; text: string}

/** Words (letters, digits, inner apostrophes and hyphens) with their offsets. */
export function words(text: string, from = 0, to = text.length): Word[] {
  const result: Word[] = []
  const re = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?/gu
  re.lastIndex = from
  for (let m; (m = re.exec(text)) && m.index < to;) result.push({start: m.index, end: m.index + m[0].length, text: m[0]})
  return result
}

/**
 * Quoted spans, paragraph by paragraph. A quotation left open at the end of a
 * paragraph runs to its end (news style for a quote that goes on in the next one).
 */
export function quoteRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const line of text.matchAll(/[^\n]+/g)) {
    let open = -1
    for (let i = 0; i < line[0].length; i++) {
      const c = line[0][i]
      const at = line.index + i
      if (c === '“' || (c === '"' && open < 0)) open = open < 0 ? at : open
      else if ((c === '”' || c === '"') && open >= 0) { ranges.push([open, at + 1]); open = -1 }
      // A closing mark with no opening one: the paragraph began inside a quotation.
      else if (c === '”' && open < 0) ranges.push([line.index, at + 1])
    }
    if (open >= 0) ranges.push([open, line.index + line[0].length])
  }
  return ranges
}

export const insideAny = (ranges: Array<[number, number]>, start: number, end = start + 1) =>
  ranges.some(([a, b]) => start < b && a < end)

// The people-name list the project already depends on: a single capitalised word
// found there may be a person, so it blocks a referent (conservative).
const require = createRequire(import.meta.url)
const PEOPLE = new Set(readFileSync(join(dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')),
  'dict', 'people-names.txt'), 'utf8').split('\n').filter((l) => /^\p{Lu}/u.test(l)).map((l) => l.trim()))

// Words before a name that are not part of it: titles, sentence openers.
const LEADING = new Set(`president vice former late senator sen sen. rep rep. gov gov. governor secretary general
attorney prime minister foreign defense chief justice judge mayor sheriff officer detective deputy police pope king
queen prince princess saint st dr dr. professor prof coach director speaker leader majority minority house state
senate actor actress singer rapper star designer producer host anchor chairman chairwoman ceo lt sgt capt col gen
adm archbishop bishop cardinal father rev reverend lawyer attorney spokesman spokeswoman agent
the a an but and or when after in on at as if while before since although then so yet for from with by of to this
that these those it he she his her they we i you our their its there here what why how who where meanwhile however
also despite during under over according`.split(/\s+/))

// A capitalised run holding one of these names a place, a body or a date, not a person.
const NON_PERSON = new Set(`house court department street party times post news council center centre university
college school church hospital airport club county city state states republic kingdom union agency bureau office
ministry committee commission association company inc corp group network press journal magazine daily weekly island
islands river lake mountain valley park road avenue square hall tower bridge bank fund foundation institute service
services force army navy guard police congress parliament assembly federal national international american united
new north south east west northern southern eastern western central saudi white supreme democratic republican
democrats republicans monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december christmas easter day award awards oscar oscars emmy grammy
cup league games olympics championship open prize festival show angeles york francisco diego vegas jersey korea
zealand africa america europe asia china russia iran israel syria india pakistan britain france germany mexico
canada japan washington california texas florida street world war media times tv radio twitter facebook instagram
google apple microsoft`.split(/\s+/))

export type Gender = 'male' | 'female'
export const HONORIFIC: Record<string, Gender> = {mr: 'male', mrs: 'female', ms: 'female', miss: 'female'}

/** A person-like mention: `key` is the surname; `full` when the run gives two name words. */
export interface Mention {start: number; end: number; key: string; first?: string; full: boolean; honorific?: Gender}

/**
 * Capitalised runs of the text, read as possible person mentions. Titles and
 * sentence openers in front are dropped; runs naming places or bodies are not people.
 * A lone capitalised word counts when it is a known surname or first name, a listed
 * name, or stands mid-sentence (it may name someone: conservative for referents).
 */
export function mentions(text: string): Mention[] {
  const runs: Array<Array<{start: number; text: string}>> = []
  const token = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|Capt|Col|St)\.|\p{Lu}\.|\p{Lu}[\p{L}'’-]*)`
  for (const m of text.matchAll(new RegExp(`${token}(?:[ \t]+${token})*`, 'gu'))) {
    let parts: Array<{start: number; text: string}> = []
    for (const p of m[0].matchAll(/\S+/g)) {
      parts.push({start: m.index + p.index, text: p[0]})
      // "Trump’s Justice Department": a possessive ends the name.
      if (/['’]s$/.test(p[0])) { runs.push(parts); parts = [] }
    }
    if (parts.length) runs.push(parts)
  }
  const full: Mention[] = []
  const single: Mention[] = []
  for (const parts of runs) {
    const last = parts[parts.length - 1]
    last.text = last.text.replace(/['’]s?$/, '')
    const honorific = HONORIFIC[parts[0].text.replace(/\.$/, '').toLowerCase()]
    while (parts.length > 1 && (LEADING.has(parts[0].text.toLowerCase()) || HONORIFIC[parts[0].text.replace(/\.$/, '').toLowerCase()]))
      parts.shift()
    const names = parts.filter((p) => !/^\p{Lu}\.?$/u.test(p.text) && !/\.$/.test(p.text)) // initials do not count
    if (names.length === 0 || names.some((p) => NON_PERSON.has(p.text.toLowerCase()))) continue
    const tail = names[names.length - 1]
    const key = tail.text
    if (key.length < 2 || LEADING.has(key.toLowerCase()) || isStopword(key)) continue
    const mention = {start: names[0].start, end: tail.start + tail.text.length, key}
    if (honorific) full.push({...mention, full: false, honorific})
    else if (names.length >= 2) full.push({...mention, first: names[0].text, full: true})
    else single.push({...mention, full: false})
  }
  const known = new Set(full.flatMap((m) => [m.key, m.first ?? m.key]))
  const initial = (at: number) => /(?:^|[.!?:"“”]\s*|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at))
  const kept = single.filter((m) => known.has(m.key) || PEOPLE.has(m.key) || !initial(m.start))
  return [...full, ...kept].sort((a, b) => a.start - b.start)
}
