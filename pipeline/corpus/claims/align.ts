// Alignment: which claims of different articles state the same fact. Claims
// are blocked by keys (kind × name × event class, or unit, or person), so a
// claim is only ever compared with the few that share a key; bucket sizes are
// capped so a very common key never makes the stage quadratic. Similarity is
// an IDF-weighted overlap coefficient of the sentences' content stems and names, computed
// without the compared value itself.
import {uniqueEvents} from '../../extract/claims/lexicons.js'
import type {Claim} from '../../extract/claims/types.js'
import type {ArticleFacts} from '../../types.js'

export interface ClaimRef {
  article: ArticleFacts
  claim: Claim
}

export interface AlignOptions {
  /** Similarity that aligns two claims sharing a name and an event class. */
  minSimilarity: number
  /** Similarity that aligns two claims on wording alone. */
  highSimilarity: number
  /** Buckets larger than this are too common a key to mean anything. */
  maxBucket: number
}

export interface Match {
  ref: ClaimRef
  similarity: number
  /** Aligned by a shared name and an event a name has only once (founded, died). */
  unique: boolean
  /** Near-identical wording: enough for one other article to outvote this one. */
  strong: boolean
  /** Content words shared right beside the two values. */
  near: number
  /** Met only loosely (a shared name and some shared words): one source's say, for a reader to check. */
  loose?: boolean
}

/** What alignment needs of a claim, computed once: its keys, names and near words as sets, IDF weights. */
interface Entry {
  ref: ClaimRef
  keys: string[]
  names: Set<string>
  near: Set<string>
  weights: Map<string, number>
  total: number
  /** Keys by name alone, met only by loose queries. */
  nameKeys: string[]
  /** The last query that met this entry: a claim under several keys is aligned once per query. */
  stamp: number
  /** Claims with one signature (reprints of a sentence) align alike: what alignment reads of a claim, numbered on first use. */
  signature?: number
}

/**
 * One index of a story's stated claims (captions and page furniture aside),
 * with one IDF table, shared by every rule that compares claims; each query
 * says how closely claims must align, and callers keep the kinds they compare.
 */
export class ClaimIndex {
  readonly refs: ClaimRef[] = []
  private readonly entries = new Map<ClaimRef, Entry>()
  private readonly buckets = new Map<string, Entry[]>()
  private queries = 0
  private options!: AlignOptions

  constructor(articles: ArticleFacts[]) {
    const accept = (claim: Claim) => !claim.caption && !claim.furniture
    // Word weights are counted among the claims a claim can meet: dates, counts and "recently"
    // are compared with one another, places, roles and ages each among their own kind.
    // Per group, per word: a map a group rather than a joined string key a word (this runs on every word of every claim).
    const df = new Map<string, Map<string, number>>()
    const claimsIn = new Map<string, number>()
    const pending: Array<{ref: ClaimRef; group: string; tokens: Set<string>}> = []
    for (const article of articles) {
      for (const claim of (article.claims ?? []) as Claim[]) {
        if (!accept(claim)) continue
        const ref = {article, claim}
        this.refs.push(ref)
        const group = weightGroup(claim)
        const unique = new Set(tokens(claim))
        let counts = df.get(group)
        if (!counts) df.set(group, (counts = new Map()))
        for (const token of unique) counts.set(token, (counts.get(token) ?? 0) + 1)
        claimsIn.set(group, (claimsIn.get(group) ?? 0) + 1)
        pending.push({ref, group, tokens: unique})
      }
    }
    for (const {ref, group, tokens: unique} of pending) {
      const weights = new Map<string, number>()
      let total = 0
      const counts = df.get(group)!
      const claims = claimsIn.get(group)!
      for (const token of unique) {
        const weight = Math.log(1 + claims / counts.get(token)!)
        weights.set(token, weight)
        total += weight
      }
      const entry: Entry = {ref, keys: blockKeys(ref.claim), nameKeys: nameKeys(ref.claim), names: new Set(ref.claim.names), near: new Set(ref.claim.near), weights, total, stamp: 0}
      this.entries.set(ref, entry)
      for (const keys of [entry.keys, entry.nameKeys]) {
        for (const key of keys) {
          const bucket = this.buckets.get(key)
          if (bucket) bucket.push(entry)
          else this.buckets.set(key, [entry])
        }
      }
    }
  }

  private readonly signatures = new Map<string, number>()
  private signatureOf(entry: Entry): number {
    if (entry.signature !== undefined) return entry.signature
    const read = signatureOf(entry.ref.claim)
    let signature = this.signatures.get(read)
    if (signature === undefined) this.signatures.set(read, signature = this.signatures.size)
    return (entry.signature = signature)
  }

  /** IDF-weighted overlap coefficient: a short sentence restating part of a long one still scores. */
  private similarity(a: Entry, b: Entry): number {
    const [few, many] = a.weights.size <= b.weights.size ? [a, b] : [b, a]
    let shared = 0
    for (const [token, weight] of few.weights) if (many.weights.has(token)) shared += weight
    const smaller = Math.min(a.total, b.total)
    return smaller === 0 ? 0 : shared / smaller
  }

