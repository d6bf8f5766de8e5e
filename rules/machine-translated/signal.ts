// The article signal: how likely an article is machine-translated or spun.
// Two kinds of evidence. The translation findings in it, by density and
// variety: one slip (a doubled word) is weak evidence; the same slip in every
// paragraph, or calques beside untranslated words beside foreign typography,
// is strong. And its style, measured against newsroom copy (data/style.yml):
// long comma-chained sentences, "the" everywhere, actions turned into nouns,
// repeated words, no contractions, no "said" — each alone common enough in
// reporters' copy, together the mark of translated English. Style alone
// never makes the signal reach the reporting threshold: it ranks articles
// and makes the findings beside it more telling.
import type {StyleFigures} from '../../pipeline/types.js'

export interface SignalInput {
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  confidence: number
}

/** One measure of style (data/style.yml). */
export interface StyleMeasure {
  measure: string
  figure: 'commasPerSentence' | 'definiteArticles' | 'nominalisations' | 'variety' | 'contractions' | 'attribution'
  mean: number
  spread: number
  direction: 'more' | 'less'
  reason: string
}

export interface StyleReading {
  measure: string
  value: number
  mean: number
  /** How many spreads the value stands from newsroom copy, towards translated English (negative: towards newsroom copy), clipped and shrunk for short texts. */
  deviation: number
}

export interface Signal {
  /** 0 (no sign) to 1 (certainly translated or spun). */
  score: number
  /** Weighted findings, and per 1,000 words. */
  weight: number
  density: number
  /** Distinct rules that found something. */
  kinds: string[]
  /** What the findings alone score. */
  findingsScore: number
  /** The style's part, 0 up to the share it may give, and its readings, strongest first (none without style figures). */
  styleScore: number
  distance: number
  readings: StyleReading[]
}

const severityWeight = {error: 1, warning: 0.6, info: 0.2}
/** Below this many words an article's density is taken over this many: a headline with one slip is not dense. */
const floorWords = 400
/** A measure counts at most this many spreads either way: one odd habit is not a translation. */
const clip = 2
/** A text of this many words has its deviations halved: a short text says less about its style. */
const halfWords = 100
/** The summed deviation at which the style gives half its share: 3 spreads, which 3 % of newsroom articles and 74 % of MQM documents pass. */
const midpoint = 3

export function translationSignal(findings: readonly SignalInput[], words: number, style?: StyleFigures, measures: readonly StyleMeasure[] = [], styleShare = 0): Signal {
  let weight = 0
  const kinds = new Set<string>()
  for (const finding of findings) {
    weight += severityWeight[finding.severity] * finding.confidence
    kinds.add(finding.ruleId)
  }
  const density = (1000 * weight) / Math.max(words, floorWords)
  // Each further kind of evidence makes the same weight more telling.
  const variety = 1 + 0.3 * Math.max(0, kinds.size - 1)
  const evidence = (0.5 * weight + 0.5 * density) * variety
  const findingsScore = 1 - Math.exp(-evidence / 1.5)
  const readings = style ? styleReadings(style, measures) : []
  const distance = readings.reduce((sum, reading) => sum + reading.deviation, 0)
  const styleScore = readings.length > 0 ? styleShare / (1 + Math.exp(midpoint - distance)) : 0
  // Either kind of evidence may make the case: the score is what neither leaves unexplained.
  const score = 1 - (1 - findingsScore) * (1 - styleScore)
  return {score: round(score), weight, density, kinds: [...kinds].sort(), findingsScore: round(findingsScore), styleScore: round(styleScore), distance: Math.round(100 * distance) / 100, readings}
}

/** Each measure's deviation from newsroom copy, strongest towards translated English first. */
export function styleReadings(style: StyleFigures, measures: readonly StyleMeasure[]): StyleReading[] {
  if (style.words === 0 || style.sentences === 0) return []
  const values: Record<StyleMeasure['figure'], number | null> = {
    commasPerSentence: style.commas / style.sentences,
    definiteArticles: style.the / style.words,
    nominalisations: style.nominalisations / style.words,
    variety: style.variety,
    contractions: (1000 * style.contractions) / style.words,
    attribution: (1000 * style.attribution) / style.words
  }
  const shrink = style.words / (style.words + halfWords)
  const readings: StyleReading[] = []
  for (const measure of measures) {
    const value = values[measure.figure]
    if (value === null || value === undefined) continue
    const towards = measure.direction === 'more' ? 1 : -1
    const deviation = Math.max(-clip, Math.min(clip, (towards * (value - measure.mean)) / measure.spread)) * shrink
    readings.push({measure: measure.measure, value, mean: measure.mean, deviation: Math.round(100 * deviation) / 100})
  }
  return readings.sort((a, b) => b.deviation - a.deviation)
}

const round = (value: number) => Math.round(1000 * value) / 1000
