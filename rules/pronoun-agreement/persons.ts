// One key per person across the articles of a story, and the pronoun of the
// other gender that a flagged one should have been.
import {nounAfter} from '../../pipeline/extract/pronoun-words.js'
import {voterOf, type ArticleFacts, type PersonReference} from '../../pipeline/types.js'

export type Gender = 'female' | 'male'

export interface Tally {
  female: PersonReference[]
  male: PersonReference[]
}

export type Tallies = Map<string, Map<string, Tally>>

/**
 * Each person's references by gender, article by article: a gendered title
 * ("Ms. Sorrenti") and a pronoun with nobody else within reach. (Counting
 * also the pronouns whose other candidates are known to be of the other
 * gender — "Trump met May. She said…" for May — found no more flips on the
 * evaldata and gave a man a woman's votes through a nickname.)
 */
export function countVotes(articles: ArticleFacts[], keyOf: (article: ArticleFacts, person: string) => string,
  alone: (article: ArticleFacts, reference: PersonReference) => boolean = () => true): Tallies {
  const tallies: Tallies = new Map()
  const add = (article: ArticleFacts, person: string, reference: PersonReference) => {
    const tally = tallies.get(article.id)!
    const key = keyOf(article, person)
    const entry = tally.get(key) ?? {female: [], male: []}
    tally.set(key, entry)
    if (!entry[reference.gender!].includes(reference)) entry[reference.gender!].push(reference)
  }
  for (const article of articles) {
    tallies.set(article.id, new Map())
    for (const reference of article.persons ?? []) {
      if (reference.gender && (reference.kind === 'title' || reference.sole && alone(article, reference))) add(article, reference.person, reference)
    }
  }
  return tallies
}

/** Each copy family votes once: the member with the most references speaks for it. */
export function byVoter(articles: ArticleFacts[], tallies: Tallies): Map<string, Map<string, Tally>> {
  const voters = new Map<string, Map<string, Tally>>()
  for (const article of articles) {
    const tally = tallies.get(article.id)!
    const current = voters.get(voterOf(article))
    if (!current || size(tally) > size(current)) voters.set(voterOf(article), tally)
  }
  return voters
}

/** A person's gender across the story, when their references say it clearly (more than twice as often). */
export function storyGenders(articles: ArticleFacts[], tallies: Tallies): (person: string) => Gender | null {
  const voters = byVoter(articles, tallies)
  return (person) => {
    let female = 0
    let male = 0
    for (const tally of voters.values()) {
      female += tally.get(person)?.female.length ?? 0
      male += tally.get(person)?.male.length ?? 0
    }
    return female > 2 * male ? 'female' : male > 2 * female ? 'male' : null
  }
}

function size(tally: Map<string, Tally>): number {
  let count = 0
  for (const entry of tally.values()) count += entry.female.length + entry.male.length
  return count
}

// "Kim Jong-un" and "Kim Jong Un" are one person.
const key = (name: string) => name.toLowerCase().replace(/[-‐–]/gu, ' ').replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/gu, ' ').trim()

/**
 * A person's key in the story: their full name; a surname alone ("Trump" of
 * "Mr. Trump") joins the full name of the story that ends with it — the one
 * the story names most often when there are several (Donald Trump before
 * Melania Trump), and none when two are named about as often.
 */
export function personKeys(articles: ArticleFacts[]): (article: ArticleFacts, person: string) => string {
  const fullBySurname = new Map<string, Map<string, number>>()
  for (const article of articles) {
    for (const reference of article.persons ?? []) {
      const name = key(reference.person)
      if (!name.includes(' ')) continue
      const surname = name.split(' ').at(-1)!
      const counts = fullBySurname.get(surname) ?? new Map<string, number>()
      fullBySurname.set(surname, counts.set(name, (counts.get(name) ?? 0) + 1))
    }
  }
  const resolved = new Map<string, string>()
  for (const [surname, counts] of fullBySurname) {
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1])
    if (!second || first[1] >= 2 * second[1]) resolved.set(surname, first[0])
  }
  // "President-elect Barack Obama", "Admiral Sureesh Mehta": the title is part of the run; the last two words join the story's name.
  const full = new Set([...fullBySurname.values()].flatMap((counts) => [...counts.keys()]))
  // The same words ask again for every pronoun that has them within reach: worked out once.
  const known = new Map<string, string>()
  return (_article, person) => {
    let found = known.get(person)
    if (found !== undefined) return found
    // A person noun ("?suspect") is its own key, apart from any name.
    if (person.startsWith('?')) found = person.toLowerCase()
    else {
      const name = key(person)
      const words = name.split(' ')
      found = words.length > 2 && full.has(words.slice(-2).join(' ')) ? words.slice(-2).join(' ') : words.length > 1 ? name : resolved.get(name) ?? name
    }
    known.set(person, found)
    return found
  }
}

const swap: Record<string, string> = {he: 'she', she: 'he', him: 'her', his: 'her', hers: 'his', himself: 'herself', herself: 'himself'}

/** The same pronoun in the other gender; "her" is "his" before a noun, "him" otherwise. */
export function expectedForm(pronoun: string, after: string): string {
  const lower = pronoun.toLowerCase()
  let form = swap[lower]
  if (lower === 'her') form = nounAfter.test(after) ? 'his' : 'him'
  return pronoun[0] === pronoun[0].toUpperCase() ? form[0].toUpperCase() + form.slice(1) : form
}
