// Cross-article consistency: a date, year or count that the other articles
// stating the same fact give differently (reported on the minority, with the
// majority value and evidence from both sides); "recently" for events other
// articles date years back; two titles for one person.
import type {Claim, DateClaim, NumberClaim} from '../../pipeline/extract/claims/types.js'
import type {CorpusContext, CorpusRule} from '../../pipeline/rule.js'
import type {Evidence} from '../../pipeline/types.js'
import {ClaimIndex, type ClaimRef, type Match} from './align.js'
import {meta, type ConflictingFactsOptions} from './meta.js'
import {checkRecency} from './recency.js'
import {consensusReference, describeDate, parseIsoDay, resolveDate, sameDate, type ResolvedDate} from './resolve.js'
import {checkRoles} from './roles.js'
import {describeNumber, numbersConflict} from './values.js'

interface Typed {
  ref: ClaimRef
  /** What the value is, for messages and for grouping the majority. */
  label: string
}

export const conflictingFacts: CorpusRule<ConflictingFactsOptions> = {
  meta,
  run(corpus, options) {
    const consensus = consensusReference(corpus.articles)
    const referenceOf = (ref: ClaimRef) => parseIsoDay(ref.article.meta.published) ?? consensus
    const index = new ClaimIndex(corpus.articles, (claim) => !claim.caption && claim.kind !== 'role', options)

    for (const ref of index.refs) {
      const {claim} = ref
      if (claim.kind !== 'date' && claim.kind !== 'number') continue
      const own = valueOf(ref)
      if (!own) continue
      const others: Array<Typed & {match: Match; agrees: boolean}> = []
      for (const match of index.matches(ref)) {
        if (match.ref.claim.kind !== claim.kind) continue
        const other = valueOf(match.ref)
        if (!other) continue
        const agrees = claim.kind === 'date'
          ? sameDate(own.resolved!, other.resolved!)
          : !numbersConflict(claim, match.ref.claim as NumberClaim)
        if (claim.kind === 'number' && (match.ref.claim as NumberClaim).unit !== claim.unit) continue
        // Dates far apart are different events about the same names (2017 and 2022 blocks), not one event misdated.
        if (claim.kind === 'date' && !agrees && !confusable(own.resolved!, other.resolved!)) continue
        others.push({...other, match, agrees})
      }
      const agreeing = others.filter((other) => other.agrees)
      const disagreeing = others.filter((other) => !other.agrees)
      if (disagreeing.length === 0 || agreeing.length >= disagreeing.length) continue
      const majority = mostCommon(disagreeing.map((other) => other.label))
      const backers = disagreeing.filter((other) => other.label === majority)
      // One other article outvotes this one only when the two clearly state the same fact.
      const strong = backers.some((other) => other.match.unique || other.match.similarity >= options.highSimilarity)
      if (backers.length < 2 && !strong) continue
      const count = backers.length
      const evidence: Evidence[] = [...disagreeing, ...agreeing].map((other) =>
        sentenceEvidence(corpus, other.ref, other.label))
      corpus.report(meta.id, ref.article.id, {
        reason: `Unexpected \`${claim.text.trim().replace(/[,.;:]+$/, '')}\` (${own.resolved?.iso ?? own.label}), expected ${majority} as in ${count} other article${count === 1 ? '' : 's'}`,
        note: `Other articles that report the same ${claim.kind === 'date' ? 'event' : 'figure'} give ${majority}; one of the versions is wrong.`,
        start: claim.start,
        end: claim.end,
        actual: claim.text,
        expected: [majority],
        confidence: count >= 2 ? 0.8 : 0.55,
        severity: count >= 2 ? undefined : 'warning',
        evidence,
        key: `${claim.kind}:${own.label}`
      })
    }

    function valueOf(ref: ClaimRef): (Typed & {resolved?: ReturnType<typeof resolveDate>}) | null {
      const claim = ref.claim
      if (claim.kind === 'number') return {ref, label: describeNumber(claim)}
      if (claim.kind !== 'date') return null
      const resolved = resolveDate(claim, referenceOf(ref))
      return resolved ? {ref, label: describeDate(claim, resolved), resolved} : null
    }

    checkRecency(corpus, index, referenceOf)
    checkRoles(corpus)
  }
}

export function sentenceEvidence(corpus: CorpusContext, ref: ClaimRef, value: string): Evidence {
  const sentence = ref.article.sentences[ref.claim.sentence]
  return corpus.evidence(ref.article.id, sentence?.start ?? ref.claim.start, sentence?.end ?? ref.claim.end, value)
}

/** Close enough to be one event given twice: a week for days, three years for years. */
function confusable(a: ResolvedDate, b: ResolvedDate): boolean {
  const distance = Math.abs(a.time - b.time) / 86_400_000
  return a.granularity === 'day' && b.granularity === 'day' ? distance <= 7 : distance <= 3 * 366
}

function mostCommon(labels: string[]): string {
  const counts = new Map<string, number>()
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0][0]
}

export type {Claim, DateClaim}
