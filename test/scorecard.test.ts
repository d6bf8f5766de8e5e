import {describe, expect, it} from 'vitest'
import {loadConfig} from '../pipeline/config.js'
import type {ArticleMeta, Finding} from '../pipeline/types.js'
import {criterionRules, gradeFor, scoreArticle} from '../pipeline/score/scorecard.js'
import {allRules} from '../rules/index.js'

const meta = (over: Partial<ArticleMeta> = {}): ArticleMeta => ({title: 't', byline: 'Jane Doe', outlet: null, published: '2022-09-04', sources: {}, ...over})
const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'page-chrome', category: 'formatting', severity: 'warning', message: 'm',
  start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}, confidence: 1, fingerprint: 'f1', ...over
})

describe('scorecard', () => {
  const config = loadConfig(null, allRules)
  const assessors = criterionRules(allRules, config)

  it('reports criteria without an enabled detector as not assessed, never passed', () => {
    const card = scoreArticle(meta(), [], config, assessors)
    const byId = Object.fromEntries(card.criteria.map((c) => [c.id, c]))
    expect(byId['no-page-chrome']).toMatchObject({passed: true, points: 5})
    const unassessed = card.criteria.filter((c) => !assessors.has(c.id) && !['named-author', 'dated'].includes(c.id))
    for (const criterion of unassessed) expect(criterion).toMatchObject({passed: null, points: 0})
    expect(card.score).toBe(100)
  })

  it('scores points earned over points assessed, and names the findings that cost points', () => {
    // Only page-chrome on: the assessed criteria are named-author, dated, no-page-chrome.
    const only = loadConfig(null, allRules)
    for (const rule of allRules) if (rule.meta.id !== 'page-chrome') only.rules[rule.meta.id].severity = 'off'
    const card = scoreArticle(meta({byline: null}), [finding({fingerprint: 'abc'})], only, criterionRules(allRules, only))
    // named-author 10 lost, dated 5 kept, no-page-chrome 5 lost: 5 of 20.
    expect(card.score).toBe(25)
    expect(card.grade).toBe('F')
    expect(card.criteria.find((c) => c.id === 'no-page-chrome')).toMatchObject({passed: false, points: 0, findings: ['abc']})
  })

  it('does not fail a criterion on info findings', () => {
    const card = scoreArticle(meta(), [finding({severity: 'info'})], config, assessors)
    expect(card.criteria.find((c) => c.id === 'no-page-chrome')!.passed).toBe(true)
  })

  it('takes category points off by severity and confidence', () => {
    const card = scoreArticle(meta(), [finding({severity: 'warning', confidence: 0.5}), finding({severity: 'error', confidence: 1, fingerprint: 'f2'})], config, assessors)
    expect(card.categories.formatting).toEqual({score: 100 - 6 * 0.5 - 15, findings: 2})
    expect(card.categories.spelling).toEqual({score: 100, findings: 0})
  })

  it('stops assessing a criterion when its only rule is off', () => {
    const off = loadConfig(null, allRules)
    for (const rule of allRules) if (rule.meta.criteria?.includes('no-page-chrome')) off.rules[rule.meta.id].severity = 'off'
    const card = scoreArticle(meta(), [], off, criterionRules(allRules, off))
    expect(card.criteria.find((c) => c.id === 'no-page-chrome')!.passed).toBeNull()
  })

  it('grades by the configured thresholds', () => {
    expect([95, 85, 75, 65, 10].map((score) => gradeFor(score, config))).toEqual(['A', 'B', 'C', 'D', 'F'])
  })
})
