// Small views of the report that several formats share.
import type {ArticleReport} from '../pipeline/report-types.js'
import type {Finding, Severity} from '../pipeline/types.js'

/** Articles by story, in report order (null: unreadable, in no story). */
export function groupByStory(articles: readonly ArticleReport[]): Map<string | null, ArticleReport[]> {
  const groups = new Map<string | null, ArticleReport[]>()
  for (const article of articles) {
    const key = article.story ?? null
    const group = groups.get(key)
    if (group) group.push(article)
    else groups.set(key, [article])
  }
  return groups
}

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  for (const finding of findings) counts[finding.severity]++
  return counts
}

const rank: Record<Severity, number> = {error: 0, warning: 1, info: 2}

/** The findings an editor should read first: by severity, then confidence, then place. */
export function topFindings(findings: readonly Finding[], count: number): Finding[] {
  return [...findings]
    .sort((a, b) => rank[a.severity] - rank[b.severity] || b.confidence - a.confidence || a.start.offset - b.start.offset)
    .slice(0, count)
}
