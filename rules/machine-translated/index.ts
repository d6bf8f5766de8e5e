// The article signal (issue 10): once the detectors of the translation
// category have run, weighs what they found in each article — how much per
// 1,000 words and of how many kinds (signal.ts) — and reports the article as
// likely machine-translated or spun, with those findings as the evidence
// list. An article that says it is a translation is reported as information:
// the scorecard's criterion is about translation without notice.
import {compilePatterns, readLexicon, type PatternEntry} from '../../pipeline/lexicon.js'
import type {CorpusRule} from '../../pipeline/rule.js'
import type {DraftFinding} from '../../pipeline/types.js'
import {meta, type MachineTranslatedOptions} from './meta.js'
import {translationSignal} from './signal.js'

const maxEvidence = 12

export const machineTranslated: CorpusRule<MachineTranslatedOptions> = {
  meta,
  run(corpus, options) {
    const notices = compiled()
    for (const article of corpus.articles) {
      const found = distinct(corpus.findings(article.id).filter((finding) => finding.category === 'translation' && finding.ruleId !== meta.id))
      const signal = translationSignal(found, article.words)
      if (signal.score < options.threshold) continue
      const notice = noticeIn(article.text, notices)
      const place = article.headings[0] ?? article.sentences[0]
      if (!place) continue
      const kinds = signal.kinds.length
      const strongest = [...found].sort((a, b) => rank(b) - rank(a) || a.start.offset - b.start.offset).slice(0, maxEvidence)
      corpus.report(meta.id, article.id, {
        reason: notice
          ? `Machine-translated or spun copy with a notice (signal ${signal.score.toFixed(2)}: ${found.length} findings of ${kinds} ${kinds === 1 ? 'kind' : 'kinds'})`
          : `Unexpected machine-translated or spun copy (signal ${signal.score.toFixed(2)}: ${found.length} findings of ${kinds} ${kinds === 1 ? 'kind' : 'kinds'}), expected original copy or a translation notice`,
        note: `Found by ${signal.kinds.join(', ')}: ${signal.density.toFixed(1)} weighted findings per 1,000 words. ` +
          (notice ? `The article says so: “${notice}”.` : 'Readers cannot check a translation they are not told about; its errors are the translator’s, not the source’s.'),
        start: place.start,
        end: place.end,
        actual: place.text.length > 80 ? `${place.text.slice(0, 80)}…` : place.text,
        expected: [],
        confidence: signal.score,
        evidence: strongest.map((finding) => ({
          article: article.id,
          text: finding.actual ?? '',
          start: finding.start,
          end: finding.end,
          value: `${finding.ruleId}: ${finding.message}`
        })),
        severity: notice ? 'info' : undefined,
        key: 'signal',
        onlyHere: true
      })
    }
  }
}

let notices: RegExp[] | undefined
function compiled(): RegExp[] {
  notices ??= compilePatterns(readLexicon<PatternEntry[]>(new URL('./data/notices.yml', import.meta.url)), 'rules/machine-translated/data/notices.yml', false)
    .map(({regex}) => regex)
  return notices
}

function noticeIn(text: string, patterns: RegExp[]): string | null {
  for (const line of text.split('\n')) {
    if (patterns.some((pattern) => pattern.test(line))) return line.trim().slice(0, 120)
  }
  return null
}

/** One finding per rule and place: a passage reprinted in a copy may be reported through each copy. */
function distinct(findings: DraftFinding[]): DraftFinding[] {
  const seen = new Set<string>()
  return findings.filter((finding) => {
    const key = `${finding.ruleId}\u0000${finding.start.offset}\u0000${finding.end.offset}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function rank(finding: DraftFinding): number {
  return ({error: 3, warning: 2, info: 1})[finding.severity] + finding.confidence
}
