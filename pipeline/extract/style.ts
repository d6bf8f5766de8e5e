// Style figures: a few counts over the article's body sentences that set an
// English newsroom's own copy apart from translated or spun English — how
// many commas a sentence carries, how often "the" comes, actions turned
// into nouns, how varied the words are, contractions, and "said". Counted
// here, in the workers, once per article; a rule turns them into evidence.
// Titles and headings are left out: headline style is its own.
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {compilePatterns, lexiconRegExp, readLexicon, type PatternEntry} from '../lexicon.js'
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
  const join = (count: Counted) => lexiconRegExp(`^(?:${entries.filter(({entry}) => entry.count === count).map(({entry}) => `(?:${entry.pattern})`).join('|') || '(?!)'})$`, 'iu')
  matchers = {contractions: join('contractions'), attribution: join('attribution'), nominalisations: join('nominalisations')}
  return matchers
}

const enum Kind { None, The, Attribution, Contraction, Nominalisation }

/**
 * Every word form seen, as the id of its lower-case form and what it counts
 * as (id × 8 + kind): one map lookup a token instead of a lower-casing and
 * three regexes. Kept across articles, cleared between them when it grows
 * past `vocabularyLimit` forms.
 */
const forms = new Map<string, number>()
const folds = new Map<string, number>()
const vocabularyLimit = 200_000
/** Per lower-case id: its count in the current variety window. */
let window = new Int32Array(1024)

function formCode(word: string): number {
  let code = forms.get(word)
  if (code !== undefined) return code
  const match = styleMatchers()
  const folded = word.toLowerCase()
  let id = folds.get(folded)
  if (id === undefined) folds.set(folded, (id = folds.size))
  const kind = folded === 'the' ? Kind.The
    : match.attribution.test(folded) ? Kind.Attribution
    : (word.includes('\'') || word.includes('’')) && match.contractions.test(folded) ? Kind.Contraction
    // Capitalised words are names and sentence openers.
    : word[0] === folded[0] && match.nominalisations.test(folded) ? Kind.Nominalisation
    : Kind.None
  code = id * 8 + kind
  forms.set(word, code)
  return code
}

/** The style figures of some sentences (body text: no headings). */
export function styleFigures(sentences: readonly string[]): StyleFigures {
  if (forms.size > vocabularyLimit) {
    forms.clear()
    folds.clear()
  }
  const figures: StyleFigures = {words: 0, sentences: 0, commas: 0, the: 0, nominalisations: 0, contractions: 0, attribution: 0, variety: null}
  const ids: number[] = []
  for (const sentence of sentences) {
    let words = 0
    for (const [word] of sentence.matchAll(token)) {
      words++
      const first = word.charCodeAt(0)
      if (first >= 48 && first <= 57) continue
      const code = formCode(word)
      ids.push(code >>> 3)
      switch (code & 7) {
        case Kind.The: figures.the++; break
        case Kind.Attribution: figures.attribution++; break
        case Kind.Contraction: figures.contractions++; break
        case Kind.Nominalisation: figures.nominalisations++; break
      }
    }
    if (words === 0) continue
    figures.sentences++
    figures.words += words
    for (let at = sentence.indexOf(','); at !== -1; at = sentence.indexOf(',', at + 1)) figures.commas++
  }
  figures.variety = variety(ids, folds.size)
  return figures
}

/** The mean share of distinct words in every window of `varietyWindow` words (the whole text when shorter); null without words. */
export function movingTypeTokenRatio(words: readonly string[]): number | null {
  const local = new Map<string, number>()
  const ids = words.map((word) => local.get(word) ?? local.set(word, local.size).get(word)!)
  return variety(ids, local.size)
}

/** `movingTypeTokenRatio` over word ids below `size`. */
function variety(ids: readonly number[], size: number): number | null {
  if (ids.length === 0) return null
  if (window.length < size) window = new Int32Array(Math.max(size, 2 * window.length))
  const span = Math.min(varietyWindow, ids.length)
  let distinct = 0
  for (let i = 0; i < span; i++) if (window[ids[i]]++ === 0) distinct++
  let sum = distinct
  for (let i = span; i < ids.length; i++) {
    if (window[ids[i]]++ === 0) distinct++
    if (--window[ids[i - span]] === 0) distinct--
    sum += distinct
  }
  // Leave the counts at zero for the next text.
  for (let i = ids.length - span; i < ids.length; i++) window[ids[i]] = 0
  return Math.round((10000 * sum) / ((ids.length - span + 1) * span)) / 10000
}

export function extractStyle() {
  return (_tree: Root, file: VFile) => {
    const facts = file.data.facts ?? {}
    const headings = (file.data.article?.blocks ?? []).filter((block) => block.kind === 'title' || block.kind === 'heading')
    const body = (facts.sentences ?? []).filter((sentence) => !headings.some((block) => sentence.start >= block.start && sentence.start < block.end))
    file.data.facts = {...facts, style: styleFigures(body.map((sentence) => sentence.text))}
  }
}
