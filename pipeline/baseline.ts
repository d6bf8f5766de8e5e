// A baseline: the findings a corpus already has, accepted, by fingerprint
// (as ESLint's suppressions). `--write-baseline FILE` records them;
// `--baseline FILE` gates only on findings not in it and reports the entries
// that no longer occur, so they can be pruned.
import {readFileSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import {writeFileAtomically} from './atomic-write.js'
import type {AuditReport, BaselineEntry} from './report-types.js'
import type {Finding} from './types.js'

export type {BaselineEntry} from './report-types.js'

export interface Baseline {
  file: string
  entries: Map<string, BaselineEntry>
}

export class BaselineError extends Error {}

export function readBaseline(file: string): Baseline {
  let data: {version?: unknown; findings?: unknown}
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new BaselineError(`cannot read the baseline \`${file}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  if (data?.version !== 1 || !Array.isArray(data.findings)) throw new BaselineError(`\`${file}\` is not a corroborate baseline (version 1, with a list of findings)`)
  const entries = new Map<string, BaselineEntry>()
  for (const entry of data.findings as BaselineEntry[]) if (entry && typeof entry.fingerprint === 'string') entries.set(entry.fingerprint, entry)
  return {file, entries}
}

/** Records the warnings and errors of a report (info never gates, so it is not recorded). */
export async function writeBaseline(file: string, report: AuditReport): Promise<number> {
  const findings: BaselineEntry[] = report.articles.flatMap((article) => article.findings
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => ({fingerprint: finding.fingerprint, path: article.path, ruleId: finding.ruleId, message: finding.message})))
  findings.sort((a, b) => a.path.localeCompare(b.path) || a.fingerprint.localeCompare(b.fingerprint))
  const body = JSON.stringify({version: 1, tool: `${report.tool.name} ${report.tool.version}`, findings}, null, 2) + '\n'
  await writeFileAtomically(file, (temporary) => writeFile(temporary, body))
  return findings.length
}

/** The baseline applied one article at a time: `mark` each article's findings before they are stored; `result` says how many it matched and which entries nothing matched. */
export function baselineMatcher(baseline: Baseline): {mark(findings: Finding[]): void; result(): NonNullable<AuditReport['summary']['baseline']>} {
  const seen = new Set<string>()
  let matched = 0
  return {
    mark(findings) {
      for (const finding of findings) {
        if (!baseline.entries.has(finding.fingerprint)) continue
        finding.baselined = true
        seen.add(finding.fingerprint)
        matched++
      }
    },
    result() {
      const stale = [...baseline.entries.values()].filter((entry) => !seen.has(entry.fingerprint))
      return {file: baseline.file, entries: baseline.entries.size, matched, stale}
    }
  }
}
