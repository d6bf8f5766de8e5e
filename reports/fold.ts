// Fewer lines, the same findings: an article's readability infos (one per
// hard sentence, hundreds on a corpus) fold into one line with their count
// unless --verbose. Display only: the report, its scorecard and the JSON keep
// every finding.
import type {Finding} from '../pipeline/types.js'

export type ShownFinding = Finding & {
  /** How many readability infos this line stands for. */
  folded?: number
}

const isReadabilityInfo = (finding: Finding) => finding.category === 'readability' && finding.severity === 'info'

export function foldReadability(findings: readonly Finding[], verbose: boolean): ShownFinding[] {
  const infos = verbose ? [] : findings.filter(isReadabilityInfo)
  if (infos.length < 2) return [...findings]
  const first = infos[0]
  const line: ShownFinding = {...first, folded: infos.length, message: `${infos.length} readability infos, such as hard to read sentences, folded into one line (--verbose lists each)`}
  return findings.flatMap((finding) => (finding === first ? [line] : isReadabilityInfo(finding) ? [] : [finding]))
}
