// English word list (nspell + dictionary-en), loaded once per process on first
// use (~0.4 s). `correct` is cheap; nspell's `suggest` costs 20–110 ms a word,
// so suggestions are the dictionary words one edit away (drop, transpose,
// substitute, insert: a few hundred `correct` calls, ~1 ms), cached.
import dictionary from 'dictionary-en'
import nspell from 'nspell'

type Speller = ReturnType<typeof nspell>

let speller: Speller | undefined
const suggestions = new Map<string, string[]>()

export function englishSpeller(): Speller {
  speller ??= nspell(dictionary)
  return speller
}

/** An ordinary English word, in any case ("Cloudy", "cloudy", "CLOUDY"). */
export function isEnglishWord(word: string): boolean {
  const spell = englishSpeller()
  return spell.correct(word) || spell.correct(word.toLowerCase())
}

const letters = 'abcdefghijklmnopqrstuvwxyz'

export function suggestWords(word: string, max: number): string[] {
  const cached = suggestions.get(word)
  if (cached) return cached.slice(0, max)
  const spell = englishSpeller()
  const found: string[] = []
  const consider = (candidate: string) => {
    if (candidate !== word && !found.includes(candidate) && spell.correct(candidate)) found.push(candidate)
  }
  for (let i = 0; i < word.length; i++) consider(word.slice(0, i) + word.slice(i + 1))
  for (let i = 0; i + 1 < word.length; i++) consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))
  for (let i = 0; i < word.length; i++) for (const letter of letters) consider(word.slice(0, i) + letter + word.slice(i + 1))
  for (let i = 0; i <= word.length; i++) for (const letter of letters) consider(word.slice(0, i) + letter + word.slice(i))
  suggestions.set(word, found)
  return found.slice(0, max)
}
