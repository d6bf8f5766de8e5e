// Where English grammar itself says whom a pronoun means, whatever its gender:
// a reflexive ("himself") or a possessive in an adjunct ("in his sleep")
// means the subject that opens its clause ("Williams died early Thursday in
// his sleep", "In her acceptance speech, Benjamin thanked two of his
// mentors"), when nobody else stands between them. Persons named in the
// sentences before are then no rivals. An object pronoun ("Smith hugged her")
// never means its clause's subject, and a possessive of the object ("Obama
// praised her record") may mean anyone within reach: neither is bound here.

/** Marks and words that open a clause: a pronoun after one belongs to a new clause. */
const opener = /[,;:()—–"“”]|\b(?:and|but|or|nor|that|who|whom|whose|which|while|when|whenever|where|because|after|before|since|as|if|unless|although|though|until|said|says|say|told|tells|than|so)\b/giu
/** What may stand between a clause's start and its subject: an adverb, a title or given names ("Mr. Trump", "Then Smith"). */
const lead = /^[\s\p{P}]*(?:(?:[Tt]hen|[Nn]ow|[Ll]ater|[Aa]lso|[Ss]till|[Yy]et|[Ii]nstead|[Mm]eanwhile|[Ff]inally|[Ee]ventually|[Bb]ut|[Aa]nd)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u
/** Prepositions that open an adjunct: "in his sleep", "with her brother", "for his part". */
const adjunct = /\b(?:in|on|at|for|from|during|into|throughout|despite|after|before|under|over|about|of|to|by|within|through|against|toward|towards|between|among)\s+$/iu
const otherPronoun = /\b(?:he|she|him|her|his|hers|himself|herself|they|them|their|theirs|themselves|I|me|my|we|us|our|you|your)\b/iu

export interface BindingCandidate {
  start: number
  /** A named person's key; absent for a noun or an unknown name. */
  person?: unknown
}

/**
 * The candidate (by index in `candidates`, all of the pronoun's sentence) that `pronoun` is bound to, or -1.
 * `before` is the sentence's text up to the pronoun; `at` the sentence's start offset in the article.
 */
export function boundSubject(pronoun: string, before: string, at: number, candidates: BindingCandidate[]): number {
  const reflexive = pronoun === 'himself' || pronoun === 'herself'
  // A possessive only in an adjunct: "in his sleep", not "praised her record".
  const preposition = adjunct.exec(before.slice(-16))
  if (!reflexive && !((pronoun === 'his' || pronoun === 'her') && preposition)) return -1
  // The preposition itself ("after his arrest") opens no clause.
  let clause = 0
  for (const m of before.slice(0, before.length - (preposition?.[0].length ?? 0)).matchAll(opener)) clause = m.index! + m[0].length
  const inClause = candidates.map((candidate, index) => ({candidate, index})).filter(({candidate}) => candidate.start - at >= clause && candidate.start - at < before.length)
    .sort((a, b) => a.candidate.start - b.candidate.start)
  if (inClause.length === 0) return -1
  const first = inClause[0]
  // Only the subject: one person, first in its clause, and nobody (no noun, no other pronoun) after it before the pronoun.
  if (!first.candidate.person || inClause.some(({candidate}) => candidate.person !== first.candidate.person)) return -1
  if (!lead.test(before.slice(clause, first.candidate.start - at))) return -1
  const between = before.slice(inClause.at(-1)!.candidate.start - at).replace(/^\S+/u, '')
  if (otherPronoun.test(between) || between.split(/\s+/u).length > 14) return -1
  return first.index
}
