// Audit texts held in memory, in-process, for tests.
import {auditArticles} from '../../pipeline/audit.js'
import {loadConfig, type ResolvedConfig} from '../../pipeline/config.js'
import {buildArticle} from '../../pipeline/load/index.js'
import type {AuditReport} from '../../reports/model.js'
import {allRules} from '../../rules/index.js'

/** Defaults, with only `only` enabled when given (at its default severity unless set). */
export function testConfig(only?: string[], overrides: ResolvedConfig['rules'] = {}): ResolvedConfig {
  const config = loadConfig(null)
  if (only) {
    for (const rule of allRules) {
      if (!only.includes(rule.meta.id)) config.rules[rule.meta.id] = {...config.rules[rule.meta.id], severity: 'off'}
    }
  }
  Object.assign(config.rules, overrides)
  return config
}

export async function auditTexts(texts: Record<string, string>, config: ResolvedConfig = testConfig()): Promise<AuditReport> {
  const articles = Object.entries(texts).map(([id, text]) => buildArticle(id, `${id}.txt`, text))
  return auditArticles(articles, [], {config, jobs: 1})
}

export async function auditText(text: string, config?: ResolvedConfig) {
  const report = await auditTexts({article: text}, config)
  return report.articles[0]
}
