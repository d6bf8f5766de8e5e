// Dates as written → dates on a calendar, against the article's publication
// date or, when it states none, the corpus' consensus date. A bare weekday is
// the most recent such day on or before the reference (chrono would pick the
// nearest, possibly a future one).
import type {DateClaim} from '../../extract/claims/types.js'
import type {ArticleFacts} from '../../types.js'

export interface ResolvedDate {
  granularity: 'day' | 'month' | 'year'
  /** yyyy-mm-dd, yyyy-mm or yyyy. */
  iso: string
  /** Midday UTC of the first day it covers, in ms. */
  time: number
}

const day = 86_400_000
export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

export function parseIsoDay(value: string | null | undefined): number | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null
  const time = Date.parse(`${value.slice(0, 10)}T12:00:00Z`)
  return Number.isNaN(time) ? null : time
}

/** The publication date most articles state; else the latest full date any article states. */
export function consensusReference(articles: ArticleFacts[], fromText = true): number | null {
  const counts = new Map<number, number>()
  for (const article of articles) {
    const time = parseIsoDay(article.meta.published)
    if (time !== null) counts.set(time, (counts.get(time) ?? 0) + 1)
  }
  let best: number | null = null
  for (const [time, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best)! && time > best)) best = time
  if (best !== null || !fromText) return best
  let latest: number | null = null
  for (const article of articles) {
    for (const claim of (article.claims ?? []) as DateClaim[]) {
      if (claim.kind !== 'date' || claim.year === undefined || claim.day === undefined || claim.caption) continue
      const time = Date.UTC(claim.year, claim.month! - 1, claim.day, 12)
      if (latest === null || time > latest) latest = time
    }
  }
  return latest
}

const pad = (value: number) => String(value).padStart(2, '0')

