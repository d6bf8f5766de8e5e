// The corpus stage: every enabled corpus rule sees all ArticleFacts at once
// and reports on any article, with evidence from the others.
import {corpusRules} from '../../rules/index.js'
import type {ResolvedConfig} from '../config.js'
import {resolveSeverity, type DraftFinding} from '../findings.js'
import {createLocator, type Locator} from '../location.js'
import type {CorpusContext} from '../rule.js'
import {docsUrl} from '../report.js'
import type {ArticleFacts} from '../types.js'

/** Corpus findings by article id, not yet finalised. */
export function runCorpusStage(facts: ArticleFacts[], config: ResolvedConfig): Map<string, DraftFinding[]> {
  const byId = new Map(facts.map((article) => [article.id, article]))
  const locators = new Map<string, Locator>()
  const locate = (id: string): Locator => {
    let locator = locators.get(id)
    if (!locator) {
      locator = createLocator(byId.get(id)!.text)
      locators.set(id, locator)
    }
    return locator
  }
  const drafts = new Map<string, DraftFinding[]>()
  // TIMING=1 prints each corpus rule's time to stderr, as ESLint's TIMING does.
  const timings: Array<[string, number]> = []

  for (const rule of corpusRules) {
    const setting = config.rules[rule.meta.id]
    if (!setting || setting.severity === 'off') continue
    const context: CorpusContext = {
      articles: facts,
      entities: config.entities,
      report(ruleId, articleId, found) {
        const article = byId.get(articleId)
        const severity = resolveSeverity(config.rules[ruleId], found.severity)
        if (!article || !severity) return
        const list = drafts.get(articleId) ?? []
        list.push({
          ruleId,
          category: rule.meta.category,
          severity,
          message: found.reason,
          start: locate(articleId)(found.start),
          end: locate(articleId)(found.end),
          actual: found.actual ?? article.text.slice(found.start, found.end),
          expected: found.expected ?? [],
          note: found.note,
          confidence: found.confidence,
          evidence: found.evidence,
          url: docsUrl(ruleId),
          key: found.key
        })
        drafts.set(articleId, list)
      },
      evidence(articleId, start, end, value) {
        const text = byId.get(articleId)!.text
        return {
          article: articleId,
          text: text.slice(start, end),
          start: locate(articleId)(start),
          end: locate(articleId)(end),
          ...(value === undefined ? {} : {value})
        }
      }
    }
    const started = performance.now()
    rule.run(context, setting.options)
    timings.push([rule.meta.id, performance.now() - started])
  }
  if (process.env.TIMING) {
    for (const [id, ms] of timings.sort((a, b) => b[1] - a[1])) process.stderr.write(`${id.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms\n`)
  }
  return drafts
}
