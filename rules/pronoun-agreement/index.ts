// Pronoun flips: a translation engine or a spinner that writes "his" for a
// woman it has called "her" all along. The persons extractor
// (pipeline/extract/persons.ts) lists, gender-blind, what each third-person
// pronoun could mean within reach; judge.ts decides, from each person's
// pronouns and titles in the article and in the other articles of the story
// (by copy family) — or, when nothing says otherwise, from an honorific or a
// given name — whether everyone within reach is of the other gender and no
// rival a few sentences back could take the pronoun's gender — or, with someone
// of unknown gender within reach, whether it breaks a chain of pronouns of the
// other gender ("his neck and lodged in her shoulder, and he"). Here each flip
// is reported with the majority's references as evidence. "They" is never a
// flip: only he/him/his/himself and she/her/hers/herself are judged.
import type {CorpusContext, CorpusRule} from '../../pipeline/rule.js'
import type {ArticleFacts, Evidence, PersonReference} from '../../pipeline/types.js'
import {copyFlips, type CopyFlip} from './copies.js'
import {pronounJudge, type PronounJudge} from './judge.js'
import {meta, type PronounAgreementOptions} from './meta.js'
import {expectedForm} from './persons.js'

export const pronounAgreement: CorpusRule<PronounAgreementOptions> = {
  meta,
  run(corpus, options) {
    const judge = pronounJudge(corpus.articles, options)
    // First what the story's other prints of a sentence say (a copy family's representative prints a passage for each
    // member that prints it too); a pronoun they outvote, and its persons do not back, is not judged again by them.
    const outvoted = new Set<string>()
    // Three prints or more against at most half as many decide; two against one, when nobody within reach could be
    // of the pronoun's gender (two copies may be flipped alike: the original is then the odd one out, and its own
    // referent stands within reach); one against one, only with the persons' say (below).
    const tied = new Map<string, CopyFlip>()
    for (const flip of copyFlips(corpus.articles, (article, start, end) => corpus.prints(article.id, start, end))) {
      const {slot, copies, prints, own} = flip
      const reference = (slot.article.persons ?? []).find((each) => each.kind === 'pronoun' && each.start === slot.start && each.gender)
      const strong = prints >= 3 && prints >= 2 * own
      if (!strong && !(prints >= 2 && prints > own && reference && judge.alone(slot.article, reference))) {
        if (prints >= own) tied.set(`${slot.article.id}:${slot.start}`, flip)
        continue
      }
      // Unless the persons side with it: prints flipped alike outvote the original.
      if (reference && judge.backs(slot.article, reference)) continue
      outvoted.add(`${slot.article.id}:${slot.start}`)
      const expected = expectedForm(slot.text, slot.article.text.slice(slot.end, slot.end + 20))
      corpus.report(meta.id, slot.article.id, {
        start: slot.start, end: slot.end, actual: slot.text, expected: [expected],
        reason: `Unexpected \`${slot.text}\` where ${prints} other articles print this sentence with \`${copies[0].text}\`, expected \`${expected}\` (${own} with \`${slot.text}\`)`,
        note: `The story's other prints of this sentence, word for word, have “${copies[0].text}” where this one has “${slot.text}”, more often than “${slot.text}”. A pronoun of the other gender is a translation or spinning slip, or a misgendering.`,
        confidence: 0.8,
        evidence: copies.slice(0, 3).map((copy) => corpus.evidence(copy.article.id, copy.start, copy.end)),
        key: `pronoun:copies:${slot.text.toLowerCase()}`
      })
    }
    const owner = new Map<PersonReference, string>()
    for (const article of corpus.articles) for (const reference of article.persons ?? []) owner.set(reference, article.id)

    for (const article of corpus.articles) {
      for (const pronoun of article.persons ?? []) {
        if (pronoun.kind !== 'pronoun' || !pronoun.gender || outvoted.has(`${article.id}:${pronoun.start}`)) continue
        const verdict = judge.decide(article, pronoun)
        const tie = verdict.flip ? undefined : tied.get(`${article.id}:${pronoun.start}`)
        if (tie) reportTie(corpus, judge, owner, article, pronoun, tie)
        if (!verdict.flip) continue
        const expected = expectedForm(pronoun.text, article.text.slice(pronoun.end, pronoun.end + 20))
        const she = (gender: string) => gender === 'female' ? 'she' : 'he'
        const base = {start: pronoun.start, end: pronoun.end, actual: pronoun.text, expected: [expected]}
        const slip = 'A pronoun of the other gender is a translation or spinning slip, or a misgendering.'
        if ('noun' in verdict) {
          corpus.report(meta.id, article.id, {
            ...base,
            reason: `Unexpected \`${pronoun.text}\` after \`${verdict.noun}\`, expected \`${expected}\` (nobody named within reach)`,
            note: `The only person within reach is “${verdict.noun}”, who is “${she(verdict.other)}”, and nobody a few sentences back could be “${she(pronoun.gender)}”. ${slip}`,
            confidence: 0.6,
            key: `pronoun:${verdict.noun}:${pronoun.text.toLowerCase()}`
          })
          continue
        }
        if ('pair' in verdict) {
          const object = verdict.pair
          const objectExpected = expectedForm(object.text, article.text.slice(object.end, object.end + 20))
          corpus.report(meta.id, article.id, {
            start: pronoun.start, end: object.end, actual: article.text.slice(pronoun.start, object.end), expected: [expected, objectExpected],
            reason: `Unexpected \`${pronoun.text}\` with \`${object.text}\` in one clause, expected \`${expected}\` or \`${objectExpected}\` (one ${she(pronoun.gender) === 'she' ? 'woman' : 'man'} within reach)`,
            note: `A subject and an object pronoun of one clause mean two people, but ${verdict.person} is the only “${she(pronoun.gender)}” within reach, and someone within reach is “${she(verdict.other)}”. One of the two is a translation or spinning slip.`,
            confidence: 0.5,
            evidence: [corpus.evidence(article.id, object.start, object.end)],
            key: `pronoun:pair:${verdict.person}:${pronoun.text.toLowerCase()}`
          })
          continue
        }
        if ('clash' in verdict) {
          const subject = verdict.clash
          corpus.report(meta.id, article.id, {
            start: subject.start, end: pronoun.end, actual: article.text.slice(subject.start, pronoun.end), expected: [expected],
            reason: `Unexpected \`${pronoun.text}\` after \`${subject.text}\` in one clause, expected \`${expected}\``,
            note: `A ${/self$/iu.test(pronoun.text) ? 'reflexive' : `“${pronoun.text} own”`} means its clause's subject, “${subject.text}”, which is of the other gender. One of the two is a translation or spinning slip.`,
            confidence: 0.7,
            evidence: [corpus.evidence(article.id, subject.start, subject.end)],
            key: `pronoun:clash:${subject.person}:${pronoun.text.toLowerCase()}`
          })
          continue
        }
        if ('chain' in verdict) {
          const around = verdict.chain.map((reference) => `“${reference.text}”`).join(' and ')
          corpus.report(meta.id, article.id, {
            ...base,
            reason: `Unexpected \`${pronoun.text}\` between ${around}, expected \`${expected}\``,
            note: `The pronoun ${verdict.chain.length > 1 ? 'before and after it are' : 'before it is'} ${around}, of the other gender, nobody new is named in between, and nobody within reach is known to be “${she(pronoun.gender)}”. ${slip}`,
            confidence: 0.5,
            evidence: verdict.chain.map((reference) => corpus.evidence(article.id, reference.start, reference.end)),
            key: `pronoun:chain:${verdict.chain[0].person}:${pronoun.text.toLowerCase()}`
          })
          continue
        }
        const {nearest, also, other} = verdict
        const onlyWeak = !nearest.inArticle && !nearest.inStory
        const counts = [nearest.here ? `${nearest.here} in this article` : '', nearest.story.length ? `${nearest.story.length} in ${nearest.voters} other ${nearest.voters === 1 ? 'article' : 'articles'}` : '',
          onlyWeak && nearest.byName ? `a ${other === 'female' ? 'woman' : 'man'}’s given name` : ''].filter(Boolean).join(', ')
        const says = [nearest.inArticle ? 'in this article' : '', nearest.inStory ? 'in the other articles of the story' : '',
          onlyWeak && nearest.byTitle ? 'by honorific, and no pronoun here or in the story says otherwise' : '',
          onlyWeak && nearest.byName ? 'by given name, and no pronoun or title here or in the story says otherwise' : ''].filter(Boolean).join(' and ')
        corpus.report(meta.id, article.id, {
          ...base,
          reason: `Unexpected \`${pronoun.text}\` for ${pronoun.person}, expected \`${expected}\` (${counts})`,
          note: `${pronoun.person} is “${she(other)}” ${says}` +
            `${also.length ? `, as ${also.length === 1 ? 'is' : 'are'} ${also.join(' and ')}, also within reach` : ''}, and nobody within reach could be “${she(pronoun.gender)}”. ${slip}`,
          confidence: pronoun.sole && nearest.inArticle && nearest.inStory ? 0.85 : onlyWeak ? 0.6 : 0.7,
          evidence: witnesses(corpus, owner, [...judge.references(article, nearest.person, other), ...nearest.story], article.id),
          key: `pronoun:${nearest.person}:${pronoun.text.toLowerCase()}`
        })
      }
    }
  }
}

