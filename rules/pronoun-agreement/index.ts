// Pronoun flips: a translation engine or a spinner that writes "his" for a
// woman it has called "her" all along. The persons extractor
// (pipeline/extract/persons.ts) lists, gender-blind, what each third-person
// pronoun could mean within reach; here each person's gender is counted from
// the pronouns that had nobody else within reach and from gendered titles,
// in the article and in the other articles of the story (by copy family),
// and a pronoun is reported when everyone within reach is of the other gender
// by a clear majority and no rival a few sentences back could take its
// gender, with the majority's references as evidence. "They" is never a
// flip: only he/him/his/himself and she/her/hers/herself are judged.
import type {CorpusContext, CorpusRule} from '../../pipeline/rule.js'
import {voterOf, type ArticleFacts, type Evidence, type PersonReference} from '../../pipeline/types.js'
import {meta, type PronounAgreementOptions} from './meta.js'
import {byVoter, countVotes, expectedForm, personKeys, storyGenders, type Gender} from './persons.js'

export const pronounAgreement: CorpusRule<PronounAgreementOptions> = {
  meta,
  run(corpus, options) {
    const keyOf = personKeys(corpus.articles)
    const tallies = countVotes(corpus.articles, keyOf)
    const voters = byVoter(corpus.articles, tallies)
    const genderOf = storyGenders(corpus.articles, tallies)
    const owner = new Map<PersonReference, string>()
    for (const article of corpus.articles) for (const reference of article.persons ?? []) owner.set(reference, article.id)

    for (const article of corpus.articles) {
      const voter = voterOf(article)
      const tally = tallies.get(article.id)!
      for (const pronoun of article.persons ?? []) {
        if (pronoun.kind !== 'pronoun' || !pronoun.gender) continue
        const g = pronoun.gender
        const other: Gender = g === 'female' ? 'male' : 'female'
        // Everything within reach must be the other gender: a person noun or an unknown name might be this one's.
        const within = pronoun.sole ? [pronoun.person] : pronoun.candidates ?? []
        if (within.some((candidate) => candidate.startsWith('?') || candidate === g)) continue
        const names = within.filter((candidate) => candidate !== 'female' && candidate !== 'male')
        if (names.length === 0) continue
        const judged = names.map((name) => judge(keyOf(article, name), pronoun))
        if (judged.some((judgement) => !judgement.against)) continue
        // Someone a few sentences back who could be "she" (or "he"): the pronoun may be theirs.
        const rivalled = (pronoun.rivals ?? []).some((rival) => rival === g || !rival.startsWith('?') && rival !== other && genderOf(keyOf(article, rival)) !== other)
        if (rivalled) continue
        const nearest = judged[names.indexOf(pronoun.person)] ?? judged[0]
        const expected = expectedForm(pronoun.text, article.text.slice(pronoun.end, pronoun.end + 20))
        const counts = [nearest.here ? `${nearest.here} in this article` : '', nearest.story.length ? `${nearest.story.length} in ${nearest.voters} other ${nearest.voters === 1 ? 'article' : 'articles'}` : ''].filter(Boolean).join(', ')
        const also = names.filter((name) => name !== pronoun.person)
        corpus.report(meta.id, article.id, {
          reason: `Unexpected \`${pronoun.text}\` for ${pronoun.person}, expected \`${expected}\` (${counts})`,
          note: `${pronoun.person} is “${other === 'female' ? 'she' : 'he'}” ${nearest.inArticle ? 'in this article' : ''}${nearest.inArticle && nearest.inStory ? ' and ' : ''}${nearest.inStory ? 'in the other articles of the story' : ''}` +
            `${also.length ? `, as ${also.length === 1 ? 'is' : 'are'} ${also.join(' and ')}, also within reach` : ''}, and nobody within reach could be “${g === 'female' ? 'she' : 'he'}”. ` +
            'A pronoun of the other gender is a translation or spinning slip, or a misgendering.',
          start: pronoun.start,
          end: pronoun.end,
          actual: pronoun.text,
          expected: [expected],
          confidence: pronoun.sole && nearest.inArticle && nearest.inStory ? 0.85 : 0.7,
          evidence: witnesses(corpus, owner, [...(tally.get(nearest.person)?.[other] ?? []), ...nearest.story], article.id),
          key: `pronoun:${nearest.person}:${pronoun.text.toLowerCase()}`
        })
      }

      /** Whether `person` is the other gender than `pronoun` by a clear majority, in this article or in the story (the pronoun's own vote aside). */
      function judge(person: string, pronoun: PersonReference) {
        const g = pronoun.gender!
        const other: Gender = g === 'female' ? 'male' : 'female'
        const here = tally.get(person) ?? {female: [], male: []}
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
        return {person, against: inArticle || inStory, inArticle, inStory, here: otherHere, story, voters: witnesses}
      }
    }
  }
}

/** Up to three references of the majority's gender, other articles first. */
function witnesses(corpus: CorpusContext, owner: Map<PersonReference, string>, references: PersonReference[], articleId: string): Evidence[] {
  const ordered = [...references].sort((a, b) => Number(owner.get(a) === articleId) - Number(owner.get(b) === articleId))
  return ordered.slice(0, 3).map((reference) => corpus.evidence(owner.get(reference)!, reference.start, reference.end))
}
