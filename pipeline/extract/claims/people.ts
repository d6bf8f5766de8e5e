// Persons an article names: full names (two or more capitalised words once
// titles are stripped) by surname, and surnames used alone, so that "Gomes"
// in a later sentence finds "Gary Gomes", and a run that the article later
// calls by its surname alone is known to be a person rather than a place.
import {readLexicon} from '../../lexicon.js'
import {titleHeads} from './lexicons.js'
import {nameKey, type Word} from './text.js'

interface PersonLexicon {
  honorifics: string[]
  suffixes: string[]
  descriptors: string[]
  notNames: string[]
  verbs: string[]
}

const data = readLexicon<PersonLexicon>(new URL('./data/persons.yml', import.meta.url))
const honorifics = new Set(data.honorifics)
const suffixes = new Set(data.suffixes)
const notNames = new Set(data.notNames)
/** Irregular verbs that may follow a name ("Klitschko won"). */
export const verbsAfterName = new Set(data.verbs)
/** Nouns that stand before a name like a title: "the 35-year-old actress Tara Reid". */
export const descriptors = new Set([...data.descriptors, ...titleHeads])
const isTitle = (word: string) => honorifics.has(word) || descriptors.has(word)

export interface PersonName {
  /** The name without titles or suffixes: "Jerry Ortiz" of "Deputy Jerry Ortiz". */
  text: string
  start: number
  end: number
  key: string
  /** Empty for a surname alone. */
  givenKey: string
  surnameKey: string
  /** A title or honorific stood before it in the run. */
  titled: boolean
  /** Ends in a possessive: "Reid's". */
  possessive: boolean
  words: number
}

const lower = (word: Word) => word.text.toLowerCase().replace(/['’]s$|['’]$/, '')
// A name word: capitalised, letters only, not an acronym ("NYPD") — "O'Brien", "LaCalamita", "McKnight" pass.
const nameWord = /^\p{Lu}(?:[\p{Ll}'’-]|\p{Lu}(?=\p{Ll}))*(?:['’]s?)?$/u

/** The person a run of capitalised words can name, or null when it cannot be one. */
export function personName(run: Word[]): PersonName | null {
  // Titles go, up to the last one: "Special Counsel Robert Mueller", "Police Chief Scott Russell"; so does an
  // age, which counts as capitalised ("35-year-old Gomes").
  // and so does a possessor ("Germany's Gene Pukall"). "Gary Gomes of New Bedford" names Gary Gomes.
  const cut = run.findIndex((word) => word.text === 'of' || word.text === 'the')
  let to = cut === -1 ? run.length : cut
  let from = 0
  for (let index = 0; index < to - 1; index++) {
    if (isTitle(lower(run[index])) || /^\d/.test(run[index].text) || /['’]s?$/.test(run[index].text)) from = index + 1
  }
  while (to > from + 1 && suffixes.has(lower(run[to - 1]))) to--
  const words = run.slice(from, to)
  if (words.some((word) => !nameWord.test(word.text) || notNames.has(lower(word)))) return null
  const possessive = /['’]s?$/.test(words.at(-1)!.text)
  const text = words.map((word) => word.text).join(' ').replace(/['’]s?$/, '')
  return {
    text, start: words[0].start, end: words.at(-1)!.end, key: nameKey(text),
    givenKey: words.length > 1 ? nameKey(words[0].text) : '', surnameKey: nameKey(lower(words.at(-1)!)),
    titled: from > 0, possessive, words: words.length
  }
}

/** One given name, or two where one shortens the other ("Fred", "Frederick"). */
export function sameGiven(a: string, b: string): boolean {
  return a === b || (a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a)))
}

export class People {
  private readonly full: PersonName[] = []
  private readonly alone = new Set<string>()

  /** Every run of capitalised words of the article, in order. */
  constructor(runs: Word[][]) {
    for (const run of runs) {
      const name = personName(run)
      if (!name) continue
      if (name.words > 1) this.full.push(name)
      else this.alone.add(name.surnameKey)
    }
  }

  /** The article calls someone by this surname alone: names with it are persons. */
  usedAlone(surnameKey: string): boolean {
    return this.alone.has(surnameKey)
  }

  /**
   * The full name a surname stands for at `offset`: the one named before it
   * (a story names a person in full first); never a guess between two people
   * of one surname ("Gary Gomes" and his mother "Catherine Gomes").
   */
  resolve(surnameKey: string, offset: number): PersonName | null {
    const candidates = this.full.filter((name) => name.surnameKey === surnameKey && name.start < offset)
    if (candidates.length === 0 || candidates.some((name) => !sameGiven(name.givenKey, candidates[0].givenKey))) return null
    return candidates[0]
  }
}
