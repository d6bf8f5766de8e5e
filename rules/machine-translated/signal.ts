// The article signal: how likely an article is machine-translated or spun,
// from the density and the variety of the translation findings in it. One
// slip (a doubled word) is weak evidence; the same slip in every paragraph,
// or calques beside untranslated words beside foreign typography, is strong.

export interface SignalInput {
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  confidence: number
}

export interface Signal {
  /** 0 (no sign) to 1 (certainly translated or spun). */
  score: number
  /** Weighted findings, and per 1,000 words. */
  weight: number
  density: number
  /** Distinct rules that found something. */
  kinds: string[]
}

const severityWeight = {error: 1, warning: 0.6, info: 0.2}
/** Below this many words an article's density is taken over this many: a headline with one slip is not dense. */
const floorWords = 400

export function translationSignal(findings: readonly SignalInput[], words: number): Signal {
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
  return {score: Math.round(1000 * (1 - Math.exp(-evidence / 1.5))) / 1000, weight, density, kinds: [...kinds].sort()}
}
