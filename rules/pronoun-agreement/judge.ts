// The decision, pronoun by pronoun: a flip with what says so, or the reason it
// is left alone. The rule reports the flips; test/translation/pronoun-misses.ts
// counts the reasons on injected flips it misses, so the two never disagree.
import {voterOf, type ArticleFacts, type PersonReference} from '../../pipeline/types.js'
import {isEnglishWord} from '../../pipeline/names/dictionary.js'
import {pluralAfterThe} from '../../pipeline/extract/person-words.js'
import {titleGender} from '../../pipeline/extract/pronoun-words.js'
import {fullNameGender, givenNameGender, isGivenName} from '../../pipeline/names/given-gender.js'
import type {PronounAgreementOptions} from './meta.js'
import {byVoter, countVotes, expectedForm, personKeys, storyGenders, type Gender} from './persons.js'
import {sharedSurnames, unseenNames} from './unseen.js'
import type {Judgement, SkipReason, Verdict} from './verdict.js'

/** An object pronoun ("him", "her" not before a noun) means someone other than its clause's subject by nature. */
function isObject(article: ArticleFacts, pronoun: PersonReference): boolean {
  const lower = pronoun.text.toLowerCase()
  return lower === 'him' || lower === 'her' && expectedForm(pronoun.text, article.text.slice(pronoun.end, pronoun.end + 20)).toLowerCase() !== 'his'
}

const genderedOf = new WeakMap<ArticleFacts, PersonReference[]>()
/** The article's gendered pronouns in order, listed once per article (every pronoun's chain looks at its neighbours). */
function genderedPronouns(article: ArticleFacts): PersonReference[] {
  let list = genderedOf.get(article)
  if (!list) genderedOf.set(article, (list = (article.persons ?? []).filter((reference) => reference.kind === 'pronoun' && reference.gender)))
  return list
}

/** Whom a reference has within reach by the extraction: itself alone, or its candidates. */
const withinReach = (reference: PersonReference) => reference.sole ? [reference.person] : reference.candidates ?? []

const honorific = /\b(\p{Lu}\p{Ll}{1,4})\.?\s+\p{Lu}/gu

