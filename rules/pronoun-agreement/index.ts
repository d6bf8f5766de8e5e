// Pronoun flips: a translation engine or a spinner that writes "his" for a
// woman it has called "her" all along. The persons extractor
// (pipeline/extract/persons.ts) resolves each third-person pronoun to a
// person when nobody else is within reach, gender-blind; here each person's
// pronouns are counted in the article and in the other articles of the story
// (by copy family), and a pronoun whose gender goes against a clear majority
// — with no rival a few sentences back who could take that gender — is
// reported, with the majority's references as evidence. "They" is never a
// flip: only he/him/his/himself and she/her/hers/herself are judged.
import type {CorpusContext, CorpusRule} from '../../pipeline/rule.js'
import {voterOf, type ArticleFacts, type Evidence, type PersonReference} from '../../pipeline/types.js'
import {meta, type PronounAgreementOptions} from './meta.js'
import {expectedForm, personKeys, type Gender} from './persons.js'

interface Tally {
  female: PersonReference[]
  male: PersonReference[]
}

export const pronounAgreement: CorpusRule<PronounAgreementOptions> = {
  meta,
  run(corpus, options) {
    const keyOf = personKeys(corpus.articles)
    // Each copy family votes once: the member with the most references speaks for it.
    const byVoter = new Map<string, Map<string, Tally>>()
    const tallies = new Map<string, Map<string, Tally>>()
    for (const article of corpus.articles) {
      const tally = tallyOf(article, keyOf)
      tallies.set(article.id, tally)
      const voter = voterOf(article)
      const current = byVoter.get(voter)
      if (!current || size(tally) > size(current)) byVoter.set(voter, tally)
    }
    const genderOf = (person: string): Gender | null => {
      let female = 0
      let male = 0
      for (const tally of byVoter.values()) {
        female += tally.get(person)?.female.length ?? 0
        male += tally.get(person)?.male.length ?? 0
      }
      return female > 2 * male ? 'female' : male > 2 * female ? 'male' : null
    }
    const owner = new Map<PersonReference, string>()
    for (const article of corpus.articles) for (const reference of article.persons ?? []) owner.set(reference, article.id)

    for (const article of corpus.articles) {
      for (const pronoun of article.persons ?? []) {
        if (pronoun.kind !== 'pronoun' || !pronoun.sole || !pronoun.gender) continue
        const person = keyOf(article, pronoun.person)
        const g = pronoun.gender
        const other: Gender = g === 'female' ? 'male' : 'female'
        const here = tallies.get(article.id)!.get(person)!
        const sameHere = here[g].length - 1
        const otherHere = here[other].length
        let sameStory = 0
        let otherStory: PersonReference[] = []
        for (const [voter, tally] of byVoter) {
          if (voter === voterOf(article)) continue
          sameStory += tally.get(person)?.[g].length ?? 0
          otherStory = [...otherStory, ...(tally.get(person)?.[other] ?? [])]
        }
        const inArticle = otherHere >= options.minArticle && otherHere > 2 * sameHere
        const inStory = otherStory.length >= options.minStory && otherStory.length > 3 * sameStory
        if (!inArticle && !inStory) continue
        // The article says one thing and the story the other: no clear majority to go by.
        if (!inStory && sameStory > otherStory.length || !inArticle && sameHere > otherHere) continue
        // Someone a few sentences back who could be "she" (or "he"): the pronoun may be theirs.
        const rivalled = (pronoun.rivals ?? []).some((rival) => rival === g || rival !== other && rival !== 'female' && rival !== 'male' && genderOf(keyOf(article, rival)) !== other)
        if (rivalled) continue
        const expected = expectedForm(pronoun.text, article.text.slice(pronoun.end, pronoun.end + 20))
        const evidence = witnesses(corpus, owner, [...here[other], ...otherStory], article.id)
        const others = [...byVoter].filter(([voter, tally]) => voter !== voterOf(article) && (tally.get(person)?.[other].length ?? 0) > 0).length
        const counts = [otherHere ? `${otherHere} in this article` : '', otherStory.length ? `${otherStory.length} in ${others} other ${others === 1 ? 'article' : 'articles'}` : ''].filter(Boolean).join(', ')
        corpus.report(meta.id, article.id, {
          reason: `Unexpected \`${pronoun.text}\` for ${pronoun.person}, expected \`${expected}\` (${counts})`,
          note: `${pronoun.person} is “${other === 'female' ? 'she' : 'he'}” ${inArticle ? 'in this article' : ''}${inArticle && inStory ? ' and ' : ''}${inStory ? 'in the other articles of the story' : ''}, and nobody else within reach could be meant. A pronoun of the other gender is a translation or spinning slip, or a misgendering.`,
          start: pronoun.start,
          end: pronoun.end,
          actual: pronoun.text,
          expected: [expected],
          confidence: inArticle && inStory ? 0.85 : 0.7,
          evidence,
          key: `pronoun:${person}:${pronoun.text.toLowerCase()}`
        })
      }
    }
  }
}

function tallyOf(article: ArticleFacts, keyOf: (article: ArticleFacts, person: string) => string): Map<string, Tally> {
  const tally = new Map<string, Tally>()
  for (const reference of article.persons ?? []) {
    const key = keyOf(article, reference.person)
    const entry = tally.get(key) ?? {female: [], male: []}
    tally.set(key, entry)
    if (reference.gender && (reference.kind === 'title' || reference.sole)) entry[reference.gender].push(reference)
  }
  return tally
}

function size(tally: Map<string, Tally>): number {
  let count = 0
  for (const entry of tally.values()) count += entry.female.length + entry.male.length
  return count
}

/** Up to three references of the majority's gender, other articles first. */
function witnesses(corpus: CorpusContext, owner: Map<PersonReference, string>, references: PersonReference[], articleId: string): Evidence[] {
  const ordered = [...references].sort((a, b) => Number(owner.get(a) === articleId) - Number(owner.get(b) === articleId))
  return ordered.slice(0, 3).map((reference) => corpus.evidence(owner.get(reference)!, reference.start, reference.end))
}
