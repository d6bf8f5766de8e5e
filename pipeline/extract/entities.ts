// Entity mentions from the nlcst tree: runs of capitalised words (possessive
// stripped, function words split off), hashtags, @mentions and URLs (syntax,
// never names to spell-check), with their sentence, whether they sit inside a
// quotation, and a parenthesised exchange ticker right after a name.
// One linear walk over the sentences the first extractor already found.
import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import type {VFile} from 'vfile'
import type {Block, EntityMention} from '../types.js'
import {functionWords} from './function-words.js'

const capitalised = /^\p{Lu}/u
const possessive = /(?:['’]s|(?<=s)['’])$/u
// "(NYSE:NET)", "Inc. (Nasdaq: GOOGL, GOOG)", "(NSDQ: MSFT)": an exchange (a known one in any
// case, or any short upper-case code), a colon, upper-case symbols.
const exchanges = new Set('NYSE|NASDAQ|AMEX|NYSEAMERICAN|NYSEARCA|ARCA|BATS|OTC|OTCQB|OTCQX|OTCMKTS|TSX|TSXV|CVE|CSE|LSE|LON|AIM|ASX|NZX|NZE|HKEX|HKG|SEHK|SGX|TYO|TSE|OSE|KRX|KOSDAQ|TPE|TWSE|SHA|SHE|SSE|SZSE|NSE|BSE|FRA|ETR|XETRA|EPA|EBR|AMS|ELI|BIT|BME|SIX|SWX|STO|HEL|CPH|OSL|WSE|MOEX|MCX|JSE|BVMF|BMV|TADAWUL'.split('|'))
const ticker = /^\.?\s*\(\s*([A-Za-z]{2,12})\s*:\s*([A-Z][A-Z.\-]{0,7})(?:\s*,\s*[A-Z][A-Z.\-]{0,7})*\s*\)/
const isExchange = (code: string) => exchanges.has(code.toUpperCase()) || /^[A-Z]{2,6}$/.test(code)
const url = /\b(?:https?:\/\/|www\.)[^\s“”"'’)]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|co|uk|de|fr|ca|info)(?:\/[^\s“”"'’)]*)?/giu
// Cheap test first: the full URL pattern backtracks on every word.
const maybeUrl = /:\/\/|www\.|\.(?:com|org|net|gov|edu|io|co|uk|de|fr|ca|info)\b/iu
const opening = new Set(['“', '«', '„'])
const closing = new Set(['”', '»'])
const headingKinds = new Set<Block['kind']>(['title', 'heading'])

interface Word {
  start: number
  end: number
  text: string
  inQuote: boolean
  initial: boolean
}

export function extractEntities() {
  return (tree: Root, file: VFile) => {
    const text = String(file.value)
    const blocks = file.data.article?.blocks ?? []
    const entities: EntityMention[] = []
    let sentenceIndex = 0
    let blockCursor = 0
    const inHeading = (offset: number): boolean => {
      while (blockCursor < blocks.length && blocks[blockCursor].end <= offset) blockCursor++
      const block = blocks[blockCursor]
      return Boolean(block && offset >= block.start && headingKinds.has(block.kind))
    }

    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      // Quote depth and a ticker to skip carry over sentence ends ("Corp. (NYSE: HPQ)" splits there).
      const quote = {depth: 0, skipUntil: -1}
      for (const sentence of (paragraph as Paragraph).children) {
        if (sentence.type !== 'SentenceNode') continue
        const start = sentence.position!.start.offset!
        collectSentence(sentence, text, sentenceIndex++, inHeading(start), quote, entities)
      }
    }
    // URLs are found per sentence before its words: keep document order.
    entities.sort((a, b) => a.start - b.start)
    file.data.facts = {...file.data.facts, entities}
  }
}

