// Plain text helpers for the independent generator: sentences, content words,
// a seeded PRNG and the small word lists the changes draw from.
// Written from the measurement spec only, not from the tool's extractors.

export interface Sentence {
  start: number
  end: number
  text: string
  words: Set<string>
}

// Abbreviations whose full stop does not end a sentence (news style).
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt',
  'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mt', 'ft', 'prof', 'rev', 'u.s', 'u.k', 'd.c', 'u.n'])

/** Sentences with offsets into the article text; never crosses a line break. */
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = []
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++
    while (end > start && /\s/.test(text[end - 1])) end--
    if (end > start) result.push({start, end, text: text.slice(start, end), words: contentWords(text.slice(start, end))})
  }
  const line = /[^\n]+/g
  for (let l; (l = line.exec(text));) {
    let from = l.index
    const boundary = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g
    for (let b; (b = boundary.exec(l[0]));) {
      // "Mr. Comey" or "F.B.I. director" is not a sentence end.
      const before = l[0].slice(0, b.index).match(/([A-Za-z.]+)$/)?.[1].toLowerCase() ?? ''
      if (l[0][b.index] === '.' && (ABBREVIATIONS.has(before) || /^(?:[a-z]\.)*[a-z]$/.test(before))) continue
      const end = l.index + b.index + b[0].length
      push(from, end)
      from = end
    }
    push(from, l.index + l[0].length)
  }
  return result
}

const STOPWORDS = new Set(`able about above across after again against almost alone along already also although always
among amongst another anyone anything around away back became because become becomes been before being below beside
besides between beyond both came cannot come comes could does doing done down during each either else enough even
ever every everyone everything from further gave gets give given goes going gone good have having hence here hers
herself himself into itself just keep last later least less like made make makes many mean might more most mostly
much must myself near neither never next none nothing often once only onto other others otherwise ours ourselves
over perhaps please quite rather really said same says seem seemed seems several shall should since some something
sometimes still such take taken than that their theirs them themselves then there thereby therefore these they thing
things this those though through throughout thus together told toward towards under unless until upon very want
wanted wants were what whatever when whenever where whereas whether which while whom whose will with within without
would your yours yourself according told tell tells asked says saying going well year years week weeks time times
also just dont didnt doesnt cant wont isnt wasnt arent`.split(/\s+/))

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase().replace(/['’]/g, ''))
}

/** Lower-cased words of four or more letters that are not stopwords. */
export function contentWords(text: string): Set<string> {
  const set = new Set<string>()
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = m[0].toLowerCase().replace(/['’]s$/, '')
    if (word.length >= 4 && !isStopword(word)) set.add(word)
  }
  return set
}

/** Shared content words, leaving out the words of the compared value itself. */
export function sharedWords(a: Set<string>, b: Set<string>, exclude: Set<string>): number {
  let n = 0
  for (const w of a) if (b.has(w) && !exclude.has(w)) n++
  return n
}

/** mulberry32: small, fast, good enough to pick sites reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const randInt = (rng: () => number, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1))
export const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)]

export function shuffle<T>(rng: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    ;[items[i], items[j]] = [items[j], items[i]]
  }
  return items
}

/** Give `word` the capitalisation of `model` (Title or lower case). */
export function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && /[A-Z]{2}/.test(model)) return word.toUpperCase()
  if (/^[A-Z]/.test(model)) return word.replace(/\b[a-z]/g, (c) => c.toUpperCase())
  return word.toLowerCase()
}

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December']
export const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
export const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']

// Titles a person may carry, longest first so "vice president" wins over "president".
export const TITLES = ['national security adviser', 'chief executive officer', 'secretary of state',
  'attorney general', 'press secretary', 'general manager', 'vice president', 'prime minister', 'foreign minister',
  'defense secretary', 'chief executive', 'chief of staff', 'president', 'chairman', 'chairwoman', 'spokesman',
  'spokeswoman', 'spokesperson', 'director', 'secretary', 'minister', 'senator', 'governor', 'mayor', 'ambassador',
  'commissioner', 'chancellor', 'sheriff', 'coach', 'manager', 'speaker', 'judge', 'representative', 'ceo', 'sen.',
  'gov.', 'rep.']
export const REPLACEMENT_TITLES = ['president', 'chairman', 'chief executive', 'spokesman', 'director', 'secretary',
  'minister', 'senator', 'governor', 'mayor', 'ambassador', 'commissioner', 'vice president', 'manager']
/** One spelling per role, so "Sen." and "senator" are the same role words. */
export function normaliseTitle(title: string): string {
  const t = title.toLowerCase().replace(/\s+/g, ' ')
  return ({'sen.': 'senator', 'gov.': 'governor', 'rep.': 'representative', ceo: 'chief executive',
    'chief executive officer': 'chief executive'} as Record<string, string>)[t] ?? t
}

// Cities a changed place may become; one already named in the story is never used.
export const CITIES = ['Boston', 'Denver', 'Seattle', 'Atlanta', 'Phoenix', 'Portland', 'Chicago', 'Houston', 'Dallas',
  'Miami', 'Detroit', 'Nashville', 'Baltimore', 'Cleveland', 'Pittsburgh', 'Sacramento', 'Toronto', 'Montreal',
  'Madrid', 'Lisbon', 'Dublin', 'Vienna', 'Prague', 'Warsaw', 'Oslo', 'Helsinki', 'Athens', 'Cairo', 'Nairobi',
  'Lagos', 'Mumbai', 'Manila', 'Jakarta', 'Sydney', 'Melbourne', 'Auckland', 'Lima', 'Santiago', 'Bogota', 'Havana']

// Common content words a quotation word may become.
export const COMMON_WORDS = ['people', 'country', 'government', 'important', 'problem', 'different', 'family',
  'information', 'question', 'business', 'history', 'system', 'program', 'number', 'company', 'children', 'money',
  'community', 'service', 'place', 'world', 'school', 'state', 'story', 'water', 'power', 'market', 'health',
  'moment', 'result', 'change', 'political', 'economic', 'public', 'national', 'simple', 'strong', 'possible',
  'serious', 'special', 'better', 'certain', 'really', 'almost', 'happy', 'decision', 'support', 'future']
