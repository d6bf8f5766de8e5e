// Copy families: near-identical articles (one wire text reprinted with light
// edits) that count as one independent source. Candidates come from LSH
// buckets of the articles' MinHash signatures; each is checked against the
// first article of its bucket only, so a text reprinted a thousand times
// costs a thousand checks, not a million.
import {estimatedJaccard} from '../minhash.js'
import {profileMinHash} from '../extract/profile.js'
import type {ArticleMeta} from '../types.js'

/** What families and stories read of an article: its facts in memory, or the summary of facts that wait on disk. */
export interface Member {
  id: string
  path: string
  meta: Pick<ArticleMeta, 'story'>
  profile?: {shingles: number; signature: ArrayLike<number>}
  /** Its copy family, once the model has found it. */
  family?: string
}

export interface FamilyOptions<T extends Member = Member> {
  /** Estimated Jaccard similarity of word shingles above which two texts are one text lightly edited. */
  minSimilarity: number
  /** Texts with fewer shingles are too short to tell a copy from a coincidence. */
  minShingles: number
  /** Articles of different groups (explicit stories, folders) never share a family. */
  group?: (article: T) => string
  /** Characters of text: a family's representative is its longest member. */
  length: (article: T) => number
}

export const defaultFamilyOptions: Omit<FamilyOptions, 'length' | 'group'> = {minSimilarity: 0.6, minShingles: 30}

export interface Family<T extends Member = Member> {
  id: string
  /** The member rules compare on behalf of the family: the longest text. */
  representative: T
  /** Every member, the representative included, by path. */
  members: T[]
}

export function findFamilies<T extends Member>(articles: T[], options: FamilyOptions<T>): Array<Family<T>> {
  const parent = articles.map((_, index) => index)
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]]
    return index
  }
  const firstInBucket = new Map<string, number>()
  articles.forEach((article, index) => {
    const profile = article.profile
    if (!profile || profile.shingles < options.minShingles) return
    const group = options.group?.(article) ?? ''
    for (const key of profileMinHash.bandKeys(profile.signature)) {
      const bucket = `${group}\u0000${key}`
      const first = firstInBucket.get(bucket)
      if (first === undefined) {
        firstInBucket.set(bucket, index)
        continue
      }
      if (find(first) === find(index)) continue
      if (estimatedJaccard(profile.signature, articles[first].profile!.signature) >= options.minSimilarity) parent[find(index)] = find(first)
    }
  })
  const byRoot = new Map<number, T[]>()
  articles.forEach((article, index) => {
    const root = find(index)
    const list = byRoot.get(root)
    if (list) list.push(article)
    else byRoot.set(root, [article])
  })
  return [...byRoot.values()].map((members) => {
    members.sort((a, b) => a.path.localeCompare(b.path))
    const representative = members.reduce((best, member) => (options.length(member) > options.length(best) ? member : best))
    return {id: members[0].id, representative, members}
  })
}
