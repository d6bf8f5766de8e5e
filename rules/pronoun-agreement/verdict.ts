// What the judge (judge.ts) decides of a pronoun, and why: the shapes the
// rule reports (index.ts) and the miss counters (test/translation/) read.
import type {PersonReference} from '../../pipeline/types.js'
import type {Gender} from './persons.js'

/** Why a person counts as the other gender than the pronoun. */
export interface Judgement {
  person: string
  against: boolean
  inArticle: boolean
  inStory: boolean
  /** Only an honorific says it ("Mr Alishbandi"), and nothing says otherwise. */
  byTitle: boolean
  byName: boolean
  /** References of the other gender in this article, and in the other articles (with how many articles). */
  here: number
  story: PersonReference[]
  voters: number
  /** References of the pronoun's own gender, in this article (the pronoun aside) and in the other articles. */
  same: number
}

export type Verdict =
  | {flip: true, nearest: Judgement, also: string[], other: Gender}
  | {flip: true, noun: string, other: Gender}
  | {flip: true, chain: PersonReference[], other: Gender}
  | {flip: true, pair: PersonReference, person: string, other: Gender}
  | {flip: true, clash: PersonReference, other: Gender}
  | {flip: false, reason: SkipReason, chain?: string}

export type SkipReason =
  | 'not resolved' | 'unknown person within reach' | 'gendered noun of its gender within reach'
  | 'no person within reach' | 'person of its gender within reach' | 'person of unclear gender within reach' | 'rival'
