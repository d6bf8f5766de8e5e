// The json reporter: the report object as ../shared/report.schema.json has it.
import type {AuditReport} from '../pipeline/report-types.js'

export function formatJson(report: AuditReport): string {
  return JSON.stringify(report, null, 2) + '\n'
}
