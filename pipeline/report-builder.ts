// The report, built one article at a time as each story is compared: its
// finished findings marked against the baseline, counted for the summary and
// the gate, then stored in a spill. An article's entry keeps its
// scorecard and findings as properties read from the spill, so a
// 100,000-article report holds its million findings on disk until a reporter
// writes them.
import {baselineMatcher, type Baseline} from './baseline.js'
import {createGate, type GateOptions} from './gate.js'
import type {ArticleReport, AuditReport} from './report-types.js'
import type {Scorecard} from './score/scorecard.js'
import {Spill, type SpillRef} from './spill.js'
import type {ArticleMeta, Category, FailedArticle, Finding, ReadabilityFigures, Severity, UnreadableArticle} from './types.js'

export interface ReportOptions {
  gate: GateOptions
  baseline?: Baseline | null
  /** Leave info findings out of the report (they are still scored). */
  dropInfo?: boolean
  /** Where findings wait for the reporters (tests give a small budget to exercise the disk). */
  spill?: Spill
}

/** What the report says of an article besides its findings and scorecard. */
export interface AssessedArticle {
  id: string
  path: string
  meta: ArticleMeta
  words: number
  readability: ReadabilityFigures | null
  story: string | null
  family: string | null
}

/** What an entry reads from the spill, in the report's order of fields. */
type Details = Pick<ArticleReport, 'categories' | 'criteria' | 'readability' | 'findings'>
const detailKeys = ['categories', 'criteria', 'readability', 'findings'] as const

export type ReportSummary = Omit<AuditReport['summary'], 'stories' | 'ruleFailures' | 'timings' | 'cache' | 'changed' | 'baseline'>

export function createReportBuilder(options: ReportOptions) {
  const spill = options.spill ?? new Spill()
  const gate = createGate(options.gate)
  const baseline = options.baseline ? baselineMatcher(options.baseline) : null
  const articles: ArticleReport[] = []
  const bySeverity: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  const byCategory: Partial<Record<Category, number>> = {}
  let findingCount = 0
  let scoreSum = 0
  let scored = 0

  // An entry's details (scorecard, readability, findings) are read from the
  // spill when asked for; the last one read is kept, as reporters read an
  // article's fields one after another.
  let last: {ref: SpillRef; details: Details} | null = null
  const detailsAt = (ref: SpillRef): Details => {
    if (last?.ref !== ref) last = {ref, details: spill.getValue<Details>(ref)}
    return last.details
  }
  function withDetails(entry: Omit<ArticleReport, keyof Details>, details: Details): ArticleReport {
    const ref = spill.putValue(details)
    for (const key of detailKeys) Object.defineProperty(entry, key, {enumerable: true, configurable: true, get: () => detailsAt(ref)[key]})
    return entry as ArticleReport
  }

  return {
    /** An article with its findings finalised and scored (pipeline/corpus/assess-story.ts). */
    add(article: AssessedArticle, all: Finding[], card: Scorecard): void {
      const findings = options.dropInfo ? all.filter((finding) => finding.severity !== 'info') : all
      baseline?.mark(findings)
      const entry = {
        id: article.id,
        path: article.path,
        story: article.story,
        family: article.family,
        title: article.meta.title,
        outlet: article.meta.outlet,
        byline: article.meta.byline,
        published: article.meta.published,
        metaSources: article.meta.sources,
        words: article.words,
        score: card.score,
        grade: card.grade
      }
      gate.add(entry, findings)
      for (const finding of findings) {
        findingCount++
        bySeverity[finding.severity]++
        byCategory[finding.category] = (byCategory[finding.category] ?? 0) + 1
      }
      scored++
      scoreSum += card.score
      articles.push(withDetails(entry, {categories: card.categories, criteria: card.criteria, readability: article.readability, findings}))
    },

    addFailed(article: UnreadableArticle | FailedArticle): void {
      articles.push({
        id: article.id, path: article.path, story: null, family: null, title: null, outlet: null, byline: null, published: null,
        words: 0, score: null, grade: null, categories: {}, criteria: [], error: article.error, findings: []
      })
    },

    /** Every entry by path, and the summary's counts, gate and baseline. */
    finish(): {articles: ArticleReport[]; summary: ReportSummary; baseline?: AuditReport['summary']['baseline']} {
      articles.sort((a, b) => a.path.localeCompare(b.path))
      return {
        articles,
        summary: {
          articles: articles.length,
          unreadable: articles.length - scored,
          findings: findingCount,
          bySeverity,
          // Stories finish in any order: categories are listed by name, so the report is the same every run.
          byCategory: Object.fromEntries(Object.entries(byCategory).sort(([a], [b]) => a.localeCompare(b))),
          meanScore: scored ? Math.round((10 * scoreSum) / scored) / 10 : null,
          gate: gate.verdict()
        },
        ...(baseline ? {baseline: baseline.result()} : {})
      }
    }
  }
}
