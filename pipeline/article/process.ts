// The article stage for one article: parse with unified + retext-english,
// run the enabled article rules, and collect findings, readability figures
// and the ArticleFacts record for the corpus stage.
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {ResolvedConfig} from '../config.js'
import {resolveSeverity} from '../findings.js'
import {createLocator} from '../location.js'
import type {CorroborateMessageFields} from '../report.js'
import type {ArticleFactsDraft, ArticleRule} from '../rule.js'
import type {ArticleFacts, ArticleResult, Category, DraftFinding, FailedArticle, LoadedArticle} from '../types.js'
import {extractors} from '../extract/index.js'
import {articleBlocks} from './parse-blocks.js'

export type ArticleAuditor = (article: LoadedArticle) => ArticleResult | FailedArticle

/** One processor per config and rule list, built once and reused for every article. */
export function createArticleAuditor(config: ResolvedConfig, rules: readonly ArticleRule[]): ArticleAuditor {
  const enabled = rules.filter((rule) => config.rules[rule.meta.id] && config.rules[rule.meta.id].severity !== 'off')
  const processor = unified().use(retextEnglish).use(articleBlocks)
  for (const extractor of extractors) processor.use(extractor)
  for (const rule of enabled) processor.use(isolated(rule), config.rules[rule.meta.id].options)
  processor.freeze()

  return (article) => {
    try {
      const locate = createLocator(article.text)
      const file = new VFile({
        path: article.path,
        value: article.text,
        data: {
          article: {id: article.id, meta: article.meta, blocks: article.blocks, locate, problems: article.problems},
          facts: {}
        }
      })
      // Messages are Errors: capturing a stack for each costs more than the
      // rule that made it. Internal errors are reported by message only.
      const limit = Error.stackTraceLimit
      Error.stackTraceLimit = process.env.CORROBORATE_DEBUG ? 20 : 0
      let tree: Root
      try {
        tree = processor.parse(file) as Root
        processor.runSync(tree, file)
      } finally {
        Error.stackTraceLimit = limit
      }
      const drafts: DraftFinding[] = []
      for (const message of file.messages) {
        const draft = toDraft(message, config)
        if (draft) drafts.push(draft)
      }
      const facts = collectFacts(article, file.data.facts ?? {})
      return {
        id: article.id,
        path: article.path,
        meta: article.meta,
        words: facts.words,
        drafts,
        readability: file.data.readability ?? null,
        ...(file.data.failures ? {failures: file.data.failures} : {}),
        facts
      }
    } catch (error) {
      if (process.env.CORROBORATE_DEBUG) console.error((error as Error).stack)
      return {id: article.id, path: article.path, error: `internal error while auditing: ${(error as Error).message}`}
    }
  }
}

/** A rule's transformer that cannot take the others down: a throw is recorded as the rule's failure on this article. */
function isolated(rule: ArticleRule) {
  return (options: unknown) => {
    const transform = rule.plugin(options)
    return (tree: Root, file: VFile) => {
      try {
        transform(tree, file)
      } catch (error) {
        const failures = (file.data.failures ??= [])
        failures.push({ruleId: rule.meta.id, message: (error as Error)?.message ?? String(error), article: file.data.article!.id})
      }
    }
  }
}

function toDraft(message: VFileMessage, config: ResolvedConfig): DraftFinding | null {
  const fields = message as unknown as VFileMessage & CorroborateMessageFields
  const ruleId = message.ruleId ?? 'unknown'
  const severity = resolveSeverity(config.rules[ruleId], fields.severityHint)
  if (!severity) return null
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : place
  if (!start || !end || start.offset === undefined || end.offset === undefined) return null
  return {
    ruleId,
    category: fields.category as Category,
    severity,
    message: message.reason,
    start: {line: start.line, column: start.column, offset: start.offset},
    end: {line: end.line, column: end.column, offset: end.offset},
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    confidence: fields.confidence,
    evidence: fields.evidence,
    url: message.url,
    key: fields.key
  }
}

function collectFacts(article: LoadedArticle, draft: ArticleFactsDraft): ArticleFacts {
  const {sentences = [], words = 0, entities, quotations, claims, profile, persons, style, ...extra} = draft
  const headings = article.blocks
    .filter((block) => block.kind === 'title' || block.kind === 'heading')
    .map((block) => ({start: block.start, end: block.end, text: article.text.slice(block.start, block.end)}))
  return {id: article.id, path: article.path, text: article.text, meta: article.meta, words, headings, sentences, entities, quotations, claims, profile, persons, style, extra}
}
