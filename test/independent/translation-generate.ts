// Error injection for two machine-translation/spinning artifacts, from the
// measurement spec: a flipped gendered pronoun and a doubled coordination
// ("harassment and harassment"). One change per article per round.
import {ecbplusTopics, newswcl50Events} from '../helpers/evaldata.js'
import {prng, shuffle} from './text.js'
import {doublingSites} from './translation-doubling.js'
import {pronounSites} from './translation-pronoun.js'
import type {Edit} from './translation-text.js'

export const KINDS = ['pronoun', 'doubling'] as const
export type Kind = typeof KINDS[number]

export interface Article {
  id: string // the flat file name without .txt, which is also the report's article id
  text: string
  sites: Record<Kind, Edit[]>
}

export interface Change {
  kind: Kind
  article: string
  edit: Edit
  start: number // the changed span in the changed text
  end: number
}

/** Every NewsWCL50 and ECB+ article, with unique flat ids, and its eligible sites. */
export function loadArticles(): Article[] {
  const articles: Article[] = []
  const add = (prefix: string, texts: Record<string, string>) => {
    for (const [name, raw] of Object.entries(texts)) {
      const text = raw.replace(/^\uFEFF/, '') // the tool's offsets skip a BOM
      articles.push({id: `${prefix}-${name}`, text, sites: {pronoun: pronounSites(text), doubling: doublingSites(text)}})
    }
  }
  for (const {event, articles: texts} of newswcl50Events()) add(`newswcl50-${event}`, texts)
  for (const {topic, set, articles: texts} of ecbplusTopics()) add(`ecbplus-${topic}-${set}`, texts)
  return articles
}

/**
 * One round: a seeded choice of up to `perKind` articles for each kind, the two
 * sets disjoint, and one site per chosen article.
 */
export function pickRound(articles: Article[], round: number, perKind: number): Change[] {
  const rng = prng(0x7a11 + round * 7919)
  const taken: Record<Kind, number> = {pronoun: 0, doubling: 0}
  const changes: Change[] = []
  for (const article of shuffle(rng, [...articles])) {
    // An article with both kinds of site gets one of them at random, so neither kind picks first.
    const open = shuffle(rng, KINDS.filter((k) => article.sites[k].length > 0 && taken[k] < perKind))
    const kind = open[0]
    if (!kind) continue
    const sites = article.sites[kind]
    const edit = sites[Math.floor(rng() * sites.length)]
    taken[kind]++
    changes.push({kind, article: article.id, edit, start: edit.start, end: edit.start + edit.to.length})
  }
  return changes
}

/** The corpus with this round's changes applied (article id -> text). */
export function applyChanges(articles: Article[], changes: Change[]): Map<string, string> {
  const texts = new Map(articles.map((a) => [a.id, a.text]))
  for (const {article, edit} of changes) {
    const text = texts.get(article)!
    if (text.slice(edit.start, edit.end) !== edit.from) throw new Error(`site moved in ${article}`)
    texts.set(article, text.slice(0, edit.start) + edit.to + text.slice(edit.end))
  }
  return texts
}

/** ~100 characters around a change, with the edit marked, for --list-misses. */
export function context(text: string, change: Change): string {
  const {edit} = change
  const before = text.slice(Math.max(0, edit.start - 50), edit.start)
  const after = text.slice(edit.end, edit.end + 50)
  return `${before}[${edit.from} → ${edit.to}]${after}`.replace(/\s+/g, ' ')
}
