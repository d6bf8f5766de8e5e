// Notes each copy of a copy family (one text reprinted), and finds sentences
// that two articles of different families share nearly word for word
// (quotations blanked: a quote is meant to be repeated) through the story's
// shingle index, then reports each article pair: a warning when the copy credits
// neither the other outlet nor the wire service the other credits, info when
// it does. When the
// publication dates differ, only the later article is said to have copied.
import type {CreditFact} from '../../pipeline/extract/credits.js'
import type {CorpusContext, CorpusRule, FamilyInfo} from '../../pipeline/rule.js'
import type {ArticleFacts} from '../../pipeline/types.js'
import {meta, type UnattributedCopyOptions} from './meta.js'

interface Passage {
  article: number
  start: number
  end: number
  words: number
  shingles: Set<number>
}

// A shingle this many sentences share is boilerplate shared by many outlets, not copy between two.
const maxPosting = 50

function overlap(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const value of small) if (large.has(value)) shared++
  return small.size === 0 ? 0 : shared / small.size
}

const agencyNames = /\b(associated press|reuters|afp|agence france-presse|bloomberg|dpa|upi|press association|canadian press|xinhua)\b/giu

// What `credits` reads of an article, worked out once: a family reprinted a hundred times asks it of every pair.
const lowered = new WeakMap<ArticleFacts, string>()
const agencies = new WeakMap<ArticleFacts, Set<string>>()
const named = new WeakMap<ArticleFacts, Array<[string, string]>>()

function lowerText(article: ArticleFacts): string {
  let text = lowered.get(article)
  if (text === undefined) lowered.set(article, (text = article.text.toLowerCase()))
  return text
}

function creditedAgencies(article: ArticleFacts): Set<string> {
  let set = agencies.get(article)
  if (!set) agencies.set(article, (set = new Set(((article.extra.credits ?? []) as CreditFact[]).map((credit) => credit.agency).filter((agency): agency is string => Boolean(agency)))))
  return set
}

/** Agency names the text mentions, as [canonical name, the words used], in order. */
function agencyMentions(article: ArticleFacts): Array<[string, string]> {
  let list = named.get(article)
  if (!list) {
    list = [...article.text.matchAll(agencyNames)].map((m) => {
      const name = m[1].toLowerCase()
      return [name === 'agence france-presse' ? 'afp' : name, m[0]]
    })
    named.set(article, list)
  }
  return list
}

/**
 * How the article credits copy it shares with `other`: by naming the other's
 * outlet, or by crediting the wire service the other article credits (both
 * ran the same wire copy). A wire credit for some other agency does not cover it.
 */
function credits(article: ArticleFacts, other: ArticleFacts): string | null {
  const outlet = other.meta.outlet
  if (outlet && outlet.length > 2 && lowerText(article).includes(outlet.toLowerCase())) return outlet
  const theirs = creditedAgencies(other)
  if (theirs.size === 0) return null
  for (const credit of (article.extra.credits ?? []) as CreditFact[]) if (credit.agency && theirs.has(credit.agency)) return credit.text
  for (const [name, words] of agencyMentions(article)) if (theirs.has(name)) return words
  return null
}