/** What ends a clause between a subject pronoun and an object: punctuation, a conjunction, another pronoun. */
const clauseBreak = /[,;:.!?"“”()]|\b(?:and|but|or|that|who|whom|which|when|while|because|if|after|before|until|since|he|she|they|his|its|their)\b/iu

const chainable = new Set<SkipReason>(['unknown person within reach', 'person of unclear gender within reach', 'rival'])

export interface PronounJudge {
  decide(article: ArticleFacts, pronoun: PersonReference): Verdict
  /** References of `gender` for `person` in `article` (for evidence). */
  references(article: ArticleFacts, person: string, gender: Gender): PersonReference[]
  /** Whether nobody within reach of the pronoun is, or may be, of its gender: whom else could it mean? */
  alone(article: ArticleFacts, pronoun: PersonReference): boolean
  /**
   * Of two prints of a sentence that disagree on this pronoun, whether this one is the slip: its nearest person has
   * two references or more of the other gender and none of its own (the pronoun aside), and nobody within reach is,
   * or may be, of its gender. What the references say of that person, or undefined.
   */
  tieBreak(article: ArticleFacts, pronoun: PersonReference): Judgement | undefined
  /**
   * Whether the references side with the pronoun: its nearest person has two references or more of its gender, more
   * than of the other (the pronoun aside). Prints that outvote it then are copies flipped alike, not the original.
   */
  backs(article: ArticleFacts, pronoun: PersonReference): boolean
}

export function pronounJudge(articles: ArticleFacts[], options: PronounAgreementOptions): PronounJudge {
  const keyOf = personKeys(articles)
  const shared = sharedSurnames(articles, keyOf)
  // Asked once for a pronoun's vote and again for its decision: worked out once per reference.
  const unseenOf = new WeakMap<PersonReference, string[]>()
  const unseen = (article: ArticleFacts, reference: PersonReference) => {
    let found = unseenOf.get(reference)
    if (!found) unseenOf.set(reference, (found = unseenNames(article, reference, withinReach(reference), keyOf, shared)))
    return found
  }
  // A pronoun with someone of the story named within reach whom the article's extraction missed votes for nobody,
  // unless grammar bound it.
  const tallies = countVotes(articles, keyOf, (article, reference) => reference.bound === true || unseen(article, reference).length === 0)
  const voters = byVoter(articles, tallies)
  const votedGender = storyGenders(articles, tallies)
  // Votes first; a person nobody's pronouns or titles speak of goes by the given name ("Peter Guest").
  const genderOf = (person: string) => votedGender(person) ?? fullNameGender(person)
  // Who holds each person noun as a title across the story ("judge": Marsha Revel).
  const holders = new Map<string, Set<string>>()
  for (const article of articles) {
    for (const reference of article.persons ?? []) {
      for (const title of reference.titles ?? []) holders.set(title, (holders.get(title) ?? new Set()).add(keyOf(article, reference.person)))
    }
  }

  /** Whether `person` is the other gender than `pronoun` by a clear majority, in this article or in the story (the pronoun's own vote aside), or by given name when no reference says otherwise. */
  function judge(article: ArticleFacts, person: string, pronoun: PersonReference): Judgement {
    const g = pronoun.gender!
    const other: Gender = g === 'female' ? 'male' : 'female'
    const voter = voterOf(article)
    const here = tallies.get(article.id)!.get(person) ?? {female: [], male: []}
    const sameHere = here[g].filter((reference) => reference !== pronoun).length
    const otherHere = here[other].length
    let sameStory = 0
    const story: PersonReference[] = []
    let witnesses = 0
    for (const [each, counts] of voters) {
      if (each === voter) continue
      sameStory += counts.get(person)?.[g].length ?? 0
      const against = counts.get(person)?.[other] ?? []
      if (against.length) witnesses++
      story.push(...against)
    }
    const inArticle = otherHere >= options.minArticle && otherHere > 2 * sameHere && !(sameStory > story.length)
    const inStory = witnesses >= 2 && story.length >= options.minStory && story.length > 3 * sameStory && !(sameHere > otherHere)
    // No pronoun or title of the article or story gives them the pronoun's gender, and an honorific ("Mr Alishbandi")
    // or the given name says the other.
    // Weak evidence, so it must stand alone: no pronoun of the article of the pronoun's gender has this person
    // nearest, and the pronoun has nobody else within reach and follows their name in its sentence.
    const unopposed = sameHere === 0 && sameStory === 0 &&
      !(article.persons ?? []).some((reference) => reference !== pronoun && reference.kind === 'pronoun' && reference.gender === g && keyOf(article, reference.person) === person)
    const byTitle = unopposed && [...here[other], ...story].some((reference) => reference.kind === 'title')
    const byName = unopposed && !byTitle && fullNameGender(person) === other
    return {person, against: inArticle || inStory || byTitle || byName, inArticle, inStory, byTitle, byName, here: otherHere, story, voters: witnesses, same: sameHere + sameStory}
  }

  /**
   * A surname the article gives to two people ("?Trump" of Donald and Melania Trump) or that speaks before
   * anyone of that name is named ("?Felt said"): the persons it may be, when they are all of one gender —
   * the article's own of that surname, else the story's person of that surname — or itself, unknown.
   */
  function surnamed(article: ArticleFacts, candidate: string): string[] {
    const word = candidate.slice(1)
    if (!/^\p{Lu}[\p{L}'’-]+$/u.test(word)) return [candidate]
    const surname = word.toLowerCase()
    const here = [...new Set((article.persons ?? []).filter((reference) => reference.kind === 'name' && reference.person.includes(' ') &&
      reference.person.toLowerCase().split(/\s+/u).at(-1) === surname).map((reference) => reference.person))]
    const persons = here.length ? here : [keyOf(article, word)].filter((key) => key.includes(' '))
    const genders = new Set(persons.map((person) => genderOf(keyOf(article, person))))
    return persons.length && genders.size === 1 && !genders.has(null) ? persons : [candidate]
  }

  /**
   * Whether a candidate could be a person at all: not when no pronoun or title of the story ever meant them and
   * every word of their name but the last is a dictionary word and no given name in any list ("Sicilian Mafia",
   * "Indianapolis Colts", "Says"): taken for a name by its capitals, and no rival to anyone.
   */
  const voted = new Set<string>()
  for (const tally of tallies.values()) for (const [person, counts] of tally) if (counts.female.length + counts.male.length) voted.add(person)
  // Or a surname the article gives after a title ("President Obama"): no word ("President Says"), no given name cut
  // from its surname ("President Vladimir"), no plural it puts after "the" ("the Oscars").
  const titledOf = new WeakMap<ArticleFacts, Set<string>>()
  const titledHere = (article: ArticleFacts, candidate: string) => {
    let titled = titledOf.get(article)
    if (!titled) titledOf.set(article, titled = new Set((article.persons ?? []).filter((reference) => reference.kind === 'name' && reference.titles?.length).map((reference) => reference.person)))
    return titled.has(candidate) && !isEnglishWord(candidate.toLowerCase()) && givenNameGender(candidate) === null && !pluralAfterThe(article.text, candidate)
  }
  function plausible(article: ArticleFacts, candidate: string): boolean {
    if (candidate.startsWith('?') || candidate === 'female' || candidate === 'male') return true
    const key = keyOf(article, candidate)
    const words = key.split(' ')
    // A word no dictionary knows, even capitalised, is a name nobody listed ("Kirstjen"), not a place or a word.
    return voted.has(key) || titledHere(article, candidate) || words.length === 1 && shared.has(key) || words.length > 1 && words.slice(0, -1).some((word) => isGivenName(word.split('-')[0]) || !isEnglishWord(word[0].toUpperCase() + word.slice(1)))
  }

  const nounGenders = new Map<string, string>()
  /**
   * A person noun within reach ("?suspect") as the gender the story's pronouns give it when they say it plainly — at
   * least two that mean only that noun, four times as many as of the other gender ("The suspect fled. He was…") —
   * else itself, unknown: "the victim" of one story may be a woman in one article and a man in the next.
   */
  function personNoun(candidate: string): string {
    if (!/^\?\p{Ll}/u.test(candidate)) return candidate
    let decided = nounGenders.get(candidate)
    if (decided === undefined) nounGenders.set(candidate, decided = storyNounGender(candidate))
    return decided
  }

  /** The story's say on a person noun, counted once a story (personNoun asks for each candidate of each pronoun). */
  function storyNounGender(candidate: string): string {
    let female = 0
    let male = 0
    for (const tally of voters.values()) {
      female += tally.get(candidate)?.female.length ?? 0
      male += tally.get(candidate)?.male.length ?? 0
    }
    if (female >= 2 && female >= 4 * male) return 'female'
    if (male >= 2 && male >= 4 * female) return 'male'
    // Else the gender of the story's persons who hold it as a title, when they are all of one ("the judge" of Judge Marsha Revel).
    const genders = new Set([...holders.get(candidate.slice(1)) ?? []].map(genderOf))
    return genders.size === 1 && !genders.has(null) ? [...genders][0]! : candidate
  }

  /**
   * A pronoun inside a chain of the other gender ("the bullet went through his neck and lodged in her shoulder, and
   * he…"), when someone of unknown gender within reach kept the plain decision from judging it: the gendered pronoun
   * before it (within 240 characters, no quotation, parenthesis or paragraph between) is of the other gender and no
   * object; the next one, as close, is not of its gender; nobody is named between the two; no other pronoun of its
   * gender stands within 300 characters; and it has nobody within reach the one before it did not have. It must be a
   * subject, a possessive before a noun or a reflexive: an object ("he told her") means someone else by nature, and a
   * speech tag after a quotation ("…,' she said") names a new speaker as often as not. The chain's pronouns, or why
   * there is none.
   */
  function chainOf(article: ArticleFacts, pronoun: PersonReference, other: Gender): string | PersonReference[] {
    if (isObject(article, pronoun)) return 'object'
    if (/["“”'‘’],?\s*$/u.test(article.text.slice(Math.max(0, pronoun.start - 4), pronoun.start))) return 'speech tag'
    const gendered = genderedPronouns(article)
    const index = gendered.indexOf(pronoun)
    const apart = (a: PersonReference, b: PersonReference) => {
      const between = article.text.slice(a.end, b.start)
      return b.start - a.end > 240 || /\n\s*\n|["“”]|\([^)]*$/u.test(between) || (article.quotations ?? []).some((q) => q.start < b.end && q.end > a.start)
    }
    const before = gendered[index - 1]
    if (!before) return 'no before'
    if (before.gender !== other) return 'before same'
    if (apart(before, pronoun)) return 'before apart'
    if (isObject(article, before)) return 'before object'
    const after = gendered[index + 1]
    if (after && !apart(pronoun, after) && after.gender !== other) return 'after'
    if ((article.persons ?? []).some((reference) => reference.kind !== 'pronoun' && reference.start > before.end && reference.start < pronoun.start)) return 'name between'
    // Or named again: the extraction keeps a person's first name only ("Clinton leaned in… She").
    const between = new Set(article.text.slice(before.end, pronoun.start).match(/\p{Lu}[\p{L}'’-]+/gu) ?? [])
    if ((pronoun.candidates ?? []).some((candidate) => candidate !== before.person && !candidate.startsWith('?') && candidate.split(/\s+/u).some((word) => between.has(word)))) return 'name between'
    if ([...article.text.slice(before.end, pronoun.start).matchAll(/(?<=[^.!?\s]\s+)(\p{Lu}\p{Ll}+)\b/gu)].some((m) => isGivenName(m[1]))) return 'given name between'
    if (gendered.some((reference) => reference !== pronoun && reference.gender === pronoun.gender && Math.abs(reference.start - pronoun.start) < 300)) return 'not lone'
    // Nor an honorific of its gender, whoever it names ("Mrs. Clinton… his goals… She is proposing").
    for (const m of article.text.slice(Math.max(0, pronoun.start - 300), pronoun.end + 300).matchAll(honorific)) if (titleGender.get(m[1].toLowerCase()) === pronoun.gender) return 'not lone'
    const reach = new Set(before.sole ? [before.person] : [before.person, ...before.candidates ?? []])
    if (!withinReach(pronoun).every((candidate) => reach.has(candidate))) return 'new candidate'
    return after && !apart(pronoun, after) ? [before, after] : [before]
  }

  /**
   * Whom a pronoun may mean: its candidates and the story's names the extraction missed within reach (not for a
   * pronoun grammar bound to its clause's subject: it means that subject), a shared surname as the persons it may be,
   * a person noun as the gender the story gives it, and nobody who cannot be a person.
   */
  function reachOf(article: ArticleFacts, pronoun: PersonReference): string[] {
    return [...withinReach(pronoun), ...pronoun.bound ? [] : unseen(article, pronoun)].flatMap((candidate) => candidate.startsWith('?') ? surnamed(article, candidate) : [candidate])
      .map(personNoun).filter((candidate) => plausible(article, candidate))
  }

  /** The plain decision: everyone within reach of the other gender. */
  function strict(article: ArticleFacts, pronoun: PersonReference): Verdict {
    if (pronoun.kind !== 'pronoun' || !pronoun.gender) return {flip: false, reason: 'not resolved'}
    const g = pronoun.gender
    const other: Gender = g === 'female' ? 'male' : 'female'
    // Everything within reach must be the other gender: a person noun or an unknown name might be this one's.
    const within = reachOf(article, pronoun)
    if (within.some((candidate) => candidate.startsWith('?'))) return {flip: false, reason: 'unknown person within reach'}
    if (within.includes(g)) return {flip: false, reason: 'gendered noun of its gender within reach'}
    const names = within.filter((candidate) => candidate !== 'female' && candidate !== 'male')
    if (pronoun.noun) {
      // Only nouns of the other gender within reach ("a hospitalized woman… He said"), and no one further back who could be meant.
      const rivalled = (pronoun.rivals ?? []).map(personNoun).some((rival) => rival !== other && (rival.startsWith('?') || rival === g || genderOf(keyOf(article, rival)) !== other))
      if (names.length || rivalled) return {flip: false, reason: names.length ? 'unknown person within reach' : 'rival'}
      return {flip: true, noun: pronoun.person, other}
    }
    if (names.length === 0) return {flip: false, reason: 'no person within reach'}
    const judged = names.map((name) => judge(article, keyOf(article, name), pronoun))
    if (judged.some((judgement) => !judgement.against)) {
      const same = judged.some((judgement) => !judgement.against && genderOf(judgement.person) === g)
      return {flip: false, reason: same ? 'person of its gender within reach' : 'person of unclear gender within reach'}
    }
    // Someone a few sentences back who could be "she" (or "he"): the pronoun may be theirs.
    const rivalled = (pronoun.rivals ?? []).flatMap((rival) => rival.startsWith('?') ? surnamed(article, rival) : [rival]).map(personNoun).filter((rival) => plausible(article, rival)).some((rival) => rival === g || !rival.startsWith('?') && rival !== other && genderOf(keyOf(article, rival)) !== other)
    if (rivalled) return {flip: false, reason: 'rival'}
    const nearest = judged[names.indexOf(pronoun.person)] ?? judged[0]
    return {flip: true, nearest, also: names.filter((name) => name !== pronoun.person), other}
  }

  /**
   * A subject pronoun and the object pronoun of its verb, of its gender ("she had talked with her", "he grabbed him
   * by the throat"), are two people: with one person of that gender within reach, someone of the other gender and
   * nobody unknown, one of the two is a slip. The object, and the one person of their gender.
   */
  function pairOf(article: ArticleFacts, pronoun: PersonReference): {pair: PersonReference, person: string} | undefined {
    if (!/^(?:he|she)$/iu.test(pronoun.text)) return undefined
    const object = (article.persons ?? []).find((reference) => reference.kind === 'pronoun' && reference.gender === pronoun.gender &&
      reference.start > pronoun.end && reference.start - pronoun.end <= 40 && isObject(article, reference))
    // Its verb's own object, a few words on ("grabbed her", "had talked with her"): not a prepositional phrase after
    // an object of its own ("she swept in new lawmakers with her" is herself).
    const between = article.text.slice(pronoun.end, object?.start ?? pronoun.end)
    if (!object || clauseBreak.test(between) || between.trim().split(/\s+/u).length > 4) return undefined
    const g = pronoun.gender!
    const within = reachOf(article, pronoun)
    if (within.some((candidate) => candidate.startsWith('?') || candidate === g)) return undefined
    const genders = within.filter((candidate) => candidate !== 'female' && candidate !== 'male').map((name) => ({name, gender: genderOf(keyOf(article, name))}))
    const same = [...new Map(genders.filter(({gender}) => gender === g).map((each) => [keyOf(article, each.name), each])).values()]
    if (same.length !== 1 || genders.some(({gender}) => gender === null) || !genders.some(({gender}) => gender && gender !== g)) return undefined
    return {pair: object, person: same[0].name}
  }

  /** What the references say of the pronoun's nearest person. */
  const nearestOf = (article: ArticleFacts, pronoun: PersonReference) => judge(article, keyOf(article, pronoun.person), pronoun)
  /** Whether nobody within reach of the pronoun is, or may be, of its gender. */
  function alone(article: ArticleFacts, pronoun: PersonReference): boolean {
    const g = pronoun.gender!
    return !reachOf(article, pronoun).some((candidate) => candidate === g || candidate.startsWith('?') || candidate !== 'female' && candidate !== 'male' && genderOf(keyOf(article, candidate)) === g)
  }

  return {
    decide(article, pronoun) {
      // "she made himself": the subject pronoun its clause opens on, of the other gender.
      const clash = pronoun.clashesWith === undefined ? undefined : (article.persons ?? []).find((reference) => reference.start === pronoun.clashesWith && reference.kind === 'pronoun')
      if (clash) return {flip: true, clash, other: clash.gender!}
      const verdict = strict(article, pronoun)
      if (!verdict.flip && verdict.reason === 'person of its gender within reach') {
        const pair = pairOf(article, pronoun)
        if (pair) return {flip: true, ...pair, other: pronoun.gender === 'female' ? 'male' : 'female'}
      }
      if (verdict.flip || !chainable.has(verdict.reason)) return verdict
      const g = pronoun.gender!
      const other: Gender = g === 'female' ? 'male' : 'female'
      const chain = chainOf(article, pronoun, other)
      if (typeof chain === 'string') return {...verdict, chain}
      // Nobody within reach known to be of its gender.
      const within = withinReach(pronoun).flatMap((candidate) => candidate.startsWith('?') ? surnamed(article, candidate) : [candidate]).map(personNoun)
      if (within.some((candidate) => candidate === g || !candidate.startsWith('?') && candidate !== other && genderOf(keyOf(article, candidate)) === g)) return {...verdict, chain: 'of its gender within reach'}
      return {flip: true, chain, other}
    },
    references: (article, person, gender) => tallies.get(article.id)!.get(person)?.[gender] ?? [],
    backs(article, pronoun) {
      const nearest = nearestOf(article, pronoun)
      return nearest.same >= 2 && nearest.same > nearest.here + nearest.story.length
    },
    alone,
    tieBreak(article, pronoun) {
      const nearest = nearestOf(article, pronoun)
      // Nobody within reach who is, or may be, of its gender: the other print's pronoun could not mean them.
      return nearest.same === 0 && nearest.here + nearest.story.length >= 2 && alone(article, pronoun) ? nearest : undefined
    }
  }
}
