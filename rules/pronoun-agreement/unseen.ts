// Persons of the story the article's own extraction missed: a surname alone
// ("with whom Clinton met… her family's foundation") where only the other
// articles give the full name, or a surname the story gives to several
// people about as often ("Clinton" of Hillary and Bill).
import type {ArticleFacts, PersonReference} from '../../pipeline/types.js'
import {pluralAfterThe} from '../../pipeline/extract/person-words.js'
import {isGivenName} from '../../pipeline/names/given-gender.js'

type KeyOf = (article: ArticleFacts, person: string) => string

/** Surnames of the story's full names that a surname alone does not settle ("clinton"). */
export function sharedSurnames(articles: ArticleFacts[], keyOf: KeyOf): Set<string> {
  const shared = new Set<string>()
  for (const article of articles) {
    for (const reference of article.persons ?? []) {
      const words = reference.person.split(/\s+/u)
      const surname = words.at(-1)!.toLowerCase()
      if (words.length > 1 && keyOf(article, words.at(-1)!) === surname) shared.add(surname)
    }
  }
  return shared
}

// A capitalised word alone, not in a run ("Wasilla Bible Church").
const loneWord = /(?<!\p{Lu}[\p{L}'’-]*\s+|\p{L})\p{Lu}\p{Ll}+(?!\p{L}|\s+\p{Lu})/gu

/**
 * Whom the pronoun's reach (its sentence and the two before) names by a surname alone beyond `own`: the story's full
 * name for it when that starts with a given name, or `?Surname` when the story shares it between several people.
 */
export function unseenNames(article: ArticleFacts, pronoun: PersonReference, own: string[], keyOf: KeyOf, shared: Set<string>): string[] {
  const index = article.sentences.findLastIndex((sentence) => sentence.start <= pronoun.start)
  const from = article.sentences[Math.max(0, index - 2)]?.start ?? 0
  const known = new Set(own.map((candidate) => keyOf(article, candidate)))
  const found: string[] = []
  for (const m of article.text.slice(from, pronoun.start).matchAll(loneWord)) {
    const key = keyOf(article, m[0])
    // "the Sixers" elsewhere in the article: a team, whoever the story's "Philly Sixers" is.
    if (known.has(key) || pluralAfterThe(article.text, m[0])) continue
    known.add(key)
    if (!key.includes(' ') && shared.has(key)) found.push(`?${m[0]}`)
    else if (key.includes(' ') && isGivenName(key.split(' ')[0])) found.push(key)
  }
  return found
}
