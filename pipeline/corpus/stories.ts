// Stories: which articles report the same event. Each article (one per copy
// family) is a TF-IDF vector of its profile terms; its nearest neighbours
// come from an inverted index over its most distinctive terms; average
// linkage then merges groups while the mean similarity over all their pairs,
// counting pairs that are not neighbours as 0, stays above a threshold. The
// nearest-neighbour graph is what tells two events of one kind apart (two
// Oscar hosts, two pirate raids): each article's closest articles are about
// its own event even where its vocabulary overlaps the other's.
import TinyQueue from 'tinyqueue'
import type {ArticleProfile} from '../types.js'
import {backgroundShare, unseenShare} from './background.js'

export interface StoryOptions {
  /** Nearest neighbours per article. */
  neighbours: number
  /** Mean similarity over all pairs of two groups above which they are one story. */
  minSimilarity: number
  /** Ordinary texts the document frequencies are smoothed with (see weigh). */
  backgroundDocuments: number
}

/**
 * Calibrated on NewsWCL50 events and ECB+ sub-topics as one corpus
 * (test/measure/stories.ts): B-cubed precision 0.959, recall 0.968. Few
 * neighbours keep two related events of five articles each apart; the sparse
 * graph lets a story grow to about 2 × neighbours × similarity / minSimilarity
 * articles of distinct text (copies are one family, one node).
 */
export const defaultStoryOptions: StoryOptions = {neighbours: 4, minSimilarity: 0.04, backgroundDocuments: 8000}

/** Two articles that share only a name or two ("John Smith") tell two stories, however rare the name. */
const minSharedTerms = 3

/** Terms an article queries the index with: its most distinctive ones. */
const queryTerms = 60
/** Exact similarities computed per article, from the best partial scores. */
const candidatesPerArticle = 64
/** A term in more articles' top terms than this is not distinctive enough to find neighbours by. */
const maxPostingArticles = 1000
/** Enough articles met to choose the candidates from; rarer terms have been read first. */
const maxCandidates = 2000

/** A sparse unit vector: term ids ascending, with their weights. */
interface Vector {
  terms: Int32Array
  weights: Float64Array
}

/** Groups of indices into `profiles`, each one story, in the order of their first member. */
export function clusterStories(profiles: Array<Pick<ArticleProfile, 'terms'> | undefined>, options: StoryOptions = defaultStoryOptions): number[][] {
  const vectors = weigh(profiles, options.backgroundDocuments)
  const edges = neighbourGraph(vectors, options.neighbours)
  return averageLinkage(vectors.length, edges, options.minSimilarity)
}

/**
 * Sublinear tf × idf, unit length. Document frequencies are smoothed towards
 * general English (SUBTLEX word counts, as if `backgroundDocuments` ordinary
 * texts were in the corpus too): a word's weight then hardly depends on what
 * else is in the folder, so a story clusters the same alone as among a
 * thousand others, and a few unrelated articles sharing one common name do not.
 */
function weigh(profiles: Array<Pick<ArticleProfile, 'terms'> | undefined>, backgroundDocuments: number): Vector[] {
  const ids = new Map<string, number>()
  const df: number[] = []
  const names: string[] = []
  for (const profile of profiles) {
    for (const term of Object.keys(profile?.terms ?? {})) {
      let id = ids.get(term)
      if (id === undefined) {
        ids.set(term, (id = df.push(0) - 1))
        names.push(term)
      }
      df[id]++
    }
  }
  const background = backgroundShare()
  const documents = profiles.length + backgroundDocuments
  const idf = df.map((count, id) => Math.log(1 + documents / (count + backgroundDocuments * (background.get(names[id]) ?? unseenShare))))
  return profiles.map((profile) => {
    const entries: Array<[number, number]> = []
    let norm = 0
    for (const [term, count] of Object.entries(profile?.terms ?? {})) {
      const id = ids.get(term)!
      const weight = (1 + Math.log(count)) * idf[id]
      norm += weight * weight
      // A term no other article has links nothing, but it counts in the length.
      if (df[id] >= 2) entries.push([id, weight])
    }
    norm = Math.sqrt(norm) || 1
    entries.sort((a, b) => a[0] - b[0])
    return {terms: Int32Array.from(entries, (entry) => entry[0]), weights: Float64Array.from(entries, (entry) => entry[1] / norm)}
  })
}

/** Dot product of two unit vectors (a merge of their ascending term ids); 0 when they share fewer than `minSharedTerms` terms. */
function cosine(a: Vector, b: Vector): number {
  let sum = 0
  let shared = 0
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length;) {
    const x = a.terms[i]
    const y = b.terms[j]
    if (x === y) {
      sum += a.weights[i++] * b.weights[j++]
      shared++
    } else if (x < y) i++
    else j++
  }
  return shared >= minSharedTerms ? sum : 0
}

