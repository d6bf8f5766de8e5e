// One interface for every format. A reporter writes the report to a sink a
// piece at a time (an article, a page), never as one string: a 12,000-article
// JSON report is larger than a V8 string can hold.
import type {GateOptions} from '../pipeline/gate.js'
import type {ArticleReport, AuditReport} from '../pipeline/report-types.js'
import type {RuleMeta} from '../pipeline/rule.js'

/** Appends a chunk; a promise means "wait before the next one" (backpressure). */
export type Write = (chunk: string | Uint8Array) => void | Promise<void>

export interface Sink {
  /** The report's one stream (standard output or --output FILE): formats whose output is `file`. */
  write: Write
  /** One file of a directory report (--output DIR): `name` is relative to the folder; the file is closed when `body` resolves. */
  file(name: string, body: (write: Write) => Promise<void>): Promise<void>
}

export interface Reporter {
  /** `file`: one stream; `directory`: a folder of files (html). */
  output: 'file' | 'directory'
  write(report: AuditReport, options: ReporterOptions, sink: Sink): Promise<void>
}

/** A rule as reports describe it: its meta and its README (SARIF help text). */
export interface RuleDoc {
  meta: RuleMeta
  readme: string | null
}

export interface ReporterOptions {
  /** ANSI colours (stylish, on a terminal only). */
  color: boolean
  /** Every finding on its own line: no folded readability infos. */
  verbose: boolean
  /** The thresholds the gate applied (JUnit fails an article by them). */
  gate: GateOptions
  rules: RuleDoc[]
  /** Where article paths are relative to. */
  cwd: string
  /** The article's text as audited (offsets point into it); null when it cannot be read again. */
  text(article: ArticleReport): Promise<string | null>
}
