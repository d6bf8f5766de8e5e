// Audit texts held in memory, in-process, for tests: the rules wired in as
// the CLI wires them.
import {createArticleAuditor} from '../../pipeline/article/process.js'
import {runArticleStage} from '../../pipeline/article/stage.js'
import {createAuditor, type AuditorOptions} from '../../pipeline/audit.js'
import {loadConfig, type ResolvedConfig} from '../../pipeline/config.js'
import {buildArticle} from '../../pipeline/load/index.js'
import type {AuditReport} from '../../pipeline/report-types.js'
import type {LoadedArticle} from '../../pipeline/types.js'
import {allRules, articleRules, corpusRules} from '../../rules/index.js'

export const rulesModule = new URL('../../rules/index.js', import.meta.url).href

/** Defaults, with only `only` enabled when given (at its default severity unless set). */
export function testConfig(only?: string[], overrides: ResolvedConfig['rules'] = {}): ResolvedConfig {
  const config = loadConfig(null, allRules)
  if (only) {
    for (const rule of allRules) {
      if (!only.includes(rule.meta.id)) config.rules[rule.meta.id] = {...config.rules[rule.meta.id], severity: 'off'}
    }
  }
  Object.assign(config.rules, overrides)
  return config
}

export function testAuditor(config: ResolvedConfig = testConfig(), options: Omit<AuditorOptions, 'rules' | 'config'> = {}) {
  return createAuditor({rules: {article: articleRules, corpus: corpusRules, modules: [rulesModule]}, config, jobs: 1, ...options})
}

/** The article stage alone, for one article at a time. */
export function articleAuditor(config: ResolvedConfig = testConfig([])) {
  return createArticleAuditor(config, articleRules)
}

/** The article stage over many articles, in-process. */
export function articleStage(articles: LoadedArticle[], config: ResolvedConfig = testConfig([])) {
  return runArticleStage(articles, config, 1, {rules: articleRules})
}

export async function auditTexts(texts: Record<string, string>, config: ResolvedConfig = testConfig(), options: Omit<AuditorOptions, 'rules' | 'config'> = {}): Promise<AuditReport> {
  const articles = Object.entries(texts).map(([id, text]) => buildArticle(id, `${id}.txt`, text))
  return testAuditor(config, options).auditArticles(articles, [])
}

export async function auditText(text: string, config?: ResolvedConfig) {
  const report = await auditTexts({article: text}, config)
  return report.articles[0]
}
