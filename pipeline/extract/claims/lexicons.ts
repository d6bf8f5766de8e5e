// The claim extractors' data: event classes and titles, kept beside the
// extractors that read them (./data) and checked at load.
import {compilePatterns, lexiconRegExp, readLexicon, type PatternEntry} from '../../lexicon.js'

interface EventEntry extends PatternEntry {
  class: string
  unique?: boolean
}

interface TitleLexicon {
  heads: string[]
  ranks: string[]
  synonyms: Record<string, string>
  neutral: string[]
}

const dataUrl = (name: string) => new URL(`./data/${name}`, import.meta.url)

export const eventPatterns = compilePatterns(
  readLexicon<EventEntry[]>(dataUrl('events.yml')),
  'pipeline/extract/claims/data/events.yml',
  false
)

/** Event classes a name has only once (origin, death): a shared name and class is enough to align. */
export const uniqueEvents = new Set(eventPatterns.filter(({entry}) => entry.unique).map(({entry}) => entry.class))

const titles = readLexicon<TitleLexicon>(dataUrl('titles.yml'))
export const titleHeads = new Set(titles.heads)
export const titleNeutral = new Set(titles.neutral)
export const titleRanks = new Set(titles.ranks)
/** Longest first, so "chief executive officer" folds before "chief executive". */
export const titleSynonyms = Object.entries(titles.synonyms).sort((a, b) => b[0].length - a[0].length)
  .map(([from, to]) => ({pattern: new RegExp(`\\b${from.replace(/[-]/g, '\\-')}\\b`, 'g'), to}))

const globalPatterns = eventPatterns.map(({entry, regex}) => ({entry, regex: lexiconRegExp(regex.source, 'giu')}))

export interface EventMatch {
  class: string
  start: number
  end: number
}

/** Every event word of a sentence with its place, found once; windows then filter them. */
export function eventMatches(sentence: string): EventMatch[] {
  const found: EventMatch[] = []
  for (const {entry, regex} of globalPatterns) {
    for (const match of sentence.matchAll(regex)) found.push({class: entry.class, start: match.index!, end: match.index! + match[0].length})
  }
  return found
}

/** Classes of the matches that lie wholly inside [from, to) of the sentence. */
export function classesWithin(matches: EventMatch[], from: number, to: number): string[] {
  const found: string[] = []
  for (const match of matches) if (match.start >= from && match.end <= to && !found.includes(match.class)) found.push(match.class)
  return found
}

export function eventClasses(sentence: string): string[] {
  const found: string[] = []
  for (const {entry, regex} of eventPatterns) if (regex.test(sentence)) found.push(entry.class)
  return found
}
