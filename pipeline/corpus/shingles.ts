// One index of word shingles per story, shared by the rules that look for the
// same words in two articles: copied sentences (words outside quotations: a
// quotation is meant to be repeated) and quotations (each other's versions of
// a quote). Every passage is a run of normalised words; every four words in a
// row are one shingle; a shingle's postings list the passages that hold it,
// so two passages meet through the shingles they share, never by comparing
// every passage with every other.
import {findQuotationSpans} from '../extract/quotation-spans.js'
import {hashString} from '../minhash.js'
import type {ArticleFacts, QuotationFact} from '../types.js'

export const shingleWords = 4
/** Longer than any quotation a speaker gives in one go. */
const maxQuotationChars = 3000
const maxDepth = 1

export interface PassageWord {
  /** Lower case, curly apostrophes straightened. */
  word: string
  start: number
  end: number
  /** An ellipsis or bracketed insertion stands right before this word. */
  afterCut: boolean
}

export type PassageKind = 'sentence' | 'quotation'

export interface Passage {
  kind: PassageKind
  article: ArticleFacts
  start: number
  end: number
  words: PassageWord[]
  shingles: Set<number>
  /** The quotation, for a passage of that kind. */
  quotation?: QuotationFact
}

const token = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|…|\.\.\.|\[[^\]]*\]|\([…. ]+\)/gu

/** The words of a text; ellipses and bracketed insertions mark a cut before the next word. */
export function passageWords(text: string, offset: number): PassageWord[] {
  const list: PassageWord[] = []
  let cut = false
  for (const match of text.matchAll(token)) {
    const value = match[0]
    // "…", "(...)", "[and]" or "[s]": the writer's edit, not the speaker's word.
    if (/^(?:…|\.\.\.|\(.*\)|\[.*\])$/s.test(value)) {
      cut = true
      continue
    }
    list.push({word: value.toLowerCase().replace(/’/g, "'"), start: offset + match.index!, end: offset + match.index! + value.length, afterCut: cut})
    cut = false
  }
  return list
}

function shinglesOf(words: PassageWord[]): Set<number> {
  const set = new Set<number>()
  for (let index = 0; index + shingleWords <= words.length; index++) {
    let text = words[index].word
    for (let next = index + 1; next < index + shingleWords; next++) text += ` ${words[next].word}`
    set.add(hashString(text))
  }
  return set
}

export class ShingleIndex {
  readonly passages: Passage[] = []
  private readonly postings = new Map<number, Passage[]>()

  constructor(articles: ArticleFacts[]) {
    for (const article of articles) {
      const quotations = article.quotations ?? findQuotationSpans(article.text)
            // An unclosed mark runs its quotation to the end of the paragraph; a paragraph of such marks
      // would make each run long, so a quotation is read only as far as any real one goes.
      // News nests a quote in a quote, not deeper; deeper nesting is broken marks. An unclosed
      // quotation is read up to the next one, which its words cannot outlast.
      const indexed = quotations.filter((each) => (each.depth ?? 0) <= maxDepth).sort((a, b) => a.start - b.start)
      indexed.forEach((quotation, at) => {
        const stop = quotation.unclosed && indexed[at + 1] ? indexed[at + 1].start - quotation.start : quotation.text.length
        const words = passageWords(quotation.text.slice(0, Math.min(stop, maxQuotationChars)), quotation.start)
        this.add({kind: 'quotation', article, start: quotation.start, end: quotation.end, quotation, ...this.shingled(words)})
      })
      const quoted = quotations.filter((quotation) => (quotation.depth ?? 0) === 0).sort((a, b) => a.start - b.start)
      let next = 0
      for (const sentence of article.sentences) {
        if (!sentence.text || article.headings.some((heading) => heading.start <= sentence.start && sentence.end <= heading.end)) continue
        // Sentences and outermost quotations both run in order: one walk over the quotations.
        const words = passageWords(sentence.text, sentence.start).filter((word) => {
          while (next < quoted.length && quoted[next].end <= word.start) next++
          return !(next < quoted.length && quoted[next].start <= word.start)
        })
        this.add({kind: 'sentence', article, start: sentence.start, end: sentence.end, ...this.shingled(words)})
      }
    }
  }

  private shingled(words: PassageWord[]): {words: PassageWord[]; shingles: Set<number>} {
    return {words, shingles: shinglesOf(words)}
  }

  private add(passage: Passage): void {
    this.passages.push(passage)
    for (const shingle of passage.shingles) {
      const list = this.postings.get(shingle)
      if (list) list.push(passage)
      else this.postings.set(shingle, [passage])
    }
  }

  /**
   * Passages of `kind` in other articles that share shingles with `passage`,
   * with how many they share. A shingle more than `maxPosting` passages hold
   * is boilerplate, not a sign of copying or quoting.
   */
  meet(passage: Passage, kind: PassageKind, maxPosting: number): Map<Passage, number> {
    const shared = new Map<Passage, number>()
    for (const shingle of passage.shingles) {
      const list = this.postings.get(shingle)!
      if (list.length > maxPosting) continue
      for (const other of list) {
        if (other.kind === kind && other.article !== passage.article) shared.set(other, (shared.get(other) ?? 0) + 1)
      }
    }
    return shared
  }
}