function collectSentence(
  sentence: Sentence,
  text: string,
  index: number,
  heading: boolean,
  quote: {depth: number; skipUntil: number},
  out: EntityMention[]
): void {
  const sentenceStart = sentence.position!.start.offset!
  const sentenceText = text.slice(sentenceStart, sentence.position!.end.offset!)
  const urls: Array<[number, number]> = []
  if (maybeUrl.test(sentenceText)) {
    url.lastIndex = 0
    for (let match = url.exec(sentenceText); match; match = url.exec(sentenceText)) {
      const start = sentenceStart + match.index
      urls.push([start, start + match[0].length])
      out.push({text: match[0], start, end: start + match[0].length, sentence: index, inQuote: quote.depth > 0, kind: 'url'})
    }
  }
  const inUrl = (offset: number) => urls.some(([start, end]) => offset >= start && offset < end)

  const children = sentence.children
  let run: Word[] = []
  let firstWord = true
  const flush = () => {
    if (run.length > 0) emitRun(run, text, index, heading, out, (end) => (quote.skipUntil = end))
    run = []
  }

  for (let i = 0; i < children.length; i++) {
    const node: SentenceContent = children[i]
    const start = node.position!.start.offset!
    const end = node.position!.end.offset!
    if (start < quote.skipUntil) continue
    if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
      const value = node.value
      if (opening.has(value) || (value === '‘' && !isWordBefore(children, i))) quote.depth++
      else if (closing.has(value) || (value === '’' && quote.depth > 0)) quote.depth = Math.max(0, quote.depth - 1)
      else if (value === '"') quote.depth = quote.depth > 0 ? 0 : 1
      else if ((value === '#' || value === '@') && children[i + 1]?.type === 'WordNode' && children[i + 1].position!.start.offset === end) {
        flush()
        const word = children[++i]
        out.push({
          text: text.slice(start, word.position!.end.offset!),
          start,
          end: word.position!.end.offset!,
          sentence: index,
          inQuote: quote.depth > 0,
          kind: value === '#' ? 'hashtag' : 'mention'
        })
        firstWord = false
        continue
      }
      // An initial ("Melvin B. Baillie") keeps the run going; other marks end it.
      if (!(value === '.' && run.length > 0 && run[run.length - 1].text.length === 1 && children[i + 1]?.type === 'WhiteSpaceNode')) flush()
      continue
    }
    if (node.type === 'WhiteSpaceNode') {
      if (node.value !== ' ') flush()
      continue
    }
    if (node.type !== 'WordNode') continue
    const value = text.slice(start, end)
    const isFirst = firstWord
    firstWord = false
    if (inUrl(start) || !capitalised.test(value) || (value !== 'US' && functionWords.has(value.toLowerCase()))) {
      flush()
      continue
    }
    run.push({start, end, text: value, inQuote: quote.depth > 0, initial: isFirst})
    // A possessive ends the name: "Cloudflare’s CEO" names Cloudflare.
    if (possessive.test(value)) flush()
  }
  flush()
}

function emitRun(
  run: Word[],
  text: string,
  index: number,
  heading: boolean,
  out: EntityMention[],
  skipTo: (end: number) => void
): void {
  const first = run[0]
  const last = run[run.length - 1]
  const end = last.end - (possessive.exec(last.text)?.[0].length ?? 0)
  if (end <= first.start) return
  const mention: EntityMention = {
    text: text.slice(first.start, end),
    start: first.start,
    end,
    sentence: index,
    inQuote: first.inQuote,
    kind: 'name'
  }
  if (first.initial) mention.initial = true
  if (heading) mention.heading = true
  const after = ticker.exec(text.slice(last.end, last.end + 40))
  if (after && isExchange(after[1])) {
    mention.ticker = `${after[1].toUpperCase()}:${after[2].toUpperCase()}`
    mention.tickerStart = last.end + after[0].indexOf('(')
    mention.tickerEnd = last.end + after[0].length
    skipTo(mention.tickerEnd)
  }
  out.push(mention)
}

function isWordBefore(children: SentenceContent[], i: number): boolean {
  const before = children[i - 1]
  return Boolean(before && before.type === 'WordNode')
}
