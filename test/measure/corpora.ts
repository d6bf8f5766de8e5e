// The evaldata clusters (NewsWCL50 events, ECB+ sub-topics) audited two ways,
// for every measurement script: story by story (each cluster alone, the way
// a hand-made folder is audited) and as one corpus (all 1,032 articles in one
// folder, the way a desk's mixed batch is). Article-stage results are cached
// by content, so an audit after one changed article costs its corpus stage.
import {buildArticle} from '../../pipeline/load/index.js'
import type {ArticleCache} from '../../pipeline/cache.js'
import type {ResolvedConfig} from '../../pipeline/config.js'
import type {ArticleReport} from '../../pipeline/report-types.js'
import type {PackedArticle} from '../../pipeline/article/pack.js'
import {testAuditor} from '../helpers/audit-text.js'
import {ecbplusTopics, newswcl50Events} from '../helpers/evaldata.js'

export interface Cluster {
  name: string
  articles: Record<string, string>
}

export type Mode = 'one corpus' | 'story by story'
export const modes: Mode[] = ['one corpus', 'story by story']

export function evaldataClusters(): Cluster[] {
  return [
    ...newswcl50Events().map((event) => ({name: `newswcl50/${event.event}`, articles: event.articles})),
    ...ecbplusTopics().map((topic) => ({name: `ecbplus/${topic.topic}/${topic.set}`, articles: topic.articles}))
  ]
}

/** Reports by cluster name, then by the article's id within its cluster. */
export type ClusterReports = Map<string, Map<string, ArticleReport>>

const cache = new Map<string, PackedArticle>()
const memory: ArticleCache = {
  stats: {hits: 0, misses: 0, rejected: 0},
  get: async (key) => cache.get(key),
  set: async (key, result) => void cache.set(key, result)
}
const flatId = (cluster: string, id: string) => `${cluster.replace(/\W+/g, '-')}--${id}`

/**
 * Audit `clusters` (with `changed` texts swapped in, by cluster and id): one
 * audit of all of them together, or one per cluster, only those in `only` when given.
 */
export async function auditClusters(clusters: Cluster[], config: ResolvedConfig, mode: Mode, changed = new Map<string, Record<string, string>>(), only?: Set<string>): Promise<ClusterReports> {
  const auditor = testAuditor(config, {cache: memory})
  const textsOf = (cluster: Cluster) => ({...cluster.articles, ...changed.get(cluster.name)})
  const reports: ClusterReports = new Map()
  if (mode === 'one corpus') {
    const owner = new Map<string, [string, string]>()
    const loaded = clusters.flatMap((cluster) => Object.entries(textsOf(cluster)).map(([id, text]) => {
      const flat = flatId(cluster.name, id)
      owner.set(flat, [cluster.name, id])
      return buildArticle(flat, `${flat}.txt`, text)
    }))
    const report = await auditor.auditArticles(loaded)
    for (const article of report.articles) {
      const [cluster, id] = owner.get(article.id)!
      if (!reports.has(cluster)) reports.set(cluster, new Map())
      reports.get(cluster)!.set(id, article)
    }
    return reports
  }
  for (const cluster of clusters) {
    if (only && !only.has(cluster.name)) continue
    const report = await auditor.auditArticles(Object.entries(textsOf(cluster)).map(([id, text]) => buildArticle(id, `${id}.txt`, text)))
    reports.set(cluster.name, new Map(report.articles.map((article) => [article.id, article])))
  }
  return reports
}

/**
 * Changes in batches an audit can take at once: at most one per cluster, so
 * no change is another's witness. Story by story, a batch is one change.
 */
export function batches<T extends {cluster: string}>(changes: T[], mode: Mode): T[][] {
  if (mode === 'story by story') return changes.map((change) => [change])
  const result: T[][] = []
  for (const change of changes) {
    const batch = result.find((each) => !each.some((other) => other.cluster === change.cluster))
    if (batch) batch.push(change)
    else result.push([change])
  }
  return result
}
