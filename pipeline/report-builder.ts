// The report, built one article at a time as each story is compared: its
// findings' marks counted for the summary and the gate (and its findings
// marked against the baseline where it holds any), then its details' text
// stored in a spill (pipeline/report-text.ts), or left in the cache's file
// where a cached story keeps it (pipeline/held-file.ts). An article's entry
// keeps its scorecard and findings as properties parsed from that text when
// read, so a 100,000-article report holds its million findings on disk, as
// text, until a reporter writes them.
import {baselineMatcher, type Baseline} from './baseline.js'
import {createGate, type GateOptions} from './gate.js'
import {bytesOf, isFileSlice, readSlice, type FileSlice} from './held-file.js'
import type {AssessedReport} from './corpus/assess-story.js'
import {detailKeys, detailsText, fieldText, parseField, splitFields, type DetailKey} from './report-text.js'
import type {ArticleReport, AuditReport} from './report-types.js'
import {Spill, type SpillRef} from './spill.js'
import type {ArticleMeta, Category, FailedArticle, Finding, ReadabilityFigures, Severity, UnreadableArticle} from './types.js'

export interface ReportOptions {
  gate: GateOptions
  baseline?: Baseline | null
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


const nul = new Uint8Array(1)

/** Where an entry's details wait: a spill record of the four fields, or a cached story's text and a spill record of the readability. */
type DetailsSource = SpillRef | {slice: FileSlice; readability: SpillRef}

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

  // An entry's details are read from the spill (or the cache's file) when
  // asked for; the last one read is kept, as reporters read an article's
  // fields one after another.
  let last: {source: DetailsSource; fields: Uint8Array[]; values: Map<DetailKey, unknown>} | null = null
  const detailsAt = (source: DetailsSource) => {
    if (last?.source !== source) last = {source, fields: fieldsAt(source), values: new Map()}
    return last
  }
  const fieldsAt = (source: DetailsSource): Uint8Array[] => {
    if (!('slice' in source)) return splitFields(spill.get(source))
    const [categories, criteria, findings] = splitFields(readSlice(source.slice))
    return [categories, criteria, spill.get(source.readability), findings]
  }
  const valueAt = (source: DetailsSource, key: DetailKey): unknown => {
    const details = detailsAt(source)
    if (!details.values.has(key)) details.values.set(key, parseField(details.fields[detailKeys.indexOf(key)]))
    return details.values.get(key)
  }
  /**
   * An article's entry: its own fields, and its details read through getters
   * on the class — not four closures and accessors defined on each entry,
   * which left 100,000 entries in V8's dictionary mode at 1.5 KB each
   * (276 bytes so). `toJSON` lists the details where the report has
   * them, after the other fields.
   */
  class Entry {
    readonly #source: DetailsSource
    constructor(head: Omit<ArticleReport, DetailKey>, source: DetailsSource) {
      Object.assign(this, head)
      this.#source = source
    }

    get categories() {
      return valueAt(this.#source, 'categories')
    }

    get criteria() {
      return valueAt(this.#source, 'criteria')
    }

    get readability() {
      return valueAt(this.#source, 'readability')
    }

    get findings() {
      return valueAt(this.#source, 'findings')
    }

    [detailsText](): Uint8Array[] {
      return detailsAt(this.#source).fields
    }

    toJSON(): object {
      return {...this, ...Object.fromEntries(detailKeys.map((key) => [key, this[key]]))}
    }
  }
  const stored = (fields: Uint8Array[]): SpillRef => spill.putParts(fields.flatMap((field, index) => (index === 0 ? [field] : [nul, field])))

  return {
    /** An article assessed with its story (pipeline/corpus/assess-story.ts). */
    add(article: AssessedArticle, assessed: AssessedReport): void {
      const readability = Buffer.from(fieldText(article.readability), 'utf8')
      let source: DetailsSource
      // Findings are parsed only where the baseline holds one of them, to mark it.
      if (baseline && options.baseline && assessed.marks.some((mark) => options.baseline!.entries.has(mark.fingerprint))) {
        const [categories, criteria, reported] = splitFields(bytesOf(assessed.text))
        const parsed = parseField<Finding[]>(reported)
        baseline.mark(parsed)
        source = stored([categories, criteria, readability, Buffer.from(fieldText(parsed), 'utf8')])
      } else if (isFileSlice(assessed.text)) {
        // Left where the cache keeps it: only the readability is stored.
        source = {slice: assessed.text, readability: spill.put(readability)}
      } else {
        const [categories, criteria, reported] = splitFields(assessed.text)
        source = stored([categories, criteria, readability, reported])
      }
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
        score: assessed.score,
        grade: assessed.grade
      }
      gate.add(entry, assessed.marks)
      for (const mark of assessed.marks) {
        findingCount++
        bySeverity[mark.severity]++
        byCategory[mark.category] = (byCategory[mark.category] ?? 0) + 1
      }
      scored++
      scoreSum += assessed.score
      articles.push(new Entry(entry, source) as unknown as ArticleReport)
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
