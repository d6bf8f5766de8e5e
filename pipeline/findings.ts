// The one chain every finding passes through, once, after both stages (as in
// textlint): severity from config, drop what falls in page chrome, drop
// duplicates, sort by place, fingerprint. One place decides each of these.
import {createHash} from 'node:crypto'
import type {RuleSetting} from './config.js'
import type {Block, DraftFinding, Finding, Severity} from './types.js'

const rank: Record<Severity, number> = {info: 0, warning: 1, error: 2}

/** The configured severity, lowered to the rule's own hint where it gave one; null when off. */
export function resolveSeverity(setting: RuleSetting | undefined, hint: Severity | undefined): Severity | null {
  if (!setting || setting.severity === 'off') return null
  if (hint && rank[hint] < rank[setting.severity]) return hint
  return setting.severity
}

export interface FinalizeOptions {
  /** The article's path as the report gives it: the fingerprint's anchor, stable as other files come and go. */
  path: string
  text: string
  blocks: Block[]
  /** Rules whose findings may sit in page chrome. */
  seesChrome: ReadonlySet<string>
}

const skipped = new Set<Block['kind']>(['chrome', 'byline', 'front-matter', 'dateline', 'metadata'])
/** Characters of text either side of a finding that anchor its fingerprint. */
const neighbourhood = 24

export function finalizeFindings(drafts: DraftFinding[], options: FinalizeOptions): Finding[] {
  const excluded = options.blocks.filter((block) => skipped.has(block.kind))
  const inExcluded = (offset: number) => excluded.some((block) => offset >= block.start && offset < block.end)
  const seen = new Set<string>()
  const kept = drafts
    .filter((draft) => options.seesChrome.has(draft.ruleId) || !inExcluded(draft.start.offset))
    .filter((draft) => {
      const id = `${draft.ruleId}\u0000${draft.start.offset}\u0000${draft.end.offset}\u0000${draft.message}`
      if (seen.has(id)) return false
      seen.add(id)
      return true
    })
    .sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message))

  const occurrences = new Map<string, number>()
  return kept.map(({key, corpus, ...draft}) => {
    const finding = bounded(draft)
    const base = fingerprintBase(finding, key, corpus === true, options)
    const nth = (occurrences.get(base) ?? 0) + 1
    occurrences.set(base, nth)
    const fingerprint = createHash('sha1').update(`${base}\u0000${nth}`).digest('hex').slice(0, 16)
    return {...finding, fingerprint}
  })
}

/** Characters of article text a finding carries (`actual`, each evidence passage): enough to read, never a whole article. */
export const maxQuotedText = 400

function clip(text: string): string {
  return text.length > maxQuotedText ? `${text.slice(0, maxQuotedText - 1)}…` : text
}

/** Evidence passages a finding carries: enough to check it; a headline reprinted a hundred times would otherwise carry a hundred. */
export const maxEvidence = 10

/** A finding whose quoted text is bounded: an unclosed quotation would otherwise carry the rest of its paragraph, once per mark. */
function bounded(finding: Omit<Finding, 'fingerprint'>): Omit<Finding, 'fingerprint'> {
  const evidence = finding.evidence ?? []
  const long = (finding.actual?.length ?? 0) > maxQuotedText || (finding.expected ?? []).some((each) => each.length > maxQuotedText) ||
    evidence.some((each) => each.text.length > maxQuotedText) || evidence.length > maxEvidence
  if (!long) return finding
  return {
    ...finding,
    ...(finding.actual === undefined ? {} : {actual: clip(finding.actual)}),
    ...(finding.expected === undefined ? {} : {expected: finding.expected.map(clip)}),
    ...(finding.evidence === undefined ? {} : {evidence: evidence.slice(0, maxEvidence).map((each) => ({...each, text: clip(each.text)}))}),
    ...(evidence.length > maxEvidence ? {evidenceOmitted: evidence.length - maxEvidence} : {})
  }
}

/**
 * What a fingerprint is made of: the rule, the article's path, what was found
 * (the rule's key, else the message of an article rule, which depends on the
 * article alone) and the words around it. Not its offsets or line (a line
 * added above moves them), not a corpus rule's message (it names how many
 * other articles agree, which changes as the corpus grows).
 */
function fingerprintBase(finding: Omit<Finding, 'fingerprint'>, key: string | undefined, corpus: boolean, options: FinalizeOptions): string {
  const {text} = options
  const before = text.slice(Math.max(0, finding.start.offset - neighbourhood), finding.start.offset)
  const after = text.slice(finding.end.offset, finding.end.offset + neighbourhood)
  // Spaces and line breaks are layout: a line added or re-wrapped nearby changes nothing.
  const around = `${before.replace(/\s+/g, ' ').trim()}\u0001${after.replace(/\s+/g, ' ').trim()}`
  const what = key ?? (corpus ? '' : finding.message)
  return [finding.ruleId, options.path.replace(/\\/g, '/'), what, finding.actual ?? text.slice(finding.start.offset, finding.end.offset), around].join('\u0000')
}