/** Undirected edges (i < j) to each article's nearest neighbours, with their cosine similarity. */
function neighbourGraph(vectors: Vector[], k: number): Map<number, Map<number, number>> {
  // Each article is indexed under its most distinctive terms only; two articles meet when their
  // top terms overlap, which is all the candidates need (the similarity itself is then exact).
  const top = vectors.map((vector) => Array.from(vector.terms.keys()).sort((a, b) => vector.weights[b] - vector.weights[a]).slice(0, queryTerms))
  const lists = new Map<number, number[]>()
  top.forEach((indices, article) => {
    for (const index of indices) {
      const term = vectors[article].terms[index]
      const list = lists.get(term)
      if (list) list.push(article, index)
      else lists.set(term, [article, index])
    }
  })
  const postings = new Map<number, Int32Array>()
  for (const [term, list] of lists) postings.set(term, Int32Array.from(list))
  const maxPosting = 2 * maxPostingArticles

  const edges = new Map<number, Map<number, number>>()
  const partial = new Float64Array(vectors.length)
  const touched: number[] = []
  top.forEach((indices, article) => {
    const own = vectors[article]
    // Rarest terms first: they name the event; a term in very many articles' top terms names none.
    const terms = indices.map((index) => ({weight: own.weights[index], posting: postings.get(own.terms[index])!}))
      .filter(({posting}) => posting.length <= maxPosting)
      .sort((a, b) => a.posting.length - b.posting.length)
    for (const {weight, posting} of terms) {
      for (let p = 0; p < posting.length; p += 2) {
        const other = posting[p]
        if (other === article) continue
        if (partial[other] === 0) touched.push(other)
        partial[other] += weight * vectors[other].weights[posting[p + 1]]
      }
      if (touched.length >= maxCandidates) break
    }
    const candidates = touched.length > candidatesPerArticle ? touched.sort((a, b) => partial[b] - partial[a] || a - b).slice(0, candidatesPerArticle) : touched
    const scored = candidates.map((other) => [other, cosine(own, vectors[other])] as const)
      .filter(([, similarity]) => similarity > 0)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
    for (const [other, similarity] of scored) {
      const [low, high] = article < other ? [article, other] : [other, article]
      let row = edges.get(low)
      if (!row) edges.set(low, (row = new Map()))
      row.set(high, similarity)
    }
    for (const other of touched) partial[other] = 0
    touched.length = 0
  })
  return edges
}

interface Merge {
  mean: number
  a: number
  b: number
  versionA: number
  versionB: number
}

/** Average linkage over a sparse graph; absent edges count as similarity 0. */
function averageLinkage(n: number, edges: Map<number, Map<number, number>>, threshold: number): number[][] {
  const links = Array.from({length: n}, () => new Map<number, number>())
  for (const [a, row] of edges) {
    for (const [b, similarity] of row) {
      links[a].set(b, similarity)
      links[b].set(a, similarity)
    }
  }
  const members = Array.from({length: n}, (_, index) => [index])
  const version = new Array<number>(n).fill(0)
  const alive = new Array<boolean>(n).fill(true)
  const queue = new TinyQueue<Merge>([], (x, y) => y.mean - x.mean || Math.min(x.a, x.b) - Math.min(y.a, y.b) || Math.max(x.a, x.b) - Math.max(y.a, y.b))
  const offer = (a: number, b: number) => {
    const mean = links[a].get(b)! / (members[a].length * members[b].length)
    if (mean > threshold) queue.push({mean, a, b, versionA: version[a], versionB: version[b]})
  }
  for (let a = 0; a < n; a++) for (const b of links[a].keys()) if (a < b) offer(a, b)
  while (queue.length > 0) {
    const {a, b, versionA, versionB} = queue.pop()!
    if (!alive[a] || !alive[b] || version[a] !== versionA || version[b] !== versionB) continue
    // Keep the lower index as the group's id: ids follow the articles' order.
    const [keep, gone] = a < b ? [a, b] : [b, a]
    for (const [other, sum] of links[gone]) {
      links[other].delete(gone)
      if (other === keep) continue
      const total = (links[keep].get(other) ?? 0) + sum
      links[keep].set(other, total)
      links[other].set(keep, total)
    }
    links[keep].delete(gone)
    links[gone].clear()
    members[keep].push(...members[gone])
    members[gone] = []
    alive[gone] = false
    version[keep]++
    // Old entries naming `keep` are stale by its version; its neighbours' other entries still hold.
    for (const other of links[keep].keys()) offer(keep, other)
  }
  const groups: number[][] = []
  for (let index = 0; index < n; index++) if (alive[index]) groups.push(members[index].sort((x, y) => x - y))
  return groups
}
