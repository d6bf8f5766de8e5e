// One person given two ages in one article: "Gary Gomes, 35," then "the
// 53-year-old Gomes". Reported on the later statement, with the earlier as
// evidence; a year apart is a birthday, not a contradiction.
import {sameGiven} from '../../pipeline/extract/claims/people.js'
import type {AgeClaim} from '../../pipeline/extract/claims/types.js'
import type {CorpusContext} from '../../pipeline/rule.js'
import {meta} from './meta.js'

export function checkAges(corpus: CorpusContext): void {
  for (const article of corpus.articles) {
    const ages = ((article.claims ?? []) as AgeClaim[]).filter((claim) => claim.kind === 'age' && !claim.inQuote && !claim.caption)
    for (const [index, claim] of ages.entries()) {
      const first = ages.slice(0, index).find((other) => other.surnameKey === claim.surnameKey &&
        sameGiven(other.givenKey, claim.givenKey) && Math.abs(other.value - claim.value) > 1)
      if (!first) continue
      const sentence = article.sentences[first.sentence]
      corpus.report(meta.id, article.id, {
        reason: `Unexpected age \`${claim.value}\` for ${claim.person}, expected ${first.value} as stated earlier`,
        note: `The article gives ${claim.person}'s age as ${first.value} and then as ${claim.value}; readers cannot tell which is right.`,
        start: claim.start,
        end: claim.end,
        actual: claim.text,
        expected: [String(first.value)],
        confidence: 0.6,
        evidence: [corpus.evidence(article.id, sentence?.start ?? first.start, sentence?.end ?? first.end, String(first.value))],
        key: `age:${claim.personKey}:${first.value}:${claim.value}`
      })
    }
  }
}
