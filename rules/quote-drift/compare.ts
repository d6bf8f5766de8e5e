// Word-level comparison of two quotations of the same words (the `diff`
// package), normalised as Quotebank does: lower case, no punctuation. Only
// changes between the first and last shared word count: quoting less of a
// statement is not a change; leaving words out in the middle is, unless an
// ellipsis or bracket marks the cut.
import {diffArrays} from 'diff'
import type {PassageWord} from '../../pipeline/corpus/shingles.js'

/** A quotation's words, as the core's shingle index reads them. */
export type QuoteWord = PassageWord

export interface WordChange {
  /** The quotation's own words here (empty when it leaves words out). */
  actual: string[]
  /** The other version's words here (empty when this one adds words). */
  expected: string[]
  /** Offsets of the change in the quotation's article (a point for an omission). */
  start: number
  end: number
  /** An omission marked by an ellipsis or bracket: fine. */
  marked: boolean
}

export interface Comparison {
  changes: WordChange[]
  /** Offsets (in the quotation's article) of the stretch both quote: a fragment that agrees says nothing of the rest. */
  stretch: [number, number]
}

/** Changes of `quote` against `other`, inside the stretch both quote. */
export function compareQuotes(quote: QuoteWord[], other: QuoteWord[]): Comparison {
  const parts = diffArrays(other.map((word) => word.word), quote.map((word) => word.word))
  const changes: WordChange[] = []
  let mine = 0
  let theirs = 0
  let pending: {actual: QuoteWord[]; expected: string[]; at: number; theirsAt: number} | null = null
  const flush = () => {
    if (!pending) return
    const {actual, expected} = pending
    // "Kiwi Farms" for "Kiwifarms", "it's" for "it is": the same words spelt otherwise.
    if (!sameWords(actual.map((word) => word.word), expected)) {
      const at = actual[0] ?? quote[pending.at]
      changes.push({
        actual: actual.map((word) => word.word),
        expected,
        start: actual.length ? actual[0].start : at?.start ?? 0,
        end: actual.length ? actual.at(-1)!.end : at?.start ?? 0,
        // Left out where this version marks a cut, or added where the other version marks one.
        marked: (actual.length === 0 && Boolean(quote[pending.at]?.afterCut)) ||
          (expected.length === 0 && Boolean(other[pending.theirsAt]?.afterCut))
      })
    }
    pending = null
  }
  // Only runs of two or more shared words anchor the comparison: a lone "the" or "an" is chance.
  const anchors = parts.map((part, index) => (!part.added && !part.removed && part.value.length >= 2 ? index : -1)).filter((index) => index !== -1)
  const first = anchors[0] ?? parts.length
  const last = anchors.at(-1) ?? -1
  let stretchStart = 0
  let stretchEnd = 0
  // Before the first and after the last shared run: a version that quotes less or more is no change, but one
  // word of each where both quotations begin or end is one word swapped ("is at stake" / "is at story").
  const edges: Array<{added: QuoteWord[]; removed: string[]}> = [{added: [], removed: []}, {added: [], removed: []}]
  parts.forEach((part, index) => {
    const inside = index > first && index < last
    if (index === first) stretchStart = mine
    if (index === last) stretchEnd = mine + part.value.length
    if (!part.added && !part.removed) {
      if (inside || index === last) flush()
      mine += part.value.length
      theirs += part.value.length
      return
    }
    if (!inside) {
      const edge = edges[index < first ? 0 : 1]
      if (part.added) edge.added.push(...quote.slice(mine, mine + part.value.length))
      else edge.removed.push(...part.value)
      if (part.added) mine += part.value.length
      else theirs += part.value.length
      return
    }
    pending ??= {actual: [], expected: [], at: mine, theirsAt: theirs}
    if (part.added) {
      pending.actual.push(...quote.slice(mine, mine + part.value.length))
      mine += part.value.length
    } else {
      pending.expected.push(...part.value)
      theirs += part.value.length
    }
  })
  if (anchors.length > 0) {
    for (const edge of edges) {
      const {added, removed} = edge
      if (added.length !== 1 || removed.length !== 1 || sameWords(added.map((word) => word.word), removed)) continue
      changes.push({actual: added.map((word) => word.word), expected: removed, start: added[0].start, end: added.at(-1)!.end, marked: false})
    }
    changes.sort((a, b) => a.start - b.start)
  }
  // Whatever else follows the last shared word is a longer or shorter quotation, not a change.
  const stretch: [number, number] = last >= first && stretchEnd > stretchStart ? [quote[stretchStart].start, quote[stretchEnd - 1].end] : [0, 0]
  return {changes, stretch}
}

/** "[-one-]{+decision+}" for each change, as word-diff tools print it. */
export function formatChanges(changes: WordChange[]): string {
  return changes.map((change) =>
    `${change.expected.length ? `[-${change.expected.join(' ')}-]` : ''}${change.actual.length ? `{+${change.actual.join(' ')}+}` : ''}`).join(' ')
}

const contractions: Array<[RegExp, string]> = [[/n't\b/g, ' not'], [/'m\b/g, ' am'], [/'re\b/g, ' are'], [/'ll\b/g, ' will'], [/'ve\b/g, ' have'], [/'s\b/g, ' is'], [/\bcannot\b/g, 'can not']]

/** One run of words and another are the same words: spelt apart or together, contracted or not. */
function sameWords(a: string[], b: string[]): boolean {
  const plain = (words: string[]) => contractions.reduce((text, [pattern, full]) => text.replace(pattern, full), words.join(' ')).replace(/\s+/g, '')
  return a.join('') === b.join('') || plain(a) === plain(b)
}
