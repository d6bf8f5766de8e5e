// One key per person across the articles of a story, and the pronoun of the
// other gender that a flagged one should have been.
import type {ArticleFacts} from '../../pipeline/types.js'

export type Gender = 'female' | 'male'

const key = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').trim()

/**
 * A person's key in the story: their full name; a surname alone ("Trump" of
 * "Mr. Trump") joins the one full name of the story that ends with it, when
 * there is exactly one.
 */
export function personKeys(articles: ArticleFacts[]): (article: ArticleFacts, person: string) => string {
  const fullBySurname = new Map<string, Set<string>>()
  for (const article of articles) {
    for (const reference of article.persons ?? []) {
      const name = key(reference.person)
      if (!name.includes(' ')) continue
      const surname = name.split(' ').at(-1)!
      fullBySurname.set(surname, (fullBySurname.get(surname) ?? new Set()).add(name))
    }
  }
  return (_article, person) => {
    const name = key(person)
    if (name.includes(' ')) return name
    const full = fullBySurname.get(name)
    return full?.size === 1 ? [...full][0] : name
  }
}

const swap: Record<string, string> = {he: 'she', she: 'he', him: 'her', his: 'her', hers: 'his', himself: 'herself', herself: 'himself'}

/** The same pronoun in the other gender; "her" is "his" before a noun, "him" otherwise. */
export function expectedForm(pronoun: string, after: string): string {
  const lower = pronoun.toLowerCase()
  let form = swap[lower]
  if (lower === 'her') form = /^\s+(?!(?:and|or|but|to|in|on|at|for|with|from|by|of|that|as|than|the|a|an|into|about|after|before|over|out|up|down|off|back|again|when|if|because|so)\b)[\p{L}\d]/u.test(after) ? 'his' : 'him'
  return pronoun[0] === pronoun[0].toUpperCase() ? form[0].toUpperCase() + form.slice(1) : form
}
