// Style figures: a few counts over the article's body sentences that set an
// English newsroom's own copy apart from translated or spun English — how
// many commas a sentence carries, how often "the" comes, actions turned
// into nouns, how varied the words are, contractions, and "said". Counted
// here, in the workers, once per article; a rule turns them into evidence.
// Titles and headings are left out: headline style is its own.
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {compilePatterns, readLexicon, type PatternEntry} from '../lexicon.js'
import type {StyleFigures} from '../types.js'

type Counted = 'contractions' | 'attribution' | 'nominalisations'

interface StyleEntry extends PatternEntry {
  count: Counted
}

/** Words per window of the moving type–token ratio: long enough to see repetition, short enough for a short article. */
export const varietyWindow = 50

const lexiconUrl = new URL('./data/style.yml', import.meta.url)
const token = /\p{L}+(?:['’]\p{L}+)*|\p{N}[\p{N},.]*/gu
let matchers: Record<Counted, RegExp> | undefined

function styleMatchers(): Record<Counted, RegExp> {
  if (matchers) return matchers
  const entries = compilePatterns(readLexicon<StyleEntry[]>(lexiconUrl), 'pipeline/extract/data/style.yml')
  const join = (count: Counted) => new RegExp(`^(?:${entries.filter(({entry}) => entry.count === count).map(({entry}) => `(?:${entry.pattern})`).join('|') || '(?!)'})$`, 'iu')
  matchers = {contractions: join('contractions'), attribution: join('attribution'), nominalisations: join('nominalisations')}
  return matchers
}

/** The style figures of some sentences (body text: no headings). */
export function styleFigures(sentences: readonly string[]): StyleFigures {
  const match = styleMatchers()
  const figures: StyleFigures = {words: 0, sentences: 0, commas: 0, the: 0, nominalisations: 0, contractions: 0, attribution: 0, variety: null}
  const lower: string[] = []
  for (const sentence of sentences) {
    let words = 0
    for (const [word] of sentence.matchAll(token)) {
      words++
      const first = word.charCodeAt(0)
      if (first >= 48 && first <= 57) continue
      const folded = word.toLowerCase()
      lower.push(folded)
      if (folded === 'the') figures.the++
      else if (match.attribution.test(folded)) figures.attribution++
      else if ((word.includes('\'') || word.includes('’')) && match.contractions.test(folded)) figures.contractions++
      // Capitalised words are names and sentence openers.
      else if (word[0] === folded[0] && match.nominalisations.test(folded)) figures.nominalisations++
    }
    if (words === 0) continue
    figures.sentences++
    figures.words += words
    for (let at = sentence.indexOf(','); at !== -1; at = sentence.indexOf(',', at + 1)) figures.commas++
  }
  figures.variety = movingTypeTokenRatio(lower)
  return figures
}

/** The mean share of distinct words in every window of `varietyWindow` words (the whole text when shorter); null without words. */
export function movingTypeTokenRatio(words: readonly string[]): number | null {
  if (words.length === 0) return null
  if (words.length <= varietyWindow) return Math.round((10000 * new Set(words).size) / words.length) / 10000
  const counts = new Map<string, number>()
  let distinct = 0
  const add = (word: string, by: number) => {
    const count = (counts.get(word) ?? 0) + by
    counts.set(word, count)
    if (by > 0 && count === 1) distinct++
    if (by < 0 && count === 0) distinct--
  }
  for (let i = 0; i < varietyWindow; i++) add(words[i], 1)
  let sum = distinct
  for (let i = varietyWindow; i < words.length; i++) {
    add(words[i], 1)
    add(words[i - varietyWindow], -1)
    sum += distinct
  }
  return Math.round((10000 * sum) / ((words.length - varietyWindow + 1) * varietyWindow)) / 10000
}

export function extractStyle() {
  return (_tree: Root, file: VFile) => {
    const facts = file.data.facts ?? {}
    const headings = (file.data.article?.blocks ?? []).filter((block) => block.kind === 'title' || block.kind === 'heading')
    const body = (facts.sentences ?? []).filter((sentence) => !headings.some((block) => sentence.start >= block.start && sentence.start < block.end))
    file.data.facts = {...facts, style: styleFigures(body.map((sentence) => sentence.text))}
  }
}
