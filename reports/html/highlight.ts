// The article's text with its findings highlighted in place. Findings and
// cited passages overlap, so the text is cut at every boundary into flat
// runs (never nested elements): a run inside findings is a link to the most
// severe of them (the shortest of those), coloured by its category and
// severity, and lists all of them in `data-f`; a run inside passages
// other articles cite lists those in `data-p`, so a link can land on them.
// Empty anchors mark where each finding and passage starts.
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Finding, Severity} from '../../pipeline/types.js'
import {findingAnchorId, findingId, pageText, passageId} from './site.js'

const rank: Record<Severity, number> = {error: 2, warning: 1, info: 0}

interface Span {
  start: number
  end: number
}

export function highlightText(text: string, findings: readonly Finding[], cited: ReadonlyArray<[number, number]>): ElementContent[] {
  const clamp = (offset: number) => Math.max(0, Math.min(text.length, offset))
  const marks = findings.map((finding) => ({finding, start: clamp(finding.start.offset), end: clamp(finding.end.offset)}))
  const passages = cited.map(([start, end]) => ({id: passageId(start, end), start: clamp(start), end: clamp(end)}))
  const cuts = new Set<number>([0, text.length])
  for (const span of [...marks, ...passages]) cuts.add(span.start).add(span.end)
  const points = [...cuts].sort((a, b) => a - b)

  const startsAt = groupBy([...marks, ...passages], (span) => span.start)
  const out: ElementContent[] = []
  for (let index = 0; index < points.length; index++) {
    const at = points[index]
    for (const span of startsAt.get(at) ?? []) {
      out.push(h('span.anchor', {id: 'finding' in span ? findingAnchorId(span.finding.fingerprint) : span.id}))
      // A finding with no extent (a missing word) still needs something to select.
      if ('finding' in span && span.start === span.end) out.push(markRun('', [span.finding], []))
    }
    const end = points[index + 1]
    if (end === undefined) break
    const over = (span: Span) => span.start <= at && span.end >= end
    const covering = marks.filter(over).map((mark) => mark.finding)
    const inPassages = passages.filter(over).map((passage) => passage.id)
    const run = pageText(text.slice(at, end))
    if (covering.length > 0) out.push(markRun(run, covering, inPassages))
    else if (inPassages.length > 0) out.push(h('span.passage', {dataP: inPassages.join(' ')}, run))
    else out.push({type: 'text', value: run})
  }
  return out
}

function markRun(run: string, covering: Finding[], passages: string[]): ElementContent {
  // The link goes to the most severe finding over the run, the shortest of those: the most specific.
  const primary = covering.reduce((best, finding) =>
    rank[finding.severity] > rank[best.severity] || (rank[finding.severity] === rank[best.severity] && length(finding) < length(best)) ? finding : best)
  return h('a', {
    className: ['hl', `cat-${primary.category}`, `sev-${primary.severity}`, ...(passages.length > 0 ? ['passage'] : []), ...(run === '' ? ['point'] : [])],
    href: `#${findingId(primary.fingerprint)}`,
    title: pageText(primary.message),
    dataF: covering.map((finding) => finding.fingerprint).join(' '),
    ...(passages.length > 0 ? {dataP: passages.join(' ')} : {})
  }, run)
}

const length = (finding: Finding) => finding.end.offset - finding.start.offset

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group) group.push(item)
    else groups.set(key(item), [item])
  }
  return groups
}
