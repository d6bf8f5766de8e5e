// Whether capitalised words name a person, for the persons extractor
// (pipeline/extract/persons.ts): a full name ("Clara Sorrenti", not "New York
// Magazine") or a single word that speaks or acts ("White said").
import {isEnglishWord} from '../names/dictionary.js'
import {personNames} from '../names/gazetteer.js'

// First words of place names ("San Francisco", "El Paso", "Northern Ireland"), never of a person's.
export const placeStarts = new Set(['san', 'santa', 'el', 'los', 'las', 'la', 'new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'fort', 'port', 'saint', 'st', 'lake', 'mount', 'upper', 'lower', 'great', 'greater', 'central'])

// Last words of place, organisation and office names ("Newport Beach", "Kraft Plant", "Betty Ford Center"), never
// of a person's; words that are also surnames (Hill, Lane, Hall, Park, Field, Major) are left out.
export const placeEnds = new Set(['beach', 'village', 'plant', 'island', 'islands', 'valley', 'garden', 'gardens', 'street', 'avenue', 'boulevard',
  'center', 'centre', 'show', 'theatre', 'theater', 'hospital', 'university', 'college', 'school', 'county', 'city', 'township', 'lake',
  'river', 'bay', 'airport', 'station', 'prison', 'jail', 'building', 'office', 'department', 'agency', 'committee', 'council', 'company',
  'corporation', 'inc', 'club', 'league', 'association', 'institute', 'foundation', 'museum', 'hotel', 'stadium', 'arena', 'awards',
  'festival', 'legislation', 'thursday', 'monday', 'tuesday', 'wednesday', 'friday', 'saturday', 'sunday',
  // and of offices ("Surgeon General", "Prime Minister", "Vice President").
  'general', 'president', 'minister', 'secretary', 'director', 'chancellor', 'governor', 'senator', 'mayor', 'commissioner',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson'])

// Verbs that start a sentence of page furniture and are also given names: "Read Cloudflare’s statement".
const imperatives = new Set(['read', 'see', 'follow', 'watch', 'click', 'listen', 'join', 'sign', 'share', 'like', 'visit', 'call', 'contact', 'find', 'get'])
// Verbs that say a single capitalised word before them is someone: "White said".
const speaks = /^\s+(?:said|says|told|added|wrote|asked|explained|noted|argued|testified|recalled|insisted)\b/u
const acts = /^\s+(?:was|is|has|had|did|would|could|will|then|also)\b/u

/** Two or more capitalised words that read as a person's name: a known given name first, a surname that is a name rather than a word ("New York Magazine", "Kill Counts" are not). */
export function fullName(name: string): boolean {
  const parts = name.split(/\s+/u)
  const [first, last] = [parts[0].toLowerCase(), parts[parts.length - 1].toLowerCase()]
  const given = personNames()
  if (!given.has(first) || placeStarts.has(first) || imperatives.has(first)) return false
  return !headingWords(name) && (given.has(last) || !isEnglishWord(last))
}

/** Whether a word between a name's first and last is a word and no name: a heading's ("Obama Reverses Bush"), not a middle name. */
export function headingWords(name: string): boolean {
  const given = personNames()
  return name.split(/\s+/u).slice(1, -1).some((part) => part.length > 2 && !given.has(part.toLowerCase()) && isEnglishWord(part.toLowerCase()))
}

/** A single capitalised word that may name a person: a listed name that is no English word, or one that speaks ("White said"). */
export function maybePerson(word: string, after: string): boolean {
  // A listed name alone is as often a place ("Palermo", "Sicily"): it must speak. A word the dictionary
  // does not know even capitalised that does something ("Comeaux was in a wheelchair when he…") may be someone too.
  const lower = word.toLowerCase()
  return speaks.test(after) && (personNames().has(lower) || !isEnglishWord(lower)) || acts.test(after) && !isEnglishWord(word)
}