export const unattributedCopy: CorpusRule<UnattributedCopyOptions> = {
  meta,
  run(corpus, options) {
    const families = corpus.families()
    for (const family of families) reportFamily(corpus, family)
    // Copies within a family are one text, reported above; passages are compared across families.
    const familyOf = new Map(families.flatMap((family) => family.members.map((member) => [member.id, family.id] as const)))
    // Sentences (words outside quotations) from the story's shingle index; candidates are the
    // sentences that share a shingle, verified on the share of shingles they have in common.
    const index = corpus.shingles()
    const articleIndex = new Map(corpus.articles.map((article, position) => [article, position]))
    const sentences = index.passages.filter((passage) => passage.kind === 'sentence' && passage.words.length >= options.minSentenceWords && !houseNote(passage.article, passage.start))
    const order = new Map(sentences.map((passage, position) => [passage, position]))
    const passages = new Map(sentences.map((passage) => [passage, {article: articleIndex.get(passage.article)!, start: passage.start, end: passage.end, words: passage.words.length, shingles: passage.shingles} satisfies Passage]))
    const asPassage = (passage: (typeof sentences)[number]) => passages.get(passage)!
    const shared = new Map<string, Array<[Passage, Passage]>>()
    for (const sentence of sentences) {
      for (const [other] of index.meet(sentence, 'sentence', maxPosting)) {
        const position = order.get(other)
        if (position === undefined || position <= order.get(sentence)!) continue
        if (familyOf.get(sentence.article.id) === familyOf.get(other.article.id)) continue
        const [a, b] = [asPassage(sentence), asPassage(other)]
        if (overlap(a.shingles, b.shingles) < options.minOverlap) continue
        const [first, second] = a.article < b.article ? [a, b] : [b, a]
        const pair = `${first.article}:${second.article}`
        shared.set(pair, [...(shared.get(pair) ?? []), [first, second]])
      }
    }
    for (const [pair, matches] of shared) {
      const [x, y] = pair.split(':').map(Number)
      for (const [self, other, side] of [[x, y, 0], [y, x, 1]] as const) {
        const article = corpus.articles[self]
        const source = corpus.articles[other]
        const mine = unique(matches.map((match) => match[side]))
        const theirs = unique(matches.map((match) => match[1 - side]))
        const words = mine.reduce((sum, passage) => sum + passage.words, 0)
        if (words < options.minSharedWords) continue
        // The earlier of two dated articles is the original, not the copy.
        if (article.meta.published && source.meta.published && article.meta.published < source.meta.published) continue
        const credit = credits(article, source)
        const outlet = source.meta.outlet ? ` (${source.meta.outlet})` : ''
        corpus.report(meta.id, article.id, {
          reason: credit
            ? `Passage of ${words} words shared with \`${source.id}\`${outlet}, credited to \`${credit.length > 50 ? `${credit.slice(0, 50)}…` : credit}\``
            : `Unexpected passage of ${words} words shared with \`${source.id}\`${outlet} without credit, expected a credit to the outlet or wire service`,
          note: 'Copy shared word for word with another outlet comes from one source; readers should be told which, so they do not count it as independent confirmation.',
          start: mine[0].start,
          end: mine[0].end,
          confidence: credit ? 0.8 : Math.min(0.9, 0.5 + words / 200),
          severity: credit ? 'info' : undefined,
          evidence: theirs.slice(0, 3).map((passage) => corpus.evidence(source.id, passage.start, passage.end)),
          key: `copy:${source.id}`
        })
      }
    }
  }
}

// An outlet's note on its own copy, printed under many of its articles: not copy taken from another outlet.
const noteLabel = /^\s*(?:editor['’]?s['’]? note|editors['’]? note|note to readers|disclosure|disclaimer|correction|clarification)\s*:/iu

/** Whether the paragraph holding `offset` opens with an editor's note label ("Editor’s note: …"). */
function houseNote(article: ArticleFacts, offset: number): boolean {
  const opening = article.text.lastIndexOf('\n', offset)
  return noteLabel.test(article.text.slice(opening + 1, opening + 40))
}

function unique(list: Passage[]): Passage[] {
  return [...new Set(list)].sort((a, b) => a.start - b.start)
}

/**
 * A copy family is one text printed by several outlets: each member is
 * reported once, a warning when it credits none of the others' outlets or
 * wire services, info when it does; the original (the one dated earliest,
 * where the dates say so) is not.
 */
function reportFamily(corpus: CorpusContext, family: FamilyInfo): void {
  if (family.members.length < 2) return
  const dates = family.members.map((member) => member.meta.published).filter((date): date is string => Boolean(date)).sort()
  const original = dates.length > 0 && dates[0] !== dates[1] ? family.members.find((member) => member.meta.published === dates[0]) : undefined
  for (const member of family.members) {
    if (member === original) continue
    const others = family.members.filter((other) => other !== member)
    let credit: string | null = null
    for (const other of others) if ((credit = credits(member, other)) !== null) break
    const first = member.sentences.find((sentence) => !member.headings.some((heading) => heading.start <= sentence.start && sentence.end <= heading.end)) ?? member.sentences[0]
    if (!first) continue
    const source = original ?? others[0]
    const outlets = [...new Set(others.map((other) => other.meta.outlet).filter(Boolean))]
    const shared = `${others.length} other article${others.length === 1 ? '' : 's'}${outlets.length ? ` (${outlets.slice(0, 3).join(', ')}${outlets.length > 3 ? ', …' : ''})` : ''}`
    corpus.report(meta.id, member.id, {
      reason: credit
        ? `Text shared word for word with ${shared}, credited to \`${credit.length > 50 ? `${credit.slice(0, 50)}…` : credit}\``
        : `Unexpected text shared word for word with ${shared} without credit, expected a credit to the outlet or wire service`,
      note: `The same text is printed in ${family.members.length} articles: it comes from one source, and readers should be told which, so they do not count it as independent confirmation.`,
      start: first.start,
      end: first.end,
      confidence: credit ? 0.8 : 0.85,
      severity: credit ? 'info' : undefined,
      evidence: [corpus.evidence(source.id, source.sentences[0]?.start ?? 0, source.sentences[0]?.end ?? 0)],
      key: 'copy-family',
      onlyHere: true
    })
  }
}
