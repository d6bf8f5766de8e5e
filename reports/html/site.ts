// The site's map, made once before any page is written: each article's page
// name (file names are untrusted: a slug plus a hash, never the raw id), the
// index page each article is listed on, and the passages other articles cite
// as evidence, so a page can mark where evidence links land.
import {createHash} from 'node:crypto'
import type {ArticleReport, AuditReport} from '../../pipeline/report-types.js'

export interface Site {
  /** The article's page, relative to the site root. */
  page(articleId: string): string | null
  article(articleId: string): ArticleReport | undefined
  /** Passages of this article that other findings cite: [start, end) offsets. */
  cited(articleId: string): Array<[number, number]>
}

export function articlePage(articleId: string): string {
  const slug = articleId.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '').slice(0, 60) || 'article'
  return `articles/${slug}-${createHash('sha1').update(articleId).digest('hex').slice(0, 8)}.html`
}

/** Element ids: made of numbers and hex fingerprints only. */
export const passageId = (start: number, end: number) => `p-${start}-${end}`
export const findingId = (fingerprint: string) => `f-${fingerprint}`
export const findingAnchorId = (fingerprint: string) => `at-${fingerprint}`

export function buildSite(report: AuditReport): Site {
  const articles = new Map(report.articles.map((article) => [article.id, article]))
  const cited = new Map<string, Map<string, [number, number]>>()
  for (const article of report.articles) {
    for (const finding of article.findings) {
      for (const evidence of finding.evidence ?? []) {
        if (!evidence.start || !evidence.end || !articles.has(evidence.article)) continue
        const ranges = cited.get(evidence.article) ?? new Map<string, [number, number]>()
        ranges.set(passageId(evidence.start.offset, evidence.end.offset), [evidence.start.offset, evidence.end.offset])
        cited.set(evidence.article, ranges)
      }
    }
  }
  return {
    page: (id) => (articles.has(id) ? articlePage(id) : null),
    article: (id) => articles.get(id),
    cited: (id) => [...(cited.get(id)?.values() ?? [])]
  }
}

/** Text for the page: control characters (invalid in HTML text) become U+FFFD, one code unit for one, so offsets still hold. */
export function pageText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd')
}

/** A link target from data: only http(s) URLs, never `javascript:` or `data:`. */
export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined
}
