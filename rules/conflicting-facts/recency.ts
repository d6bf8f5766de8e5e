// "recently", "a few days ago" for events that the article itself or other
// articles date far further back than the phrase can reach.
import type {DateClaim, RecencyClaim} from '../../pipeline/extract/claims/types.js'
import type {CorpusContext} from '../../pipeline/rule.js'
import type {AlignOptions, ClaimRef} from '../../pipeline/corpus/claims/align.js'
import {sentenceEvidence} from './evidence.js'
import {meta} from './meta.js'
import {describeDate, resolveDate, type ResolvedDate} from '../../pipeline/corpus/claims/resolve.js'

const day = 86_400_000

export function checkRecency(corpus: CorpusContext, refs: ClaimRef[], referenceOf: (ref: ClaimRef) => number | null, options: AlignOptions): void {
  const index = corpus.claims()
  for (const ref of refs) {
    if (ref.claim.kind !== 'recency' || ref.claim.inQuote) continue
    const claim = ref.claim as RecencyClaim
    const reference = referenceOf(ref)
    if (reference === null) continue
    const dated = [...index.matches(ref, options), ...index.matches(ref, options, true)]
      .filter((match) => match.ref.claim.kind === 'date')
      .map((match) => ({match, resolved: resolveDate(match.ref.claim as DateClaim, referenceOf(match.ref))}))
      .filter((entry) => entry.resolved !== null)
    if (dated.length === 0) continue
    // The end of the period a date names: "2019" reaches to 31 December 2019.
    const endOf = (resolved: ResolvedDate) => resolved.granularity === 'year' ? resolved.time + 364 * day : resolved.granularity === 'month' ? resolved.time + 30 * day : resolved.time
    const stale = dated.filter(({resolved}) => reference - endOf(resolved!) > claim.maxDays * day)
    // Most of what aligns must be old: one loosely aligned recent date should not hide it, nor excuse it.
    if (stale.length * 2 <= dated.length) continue
    dated.splice(0, dated.length, ...stale)
    const labels = [...new Set(dated.map(({match, resolved}) => describeDate(match.ref.claim as DateClaim, resolved!)))].sort()
    const articles = new Set(dated.map(({match}) => match.ref.article.id).filter((id) => id !== ref.article.id))
    const where = articles.size ? ` (${articles.size} other article${articles.size === 1 ? '' : 's'})` : ''
    corpus.report(meta.id, ref.article.id, {
      reason: `Unexpected \`${claim.text}\` for events of ${labels.join(' and ')}${where}, expected a date`,
      note: `The events this sentence describes are dated ${labels.join(' and ')}, long before the article's date; "${claim.text}" misleads readers about when they happened.`,
      start: claim.start,
      end: claim.end,
      expected: labels.length === 1 ? [`in ${labels[0]}`] : [],
      confidence: articles.size >= 2 || labels.length >= 2 ? 0.75 : 0.55,
      severity: 'warning',
      evidence: dated.map(({match, resolved}) => sentenceEvidence(corpus, match.ref, describeDate(match.ref.claim as DateClaim, resolved!))),
      key: `recency:${claim.text.toLowerCase()}`
    })
  }
}
