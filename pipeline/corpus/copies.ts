// How a story's copy families reach the rules. A family is compared through
// its representative: rules see it whole, and each other member only for the
// passages it changed (its own words, a vote of their own); everything a
// member shares word for word with the representative is left out, so a
// story reprinted fifty times costs about one copy. Findings on a shared
// passage of the representative are then copied to the same passage of every
// member that prints it.
import type {ArticleFacts, SentenceFact} from '../types.js'
import type {Story} from './model.js'

export interface Projection {
  articleId: string
  start: number
  end: number
}

export interface StoryUnits {
  /** What the rules compare: one representative per family, and members' changed passages. */
  units: ArticleFacts[]
  /** The same passage in other members of the representative's family. */
  project(articleId: string, start: number, end: number): Projection[]
  /** Members printing a representative's passages, by representative id (for evidence: "the same text in 12 articles"). */
  copies(articleId: string): number
}

interface SharedPassage {
  start: number
  end: number
  /** Where each member that prints it word for word has it. */
  copies: Array<{articleId: string; start: number}>
}

const passagesOf = (article: ArticleFacts): SentenceFact[] => [...article.headings, ...article.sentences]

export function storyUnits(story: Story): StoryUnits {
  const units: ArticleFacts[] = []
  const shared = new Map<string, SharedPassage[]>()
  const size = new Map<string, number>()
  for (const family of story.families) {
    const {representative} = family
    units.push(representative)
    size.set(representative.id, family.members.length)
    if (family.members.length === 1) continue
    // The representative's passages by text, in order, so a sentence printed twice maps twice.
    const byText = new Map<string, SharedPassage[]>()
    const passages: SharedPassage[] = []
    for (const passage of passagesOf(representative)) {
      const entry: SharedPassage = {start: passage.start, end: passage.end, copies: []}
      passages.push(entry)
      byText.set(passage.text, [...(byText.get(passage.text) ?? []), entry])
    }
    shared.set(representative.id, passages)
    for (const member of family.members) {
      if (member === representative) continue
      const taken = new Map<string, number>()
      const changed: SentenceFact[] = []
      for (const passage of passagesOf(member)) {
        const nth = taken.get(passage.text) ?? 0
        const same = byText.get(passage.text)?.[nth]
        taken.set(passage.text, nth + 1)
        if (same) same.copies.push({articleId: member.id, start: passage.start})
        else changed.push(passage)
      }
      if (changed.length > 0) units.push(changedPassages(member, changed))
    }
  }
  return {
    units,
    project(articleId, start, end) {
      // The passages the span covers (a long quotation may run over two sentences);
      // a member prints the span when it prints all of them at one shift.
      // (The span may reach into the spaces between passages: "… with. ”".)
      const covered = shared.get(articleId)?.filter((each) => each.start < end && start < each.end) ?? []
      if (covered.length === 0) return []
      const shifts = covered.map((passage) => new Map(passage.copies.map((copy) => [copy.articleId, copy.start - passage.start])))
      const projections: Projection[] = []
      for (const [member, shift] of shifts[0]) {
        if (shifts.every((each) => each.get(member) === shift)) projections.push({articleId: member, start: start + shift, end: end + shift})
      }
      return projections
    },
    copies: (articleId) => size.get(articleId) ?? 1
  }
}

/**
 * A member as rules see it: its facts inside the passages it changed. Other
 * sentences keep their place but lose their text, so sentence indices stay
 * valid and a rule that reads sentences reads only the changed ones.
 */
function changedPassages(member: ArticleFacts, changed: SentenceFact[]): ArticleFacts {
  const inside = (item: {start: number}) => changed.some((passage) => passage.start <= item.start && item.start < passage.end)
  return {
    ...member,
    sentences: member.sentences.map((sentence) => (inside(sentence) ? sentence : {...sentence, text: ''})),
    headings: member.headings.filter(inside),
    entities: member.entities?.filter(inside),
    quotations: member.quotations?.filter(inside),
    claims: (member.claims as Array<{start: number}> | undefined)?.filter(inside)
  }
}
