// The same sentence in the story's other articles, word for word but for its
// gendered pronouns: wire copy reprinted, a translation of it, a spun copy.
// "…was leaving her car when she was hit…" printed in eleven articles and
// "…when he was hit…" in one: the one is a slip, whoever the persons are, in a
// quotation or not. Each gendered pronoun is read against the same place in
// the other prints (the rule weighs the counts: a majority of two prints or
// more decides; a tie only with the persons' say).
import {pronounGender} from '../../pipeline/extract/pronoun-words.js'
import type {ArticleFacts} from '../../pipeline/types.js'
import type {Gender} from './persons.js'

/** A gendered pronoun at its place in a print of a sentence. */
export interface Slot {
  article: ArticleFacts
  start: number
  end: number
  text: string
  gender: Gender
}

/** A pronoun some of the story's other prints of its sentence give the other gender. */
export interface CopyFlip {
  slot: Slot
  /** The other prints' pronouns at its place, of the other gender. */
  copies: Slot[]
  /** How many articles print the sentence with the other gender, and with this one's (itself included). */
  prints: number
  own: number
}

/**
 * Short sentences ("He said he ran.") are said of many people: only a longer one is the same sentence. No two of the
 * evaldata's 1,207 real articles print a sentence of six words or more word for word with other pronouns.
 */
const minWords = 8

/**
 * Words as shingles.ts's passageWords reads them, but keeping a bracketed insertion's words: an editor's "[him]"
 * is a pronoun to compare here, where passageWords drops it as no word of the speaker's.
 */
const word = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu

/** A sentence's words with its gendered pronouns masked, and those pronouns; null when it is short or has none. */
function printOf(article: ArticleFacts, text: string, offset: number): {key: string; slots: Slot[]} | null {
  const words: string[] = []
  const slots: Slot[] = []
  for (const m of text.matchAll(word)) {
    const lower = m[0].toLowerCase().replace(/’/gu, "'")
    const start = offset + m.index!
    // "he's", "she'd": the pronoun, its clitic a word of its own.
    const [pronoun, clitic] = /^(?:he|she)'/u.test(lower) ? [lower.slice(0, lower.indexOf("'")), lower.slice(lower.indexOf("'"))] : [lower, '']
    const gender = pronounGender.get(pronoun)
    if (gender) slots.push({article, start, end: start + pronoun.length, text: m[0].slice(0, pronoun.length), gender})
    words.push(gender ? '\u0001' : lower)
    if (gender && clitic) words.push(clitic)
  }
  return words.length >= minWords && slots.length > 0 ? {key: words.join(' '), slots} : null
}

/**
 * The pronouns of `articles` that other prints of their sentence disagree with, and by how many prints. `printed`
 * says how many articles print a passage of an article word for word (a copy family's representative stands for the
 * members that print it).
 */
export function copyFlips(articles: ArticleFacts[], printed: (article: ArticleFacts, start: number, end: number) => number): CopyFlip[] {
  const prints = new Map<string, Array<{slots: Slot[]; weight: number}>>()
  for (const article of articles) {
    for (const sentence of article.sentences) {
      const found = sentence.text ? printOf(article, sentence.text, sentence.start) : null
      if (!found) continue
      const list = prints.get(found.key) ?? []
      prints.set(found.key, list)
      list.push({slots: found.slots, weight: 0})
    }
  }
  const flips: CopyFlip[] = []
  for (const list of prints.values()) {
    if (list.length < 2) continue
    // Weighed only where prints meet: most sentences are printed once.
    for (const print of list) print.weight = printed(print.slots[0].article, print.slots[0].start, print.slots.at(-1)!.end)
    for (let index = 0; index < list[0].slots.length; index++) {
      for (const {slots} of list) {
        const slot = slots[index]
        let own = 0
        let prints = 0
        const copies: Slot[] = []
        for (const other of list) {
          if (other.slots[index].gender === slot.gender) own += other.weight
          else {
            prints += other.weight
            copies.push(other.slots[index])
          }
        }
        if (prints > 0) flips.push({slot, copies, prints, own})
      }
    }
  }
  return flips
}
