// "Donald Tromp" where the story writes "Donald Trump": `tromp` is a word in
// the dictionary, but inside a name whose other words the story writes with
// the near neighbour, the word is no alibi. The story's names are indexed as
// pairs of adjacent name words ("donald trump", "trump tower"); a use of a
// variant is inside such a name when swapping it for the canonical form
// makes a pair the story writes.
import type {CorpusNames, TokenUse} from '../../pipeline/names/corpus-names.js'

const keyOf = (token: string) => token.replace(/[.,;:\-‐–]+$/u, '').toLowerCase()

/** The name words before and after a use, within its mention. */
function around(use: TokenUse): {before?: string; after?: string} {
  const tokens = [...use.mention.text.matchAll(/\S+/gu)]
  const index = tokens.findIndex((token) => use.mention.start + token.index! === use.start)
  if (index < 0) return {}
  return {before: index > 0 ? keyOf(tokens[index - 1][0]) : undefined, after: index + 1 < tokens.length ? keyOf(tokens[index + 1][0]) : undefined}
}

/** Where a word stands in its name: before another name word (a given name, "Osama bin Laden") or after one only (a surname, "Barack Obama"). */
export function nameRole(use: TokenUse): 'given' | 'surname' | 'alone' {
  const {before, after} = around(use)
  return after !== undefined ? 'given' : before !== undefined ? 'surname' : 'alone'
}

export function namePairs(names: CorpusNames): Set<string> {
  const pairs = new Set<string>()
  for (const entry of names.tokens.values()) {
    for (const use of entry.uses) {
      const {after} = around(use)
      if (after) pairs.add(`${entry.key} ${after}`)
    }
  }
  return pairs
}

/** Uses of the variant that stand where the story's names have the canonical form. */
export function usesInsideNames(uses: TokenUse[], canonical: string, pairs: Set<string>): TokenUse[] {
  return uses.filter((use) => {
    const {before, after} = around(use)
    return (before !== undefined && pairs.has(`${before} ${canonical}`)) || (after !== undefined && pairs.has(`${canonical} ${after}`))
  })
}
