// A person noun beside a name is that person, not someone else a pronoun may
// mean: "Scott Boras, the agent for Teixeira", "the teenager, Kimani Gray",
// "the Governor of Alaska, Sarah Palin", "His lawyer, Richard Fowler", "Lorin
// Pearce, an executive assistant", "Bob Currie, 66, a resident", "Pierre
// Thomas, one of the stars", and after a copula, "Robyn Mendes was the victim". The
// persons extractor takes such a noun for the named person and remembers it
// as their title, so that "the agent" later in the article is them too.

/**
 * A name, then a comma ("Boras, the ", "Pearce, an executive ", "Currie, 66, a ", "Thomas, one of the ") or a copula ("Mendes was
 * the "), and the noun's determiner with up to two words before the noun.
 */
const nameBefore = /\p{Lu}[\p{L}'’.-]*(?:,\s+\d+)?(?:,\s+(?:one\s+of\s+)?|\s+(?:is|was|became|remains)\s+)(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}\d-]+\s+){0,2}$/u
/** A comma and a name after the noun, or after a place or body it is of: "the teenager, Kimani Gray", "the Governor of Alaska, Sarah Palin". */
const nameAfter = /^(?:\s+(?:of|for|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/u

export interface Placed {
  start: number
  end?: number
  person?: unknown
}

/**
 * The named person (from `named`, the sentence's persons with their offsets in the article) a person noun at
 * `start`–`end` stands in apposition to, or undefined. `text` is the article.
 */
export function appositive<T extends Placed>(text: string, start: number, end: number, named: T[]): T | undefined {
  const from = Math.max(0, start - 50)
  const before = nameBefore.exec(text.slice(from, start))
  if (before) {
    // The person whose name ends in that word: nothing but their name between them ("Robyn Mendes was the victim").
    const word = from + before.index
    return named.filter((candidate) => candidate.person && candidate.start <= word && /^[\p{L}'’.\s-]*$/u.test(text.slice(candidate.start, word))).at(-1)
  }
  const after = nameAfter.exec(text.slice(end, end + 60))
  if (after) return named.find((candidate) => candidate.person && candidate.start > end && candidate.start <= end + after[0].length)
  return undefined
}