  /** Claims that state the same fact as `ref`: the best per article, from other articles unless `sameArticle`. */
  matches(ref: ClaimRef, options: AlignOptions, sameArticle = false): Match[] {
    const best = new Map<string, Match>()
    for (const match of this.allMatches(ref, options, sameArticle)) {
      const id = match.ref.article.id + (sameArticle ? `#${match.ref.claim.start}` : '')
      const current = best.get(id)
      if (!current || match.similarity > current.similarity) best.set(id, match)
    }
    return [...best.values()]
  }

  /**
   * Every aligned claim, several per article where a sentence states several values;
   * with `loose`, also those of other articles that only share a name and a word
   * beside the value or some wording (flagged `loose`).
   */
  allMatches(ref: ClaimRef, options: AlignOptions, sameArticle = false, loose = false): Match[] {
    const entry = this.entries.get(ref)
    if (!entry) return []
    this.options = options
    const query = ++this.queries
    entry.stamp = query
    const found: Match[] = []
    // A story's reprints put the same claim in many articles: aligned once per signature met (within one article,
    // where claims seldom repeat, each is aligned anew).
    const aligned = sameArticle ? undefined : new Map<number, Omit<Match, 'ref'> | null>()
    for (const key of loose ? [...entry.keys, ...entry.nameKeys] : entry.keys) {
      const bucket = this.buckets.get(key)!
      if (bucket.length > this.options.maxBucket) continue
      for (const other of bucket) {
        if (other.stamp === query) continue
        other.stamp = query
        if ((other.ref.article.id === ref.article.id) !== sameArticle) continue
        if (sameArticle && other.ref.claim.sentence === ref.claim.sentence) continue
        const signature = aligned ? this.signatureOf(other) : -1
        let match = aligned?.get(signature)
        if (match === undefined) {
          match = this.align(entry, other, sameArticle) ?? (loose && !sameArticle ? this.alignLoosely(entry, other) : null)
          aligned?.set(signature, match)
        }
        if (match) found.push({...match, ref: other.ref})
      }
    }
    return found
  }

  /**
   * Two sentences naming the same subject in other words ("Gigante carried out an attempted hit on
   * … Costello, in 1957" / "In 1957, Gigante was the hitman in a botched attempt to assassinate …
   * Costello"): a name in common, a word beside the value and some wording, and the value's
   * clause not bound to another kind of event.
   */
  private alignLoosely(left: Entry, right: Entry): Omit<Match, 'ref'> | null {
    const a = left.ref.claim
    const b = right.ref.claim
    if (a.kind !== b.kind || (a.kind !== 'date' && a.kind !== 'number') || differentEvents(a, b)) return null
    const names = shared(a.names, right.names)
    const near = shared(a.near, right.near)
    if (names === 0) return null
    const similarity = this.similarity(left, right)
    // A month and day is specific: a name in common and either a word beside it or some wording will do.
    const fullDate = a.kind === 'date' && a.day !== undefined && b.kind === 'date' && b.day !== undefined
    const worded = similarity >= this.options.minSimilarity
    return (fullDate ? near >= 1 || worded : near >= 1 && worded) ? {similarity, unique: false, strong: false, near, loose: true} : null
  }

