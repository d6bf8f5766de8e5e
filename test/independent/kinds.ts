// Finders and replacements for the value kinds (everything but quotation words).
// Each finder returns the values a sentence states, with a `key` that another
// article must state identically to witness the value.
import {CITIES, MONTHS, MONTH_DAYS, NUMBER_WORDS, REPLACEMENT_TITLES, TITLES, WEEKDAYS, matchCase, normaliseTitle,
  pick, randInt, type Sentence} from './text.js'

export type Kind = 'weekday' | 'date' | 'year' | 'count' | 'age' | 'role' | 'place' | 'quote'
export const KINDS: Kind[] = ['weekday', 'date', 'year', 'count', 'age', 'role', 'place', 'quote']

export interface Value {
  kind: Kind
  start: number // offsets into the article text
  end: number
  text: string
  key: string
  /** Words of the value itself, which do not count as shared context. */
  own: Set<string>
}

const MON = '(January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)'
const DATE_MD = new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}:])`, 'gu')
const DATE_DM = new RegExp(`(?<![\\d.,$])\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MON}(?![\\p{L}])`, 'gu')
const monthIndex = (name: string) => MONTHS.findIndex((m) => m.slice(0, 3) === name.slice(0, 3))

const YEAR = /(?<![\d$£€.,/#-])\b(19\d\d|20[0-2]\d|2030)\b(?![\d%]|[.,]\d|[-–]\d|\s+per ?cent)/g
const COUNT = new RegExp(`(?<![\\d$£€.,:/#-])\\b(\\d{1,3}(?:,\\d{3})+|\\d+|${NUMBER_WORDS.slice(2).join('|')})\\s+` +
  '([a-z][a-z-]*[a-z])\\b', 'gi')
// Words ending in -s that are not plural nouns.
const NOT_PLURAL = new Set(['was', 'has', 'this', 'his', 'its', 'does', 'goes', 'says', 'thus', 'plus', 'yes', 'gas',
  'bus', 'lens', 'always', 'perhaps', 'towards', 'afterwards', 'besides', 'whereas', 'unless', 'news', 'series',
  'species', 'means', 'politics', 'physics', 'economics', 'whereabouts', 'overseas', 'across', 'less', 'makes',
  'takes', 'gets', 'seems', 'becomes', 'remains', 'includes'])
const AGE_NAME = /\b([A-Z][\p{L}'’-]+),\s+(\d{1,3}),/gu
const AGE_ADJ = /\b(\d{1,3})-year-old\b/g

// A first letter in either case; 'ceo' only as CEO.
const titleAlt = TITLES.map((t) => t === 'ceo' ? 'CEO'
  : t.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`).replace(/\./g, '\\.').replace(/\s+/g, '\\s+')).join('|')
const NAME = "(?:[A-Z][\\p{L}'’-]+|[A-Z]\\.)(?:\\s+(?:[A-Z][\\p{L}'’-]+|[A-Z]\\.)){0,3}"
const ROLE_BEFORE = new RegExp(`(?<![\\p{L}])(${titleAlt})\\s+(${NAME})`, 'gu')
const ROLE_AFTER = new RegExp(`(${NAME}),\\s+(?:(?:the|a|an|its|his|her|their)\\s+)?(?:[\\p{L}.&-]+['’]s\\s+)?` +
  `(?:(?:former|deputy|acting|then|current|new)\\s+)?(${titleAlt})(?![\\p{L}])`, 'gu')
// Words of a title, where a name that follows a title stops ("President Trump Secretary ...").
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(/\s+/)).filter((w) => w.length > 3 && w !== 'state'))
// Capitalised words that do not belong to a person's or a place's name.
const NOT_NAME = new Set([...WEEKDAYS, ...MONTHS, 'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'His', 'Her',
  'Their', 'Its', 'Our', 'My', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr.', 'Dr', 'He', 'She', 'They', 'It', 'We',
  'I', 'But', 'And', 'Or', 'If', 'When', 'In', 'On', 'At', 'As', 'After', 'Before', 'While', 'President', 'Former',
  'Secretary', 'Senator', 'Sen.', 'Governor', 'Minister', 'Director', 'Chairman', 'Mayor', 'Judge', 'Speaker'])
const PLACE = /\b([Ii]n|[Nn]ear|[Oo]utside|[Aa]t)\s+([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,3})/gu
// Capitalised words after "in" that name no place: bodies, media, languages, buildings.
const NOT_PLACE = new Set([...NOT_NAME, 'Congress', 'Parliament', 'Senate', 'House', 'Court', 'Government', 'Twitter',
  'Facebook', 'English', 'Spanish', 'French', 'German', 'Arabic', 'Chinese', 'Russian', 'University', 'College',
  'School', 'Hospital', 'Center', 'Centre', 'Inc', 'Corp', 'Company', 'Group', 'Party', 'Department', 'Ministry',
  'Church', 'Hotel', 'Club', 'Stadium', 'Airport', 'Street', 'Road', 'Avenue', 'Committee', 'Council', 'Office',
  'News', 'Times', 'Post', 'Journal', 'Christ', 'God', 'Democrats', 'Republicans', 'Office', 'Foundation', 'Prison',
  'Jail', 'Game', 'Cup', 'Series', 'Championship', 'League', 'Round', 'Act', 'Bill', 'Report', 'Memo', 'Agency'])

const lowerWords = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean))

/** All values of the plain kinds a sentence states; the story context tells names apart from places. */
export function findValues(s: Sentence, story: StoryContext): Value[] {
  const out: Value[] = []
  const add = (kind: Kind, start: number, end: number, key: string, own = '') =>
    out.push({kind, start: s.start + start, end: s.start + end, text: s.text.slice(start, end), key,
      own: lowerWords(own || s.text.slice(start, end))})
  const t = s.text
  for (const m of t.matchAll(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g))
    add('weekday', m.index!, m.index! + m[0].length, m[1].toLowerCase())
  for (const re of [DATE_MD, DATE_DM]) {
    for (const m of t.matchAll(re)) {
      const [month, day] = re === DATE_MD ? [m[1], +m[2]] : [m[2], +m[1]]
      const mi = monthIndex(month)
      if (day >= 1 && day <= MONTH_DAYS[mi]) add('date', m.index!, m.index! + m[0].length, `${mi}-${day}`)
    }
  }
  for (const m of t.matchAll(YEAR)) add('year', m.index!, m.index! + m[0].length, m[1])
  for (const m of t.matchAll(COUNT)) {
    const noun = m[2]
    const n = parseCount(m[1])
    if (noun !== noun.toLowerCase() || !/s$/.test(noun) || /(ss|us|is)$/.test(noun) || noun.length < 4) continue
    if (NOT_PLURAL.has(noun) || n < 2 || (/^\d{4}$/.test(m[1]) && n >= 1900 && n <= 2030)) continue
    // "March 3 attacks" is a date; "1, 500 kilometers" is a number split by a stray space.
    if (new RegExp(`${MON}\\s*$`).test(t.slice(0, m.index!)) || /\d[,.]\s$/.test(t.slice(0, m.index!))) continue
    add('count', m.index!, m.index! + m[1].length, `${n}|${noun}`, m[0])
  }
  for (const m of t.matchAll(AGE_NAME)) {
    const age = +m[2]
    if (NOT_NAME.has(m[1]) || age < 1 || age > 110) continue
    const at = m.index! + m[0].length - 1 - m[2].length
    add('age', at, at + m[2].length, String(age))
  }
  for (const m of t.matchAll(AGE_ADJ)) if (+m[1] >= 1 && +m[1] <= 110) add('age', m.index!, m.index! + m[1].length, m[1])
  for (const m of t.matchAll(ROLE_BEFORE)) {
    const name = m[2].split(/\s+/)
    const cut = name.findIndex((w) => NOT_NAME.has(w) || TITLE_WORDS.has(w.toLowerCase()))
    const kept = cut === -1 ? name : name.slice(0, cut)
    if (!kept.length) continue
    const surname = kept[kept.length - 1].replace(/['’]s$/, '')
    add('role', m.index!, m.index! + m[1].length, `${surname.toLowerCase()}|${normaliseTitle(m[1])}`,
      `${m[1]} ${surname}`)
  }
  for (const m of t.matchAll(ROLE_AFTER)) {
    const name = m[1].split(/\s+/)
    if (NOT_NAME.has(name[name.length - 1])) continue
    const surname = name[name.length - 1]
    const at = m.index! + m[0].length - m[2].length
    add('role', at, at + m[2].length, `${surname.toLowerCase()}|${normaliseTitle(m[2])}`, `${m[2]} ${surname}`)
  }
  for (const m of t.matchAll(PLACE)) {
    const after = t.slice(m.index! + m[0].length)
    const phrase = m[2]
    // A capital "In" mid-sentence is a headline in title case; "NFL" and "FBI" are bodies, not places.
    if (/^[A-Z]/.test(m[1]) && m.index! > 0) continue
    if (/^['’]s\b/.test(after) || /['’]/.test(phrase)) continue
    if (phrase.split(/\s+/).some((w) => NOT_PLACE.has(w) || /^[A-Z]{2,}$/.test(w))) continue
    if (story.notPlaces.has(phrase)) continue
    if (/^at$/i.test(m[1]) && !story.placesAfterIn.has(phrase)) continue // "at" names venues and firms too
    const at = m.index! + m[0].length - phrase.length
    add('place', at, at + phrase.length, phrase.toLowerCase())
  }
  return out
}

export function parseCount(text: string): number {
  const word = NUMBER_WORDS.indexOf(text.toLowerCase())
  return word >= 0 ? word : Number(text.replace(/,/g, ''))
}

/** What the story as a whole tells about capitalised phrases. */
export interface StoryContext {
  allText: string
  /** Phrases that follow in/near/outside somewhere in the story. */
  placesAfterIn: Set<string>
  /** Phrases used as people: after Mr./Ms. or before "said". */
  notPlaces: Set<string>
}

export function storyContext(texts: string[]): StoryContext {
  const allText = texts.join('\n')
  const placesAfterIn = new Set<string>()
  for (const m of allText.matchAll(PLACE)) if (!/^at$/i.test(m[1])) placesAfterIn.add(m[2])
  const notPlaces = new Set<string>()
  for (const m of allText.matchAll(/\b(?:Mr|Mrs|Ms|Dr)\.?\s+([A-Z][\p{L}'’-]+)/gu)) notPlaces.add(m[1])
  for (const m of allText.matchAll(/\b([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})\s+(?:said|says|told)\b/gu)) {
    notPlaces.add(m[1])
  }
  return {allText, placesAfterIn, notPlaces}
}

/** A different, plausible value in the same form as the original. */
export function replacement(kind: Kind, original: string, rng: () => number, story: StoryContext): string {
  switch (kind) {
    case 'weekday': return pick(rng, WEEKDAYS.filter((d) => d !== original))
    case 'date': return changeDate(original, rng)
    case 'year': {
      const y = +original
      const d = randInt(rng, 1, 3)
      return String(y + d > 2030 || (rng() < 0.5 && y - d >= 1900) ? y - d : y + d)
    }
    case 'count': return changeCount(original, rng)
    case 'age': {
      const a = +original
      const d = randInt(rng, 3, 15)
      return String(a - d < 1 || (rng() < 0.5 && a + d <= 110) ? a + d : a - d)
    }
    case 'role': {
      const from = normaliseTitle(original)
      const title = pick(rng, REPLACEMENT_TITLES.filter((t) => t !== from && !from.includes(t) && !t.includes(from)))
      return original === 'CEO' ? matchCase('Ceo', title) : matchCase(original, title)
    }
    case 'place': return pick(rng, CITIES.filter((c) => !story.allText.includes(c)))
    default: throw new Error(`no plain replacement for ${kind}`)
  }
}

function changeDate(text: string, rng: () => number): string {
  const md = new RegExp(DATE_MD.source, 'u').exec(text)
  const dm = md ? null : new RegExp(DATE_DM.source, 'u').exec(text)
  const [month, dayText] = md ? [md[1], md[2]] : [dm![2], dm![1]]
  const day = +dayText
  const mi = monthIndex(month)
  if (rng() < 0.5) {
    // Another day of the same month, 1 to 5 days off.
    const d = randInt(rng, 1, 5)
    const next = day + d <= 28 || day - d < 1 ? day + d : day - d
    return text.replace(/\d{1,2}(st|nd|rd|th)?/, (_, suffix) => suffix ? ordinal(next) : String(next))
  }
  const options = MONTHS.map((_, i) => i).filter((i) => i !== mi && MONTH_DAYS[i] >= day && i !== 1)
  const to = MONTHS[pick(rng, options)]
  // Keep an abbreviation an abbreviation ("Aug." becomes "Oct.").
  const name = month.endsWith('.') ? (to === 'September' ? 'Sept.' : to.length <= 4 ? to : `${to.slice(0, 3)}.`) : to
  return text.replace(month, name)
}

function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'
  return `${n}${suffix}`
}

function changeCount(text: string, rng: () => number): string {
  const n = parseCount(text)
  let next: number
  if (n <= 20 || !/^\d/.test(text)) {
    do next = n + (rng() < 0.5 ? -1 : 1) * randInt(rng, 1, 3)
    while (next < 2 || next === n || (!/^\d/.test(text) && next > 20))
  } else {
    const d = Math.max(1, Math.round(n * (0.1 + 0.4 * rng())))
    next = rng() < 0.5 && n - d >= 2 ? n - d : n + d
  }
  if (!/^\d/.test(text)) return matchCase(text, NUMBER_WORDS[next])
  return text.includes(',') ? next.toLocaleString('en-US') : String(next)
}
