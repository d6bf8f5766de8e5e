// How an article rule reports: a vfile message with the well-known fields
// (actual, expected, url, note) plus category, confidence and evidence.
import type {VFile} from 'vfile'
import type {Report, RuleMeta} from './rule.js'

export interface CorroborateMessageFields {
  category: string
  confidence: number
  evidence?: Report['evidence']
  severityHint?: Report['severity']
  key?: string
}

export function docsUrl(ruleId: string): string {
  return `https://github.com/corroborate/corroborate/blob/main/rules/${ruleId}/README.md`
}

export function report(file: VFile, meta: Pick<RuleMeta, 'id' | 'category'>, found: Report): void {
  const locate = file.data.article!.locate
  const message = file.message(found.reason, {
    place: {start: locate(found.start), end: locate(found.end)},
    ruleId: meta.id,
    source: 'corroborate'
  })
  message.actual = found.actual ?? file.value.toString().slice(found.start, found.end)
  message.expected = found.expected ?? []
  message.url = docsUrl(meta.id)
  if (found.note) message.note = found.note
  Object.assign(message, {
    category: meta.category,
    confidence: found.confidence,
    evidence: found.evidence,
    severityHint: found.severity,
    key: found.key
  } satisfies CorroborateMessageFields)
}
