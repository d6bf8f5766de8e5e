// Where English grammar itself says whom a pronoun means, whatever its gender:
// a reflexive ("himself") or a possessive in an adjunct ("in his sleep")
// means the subject that opens its clause ("Williams died early Thursday in
// his sleep", "In her acceptance speech, Benjamin thanked two of his
// mentors"), when nobody else stands between them. Persons named in the
// sentences before are then no rivals. An object pronoun ("Smith hugged her")
// never means its clause's subject, and a possessive of the object ("Obama
// praised her record") may mean anyone within reach: neither is bound here.

import {monthNames, weekdayNames} from '../load/calendar.js'
import {nounGender} from './pronoun-words.js'

const calendarWord = new RegExp(`^(?:${monthNames}|${weekdayNames})$`, 'iu')

/** Marks and words that open a clause: a pronoun after one belongs to a new clause. */
const opener = /[,;:()—–"“”]|\b(?:and|but|or|nor|that|who|whom|whose|which|while|when|whenever|where|because|after|before|since|as|if|unless|although|though|until|said|says|say|told|tells|than|so)\b/giu
/** What may stand between a clause's start and its subject: an adverb, a title or given names ("Mr. Trump", "Then Smith"). */
const lead = /^[\s\p{P}]*(?:(?:[Tt]hen|[Nn]ow|[Ll]ater|[Aa]lso|[Ss]till|[Yy]et|[Ii]nstead|[Mm]eanwhile|[Ff]inally|[Ee]ventually|[Bb]ut|[Aa]nd)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u
/** What may describe a subject before its name: "assistant Randy Ayers", "59-year-old Raj Chohan", "former coach". */
const describing = /(?:(?:[\p{Ll}\d]+-)*[\p{Ll}\d]+\s+){1,3}$/u
const describes = (word: string) => nounGender.get(word) === 'neutral' || /^(?:former|late|ex|then|\d+-year-old)$/u.test(word)

/** Whether `head`, the text between a clause's start and a name, leaves the name its subject. */
function opensClause(head: string): boolean {
  if (lead.test(head)) return true
  const words = describing.exec(head)
  return Boolean(words) && words![0].trim().split(/\s+/u).every(describes) && lead.test(head.slice(0, words!.index))
}

/** Prepositions that open an adjunct: "in his sleep", "with her brother", "for his part". */
const adjunct = /\b(?:in|on|at|for|from|during|into|throughout|despite|after|before|under|over|about|to|by|within|through|against|toward|towards|between|among|outside|inside|behind|beside|around|near|without|upon)\s+$/iu
/** "Of" after a quantity or a noun ("two of his mentors", "the death of his wife"), not after a verb ("learned of his debts"). */
const partitive = /(?<=\b(?:one|two|three|four|five|six|some|many|most|all|none|each|several|both|any|much|part|rest|half|(?:the|a|an)\s+[\p{Ll}-]+)\s+)of\s+$/iu
/** Conjunctions that subordinate a clause to the one before it, in the middle of a sentence ("…, when she was hit"). */
const subordinator = /(?<=\S\s+)\b(?:when|while|as|after|before|because|until|since|once|whenever)\s+$/u
const otherPronoun = /\b(?:he|she|him|her|his|hers|himself|herself|they|them|their|theirs|themselves|I|me|my|we|us|our|you|your)\b/iu

const asides = /,\s+(?:\d+|(?:who|whose)\s[^,;:"“”]{1,80}),/gu
/** A verb a clause whose subject was left out opens on, after an adverb or not: "…and said", "…but heard", "…, inexplicably tried". */
const verbFirst = /^\s*(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|was|were|is|has|had|did|does|would|could|will|went|took|made|got|saw|heard|left|came|told|said|says|gave|found|kept|fell|ran|won|lost|spent|put|led|met|held|sent|paid|became|began|brought|shot|hit|drove|flew|wrote|spoke|stood|sat|died)\b/u

/** Whether the clause after `mark` (its text `rest`, naming nobody) goes on with the subject of the one before it. */
function continues(mark: string, rest: string): boolean {
  // After a speech verb, only the adjunct: "Sanders, said at her briefing".
  if (/^(?:said|says)$/iu.test(mark)) return rest.trim() === ''
  return /^(?:,|and|but)$/iu.test(mark) && (rest.trim() === '' || verbFirst.test(rest))
}

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
  // A possessive only in an adjunct: "in his sleep", not "praised her record"; the subject of a clause that a
  // conjunction subordinates to the one it ends: "Ayers was promoted and fired before he was replaced".
  const preposition = pronoun === 'he' || pronoun === 'she' ? subordinator.exec(before.slice(-16)) : adjunct.exec(before.slice(-16)) ?? partitive.exec(before.slice(-40))
  if (!reflexive && !((pronoun === 'his' || pronoun === 'her' || pronoun === 'he' || pronoun === 'she') && preposition)) return -1
  // The preposition itself ("after his arrest") opens no clause; an age or a relative clause between commas is an
  // aside ("Lo Presti, 52, hanged himself", "Pigeon, who lives next door, said").
  const plain = before.slice(0, before.length - (preposition?.[0].length ?? 0)).replace(asides, (aside) => ' '.repeat(aside.length))
  const marks = [...plain.matchAll(opener)]
  const named = (from: number) => candidates.some((candidate) => candidate.start - at >= from && candidate.start - at < before.length)
  let k = marks.length - 1
  let clause = k >= 0 ? marks[k].index! + marks[k][0].length : 0
  // A clause that names nobody and opens on its verb continues the one before it: "Sanders, said at her briefing",
  // "he did not hear a shot but heard noise outside his window".
  while (k >= 0 && !named(clause) && continues(marks[k][0], plain.slice(clause))) {
    k--
    clause = k >= 0 ? marks[k].index! + marks[k][0].length : 0
  }
  const inClause = candidates.map((candidate, index) => ({candidate, index})).filter(({candidate}) => candidate.start - at >= clause && candidate.start - at < before.length)
    .sort((a, b) => a.candidate.start - b.candidate.start)
  if (inClause.length === 0) return -1
  const first = inClause[0]
  // Only the subject: one person, first in its clause, and nobody (no noun, no other pronoun) after it before the pronoun.
  if (!first.candidate.person || inClause.some(({candidate}) => candidate.person !== first.candidate.person)) return -1
  if (!opensClause(before.slice(clause, first.candidate.start - at))) return -1
  const between = before.slice(inClause.at(-1)!.candidate.start - at).replace(/^\S+/u, '')
  // A reflexive between them is bound to the same subject ("Lo Presti hanged himself in his cell").
  if (otherPronoun.test(between.replace(/\b(?:him|her)self\b/giu, '')) || between.split(/\s+/u).length > 14) return -1
  // Nor a capitalised word the persons extractor took for nobody ("Axelrod called out Clinton for her ways"), a day
  // or a month aside ("died early Thursday in his sleep").
  const capitalised = between.replace(/^(?:\s*\p{Lu}[\p{L}.'’-]*)+/u, '').match(/(?<=\s)\p{Lu}\p{Ll}[\p{L}'’-]*/gu) ?? []
  if (!reflexive && capitalised.some((word) => !calendarWord.test(word))) return -1
  return first.index
}

/** A speech verb and its optional object and "that" between a speaker and the subject pronoun of what they said: "said", "told reporters that". */
const speech = /^\s+(?:said|says|added|explained|insisted|testified|recalled|admitted|acknowledged|told\s+\p{Ll}+)(?:\s+that)?\s+$/u
/** A speaker's name: capitalised words, a possessive ending it ("Smith's lawyer said he") is no speaker. */
const nameRun = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/u
/** What may stand between a speaker's name and the verb: an age or a relative clause between commas, naming nobody ("Pigeon, who lives next door, said"). */
const aside = new RegExp(`^${asides.source}`, 'u')

/**
 * The subject pronoun of reported speech means the speaker named straight before the verb: "Romo said he would be
 * ready", "Luke Pigeon, who lives next door, said he heard…". The speaker (by index in `candidates`, the sentence's)
 * must open its clause (not "His mother, Jane Doe, said he", where he is her son) and be the only candidate
 * between the clause's start and the pronoun. `text` is the article, `start` the pronoun's offset in it.
 */
export function speakerSubject(pronoun: string, text: string, sentenceStart: number, start: number, candidates: BindingCandidate[]): number {
  if (pronoun !== 'he' && pronoun !== 'she') return -1
  const before = candidates.map((candidate, index) => ({candidate, index})).filter(({candidate}) => candidate.start < start)
  const last = before.at(-1)
  if (!last?.candidate.person || before.some(({candidate}) => candidate.start >= last.candidate.start && candidate.person !== last.candidate.person)) return -1
  const name = nameRun.exec(text.slice(last.candidate.start, start))
  if (!name || /['’]s?$/u.test(name[0])) return -1
  let rest = text.slice(last.candidate.start + name[0].length, start)
  const parenthesis = aside.exec(rest)
  if (parenthesis) {
    if (otherPronoun.test(parenthesis[0])) return -1
    rest = rest.slice(parenthesis[0].length)
  }
  if (!speech.test(rest)) return -1
  // The speaker opens a clause: nothing but an adverb, a title or given names since the last clause mark, and no comma straight before (an apposition).
  const head = text.slice(sentenceStart, last.candidate.start)
  let clause = 0
  for (const m of head.matchAll(opener)) clause = m.index! + m[0].length
  if (/,\s*$/u.test(head) || !lead.test(head.slice(clause))) return -1
  return last.index
}

/** A preposition opening its sentence before the pronoun: "In her statement, …". */
const frontedAdjunct = /^\s*(?:In|During|After|Before|On|At|For|Throughout|Despite|Upon|Following|Since|Unlike|Like|With)\s+$/u
/** The rest of the adjunct up to its comma, naming nobody: "statement, ". */
const adjunctRest = /^[^,;:"“”()]{1,60},\s+/u

/**
 * A possessive in an adjunct that opens its sentence means the subject after the comma: "In her statement, Hiller
 * admitted…", "During his speech, Obama said…". The subject (by index in `candidates`, the sentence's) must be a
 * named person standing first after the comma, and nobody else named between the pronoun and it.
 */
export function frontedSubject(pronoun: string, text: string, sentenceStart: number, start: number, candidates: BindingCandidate[]): number {
  if (pronoun !== 'his' && pronoun !== 'her' || !frontedAdjunct.test(text.slice(sentenceStart, start))) return -1
  const end = start + pronoun.length
  const rest = adjunctRest.exec(text.slice(end, end + 80))
  if (!rest || otherPronoun.test(rest[0])) return -1
  const subjectFrom = end + rest[0].length
  const next = candidates.map((candidate, index) => ({candidate, index})).filter(({candidate}) => candidate.start > start).sort((a, b) => a.candidate.start - b.candidate.start)[0]
  if (!next?.candidate.person || next.candidate.start < subjectFrom || !lead.test(text.slice(subjectFrom, next.candidate.start))) return -1
  return next.index
}

/** A clause before its sentence's subject, not yet closed by a comma: "When he arrived", "Asked whether he". */
export const frontedClause = /^[\s\p{P}]*(?:When|Whenever|While|After|Before|As|Because|Since|If|Although|Though|Once|Until|Unless|Even|Now|Whether|\p{Lu}\p{Ll}+(?:ed|ing))\b[^,;:]*$/u
