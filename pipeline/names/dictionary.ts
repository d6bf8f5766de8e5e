// English word list (nspell + dictionary-en), loaded once per process on first
// use (~0.4 s). `correct` is cheap; `suggest` costs ~60 ms a word, so it is
// cached and callers cap how often they ask.
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

export function suggestWords(word: string, max: number): string[] {
  const found = suggestions.get(word) ?? englishSpeller().suggest(word)
  suggestions.set(word, found)
  return found.slice(0, max)
}
