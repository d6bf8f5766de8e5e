// Typed comparison of claim values: counts as intervals (so "at least two"
// agrees with "three"), roles as sets of title words (so "CEO" agrees with
// "co-founder and CEO").
import {titleHeads, titleRanks} from '../../extract/claims/lexicons.js'
import type {NumberClaim, RoleClaim} from '../../extract/claims/types.js'

function interval(claim: NumberClaim): [number, number] {
  const {value} = claim
  switch (claim.qualifier) {
    case 'at least': return [value, Infinity]
    case 'more than': return [value + 1e-9, Infinity]
    case 'less than': return [-Infinity, value - 1e-9]
    case 'at most': return [-Infinity, value]
    case 'about': return [value * 0.9, value * 1.1]
    default: return [value, value]
  }
}

/** The value given most often (the first of equals): the majority the other articles agree on. */
export function mostCommon<T>(values: T[]): T {
  const counts = new Map<T, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0][0]
}

/**
 * Two counts of the same unit that cannot both be true, or the same bound given
 * twice differently; told in the same words (`tight`), "about 14 miles" and
 * "about 15 miles", or "up to 15 years" and "14 years", are two figures for
 * one. A lower bound ("at least 20 killed") may rise with the news: it stays
 * an interval.
 */
export function numbersConflict(a: NumberClaim, b: NumberClaim, tight = false): boolean {
  // "more than five times" and "five times": one figure, loosely told.
  if (a.unit !== b.unit || a.value === b.value) return false
  // Estimates a few per cent apart ("some 930 miles", "about 940 miles") agree however closely told.
  const estimate = a.qualifier === 'about' || b.qualifier === 'about'
  if (estimate && Math.abs(a.value - b.value) <= 0.05 * Math.max(a.value, b.value)) return false
  if (a.qualifier === b.qualifier && a.qualifier !== 'exact' && (a.qualifier !== 'about' || tight)) return true
  if (tight && !lowerBound(a) && !lowerBound(b)) return true
  const [lowA, highA] = interval(a)
  const [lowB, highB] = interval(b)
  return highA < lowB || highB < lowA
}

const lowerBound = (claim: NumberClaim) => claim.qualifier === 'at least' || claim.qualifier === 'more than'

export function describeNumber(claim: NumberClaim): string {
  return `${claim.qualifier === 'exact' ? '' : `${claim.qualifier} `}${claim.value} ${claim.unit}`
}

/**
 * Roles conflict when they name the same kind of post (a shared title head:
 * "chief" and "head" fold together) for different domains, and neither is a
 * subset of the other. "CEO" and "co-founder" are two posts, not a conflict.
 */
export function rolesAgree(a: RoleClaim, b: RoleClaim): boolean {
  const left = new Set(a.roleWords)
  const right = new Set(b.roleWords)
  if (a.roleWords.every((word) => right.has(word)) || b.roleWords.every((word) => left.has(word))) return true
  // "CHP Officer" and "Highway Patrol Officer": an acronym for the other's words.
  if (abbreviates(a.role, b.role) || abbreviates(b.role, a.role)) return true
  // "head coach" and "former basketball coach": one adds a rank, the other a field.
  const onlyA = a.roleWords.filter((word) => !right.has(word))
  const onlyB = b.roleWords.filter((word) => !left.has(word))
  const ranked = (words: string[]) => words.every((word) => titleRanks.has(word))
  const fielded = (words: string[]) => words.every((word) => !titleRanks.has(word) && !titleHeads.has(word))
  if ((ranked(onlyA) && fielded(onlyB)) || (ranked(onlyB) && fielded(onlyA))) return true
  const headsA = heads(a.roleWords)
  return ![...heads(b.roleWords)].some((head) => headsA.has(head))
}

const chiefOfficers = new Set(['ceo', 'cfo', 'coo', 'cto'])

/** Title heads of a role; a chief officer (CEO, CFO…) is also a kind of "chief". */
function heads(words: string[]): Set<string> {
  const found = new Set(words.filter((word) => titleHeads.has(word)))
  if (words.some((word) => chiefOfficers.has(word))) found.add('chief')
  return found
}

/**
 * Whether an acronym of `short` that `long` lacks spells the initials of
 * words only `long` has, all but one letter of it ("CHP" ~ "Highway Patrol":
 * the California is implied).
 */
function abbreviates(short: string, long: string): boolean {
  const split = (text: string) => text.split(/[^\p{L}]+/u).filter(Boolean)
  const shortWords = new Set(split(short).map((word) => word.toLowerCase()))
  const initials = split(long).filter((word) => !shortWords.has(word.toLowerCase())).map((word) => word[0].toLowerCase()).join('')
  return (short.match(/\b\p{Lu}{2,6}\b/gu) ?? []).some((acronym) => {
    if (long.includes(acronym)) return false
    const letters = acronym.toLowerCase()
    const size = Math.max(2, letters.length - 1)
    for (let from = 0; from + size <= letters.length; from++) if (initials.includes(letters.slice(from, from + size))) return true
    return false
  })
}
