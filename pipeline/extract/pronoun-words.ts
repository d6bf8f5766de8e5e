// The words that say who a third-person pronoun can mean, for the persons
// extractor (pipeline/extract/persons.ts): pronouns, honorifics, gendered and
// person nouns, gendered adjectives (data/pronouns.yml), and how a written
// word maps onto a noun of that list ("co-worker", "wives").
import {readLexicon} from '../lexicon.js'

export type Gender = 'female' | 'male'

interface PronounLexicon {
  pronouns: Record<Gender, string[]>
  titles: Record<Gender, string[]>
  nouns: Record<Gender, string[]>
  neutral: string[]
  adjectives: Record<Gender, string[]>
}

const lexicon = readLexicon<PronounLexicon>(new URL('./data/pronouns.yml', import.meta.url))
export const pronounGender = new Map<string, Gender>()
for (const gender of ['female', 'male'] as const) for (const word of lexicon.pronouns[gender]) pronounGender.set(word, gender)
export const titleGender = new Map<string, Gender>()
for (const gender of ['female', 'male'] as const) for (const word of lexicon.titles[gender]) titleGender.set(word, gender)
export const nounGender = new Map<string, Gender | 'neutral'>(lexicon.neutral.map((word) => [word, 'neutral']))
for (const gender of ['female', 'male'] as const) for (const word of lexicon.nouns[gender]) nounGender.set(word, gender)

export const adjectiveGender = new Map<string, Gender>()
for (const gender of ['female', 'male'] as const) for (const word of lexicon.adjectives[gender]) adjectiveGender.set(word, gender)
export const irregular: Record<string, string> = {wives: 'wife', women: 'woman', men: 'man', people: 'person', children: 'child'}
export const oneOf = /\bone of (?:the|his|her|their|its|our) $/iu

/** A hyphened word's person noun: its head ("co-worker"), or the word before a dash typed as a hyphen ("follower-then"). */
export function hyphened(word: string): string {
  // Asked of every word of every sentence: most have no hyphen, and splitting them cost a tenth of the persons' time.
  if (!word.includes('-')) return word
  const parts = word.split('-')
  if (parts.length < 2 || nounGender.has(word)) return word
  if (nounGender.has(parts.at(-1)!)) return parts.at(-1)!
  return nounGender.has(parts[0]) && /^(?:then|now|and|or|but|who|which|that|the|a|an)$/u.test(parts[1]) ? parts[0] : word
}
/** "wives" → "wife", "boxes" → "box", "judges" → "judge": by string ends, as it runs on every plural word. */
export const singular = (plural: string) => irregular[plural] ??
  (plural.endsWith('es') && /(?:[sxz]|ch|sh)es$/u.test(plural) ? plural.slice(0, -2) : plural.endsWith('s') ? plural.slice(0, -1) : plural)

/** Each gender's pronouns as one pattern, compiled once. */
export const pronounsOf = Object.fromEntries((['female', 'male'] as const).map((gender) => [gender, new RegExp(`\\b(?:${lexicon.pronouns[gender].join('|')})\\b`, 'iu')])) as Record<Gender, RegExp>
const anyPronoun = [...pronounGender.keys()].join('|')
/** A pronoun paired with another before it, "he or she", "his/her": anyone, of either gender. */
export const eitherBefore = new RegExp(`\\b(${anyPronoun})\\s*(?:\\/|\\bor\\s)\\s*$`, 'iu')
/** The same, after it. */
export const eitherAfter = new RegExp(`^\\s*(?:\\/|or\\s)\\s*(${anyPronoun})\\b`, 'iu')

/** What follows a possessive "her" (a noun or its modifiers), not an object "her" ("behind her, rocking", "her to go"). */
export const nounAfter = /^\s+(?!(?:and|or|but|to|in|on|at|for|with|from|by|of|that|as|than|the|a|an|into|about|after|before|over|out|up|down|off|back|again|when|if|because|so)\b)[\p{L}\d]/u
