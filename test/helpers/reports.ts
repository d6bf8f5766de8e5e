// Reporters run in memory, for tests: a file reporter into a string (with
// the size of each chunk it wrote), a directory reporter into a map of files.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {ArticleReport, AuditReport} from '../../pipeline/report-types.js'
import type {Reporter, ReporterOptions, Sink} from '../../reports/reporter.js'
import {allRules} from '../../rules/index.js'
import {root} from './cli.js'

export function reporterOptions(overrides: Partial<ReporterOptions> = {}): ReporterOptions {
  return {
    color: false,
    verbose: false,
    gate: {failUnder: null, failOn: 'error', maxWarnings: null},
    rules: allRules.map((rule) => ({meta: rule.meta, readme: readFileSync(join(root, 'rules', rule.meta.id, 'README.md'), 'utf8')})),
    cwd: root,
    text: async (article: ArticleReport) => readFileSync(join(root, article.path), 'utf8'),
    ...overrides
  }
}

export interface Written {
  text: string
  /** The longest single chunk the reporter wrote. */
  largestChunk: number
  chunks: number
}

export async function renderFile(reporter: Reporter, report: AuditReport, options: ReporterOptions = reporterOptions()): Promise<Written> {
  const parts: string[] = []
  let largestChunk = 0
  const sink: Sink = {
    write: (written) => {
      const chunk = typeof written === 'string' ? written : Buffer.from(written).toString('utf8')
      parts.push(chunk)
      largestChunk = Math.max(largestChunk, chunk.length)
    },
    file: () => Promise.reject(new Error('a file reporter asked for a folder'))
  }
  await reporter.write(report, options, sink)
  return {text: parts.join(''), largestChunk, chunks: parts.length}
}

export interface Site {
  files: Map<string, string>
  largestChunk: number
}

/** A directory report in memory; `keep` false stores only sizes (for corpora too large to hold). */
export async function renderSite(reporter: Reporter, report: AuditReport, options: ReporterOptions = reporterOptions(), keep = true): Promise<Site> {
  const files = new Map<string, string>()
  let largestChunk = 0
  const sink: Sink = {
    write: () => {
      throw new Error('a directory reporter wrote to the stream')
    },
    async file(name, body) {
      if (files.has(name)) throw new Error(`${name} written twice`)
      const parts: string[] = []
      let size = 0
      await body((written) => {
        const chunk = typeof written === 'string' ? written : Buffer.from(written).toString('utf8')
        largestChunk = Math.max(largestChunk, chunk.length)
        size += chunk.length
        if (keep) parts.push(chunk)
      })
      files.set(name, keep ? parts.join('') : String(size))
    }
  }
  await reporter.write(report, options, sink)
  return {files, largestChunk}
}
