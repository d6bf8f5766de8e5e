// An article's facts quote its own text many times over: each sentence,
// name, quotation, claim and person carries the passage it stands for, and so does
// many a finding's `actual`. Serialised,
// those copies were a third of a 23 KB result for a 3 KB article, cloned out
// of every worker and held for the whole corpus. A result therefore leaves
// the worker without them, and gets them back on the main thread as slices
// of the article's text, which V8 keeps as views into it rather than copies.
import type {ArticleFacts, ArticleResult, FailedArticle} from '../types.js'

type Quoting = {start: number; end: number; text?: string}
const lists = ['headings', 'sentences', 'entities', 'quotations', 'claims', 'persons'] as const

function each(facts: ArticleFacts, visit: (item: Quoting) => void): void {
  for (const list of lists) {
    for (const item of (facts[list] ?? []) as Quoting[]) {
      if (item && typeof item.start === 'number' && typeof item.end === 'number') visit(item)
    }
  }
}

// Texts are set to undefined, never deleted: a deleted property turns an
// object into a slow dictionary for the rest of its life.

/** Drop every passage that is exactly the article's own text at its offsets. */
export function dropQuotedText(result: ArticleResult | FailedArticle, text: string): void {
  if (!('facts' in result)) return
  each(result.facts, (item) => {
    if (item.text !== undefined && item.text.length === item.end - item.start && text.startsWith(item.text, item.start)) item.text = undefined
  })
  const actuals: number[] = []
  result.drafts.forEach((draft, index) => {
    const {actual, start, end} = draft
    if (typeof actual === 'string' && actual.length === end.offset - start.offset && text.startsWith(actual, start.offset)) {
      draft.actual = undefined
      actuals.push(index)
    }
  })
  result.facts.quotedTextDropped = actuals
}

/** Put back what dropQuotedText took out, as slices of the text. */
export function restoreQuotedText(result: ArticleResult | FailedArticle, text: string): void {
  if (!('facts' in result)) return
  result.facts.text = text
  const actuals = result.facts.quotedTextDropped
  if (!actuals) return
  each(result.facts, (item) => {
    if (item.text === undefined) item.text = text.slice(item.start, item.end)
  })
  for (const index of actuals) {
    const draft = result.drafts[index]
    draft.actual = text.slice(draft.start.offset, draft.end.offset)
  }
  result.facts.quotedTextDropped = undefined
}