  private align(left: Entry, right: Entry, sameArticle: boolean): Omit<Match, 'ref'> | null {
    const a = left.ref.claim
    const b = right.ref.claim
    const names = shared(a.names, right.names)
    const near = shared(a.near, right.near)
    // Facts are about someone or something: two sentences that both name names must share one,
    // unless, across articles, the words beside the value match ("a bank in Greece killed at least three" /
    // "a bank in Athens"); one article naming two players' points in like words is about two players.
    // A month and day bound to the same kind of event ("the Dec. 6 killing") is specific enough without a shared name.
    const datedEvent = a.kind === 'date' && b.kind === 'date' && a.day !== undefined && b.day !== undefined &&
      a.clauseEvents.some((event) => event !== 'statement' && b.clauseEvents.includes(event))
    if (names === 0 && a.names.length > 0 && b.names.length > 0 && (near < 3 || sameArticle) && !(datedEvent && !sameArticle)) return null
    // A date belongs to the event of its own clause ("charged Saturday" / "opened fire Friday"):
    // dates bound to different kinds of event are different facts.
    if (a.kind === 'date' && b.kind === 'date' && differentEvents(a, b)) return null
    // A count is compared only with counts of the same thing said in the same words nearby.
    if (a.kind === 'number' && near < 2) return null
    const events = a.events.filter((event) => b.events.includes(event))
    const similarity = this.similarity(left, right)
    // Once-only events date a name (founded, died); they do not make counts unique (many are killed).
    const unique = a.kind !== 'number' && names > 0 && events.some((event) => uniqueEvents.has(event))
    const strong = similarity >= this.options.highSimilarity || near >= 3
    if (unique) return {similarity, unique, strong: true, near}
    const bySentence = (names > 0 && events.length > 0 && similarity >= this.options.minSimilarity) || similarity >= this.options.highSimilarity
    if (a.kind === 'number') return similarity >= this.options.minSimilarity ? {similarity, unique, strong, near} : null
    if (a.kind === 'recency' || b.kind === 'recency') return bySentence ? {similarity, unique, strong, near} : null
    const bound = a.kind === 'date' && a.clauseEvents.some((event) => b.clauseEvents.includes(event))
    // A bare weekday with no event word in common needs the same names in closely similar wording.
    const bareWeekday = a.kind === 'date' && a.day === undefined && a.year === undefined
    if (bareWeekday && !bound) {
      return (names > 0 && similarity >= this.options.highSimilarity) || (near >= 2 && similarity >= this.options.minSimilarity * 2)
        ? {similarity, unique, strong, near} : null
    }
    if (bound && bySentence) return {similarity, unique, strong, near}
    // A month and day is specific: the same name in closely similar wording dates the same thing.
    const fullDate = a.kind === 'date' && b.kind === 'date' && a.day !== undefined && b.day !== undefined && a.month === b.month
    if (fullDate && names > 0 && near >= 1 && similarity >= this.options.highSimilarity) return {similarity, unique, strong, near}
    // Sentences about the same names and kind of event, neither date the day of a statement ("said today (10 October)").
    const statement = a.clauseEvents.includes('statement') || b.clauseEvents.includes('statement')
    if (fullDate && bySentence && names > 0 && !statement) return {similarity, unique, strong, near}
    // Or no shared name, but bound to the same kind of event ("the Dec. 6 killing" / "the December 8 killing").
    if (fullDate && datedEvent && bound && similarity >= this.options.minSimilarity) return {similarity, unique, strong, near}
    return near >= 2 && similarity >= this.options.minSimilarity ? {similarity, unique, strong, near} : null
  }
}

/** Everything alignment reads of a claim (its weights come from its kind, context and names), as one string. */
function signatureOf(claim: Claim): string {
  const {kind, names, near, events, clauseEvents, context} = claim
  const calendar = kind === 'date' ? [claim.day, claim.month, claim.year] : []
  return JSON.stringify([kind, calendar, names, near, events, clauseEvents, context])
}

/** Which claims a claim's word weights are counted among: the kinds it can be compared with. */
function weightGroup(claim: Claim): string {
  return claim.kind === 'date' || claim.kind === 'number' || claim.kind === 'recency' ? 'facts' : claim.kind
}

function shared(list: string[], set: Set<string>): number {
  let count = 0
  for (const item of list) if (set.has(item)) count++
  return count
}

/** Two dates whose clauses name different kinds of event; either side naming none decides nothing. */
/** A date whose clause names only a statement ("police said Friday"): the day of the statement. */
export const statementOnly = (claim: Claim) => claim.kind === 'date' && claim.clauseEvents.length === 1 && claim.clauseEvents[0] === 'statement'

function differentEvents(a: Claim, b: Claim): boolean {
  // The day of a statement ("police said Friday") dates the statement, never an event whose clause names none.
  if ((statementOnly(a) || statementOnly(b)) && !(a.clauseEvents.includes('statement') && b.clauseEvents.includes('statement'))) return true
  if (a.clauseEvents.length === 0 || b.clauseEvents.length === 0) return false
  return !a.clauseEvents.some((event) => b.clauseEvents.includes(event))
}

/** Context stems and whole-name keys ("kiwi" and "farms" fold into "kiwifarms", however it is spelt). */
function tokens(claim: Claim): string[] {
  const names = claim.names.filter((name) => !claim.names.some((other) => other !== name && other.includes(name)))
  return [...claim.context, ...names.map((name) => `@${name}`)]
}

function blockKeys(claim: Claim): string[] {
  const facet = claim.kind === 'number' ? `${claim.kind}:${claim.unit}` : claim.kind === 'recency' ? 'date' : claim.kind
  const keys: string[] = []
  const events = claim.events.length ? claim.events : ['-']
  for (const name of claim.names) for (const event of events) keys.push(`${facet}|${name}|${event}`)
  // Wording alone can align claims whose names differ in spelling: block on rarer stems and on the words beside the value.
  for (const stem of claim.context) if (stem.length >= 6) keys.push(`${facet}|~${stem}`)
  for (const token of claim.near) keys.push(`${facet}|^${token}`)
  return keys
}

/** A date, count or "recently" by name alone: the loose queries' blocks. */
function nameKeys(claim: Claim): string[] {
  if (claim.kind !== 'date' && claim.kind !== 'number') return []
  const facet = claim.kind === 'number' ? `${claim.kind}:${claim.unit}` : claim.kind
  return claim.names.map((name) => `${facet}|@${name}`)
}
