// Scorecard: pass/fail criteria with points (score = points earned over
// points assessable, 0–100), category sub-scores (100 minus a penalty per
// finding, scaled by confidence) and a letter grade. Every lost point names
// the findings that cost it.
import type {ResolvedConfig} from '../config.js'
import type {Rule} from '../rule.js'
import {categories, type ArticleMeta, type Finding} from '../types.js'
import {criteria} from './criteria.js'
import type {CategoryScore, CriterionResult} from '../report-types.js'

export interface Scorecard {
  score: number
  grade: string
  criteria: CriterionResult[]
  categories: Record<string, CategoryScore>
}

/** Which enabled rules assess each criterion. */
export function criterionRules(rules: readonly Rule[], config: ResolvedConfig): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>()
  for (const rule of rules) {
    if (config.rules[rule.meta.id]?.severity === 'off') continue
    for (const id of rule.meta.criteria ?? []) {
      const set = map.get(id) ?? new Set()
      set.add(rule.meta.id)
      map.set(id, set)
    }
  }
  return map
}

export function scoreArticle(
  meta: ArticleMeta,
  findings: Finding[],
  config: ResolvedConfig,
  assessors: Map<string, Set<string>>
): Scorecard {
  const results: CriterionResult[] = criteria.map((criterion) => {
    const max = config.scoring.criteria[criterion.id] ?? criterion.points
    const base = {id: criterion.id, label: criterion.label, max}
    if (criterion.fromMeta) {
      const passed = criterion.fromMeta(meta)
      return {...base, passed, points: passed ? max : 0, findings: []}
    }
    const rules = assessors.get(criterion.id)
    if (!rules) return {...base, passed: null, points: 0, findings: []}
    const failing = findings.filter((finding) => rules.has(finding.ruleId) && finding.severity !== 'info')
    const passed = failing.length === 0
    return {...base, passed, points: passed ? max : 0, findings: failing.map((finding) => finding.fingerprint)}
  })

  const assessed = results.filter((result) => result.passed !== null)
  const possible = assessed.reduce((sum, result) => sum + result.max, 0)
  const earned = assessed.reduce((sum, result) => sum + result.points, 0)
  const score = possible === 0 ? 100 : Math.round((1000 * earned) / possible) / 10

  const scores: Record<string, CategoryScore> = {}
  for (const category of categories) scores[category] = {score: 100, findings: 0}
  for (const finding of findings) {
    const entry = scores[finding.category]
    entry.findings++
    entry.score -= config.scoring.severity[finding.severity] * finding.confidence
  }
  for (const entry of Object.values(scores)) entry.score = Math.max(0, Math.round(entry.score * 10) / 10)

  return {score, grade: gradeFor(score, config), criteria: results, categories: scores}
}

export function gradeFor(score: number, config: ResolvedConfig): string {
  for (const {grade, min} of config.scoring.grades) if (score >= min) return grade
  return config.scoring.grades.at(-1)?.grade ?? 'F'
}
