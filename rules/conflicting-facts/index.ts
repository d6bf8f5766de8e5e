// Cross-article consistency: a date, year or count that the other articles
// stating the same fact give differently (reported on the minority, with the
// majority value and evidence from both sides); "recently" for events other
// articles date years back; two titles for one person.
import type {NumberClaim} from '../../pipeline/extract/claims/types.js'
import type {CorpusRule} from '../../pipeline/rule.js'
import {voterOf, type Evidence} from '../../pipeline/types.js'
import {sentenceEvidence} from './evidence.js'
import {checkAges} from './ages.js'
import {statementOnly, type ClaimRef, type Match} from '../../pipeline/corpus/claims/align.js'
import {meta, type ConflictingFactsOptions} from './meta.js'
import {checkRecency} from './recency.js'
import {compareDates, consensusReference, describeDate, parseIsoDay, resolveDate, type ResolvedDate} from '../../pipeline/corpus/claims/resolve.js'
import {checkPlaces} from './places.js'
import {checkRoles} from './roles.js'
import {describeNumber, mostCommon, numbersConflict} from '../../pipeline/corpus/claims/values.js'

/** Another source's claim on the same fact, and how closely it is aligned with this one. */
interface Voice extends Typed {
  match: Match
  tight: boolean
  close: boolean
}

interface Typed {
  ref: ClaimRef
  /** What the value is, for messages. */
  label: string
  /** A date's day on the calendar, against its article's reference. */
  resolved?: ResolvedDate | null
}

/**
 * One event told twice: the same words right beside both values, or nearly the
 * same sentence, or a copy of the same text. Then any difference of value is a
 * conflict; looser alignments compare only values close enough to be one misdated.
 */
function isTight(ref: ClaimRef, match: Match): boolean {
  return sameText(ref, match) || match.near >= 3 || match.similarity >= 0.6
}

/** Close enough for one other source to outvote this one: a copy, or nearly the same sentence. */
function isClose(ref: ClaimRef, match: Match): boolean {
  return sameText(ref, match) || match.similarity >= 0.7 || (match.near >= 3 && match.similarity >= 0.5) ||
    // What a count counts is in the words beside it: four of them shared is one count told twice.
    (ref.claim.kind === 'number' && match.near >= 4)
}

const sameText = (ref: ClaimRef, match: Match) => voterOf(ref.article) === voterOf(match.ref.article)

type Vote = Voice & {verdict: 'agree' | 'disagree'}

/** One source's say on a claim: its claim aligned beside the most shared words (then the most similar), and the best of those that agree. */
interface Heard {
  best: Vote
  bestAgreeing?: Vote
}

/** Whether `match` aligns better than `current`: more shared words beside the value, then more similar; the first met wins a tie. */
const aligns = (match: Match, current: Match) => match.near > current.near || match.near === current.near && match.similarity > current.similarity