function atDay(time: number): ResolvedDate {
  const date = new Date(time)
  return {granularity: 'day', iso: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`, time}
}

export function resolveDate(claim: DateClaim, reference: number | null): ResolvedDate | null {
  if (claim.daysAgo !== undefined) return reference === null ? null : atDay(reference - claim.daysAgo * day)
  if (claim.day !== undefined && claim.month !== undefined) {
    let year = claim.year
    if (year === undefined) {
      if (reference === null) return null
      year = new Date(reference).getUTCFullYear()
      // "December 30" in a January article is last year's.
      if (Date.UTC(year, claim.month - 1, claim.day, 12) > reference + 60 * day) year--
    }
    return atDay(Date.UTC(year, claim.month - 1, claim.day, 12))
  }
  if (claim.weekday !== undefined) {
    if (reference === null) return null
    const back = (new Date(reference).getUTCDay() - claim.weekday + 7) % 7
    return atDay(reference - back * day)
  }
  if (claim.month !== undefined && claim.year !== undefined) {
    return {granularity: 'month', iso: `${claim.year}-${pad(claim.month)}`, time: Date.UTC(claim.year, claim.month - 1, 1, 12)}
  }
  if (claim.year !== undefined) return {granularity: 'year', iso: String(claim.year), time: Date.UTC(claim.year, 0, 1, 12)}
  return null
}

/** Compared at the coarser of the two granularities: "2019" agrees with "August 2019". */
export function sameDate(a: ResolvedDate, b: ResolvedDate): boolean {
  const length = Math.min(a.iso.length, b.iso.length)
  return a.iso.slice(0, length) === b.iso.slice(0, length)
}

/** "Saturday (2022-09-03)" for a weekday, the date as written otherwise. */
export function describeDate(claim: DateClaim, resolved: ResolvedDate, withDate = true): string {
  if (claim.weekday !== undefined && claim.day === undefined) return withDate ? `${weekdayNames[claim.weekday]} (${resolved.iso})` : weekdayNames[claim.weekday]
  // A yearless date with no reference to lend a year: as written, "June 1".
  if (!withDate && claim.year === undefined && claim.day !== undefined) return `${monthNames[claim.month! - 1]} ${claim.day}`
  return resolved.iso
}

/** Stated dates further apart than this are taken for different events, not one misdated (June 20 and June 24). */
const confusableDays = 3

/** Whether a claim's date depends on a guessed reference (an undated article's weekday, "yesterday", a yearless date). */
function anchored(claim: DateClaim, ownDate: boolean): boolean {
  if (claim.day !== undefined && claim.year !== undefined) return true
  return ownDate
}

function weekdayOf(claim: DateClaim): number | null {
  if (claim.weekday !== undefined) return claim.weekday
  if (claim.year !== undefined && claim.month !== undefined && claim.day !== undefined) return new Date(Date.UTC(claim.year, claim.month - 1, claim.day, 12)).getUTCDay()
  return null
}

/**
 * Two dates stated for one fact: 'agree', 'disagree', or null when they cannot
 * be compared honestly. Loosely aligned (`tight` false), only like
 * granularities compare, years only when both are stated, dates resolved
 * against a guessed reference by weekday name only, and dates far apart are
 * different events, not one misdated. Tightly aligned (the same words around
 * both values: one event told twice), any difference is a conflict: the years
 * of "April 2014" and "2012", the months of "June 9" and "April 9", the
 * weekday names of "Sunday" and "Thursday".
 */
export function compareDates(
  a: DateClaim, b: DateClaim, ra: ResolvedDate, rb: ResolvedDate, aDated: boolean, bDated: boolean, tight = false
): 'agree' | 'disagree' | null {
  if (tight) {
    const verdict = compareTightly(a, b)
    if (verdict) return verdict
  }
  // "August 2012" and "4 October 2013" are different facts, not one misdated: compare like with like.
  if (ra.granularity !== rb.granularity) return null
  if (ra.granularity !== 'day') {
    if (a.year === undefined || b.year === undefined) return null
    if (sameDate(ra, rb)) return 'agree'
    return Math.abs(ra.time - rb.time) <= 3 * 366 * day ? 'disagree' : null
  }
  if (anchored(a, aDated) && anchored(b, bDated)) {
    if (ra.iso === rb.iso) return 'agree'
    return Math.abs(ra.time - rb.time) <= confusableDays * day || monthSwapped(a, b, ra, rb) ? 'disagree' : null
  }
  // "March 3" against "March 5": the same guessed year on both sides, so month and day compare as written.
  if (a.day !== undefined && b.day !== undefined && a.daysAgo === undefined && b.daysAgo === undefined) {
    if (a.month === b.month && a.day === b.day) return 'agree'
    const distance = Math.abs(Date.UTC(2001, a.month! - 1, a.day) - Date.UTC(2001, b.month! - 1, b.day)) / day
    return distance <= confusableDays || monthSwapped(a, b, ra, rb) ? 'disagree' : null
  }
  // Against a guessed reference only weekdays both articles name compare: a stated date may be the article's own.
  if (a.weekday === undefined || b.weekday === undefined) return null
  const wa = weekdayOf(a)
  const wb = weekdayOf(b)
  if (wa === null || wb === null) return null
  if (Math.abs(ra.time - rb.time) > 7 * day) return null
  return wa === wb ? 'agree' : 'disagree'
}

/** The same day of another month of the same year: one word of a date changed ("Aug. 2" / "Oct. 2"). */
function monthSwapped(a: DateClaim, b: DateClaim, ra: ResolvedDate, rb: ResolvedDate): boolean {
  return a.day !== undefined && a.day === b.day && a.month !== b.month && ra.iso.slice(0, 4) === rb.iso.slice(0, 4)
}

/** One event told twice: what both state, compared as written (a year, a month and day, a weekday name). */
function compareTightly(a: DateClaim, b: DateClaim): 'agree' | 'disagree' | null {
  if (a.daysAgo !== undefined || b.daysAgo !== undefined) return null
  let verdict: 'agree' | 'disagree' | null = null
  const differ = (x: boolean) => {
    if (x) verdict = 'disagree'
    else verdict ??= 'agree'
  }
  // Years up to three apart: further, it is another event ("the 1953 armistice", "the 1950 war").
  if (a.year !== undefined && b.year !== undefined) {
    if (Math.abs(a.year - b.year) > 3) return null
    differ(a.year !== b.year)
  }
  if (a.month !== undefined && b.month !== undefined) {
    if (a.day !== undefined && b.day !== undefined) differ(a.month !== b.month || a.day !== b.day)
    else if (a.year !== undefined && b.year !== undefined) differ(a.month !== b.month)
  }
  // A weekday with a date or another weekday: the date's own weekday when it states a year.
  const wa = a.weekday ?? (a.day !== undefined && a.year !== undefined ? weekdayOf(a) : null)
  const wb = b.weekday ?? (b.day !== undefined && b.year !== undefined ? weekdayOf(b) : null)
  if (wa !== null && wb !== null && (a.day === undefined || b.day === undefined)) differ(wa !== wb)
  return verdict
}
