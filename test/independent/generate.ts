// Error-injection sites for cross-article consistency, from the measurement spec:
// a value may be changed only where another article of the same gold story
// states the original in a sentence with the same context (the witness).
import {ecbplusTopics, newswcl50Events} from '../helpers/evaldata.js'
import {findValues, replacement, storyContext, type Kind, type StoryContext, type Value} from './kinds.js'
import {COMMON_WORDS, isStopword, matchCase, pick, prng, sentences, sharedWords, shuffle, type Sentence} from './text.js'

export interface Article {
  id: string // the flat file name without .txt, which is also the report's article id
  story: string
  text: string
}

export interface Story {
  id: string
  articles: Article[]
  context: StoryContext
}

export interface Witness {
  article: string
  text: string // the witness sentence, or the quotation it prints
}

export interface Site {
  story: string
  article: string
  kind: Kind
  start: number
  end: number
  text: string
  sentence: string
  witnesses: Witness[]
}

export interface Change {
  site: Site
  witness: Witness
  replacement: string
  start: number // the changed span in the changed text
  end: number
}

/** Every NewsWCL50 event and every ECB+ sub-topic is one gold story. */
export function loadStories(): Story[] {
  const stories: Story[] = []
  const add = (id: string, articles: Record<string, string>) => {
    const list = Object.entries(articles).map(([name, text]) => ({id: `${id}-${name}`, story: id,
      text: text.replace(/^\uFEFF/, '')})) // the tool's offsets skip a BOM
    stories.push({id, articles: list, context: storyContext(list.map((a) => a.text))})
  }
  for (const {event, articles} of newswcl50Events()) add(`newswcl50-${event}`, articles)
  for (const {topic, set, articles} of ecbplusTopics()) add(`ecbplus-${topic}-${set}`, articles)
  return stories
}

const MIN_SHARED = 3
const QUOTE_RUN = 8

/** All eligible sites of a story, each with the articles that witness its original value. */
export function findSites(story: Story): Site[] {
  const stated: Array<{article: Article; sentence: Sentence; value: Value}> = []
  for (const article of story.articles) {
    for (const sentence of sentences(article.text)) {
      for (const value of findValues(sentence, story.context)) stated.push({article, sentence, value})
    }
  }
  const byKey = new Map<string, typeof stated>()
  for (const s of stated) {
    const key = `${s.value.kind}:${s.value.key}`
    if (!byKey.has(key)) byKey.set(key, [])
    byKey.get(key)!.push(s)
  }
  const sites: Site[] = []
  const seen = new Set<string>()
  for (const s of stated) {
    const spot = `${s.article.id}:${s.value.kind}:${s.value.start}`
    if (seen.has(spot)) continue
    seen.add(spot)
    const witnesses: Witness[] = []
    for (const other of byKey.get(`${s.value.kind}:${s.value.key}`)!) {
      if (other.article.id === s.article.id || witnesses.some((w) => w.article === other.article.id)) continue
      const own = new Set([...s.value.own, ...other.value.own])
      if (sharedWords(s.sentence.words, other.sentence.words, own) >= MIN_SHARED) {
        witnesses.push({article: other.article.id, text: other.sentence.text})
      }
    }
    if (witnesses.length) {
      sites.push({story: story.id, article: s.article.id, kind: s.value.kind, start: s.value.start, end: s.value.end,
        text: s.value.text, sentence: s.sentence.text, witnesses})
    }
  }
  return [...sites, ...quoteSites(story)]
}

interface Quote {
  article: string
  text: string
  tokens: Array<{word: string; start: number; end: number}>
}

function quotations(article: Article): Quote[] {
  const quotes: Quote[] = []
  // Curly or straight pairs within one paragraph line.
  for (const m of article.text.matchAll(/“([^”\n]+)”|"([^"\n]+)"/g)) {
    const inner = m[1] ?? m[2]
    const base = m.index! + 1
    const tokens = [...inner.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((t) => ({
      word: t[0].toLowerCase().replace(/’/g, "'"), start: base + t.index!, end: base + t.index! + t[0].length}))
    if (tokens.length >= QUOTE_RUN) quotes.push({article: article.id, text: inner, tokens})
  }
  return quotes
}

/** Content words inside a run of eight or more words another article quotes identically. */
function quoteSites(story: Story): Site[] {
  const quotes = story.articles.flatMap(quotations)
  const grams = new Map<string, Quote[]>()
  const gram = (q: Quote, i: number) => q.tokens.slice(i, i + QUOTE_RUN).map((t) => t.word).join(' ')
  for (const q of quotes) {
    for (let i = 0; i + QUOTE_RUN <= q.tokens.length; i++) {
      const g = gram(q, i)
      if (!grams.has(g)) grams.set(g, [])
      grams.get(g)!.push(q)
    }
  }
  const sites: Site[] = []
  for (const q of quotes) {
    const witnessesAt: Witness[][] = q.tokens.map(() => [])
    for (let i = 0; i + QUOTE_RUN <= q.tokens.length; i++) {
      for (const other of grams.get(gram(q, i))!) {
        if (other.article === q.article) continue
        for (let k = i; k < i + QUOTE_RUN; k++) {
          if (witnessesAt[k].some((w) => w.article === other.article)) continue
          witnessesAt[k].push({article: other.article, text: other.text})
        }
      }
    }
    q.tokens.forEach((t, k) => {
      const original = story.articles.find((a) => a.id === q.article)!.text.slice(t.start, t.end)
      if (!witnessesAt[k].length || !/^\p{Ll}{5,}$/u.test(original) || isStopword(original)) return
      sites.push({story: story.id, article: q.article, kind: 'quote', start: t.start, end: t.end, text: original,
        sentence: q.text, witnesses: witnessesAt[k]})
    })
  }
  return sites
}

const MAX_PER_KIND = 2

/**
 * One seeded round: at most one change per article and two per kind per story.
 * A witness article is never changed in the same round, so the original stays stated.
 */
export function pickRound(stories: Story[], sites: Site[], seed: number): Change[] {
  const rng = prng(seed)
  const context = new Map(stories.map((s) => [s.id, s.context]))
  const changed = new Set<string>()
  const protectedIds = new Set<string>()
  const perKind = new Map<string, number>()
  const changes: Change[] = []
  for (const site of shuffle(rng, [...sites])) {
    const kindKey = `${site.story}:${site.kind}`
    if (changed.has(site.article) || protectedIds.has(site.article) || (perKind.get(kindKey) ?? 0) >= MAX_PER_KIND) continue
    const free = site.witnesses.filter((w) => !changed.has(w.article))
    if (!free.length) continue
    const witness = pick(rng, free)
    const text = site.kind === 'quote'
      ? matchCase(site.text, pick(rng, COMMON_WORDS.filter((w) => w !== site.text.toLowerCase())))
      : replacement(site.kind, site.text, rng, context.get(site.story)!)
    if (text === site.text) continue
    changed.add(site.article)
    protectedIds.add(witness.article)
    perKind.set(kindKey, (perKind.get(kindKey) ?? 0) + 1)
    changes.push({site, witness, replacement: text, start: site.start, end: site.start + text.length})
  }
  return changes
}

/** The articles' texts after a round's changes (one change an article at most). */
export function applyChanges(stories: Story[], changes: Change[]): Map<string, string> {
  const texts = new Map(stories.flatMap((s) => s.articles.map((a) => [a.id, a.text] as const)))
  for (const c of changes) {
    const text = texts.get(c.site.article)!
    texts.set(c.site.article, text.slice(0, c.site.start) + c.replacement + text.slice(c.site.end))
  }
  return texts
}
