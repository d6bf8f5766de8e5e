// Warns on a quotation nobody is said to have spoken. The extractor
// (pipeline/extract/quotations.ts) has already looked for the speaker; this
// rule decides which speakerless quotations are statements rather than
// names, titles or scare quotes.
import type {ArticleRule} from '../../pipeline/rule.js'
import {report} from '../../pipeline/report.js'
import type {Block, QuotationFact} from '../../pipeline/types.js'
import {meta, type UnattributedQuotationOptions} from './meta.js'

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu

/** Why a speakerless quotation reads as a statement, or null when it does not. */
export function unattributedStatement(
  quotation: QuotationFact,
  text: string,
  blocks: Block[],
  options: UnattributedQuotationOptions
): 'paragraph' | 'sentence' | 'long' | null {
  if (quotation.speaker !== null || (quotation.depth ?? 0) > 0) return null
  const block = blocks.find((b) => quotation.start > b.start && quotation.start <= b.end)
  if (!block || block.kind !== 'body') return null
  const words = countWords(quotation.text, Math.max(options.minWords, options.minEmbeddedWords))
  if (words < options.minWords) return null
  // The reporter's words just before the quotation: nothing (it opens the paragraph), or the end
  // of a sentence or a colon (it opens a sentence). Read backwards over spaces only, so a paragraph
  // of ten thousand quotation marks costs ten thousand short looks, not ten thousand long ones.
  let at = quotation.start - 1
  while (at > block.start && /\s/u.test(text[at - 1])) at--
  if (at <= block.start) return 'paragraph'
  if (/[.!?:]["”’»)]?$/u.test(text.slice(Math.max(block.start, at - 2), at))) return 'sentence'
  return words >= options.minEmbeddedWords ? 'long' : null
}

/** Words in a text, counted up to `enough` within its first thousands of characters: the rule needs no more. */
function countWords(text: string, enough: number): number {
  const head = text.slice(0, 1000)
  let count = 0
  wordPattern.lastIndex = 0
  while (count < enough && wordPattern.exec(head)) count++
  return count
}

const confidence = {paragraph: 0.8, sentence: 0.7, long: 0.55}

export const unattributedQuotation: ArticleRule<UnattributedQuotationOptions> = {
  meta,
  plugin: (options) => (_tree, file) => {
    const text = String(file.value)
    const blocks = file.data.article!.blocks
    for (const quotation of file.data.facts?.quotations ?? []) {
      const why = unattributedStatement(quotation, text, blocks, options)
      if (!why) continue
      const preview = quotation.text.length > 40 ? `${quotation.text.slice(0, 40).trimEnd()}…` : quotation.text
      report(file, meta, {
        reason: `Unexpected quotation \`${preview.replace(/\s+/gu, ' ')}\` without a speaker, expected who said it`,
        note: 'A reader can only weigh a quotation if they know who said it: name the speaker and the cue (said, wrote, told) in the same or the adjacent sentence.',
        start: quotation.start - 1,
        end: Math.min(quotation.end + 1, text.length),
        actual: text.slice(quotation.start - 1, Math.min(quotation.end + 1, text.length)),
        confidence: confidence[why],
        expected: []
      })
    }
  }
}
