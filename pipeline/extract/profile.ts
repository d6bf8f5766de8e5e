// What the corpus stage groups articles by, computed here so that it runs in
// the workers and crosses to the main thread as a few hundred numbers and
// words: a bag of distinctive terms (content-word stems and name tokens, for
// stories) and a MinHash signature of the text's word shingles (for copy
// families). Page chrome is already blanked, so boilerplate links nothing.
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {createMinHash, hashString} from '../minhash.js'
import type {ArticleProfile} from '../types.js'
import {stopwords} from './claims/text.js'
import {SentenceMemo} from './sentence-memo.js'

/** Words per shingle: long enough that two articles share one only by copying. */
const shingleWords = 5
export const profileMinHash = createMinHash(16, 4)

const word = /[\p{L}\p{N}]+/gu
const lettersOnly = /^\p{L}+$/u
const nameToken = /[^\p{L}\p{N}]/gu

interface SentenceWords {
  /** Its distinctive terms, each as often as it occurs. */
  terms: string[]
  /** Hashes of its shingles. */
  shingles: number[]
}

const sentenceWords = new SentenceMemo<SentenceWords>()

function wordsOf(sentence: string): SentenceWords {
  const terms: string[] = []
  const hashes: number[] = []
  for (const match of sentence.matchAll(word)) {
    const token = match[0].toLowerCase()
    // Capitalised words are names (counted once, as `@name`) or sentence openers.
    if (token.length >= 4 && match[0][0] === token[0] && !stopwords.has(token) && lettersOnly.test(token)) terms.push(token.slice(0, 7))
    hashes.push(hashString(token))
  }
  // A shingle's hash mixes its words' hashes: no joined strings per shingle.
  const shingles: number[] = []
  for (let i = 0; i + shingleWords <= hashes.length; i++) {
    let hash = 0x811c9dc5
    for (let j = i; j < i + shingleWords; j++) hash = Math.imul(hash ^ hashes[j], 0x01000193)
    shingles.push(hash >>> 0)
  }
  return {terms, shingles}
}

export function extractProfile() {
  return (_tree: Root, file: VFile) => {
    const facts = file.data.facts ?? {}
    const terms: Record<string, number> = {}
    const add = (term: string) => {
      terms[term] = (terms[term] ?? 0) + 1
    }
    const shingles = new Set<number>()
    for (const sentence of facts.sentences ?? []) {
      const found = sentenceWords.get(sentence.text, sentence.text, wordsOf)
      for (const term of found.terms) add(term)
      for (const hash of found.shingles) shingles.add(hash)
    }
    for (const mention of facts.entities ?? []) {
      if (mention.kind !== 'name') continue
      for (const token of mention.text.split(/\s+/)) {
        const key = token.toLowerCase().replace(nameToken, '')
        if (key.length >= 3) add(`@${key}`)
      }
    }
    const profile: ArticleProfile = {terms, shingles: shingles.size, signature: Array.from(profileMinHash.signature(shingles))}
    file.data.facts = {...facts, profile}
  }
}
