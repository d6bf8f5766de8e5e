// One person, two ages: "35-year-old Gomes" in one article, "Gary Gomes, 53,"
// in the others. Grouped by surname, so linear in the corpus; people of one
// surname are told apart by given name ("Gary Gomes" and his mother
// "Catherine Gomes"). Ages a year apart agree (a birthday between two
// reports), and more when the articles appeared years apart.
import {sameGiven} from '../../pipeline/extract/claims/people.js'
import type {AgeClaim} from '../../pipeline/extract/claims/types.js'
import type {CorpusContext} from '../../pipeline/rule.js'
import {voterOf} from '../../pipeline/types.js'
import type {ClaimRef} from '../../pipeline/corpus/claims/align.js'
import {sentenceEvidence} from './evidence.js'
import {meta} from './meta.js'
import {parseIsoDay} from '../../pipeline/corpus/claims/resolve.js'
import {mostCommon} from '../../pipeline/corpus/claims/values.js'

const year = 365.25 * 86_400_000

interface Stated {
  ref: ClaimRef
  claim: AgeClaim
  published: number | null
}

/** Places reported on, so that the count check does not report the same "N-year-old" again. */
export interface ReportedAges {
  has(articleId: string, start: number, end: number): boolean
}

export function checkAges(corpus: CorpusContext): ReportedAges {
  const bySurname = new Map<string, Stated[]>()
  for (const article of corpus.articles) {
    const published = parseIsoDay(article.meta.published)
    for (const claim of (article.claims ?? []) as AgeClaim[]) {
      // A quotation or a caption may state an age loosely or at another time.
      if (claim.kind !== 'age' || claim.inQuote || claim.caption || claim.furniture) continue
      const list = bySurname.get(claim.surnameKey) ?? []
      list.push({ref: {article, claim}, claim, published})
      bySurname.set(claim.surnameKey, list)
    }
  }
  const reported = new Map<string, Array<[number, number]>>()
  for (const list of bySurname.values()) {
    for (const person of byGivenName(list)) {
      for (const found of checkPerson(corpus, person)) {
        reported.set(found.article, [...reported.get(found.article) ?? [], [found.start, found.end]])
      }
    }
  }
  return {has: (article, start, end) => (reported.get(article) ?? []).some(([from, to]) => from < end && start < to)}
}

/** People of one surname: mentions whose given names agree ("Fred" and "Frederick" do). */
function byGivenName(list: Stated[]): Stated[][] {
  const people: Stated[][] = []
  for (const stated of list) {
    const person = people.find((each) => each.some((other) => sameGiven(other.claim.givenKey, stated.claim.givenKey)))
    if (person) person.push(stated)
    else people.push([stated])
  }
  return people
}

function checkPerson(corpus: CorpusContext, statements: Stated[]): Array<{article: string; start: number; end: number}> {
  // By source: a copy family's articles vote once.
  const byVoter = new Map<string, Stated[]>()
  for (const stated of statements) byVoter.set(voterOf(stated.ref.article), [...byVoter.get(voterOf(stated.ref.article)) ?? [], stated])
  if (new Set(statements.map((stated) => stated.ref.article.id)).size < 2) return []
  // An undated article may have appeared any time the dated ones that state this age did.
  const dates = statements.map((stated) => stated.published).filter((time): time is number => time !== null)
  const spread = dates.length ? (dates.reduce((a, b) => Math.max(a, b)) - dates.reduce((a, b) => Math.min(a, b))) / year : 0
  const agree = (a: Stated, b: Stated) => {
    const difference = b.claim.value - a.claim.value
    if (a.published === null || b.published === null) return Math.abs(difference) <= 1 + spread
    const elapsed = (b.published - a.published) / year
    return difference >= Math.min(0, elapsed) - 1 && difference <= Math.max(0, elapsed) + 1
  }
  const reported: Array<{article: string; start: number; end: number}> = []
  for (const stated of statements) {
    // Per other source: it agrees when any age it states for the person agrees.
    const agreeing: Stated[] = []
    const disagreeing: Stated[] = []
    for (const group of byVoter.values()) {
      const there = group.filter((other) => other.ref.article.id !== stated.ref.article.id)
      if (there.length === 0) continue
      const agrees = there.find((other) => agree(stated, other))
      if (agrees) agreeing.push(agrees)
      else disagreeing.push(there[0])
    }
    if (disagreeing.length === 0 || agreeing.length >= disagreeing.length) continue
    const majority = mostCommon(disagreeing.map((other) => other.claim.value))
    const backers = disagreeing.filter((other) => Math.abs(other.claim.value - majority) <= 1).length
    const {claim} = stated
    // Two versions and no majority: which one is wrong is for a reader to check.
    const sure = backers >= 2
    corpus.report(meta.id, stated.ref.article.id, {
      reason: `Unexpected age \`${claim.value}\` for ${claim.person}, expected ${majority} as in ${backers} other article${backers === 1 ? '' : 's'}`,
      note: `Other articles give ${claim.person}'s age as ${majority}; one of the versions is wrong.`,
      start: claim.start,
      end: claim.end,
      actual: claim.text,
      expected: [String(majority)],
      confidence: sure ? 0.8 : 0.5,
      severity: sure ? undefined : 'warning',
      evidence: [...disagreeing, ...agreeing].map((other) => sentenceEvidence(corpus, other.ref, String(other.claim.value))),
      key: `age:${claim.personKey}:${claim.value}`
    })
    reported.push({article: stated.ref.article.id, start: claim.start, end: claim.end})
  }
  return reported
}