export const conflictingFacts: CorpusRule<ConflictingFactsOptions> = {
  meta,
  run(corpus, options) {
    const consensus = consensusReference(corpus.articles)
    const standIn = Date.UTC(2000, 0, 1, 12)
    const referenceOf = (ref: ClaimRef) => parseIsoDay(ref.article.meta.published) ?? consensus
    const index = corpus.claims()
    // Dates, counts and "recently"; ages, roles and places have checks of their own.
    const refs = index.refs.filter((ref) => ref.claim.kind !== 'role' && ref.claim.kind !== 'age' && ref.claim.kind !== 'place')
    // Each article's counts by label, so "does it say the majority figure elsewhere?" is a look-up;
    // and each sentence's counts, since a sentence listing several of one unit ("55 percent …, 82 percent …") counts different things.
    const numberLabels = new Map<string, Map<string, number>>()
    const countsOf = new Map<string, NumberClaim[]>()
    // What depends on one claim alone is worked out once per claim: voices() asks it of every claim each claim meets.
    const once = <T>(compute: (ref: ClaimRef) => T) => {
      const known = new Map<ClaimRef, T>()
      return (ref: ClaimRef): T => {
        if (known.has(ref)) return known.get(ref)!
        const value = compute(ref)
        known.set(ref, value)
        return value
      }
    }
    const sentenceKey = once((ref) => `${ref.article.id}\u0000${ref.claim.sentence}`)
    const countsBeside = (ref: ClaimRef) => (countsOf.get(sentenceKey(ref)) ?? []).filter((claim) => claim !== ref.claim)
    const listed = once((ref) => ref.claim.kind === 'number' && countsBeside(ref).some((other) => other.unit === (ref.claim as NumberClaim).unit))
    // Two sentences giving several counts ("six rifles, 12 magazines and 300 rounds") state one
    // tally only if some other count agrees; when all differ, they are two tallies (one raid, all raids).
    const sameTally = (a: ClaimRef, b: ClaimRef) => {
      let pairs = 0
      for (const mine of countsBeside(a)) {
        for (const theirs of countsBeside(b)) {
          if (mine.unit !== theirs.unit) continue
          if (!numbersConflict(mine, theirs)) return true
          pairs++
        }
      }
      return pairs === 0
    }
    for (const ref of refs) {
      if (ref.claim.kind !== 'number') continue
      const counts = countsOf.get(sentenceKey(ref)) ?? []
      counts.push(ref.claim)
      countsOf.set(sentenceKey(ref), counts)
      const labels = numberLabels.get(ref.article.id) ?? new Map<string, number>()
      const label = describeNumber(ref.claim)
      labels.set(label, (labels.get(label) ?? 0) + 1)
      numberLabels.set(ref.article.id, labels)
    }
    // A sentence stating two values of one kind ("20 women … two women", "May 1, 2005, and Dec. 8, 2006")
    // binds each to its own subject: one other source cannot tell which of them it contradicts.
    const kindsIn = new Map<string, string[]>()
    const kindOf = (ref: ClaimRef) => ref.claim.kind === 'number' ? `number:${ref.claim.unit}` : ref.claim.kind
    for (const ref of refs) kindsIn.set(sentenceKey(ref), [...kindsIn.get(sentenceKey(ref)) ?? [], kindOf(ref)])
    const valueOf = once(valueFor)
    const crowded = once((ref) => (kindsIn.get(sentenceKey(ref)) ?? []).filter((kind) => kind === kindOf(ref)).length > 1)
    const dated = (ref: ClaimRef) => parseIsoDay(ref.article.meta.published) !== null
    // A person's age is reported once, by the age check, not again as a count.
    const ages = checkAges(corpus)

    for (const ref of refs) {
      const {claim} = ref
      if (claim.kind !== 'date' && claim.kind !== 'number') continue
      if (claim.kind === 'number' && ages.has(ref.article.id, claim.start, claim.end)) continue
      const own = valueOf(ref)
      if (!own) continue
      // Per other source, the claim bound to the same event: a sentence may state several values
      // ("recovered Sunday after attempts on Saturday"), and the one beside the same words is this one's rival.
      // Sources aligned closely decide; only where none is, those that name the same subject in other words
      // have their say, as info.
      let byVoter = voices(ref, own, false)
      if (byVoter.size === 0) byVoter = voices(ref, own, true)
      const {agreeing, disagreeing} = tally(byVoter)
      if (disagreeing.length === 0 || agreeing.length >= disagreeing.length) continue
      // Loosely, any other source that agrees leaves two readings of what is being dated or counted.
      if (agreeing.length > 0 && disagreeing.every((other) => other.match.loose)) continue
      // "Saturday" read as 3 September and "3 September" are one value.
      const majorityValue = mostCommon(disagreeing.map(valueKey))
      const backers = disagreeing.filter((other) => valueKey(other) === majorityValue)
      const majority = backers.find((other) => relative(other.ref))?.label ?? backers[0].label
      // An article that itself gives the majority figure elsewhere is counting something else here,
      // unless another article words this very sentence alike (then one of its two figures is wrong).
      if (claim.kind === 'number' && (numberLabels.get(ref.article.id)?.get(majority) ?? 0) > 0 && !backers.some((other) => other.match.near >= 4)) continue
      // One other article outvotes this one only when the two clearly state the same fact:
      // one a name has once (founded, died), or near-identical wording around the value.
      // Looser, it is two versions for a reader to check (info, low confidence).
      const strong = backers.some((other) => other.match.strong)
      const close = backers.some((other) => other.close)
      const loose = backers.every((other) => other.match.loose)
      // One source aligned strongly, seconded by others that name the same subject in other words
      // and give its value, none giving this one's: two independent sources, a warning.
      const seconded = !loose && !close && backers.length === 1 && agreeing.length === 0 && secondedBy(ref, own, byVoter, majorityValue)
      const count = backers.length + (seconded ? seconded.length : 0)
      const outlets = agreeing.length + disagreeing.length + (seconded ? seconded.length : 0)
      // Statements are many ("issued a statement on Wednesday" about another matter): one other
      // article's statement is not the same fact unless the words beside the date match, or the
      // two clauses also share another kind of event.
      const eventful = backers.some((other) => other.ref.claim.clauseEvents.some((event) => event !== 'statement' && claim.clauseEvents.includes(event)))
      const sameWords = backers.some((other) => other.match.near >= 3)
      // Loosely aligned, three or more independent sources that all date it otherwise and none as this one
      // (counts aligned loosely are too often counts of other things: yards in a season, yards in a game).
      const chorus = loose && claim.kind === 'date' && count >= 3 && agreeing.length === 0 && backers.length === disagreeing.length
      const statementDay = statementOnly(claim)
      if (count < 2 && !sameWords && claim.kind === 'date' && !eventful && claim.clauseEvents.includes('statement')) continue
      // A weekday or "yesterday" is resolved against its own article's date: say which, and from where.
      const evidence: Evidence[] = [...disagreeing, ...seconded || [], ...agreeing].map((other) =>
        sentenceEvidence(corpus, other.ref, relative(other.ref) ? `${other.label}, ${dateBasis(other.ref)}` : other.label))
      const written = claim.text.trim().replace(/[,.;:]+$/, '')
      const value = own.resolved && referenceOf(ref) !== null ? own.resolved.iso : own.label
      corpus.report(meta.id, ref.article.id, {
        reason: `Unexpected \`${written}\`${value === written ? '' : ` (${value})`}, expected ${majority}: ${count} of ${outlets} other outlet${outlets === 1 ? '' : 's'} say${outlets === 1 ? 's' : ''} ${majority}`,
        note: `Other articles that report the same ${claim.kind === 'date' ? 'event' : 'figure'} give ${majority} (${count} independent text${count === 1 ? '' : 's'}, copies counted once${agreeing.length ? `; ${agreeing.length} agree with this one` : ''}); one of the versions is wrong.${relative(ref) ? ` \`${written}\` is read against ${dateBasis(ref)}.` : ''}`,
        start: claim.start,
        end: claim.end,
        actual: claim.text,
        expected: [majority],
        confidence: loose ? (chorus ? 0.5 : count >= 2 ? 0.4 : 0.25) : seconded ? 0.5 : count >= 2 ? 0.8 : close ? 0.6 : strong ? 0.55 : 0.35,
        // Severity by evidence: two or more independent texts against this one, an error; one that
        // tells the same event in the same words (or a once-only event), a warning; looser, info.
        // Outlets that heard a statement on three different days ("said Saturday", "said Thursday"): no consensus to warn with.
        severity: (loose && !chorus) || (count < 2 && backers.length < disagreeing.length && statementDay) ? 'info' : loose ? 'warning' : seconded ? 'warning' : count >= 2 ? undefined : (close && agreeing.length === 0) || backers.some((other) => other.match.unique) ? 'warning' : 'info',
        evidence,
        key: `${claim.kind}:${own.label}`
      })
    }

    /** A weekday or a day counted back ("yesterday"): a date only against a reference. */
    function relative(ref: ClaimRef): boolean {
      return ref.claim.kind === 'date' && ref.claim.day === undefined && (ref.claim.weekday !== undefined || ref.claim.daysAgo !== undefined)
    }

    /** The reference a relative date is read against, and where it comes from. */
    function dateBasis(ref: ClaimRef): string {
      const {published, sources} = ref.article.meta
      if (parseIsoDay(published) !== null) return `its publication date ${published!.slice(0, 10)} (from ${sources.published === 'text' ? 'its text' : `its ${sources.published ?? 'metadata'}`})`
      return consensus === null ? 'no date: compared by weekday name' : `the corpus' usual publication date ${new Date(consensus).toISOString().slice(0, 10)} (it states none)`
    }

    /** What a value is, for finding the majority: a date's day on the calendar where it has one. */
    function valueKey(voice: Typed & {resolved?: ResolvedDate | null}): string {
      return voice.resolved && referenceOf(voice.ref) !== null ? voice.resolved.iso : voice.label
    }

    /** The other sources' verdicts: per source, the claim beside the most shared words agrees or disagrees. */
    function tally(byVoter: Map<string, Heard>) {
      const agreeing: Voice[] = []
      const disagreeing: Voice[] = []
      // A source agrees when a claim of its that agrees is beside as many shared words as its best aligned one.
      for (const {best, bestAgreeing} of byVoter.values()) {
        if (bestAgreeing && bestAgreeing.match.near >= best.match.near) agreeing.push(bestAgreeing)
        else disagreeing.push(best)
      }
      return {agreeing, disagreeing}
    }

    /** Sources not yet heard that, loosely aligned, all give `majority`: null when any gives another value. */
    function secondedBy(ref: ClaimRef, own: Typed & {resolved?: ResolvedDate | null}, heard: Map<string, unknown>, majority: string): Voice[] | null {
      const others = voices(ref, own, true)
      for (const voter of heard.keys()) others.delete(voter)
      const {agreeing, disagreeing} = tally(others)
      return agreeing.length === 0 && disagreeing.length > 0 && disagreeing.every((other) => valueKey(other) === majority) ? disagreeing : null
    }

    /** Per other source, its claims aligned with this one and whether each agrees. */
    function voices(ref: ClaimRef, own: Typed & {resolved?: ResolvedDate | null}, loose: boolean) {
      const {claim} = ref
      const byVoter = new Map<string, Heard>()
      for (const found of index.allMatches(ref, options, false, loose)) {
        // Asked loosely, every aligned claim is one source's say: those aligned closely did not settle it.
        const match = loose ? {...found, loose: true} : found
        if (match.ref.claim.kind !== claim.kind) continue
        const tight = !loose && isTight(ref, match)
        // Counts abound in news copy: only close restatements of a count are compared with it, or,
        // loosely, a count alone of its unit in both sentences.
        // In a sentence listing several counts of one unit, only the same words right beside the count tell which is which.
        if (claim.kind === 'number' && (loose ? listed(ref) || listed(match.ref) || claim.unit === 'year-old'
          : !(match.strong || tight) || ((listed(ref) || listed(match.ref)) && match.near < 3) || !sameTally(ref, match.ref))) continue
        const other = valueOf(match.ref)
        if (!other) continue
        const verdict = compare(own, other, tight)
        if (!verdict) continue
        // Per source (a copy family's articles vote once), its best aligned claim and its best that agrees: a
        // story's reprints meet every claim many times over, and only these two decide.
        const voter = voterOf(match.ref.article)
        const heard = byVoter.get(voter)
        const best = !heard || aligns(match, heard.best.match)
        const bestAgreeing = verdict === 'agree' && (!heard?.bestAgreeing || aligns(match, heard.bestAgreeing.match))
        if (!best && !bestAgreeing) continue
        // An age without its person ("the 32-year-old", "23-year-old Laci") may be anyone's: never close enough alone.
        const close = !loose && isClose(ref, match) && !crowded(ref) && !crowded(match.ref) && !(claim.kind === 'number' && claim.unit === 'year-old')
        const vote = {...other, match, verdict, tight, close}
        const current = heard ?? {best: vote}
        if (best) current.best = vote
        if (bestAgreeing) current.bestAgreeing = vote
        byVoter.set(voter, current)
      }
      return byVoter
    }

    function compare(own: Typed & {resolved?: ResolvedDate | null}, other: Typed & {resolved?: ResolvedDate | null}, tight: boolean): 'agree' | 'disagree' | null {
      const a = own.ref.claim
      const b = other.ref.claim
      if (a.kind === 'number' && b.kind === 'number') {
        if (a.unit !== b.unit) return null
        return numbersConflict(a, b, tight) ? 'disagree' : 'agree'
      }
      if (a.kind !== 'date' || b.kind !== 'date') return null
      return compareDates(a, b, own.resolved!, other.resolved!, dated(own.ref), dated(other.ref), tight)
    }

    function valueFor(ref: ClaimRef): (Typed & {resolved?: ReturnType<typeof resolveDate>}) | null {
      const claim = ref.claim
      if (claim.kind === 'number') return {ref, label: describeNumber(claim)}
      if (claim.kind !== 'date') return null
      // With no date anywhere in the corpus, weekdays and yearless dates are still compared as written (against a stand-in reference).
      const reference = referenceOf(ref)
      const resolved = resolveDate(claim, reference ?? standIn)
      // A yearless "June 1" compares as written with another yearless one; "yesterday" needs a real reference.
      if (!resolved || (reference === null && claim.year === undefined && (claim.daysAgo !== undefined || (claim.weekday === undefined && claim.day === undefined)))) return null
      return {ref, label: describeDate(claim, resolved, reference !== null), resolved}
    }

    checkRecency(corpus, refs, referenceOf, options)
    checkRoles(corpus)
    checkPlaces(corpus, options)
  }
}
