// British spelling beside American: dictionary-en is American ("organized"),
// so "organised", "travelling" and "rumours" need dictionary-en-gb too. Loaded
// once per process, on the first word the American dictionary does not know
// (~0.25 s), so a corpus of American copy never pays for it.
import dictionaryGb from 'dictionary-en-gb'
import nspell from 'nspell'

let speller: ReturnType<typeof nspell> | undefined

export function isBritishWord(word: string): boolean {
  speller ??= nspell(dictionaryGb)
  return speller.correct(word)
}