/** A pronoun that about as many prints of its sentence give the other gender as its own, when the persons say this print is the slip. */
function reportTie(corpus: CorpusContext, judge: PronounJudge, owner: Map<PersonReference, string>, article: ArticleFacts, pronoun: PersonReference, tie: CopyFlip): void {
  const nearest = judge.tieBreak(article, pronoun)
  if (!nearest) return
  const expected = expectedForm(pronoun.text, article.text.slice(pronoun.end, pronoun.end + 20))
  const other = tie.copies[0]
  corpus.report(meta.id, article.id, {
    start: pronoun.start, end: pronoun.end, actual: pronoun.text, expected: [expected],
    reason: `Unexpected \`${pronoun.text}\` where ${tie.prints === 1 ? 'another print of this sentence has' : `${tie.prints} other prints of this sentence have`} \`${other.text}\`, expected \`${expected}\` (as ${nearest.here + nearest.story.length} references to ${pronoun.person} say, and none otherwise)`,
    note: `${tie.prints === 1 ? 'Another article prints' : `${tie.prints} other articles print`} this sentence word for word with “${other.text}” (${tie.own} with “${pronoun.text}”), and ${pronoun.person}, the nearest person, is “${other.gender === 'female' ? 'she' : 'he'}” in every other reference. A pronoun of the other gender is a translation or spinning slip, or a misgendering.`,
    confidence: 0.7,
    evidence: [corpus.evidence(other.article.id, other.start, other.end), ...witnesses(corpus, owner, [...judge.references(article, nearest.person, other.gender), ...nearest.story], article.id).slice(0, 2)],
    key: `pronoun:tie:${nearest.person}:${pronoun.text.toLowerCase()}`
  })
}

/** Up to three references of the majority's gender, other articles first. */
function witnesses(corpus: CorpusContext, owner: Map<PersonReference, string>, references: PersonReference[], articleId: string): Evidence[] {
  const ordered = [...references].sort((a, b) => Number(owner.get(a) === articleId) - Number(owner.get(b) === articleId))
  return ordered.slice(0, 3).map((reference) => corpus.evidence(owner.get(reference)!, reference.start, reference.end))
}
