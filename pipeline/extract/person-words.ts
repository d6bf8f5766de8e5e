// Whether capitalised words name a person, for the persons extractor
// (pipeline/extract/persons.ts): a full name ("Clara Sorrenti", not "New York
// Magazine", "Indianapolis Colts" or a heading's "Obama Reverses Bush"), a
// name cut at a middle initial, full names inside a title-case heading, or a
// single word that speaks or acts ("White said").
import {readLexicon} from '../lexicon.js'
import {isEnglishWord} from '../names/dictionary.js'
import {givenNameGender, isGivenName} from '../names/given-gender.js'
import {personNames} from '../names/gazetteer.js'
import {personName, type PersonName} from './claims/people.js'
import {nameKey, type Word} from './claims/text.js'
import {singular} from './pronoun-words.js'

// First words of place names ("San Francisco", "El Paso", "Northern Ireland"), never of a person's.
export const placeStarts = new Set(['san', 'santa', 'el', 'los', 'las', 'la', 'new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'fort', 'port', 'saint', 'st', 'lake', 'mount', 'upper', 'lower', 'great', 'greater', 'central'])

// US states, provinces and countries: a dateline's "Palmer, Alaska" is no person.
export const places = new Set(readLexicon<{places: string[]}>(new URL('./data/places.yml', import.meta.url)).places)

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
  // The people-name list lacks given names the gender lists know for one gender ("Barack", "Jermayne"); not a place's ("Texas").
  if (!(given.has(first) || givenNameGender(parts[0]) !== null && !places.has(first)) || placeStarts.has(first) || imperatives.has(first)) return false
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

/** Whether the article puts `word`, a plural, after "the" ("the Sixers", "the Oscars"): a team's or an event's name, no surname. */
export function pluralAfterThe(text: string, word: string): boolean {
  return /[^s]s$/iu.test(word) && text.includes(`the ${word}`) && new RegExp(`\\bthe\\s+${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\b`, 'u').test(text)
}

/** "colts", "chiefs", "panthers": the plural of an English word. */
export const pluralOfWord = (word: string) => /[^s]s$/u.test(word) && isEnglishWord(singular(word))

/**
 * A name cut at a middle initial ("George W" of "George W. Bush", "Michael A" of "Judge Michael A. Martone"): the
 * given name and the surname after the initial; null for one that is no person's ("Washington D. C.").
 */
export function initialled(name: PersonName, text: string): PersonName | null {
  const words = name.text.split(/\s+/u)
  if (words.length < 2 || words.at(-1)!.length > 1) return name
  const next = /^\.\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(name.end, name.end + 40))
  if (!next) return null
  const display = `${words[0]} ${next[1]}`
  return {...name, text: display, key: nameKey(display), surnameKey: nameKey(next[1]), end: name.end + next[0].length, words: 2}
}

/** A name the article onlyever puts after "the" ("the Carolina Way") is a thing's, when it ends in a word ("the Yvonne Hiller" is a slip). */
export function onlyAfterThe(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (!/\b[Tt]he\s+$/u.test(text.slice(Math.max(0, at - 5), at))) return false
  }
  return true
}

/**
 * Full names inside a capitalised stretch too long to be a name (a title-case headline, "Hillary Clinton Goes After
 * Donald Trump As The New Mitt Romney"): two words, a known given name and a surname, outside the runs kept.
 */
export function headlineNames(tokens: Word[], runs: Word[][], text: string, offset: number): Array<{run: Word[], name: PersonName}> {
  const kept = new Set(runs.flat().map((word) => word.start))
  const pairs: Array<{run: Word[], name: PersonName}> = []
  for (let index = 0; index + 1 < tokens.length; index++) {
    const run = [tokens[index], tokens[index + 1]]
    if (!/^\p{Lu}/u.test(run[0].text) || !/^\p{Lu}/u.test(run[1].text) || kept.has(run[0].start) || kept.has(run[1].start) ||
      !/^\s+$/u.test(text.slice(run[0].end - offset, run[1].start - offset)) || !isGivenName(run[0].text) || !fullName(`${run[0].text} ${run[1].text}`)) continue
    const name = personName(run)
    if (name) pairs.push({run, name}), index++
  }
  return pairs
}
