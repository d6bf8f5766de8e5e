// One event, two places: "a firebomb attack on a bank in Athens" where the
// other articles say Thessaloniki. Compared only in closely similar sentences
// that name the same kind of event; never against a country or large region
// ("in Greece" and "in Athens" are one place told at two scales), and only
// when the other article never mentions this place (naming both, it may know
// one lies within the other). A warning with low confidence, as for roles:
// without a gazetteer of towns, containment is a guess.
import type {PlaceClaim} from '../../pipeline/extract/claims/types.js'
import type {CorpusContext} from '../../pipeline/rule.js'
import type {ArticleFacts} from '../../pipeline/types.js'
import type {AlignOptions, ClaimRef} from '../../pipeline/corpus/claims/align.js'
import {sentenceEvidence} from './evidence.js'
import {meta} from './meta.js'
import {regionKeys} from './regions.js'
import {mostCommon} from '../../pipeline/corpus/claims/values.js'

export function checkPlaces(corpus: CorpusContext, options: AlignOptions): void {
  const index = corpus.claims()
  const mentions = new Map<ArticleFacts, string>()
  const mentioned = (article: ArticleFacts, place: PlaceClaim) => {
    let text = mentions.get(article)
    if (text === undefined) {
      text = article.text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
      mentions.set(article, text)
    }
    return text.includes(place.placeKey)
  }
  for (const ref of index.refs.filter((each) => each.claim.kind === 'place' && !each.claim.inQuote)) {
    const claim = ref.claim as PlaceClaim
    const agreeing: ClaimRef[] = []
    const disagreeing: ClaimRef[] = []
    for (const match of index.matches(ref, options).filter((each) => !each.ref.claim.inQuote)) {
      const other = match.ref.claim as PlaceClaim
      if (match.similarity < options.highSimilarity || !claim.clauseEvents.some((event) => other.clauseEvents.includes(event))) continue
      if (samePlace(claim, other)) agreeing.push(match.ref)
      // A country or large region holds any town; otherwise two places differ unless the other
      // article mentions this one somewhere (then it knows both: one may lie within the other).
      else if (!regionKeys.has(claim.placeKey) && !regionKeys.has(other.placeKey) && !mentioned(match.ref.article, claim)) disagreeing.push(match.ref)
    }
    if (disagreeing.length === 0 || agreeing.length >= disagreeing.length) continue
    const majority = mostCommon(disagreeing.map((other) => (other.claim as PlaceClaim).placeKey))
    const backers = disagreeing.filter((other) => (other.claim as PlaceClaim).placeKey === majority)
    const expected = (backers[0].claim as PlaceClaim).place
    const count = backers.length
    corpus.report(meta.id, ref.article.id, {
      reason: `Unexpected place \`${claim.place}\`, expected \`${expected}\` as in ${count} other article${count === 1 ? '' : 's'}`,
      note: 'Other articles that report this event in like words place it elsewhere, and none of them mentions this place; check which is right.',
      start: claim.start,
      end: claim.end,
      actual: claim.place,
      expected: [expected],
      confidence: count >= 2 ? 0.5 : 0.35,
      severity: count >= 2 ? 'warning' : 'info',
      evidence: [...disagreeing, ...agreeing].map((other) => sentenceEvidence(corpus, other, (other.claim as PlaceClaim).place)),
      key: `place:${claim.placeKey}`
    })
  }
}

/** "Athens" and "central Athens", "Newton Street, Millom" and "Millom": one place. */
function samePlace(a: PlaceClaim, b: PlaceClaim): boolean {
  const left = [a.placeKey, ...a.within]
  const right = [b.placeKey, ...b.within]
  return left.some((x) => right.some((y) => x.includes(y) || y.includes(x)))
}
