// The fixed chain every finding passes through after the rules ran (as in
// textlint): severity from config, drop what falls in page chrome, drop
// duplicates, sort by place, fingerprint. One place decides each of these.
import {createHash} from 'node:crypto'
import type {RuleSetting} from './config.js'
import type {Block, Finding, Severity} from './types.js'

const rank: Record<Severity, number> = {info: 0, warning: 1, error: 2}

/** The configured severity, lowered to the rule's own hint where it gave one; null when off. */
export function resolveSeverity(setting: RuleSetting | undefined, hint: Severity | undefined): Severity | null {
  if (!setting || setting.severity === 'off') return null
  if (hint && rank[hint] < rank[setting.severity]) return hint
  return setting.severity
}

export type DraftFinding = Omit<Finding, 'fingerprint'> & {key?: string}

export interface FinalizeOptions {
  articleId: string
  blocks: Block[]
  /** Rules whose findings may sit in page chrome. */
  seesChrome: Set<string>
}

const skipped = new Set<Block['kind']>(['chrome', 'byline', 'front-matter', 'dateline', 'metadata'])

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
    .sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset || a.ruleId.localeCompare(b.ruleId))

  // A fingerprint survives edits elsewhere in the text: it names the rule,
  // the article, what was found and which occurrence of it this is.
  const occurrences = new Map<string, number>()
  return kept.map(({key, ...finding}) => {
    const base = [finding.ruleId, options.articleId, key ?? finding.message, finding.actual ?? ''].join('\u0000')
    const nth = (occurrences.get(base) ?? 0) + 1
    occurrences.set(base, nth)
    const fingerprint = createHash('sha1').update(`${base}\u0000${nth}`).digest('hex').slice(0, 16)
    return {...finding, fingerprint}
  })
}
