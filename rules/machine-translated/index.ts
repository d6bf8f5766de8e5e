// The article signal (issue 10): once the detectors of the translation
// category have run, weighs what they found in each article — how much per
// 1,000 words and of how many kinds — and how far its style stands from
// newsroom copy (signal.ts, data/style.yml), and reports the article as
// likely machine-translated or spun, with those findings as the evidence
// list and the style measures in the note. An article that says it is a
// translation is reported as information: the scorecard's criterion is about
// translation without notice.
import {compilePatterns, readLexicon, type PatternEntry} from '../../pipeline/lexicon.js'
import type {CorpusRule} from '../../pipeline/rule.js'
import type {DraftFinding} from '../../pipeline/types.js'
import {meta, type MachineTranslatedOptions} from './meta.js'
import {translationSignal, type Signal, type StyleMeasure} from './signal.js'

const maxEvidence = 12

export const machineTranslated: CorpusRule<MachineTranslatedOptions> = {
  meta,
  run(corpus, options) {
    const notices = compiled()
    const measures = styleMeasures()
    for (const article of corpus.articles) {
      const found = distinct(corpus.findings(article.id).filter((finding) => finding.category === 'translation' && finding.ruleId !== meta.id))
      const signal = translationSignal(found, article.words, article.style, measures, options.style)
      if (signal.score < options.threshold) continue
      const notice = noticeIn(article.text, notices)
      const place = article.headings[0] ?? article.sentences[0]
      if (!place) continue
      const kinds = signal.kinds.length
      const counted = (found.length === 0 ? 'no translation findings' : `${found.length} ${found.length === 1 ? 'finding' : 'findings'} of ${kinds} ${kinds === 1 ? 'kind' : 'kinds'}`) + styleClause(signal)
      const strongest = [...found].sort((a, b) => rank(b) - rank(a) || a.start.offset - b.start.offset).slice(0, maxEvidence)
      corpus.report(meta.id, article.id, {
        reason: notice
          ? `Machine-translated or spun copy with a notice (signal ${signal.score.toFixed(2)}: ${counted})`
          : `Unexpected machine-translated or spun copy (signal ${signal.score.toFixed(2)}: ${counted}), expected original copy or a translation notice`,
        note: (kinds > 0 ? `Found by ${signal.kinds.join(', ')}: ${signal.density.toFixed(1)} weighted findings per 1,000 words. ` : '') + styleNote(signal) +
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

/** Said in the message when the style gives at least half its share: the article reads unlike newsroom copy. */
function styleClause(signal: Signal): string {
  if (signal.readings.length === 0 || signal.distance < 3) return ''
  const unlike = signal.readings.filter((reading) => reading.deviation >= 1).length
  return `; unlike newsroom copy in ${unlike} of ${signal.readings.length} style measures`
}

/** The style measures that stand out, with their newsroom means. */
function styleNote(signal: Signal): string {
  const telling = signal.readings.filter((reading) => reading.deviation >= 1).slice(0, 4)
  if (telling.length === 0 || signal.distance < 2) return ''
  const figure = (value: number) => value >= 10 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(3)
  return `Its style is ${signal.distance.toFixed(1)} spreads from newsroom copy (style part of the signal ${signal.styleScore.toFixed(2)}): ` +
    telling.map((reading) => `${reading.measure} ${figure(reading.value)} (newsroom ${figure(reading.mean)})`).join(', ') + '. '
}

const figures = new Set<StyleMeasure['figure']>(['commasPerSentence', 'definiteArticles', 'nominalisations', 'variety', 'contractions', 'attribution'])
let measures: StyleMeasure[] | undefined
/** The style measures (data/style.yml), checked when they load. */
export function styleMeasures(): StyleMeasure[] {
  if (measures) return measures
  const where = 'rules/machine-translated/data/style.yml'
  const entries = readLexicon<StyleMeasure[]>(new URL('./data/style.yml', import.meta.url))
  entries.forEach((entry, index) => {
    if (typeof entry.measure !== 'string' || typeof entry.reason !== 'string' || !figures.has(entry.figure) || typeof entry.mean !== 'number' ||
      typeof entry.spread !== 'number' || !(entry.spread > 0) || (entry.direction !== 'more' && entry.direction !== 'less')) {
      throw new Error(`${where}: entry ${index + 1} needs a \`measure\`, a \`figure\` (${[...figures].join(', ')}), a numeric \`mean\`, a positive \`spread\`, a \`direction\` (more or less) and a \`reason\``)
    }
  })
  measures = entries
  return measures
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
