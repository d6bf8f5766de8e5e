// A person noun beside a name is that person, not someone else a pronoun may
// mean: "Scott Boras, the agent for Teixeira", "the teenager, Kimani Gray",
// "His lawyer, Richard Fowler", "Lorin Pearce, an executive assistant". The
// persons extractor takes such a noun for the named person and remembers it
// as their title, so that "the agent" later in the article is them too.

/** A name, a comma and the noun's determiner with up to two words before the noun: "Boras, the ", "Pearce, an executive ". */
const nameBefore = /\p{Lu}[\p{L}'’.-]*,\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}\d-]+\s+){0,2}$/u
/** A comma and a name straight after the noun: "the teenager, Kimani Gray". */
const nameAfter = /^,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/u

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
  if (nameBefore.test(text.slice(Math.max(0, start - 40), start))) {
    const comma = text.lastIndexOf(',', start)
    return named.filter((candidate) => candidate.person && candidate.start < comma).at(-1)
  }
  const after = nameAfter.exec(text.slice(end, end + 60))
  if (after) return named.find((candidate) => candidate.person && candidate.start > end && candidate.start <= end + after[0].length)
  return undefined
}
