// Internal consistency: "Saturday, September 4" in a year where the 4th is a
// Sunday; "at least one person" then "at least two people" for the same
// count. A corpus rule (of article scope) only because an undated article
// takes its year from its story's publication date. (Stale "recently" is conflicting-facts' job: it
// needs other articles' dates as often as the article's own.)
import type {DateClaim, NumberClaim} from '../../pipeline/extract/claims/types.js'
import type {CorpusContext, CorpusRule} from '../../pipeline/rule.js'
import {parseIsoDay, weekdayNames} from '../../pipeline/corpus/claims/resolve.js'
import {describeNumber, numbersConflict} from '../../pipeline/corpus/claims/values.js'
import {checkAges} from './ages.js'
import {checkYears} from './years.js'
import {meta, type SelfContradictionOptions} from './meta.js'

export const selfContradiction: CorpusRule<SelfContradictionOptions> = {
  meta,
  run(corpus, options) {
    // The story's publication date lends a year to an undated article.
    const consensus = corpus.reference()
    for (const article of corpus.articles) {
      const reference = parseIsoDay(article.meta.published) ?? consensus
      for (const claim of (article.claims ?? []) as DateClaim[]) {
        if (claim.kind === 'date') checkWeekday(corpus, article.id, claim, reference)
      }
    }
    checkCounts(corpus, options)
    checkAges(corpus)
    checkYears(corpus)
  }
}

function checkWeekday(corpus: CorpusContext, articleId: string, claim: DateClaim, reference: number | null): void {
  if (claim.weekday === undefined || claim.day === undefined || claim.month === undefined) return
  const year = claim.year ?? (reference === null ? undefined : new Date(reference).getUTCFullYear())
  if (year === undefined) return
  const actual = new Date(Date.UTC(year, claim.month - 1, claim.day, 12)).getUTCDay()
  if (actual === claim.weekday) return
  const iso = `${year}-${String(claim.month).padStart(2, '0')}-${String(claim.day).padStart(2, '0')}`
  corpus.report(meta.id, articleId, {
    reason: `Unexpected \`${weekdayNames[claim.weekday]}\` for ${iso}, expected \`${weekdayNames[actual]}\``,
    note: `${iso} is a ${weekdayNames[actual]}${claim.year === undefined ? ` (the year is taken from the ${reference === null ? 'text' : 'publication or corpus date'})` : ''}: either the weekday or the date is wrong.`,
    start: claim.start,
    end: claim.end,
    expected: [weekdayNames[actual]],
    confidence: claim.year === undefined ? 0.6 : 0.9,
    severity: claim.year === undefined ? 'warning' : undefined,
    key: `weekday:${iso}`
  })
}

/** The same count given twice differently within one article: reported on the later statement. */
function checkCounts(corpus: CorpusContext, options: SelfContradictionOptions): void {
  const index = corpus.claims()
  const align = {minSimilarity: options.minSimilarity, highSimilarity: Math.max(options.minSimilarity, 0.5), maxBucket: options.maxBucket}
  const counts = index.refs.filter((ref) => ref.claim.kind === 'number' && !ref.claim.inQuote)
  // Sentences that list several counts of one unit ("two miles north, six miles west") count different things.
  const perSentence = new Map<string, number>()
  const sentenceKey = (articleId: string, claim: NumberClaim) => `${articleId}\u0000${claim.sentence}\u0000${claim.unit}`
  for (const ref of counts) {
    const key = sentenceKey(ref.article.id, ref.claim as NumberClaim)
    perSentence.set(key, (perSentence.get(key) ?? 0) + 1)
  }
  const listed = (articleId: string, claim: NumberClaim) => perSentence.get(sentenceKey(articleId, claim))! > 1
  for (const ref of counts) {
    const claim = ref.claim as NumberClaim
    if (listed(ref.article.id, claim)) continue
    const earlier = index.matches(ref, align, true)
      .filter((match) => match.ref.claim.kind === 'number' && !match.ref.claim.inQuote)
      .filter((match) => match.ref.claim.start < claim.start && match.similarity >= options.minSimilarity)
      .filter((match) => match.ref.claim.events.some((event) => claim.events.includes(event)))
      .filter((match) => !listed(ref.article.id, match.ref.claim as NumberClaim))
      .filter((match) => numbersConflict(claim, match.ref.claim as NumberClaim))
      .sort((a, b) => b.similarity - a.similarity)[0]
    if (!earlier) continue
    const first = earlier.ref.claim as NumberClaim
    const sentence = ref.article.sentences[first.sentence]
    corpus.report(meta.id, ref.article.id, {
      reason: `Unexpected \`${claim.text}\`, expected \`${first.text}\` as stated earlier`,
      note: `The article gives this count as ${describeNumber(first)} and then as ${describeNumber(claim)}; readers cannot tell which is right.`,
      start: claim.start,
      end: claim.end,
      expected: [first.text],
      confidence: 0.6,
      evidence: [corpus.evidence(ref.article.id, sentence?.start ?? first.start, sentence?.end ?? first.end, describeNumber(first))],
      key: `count:${describeNumber(first)}:${describeNumber(claim)}`
    })
  }
}
