// Who a ticker belongs to, learned from the corpus when the gazetteer does not
// say: every article that writes a name right before "(NYSE:NET)" votes for
// it (in a headline, the headline's subject: "Cloudflare blocks Kiwi Farms
// (NYSE:NET)"), and every bare use of the ticker in prose votes for the names
// that fill the same slot in other articles ("NET CEO Matthew" beside
// "Cloudflare CEO Matthew"; "on NET to stop" beside "urged Cloudflare to stop").
import type {CorpusContext} from '../../pipeline/rule.js'
import {voterOf, type ArticleFacts} from '../../pipeline/types.js'
import {companyKey, corporateSuffix} from '../../pipeline/names/tickers.js'

export interface BareTicker {
  article: ArticleFacts
  symbol: string
  start: number
  end: number
  inQuote: boolean
}

export interface Candidate {
  name: string
  articles: Set<string>
}

const word = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu

/** Two lower-cased words after (or before) an offset. */
export function nextWords(text: string, offset: number): string {
  return (text.slice(offset, offset + 60).match(word) ?? []).slice(0, 2).join(' ').toLowerCase()
}

export function previousWords(text: string, offset: number): string {
  return (text.slice(Math.max(0, offset - 60), offset).match(word) ?? []).slice(-2).join(' ').toLowerCase()
}

/** Votes by article for the name that fills each bare ticker's slot elsewhere. */
export function slotVotes(corpus: CorpusContext, bare: BareTicker[], symbols: Set<string>, into: Map<string, Map<string, Candidate>>): void {
  const wanted = new Map<string, Array<{symbol: string; article: string}>>()
  for (const use of bare) {
    const text = use.article.text
    for (const key of [`>${nextWords(text, use.end)}`, `<${previousWords(text, use.start)}`]) {
      if (key.split(' ').length < 2) continue
      const list = wanted.get(key) ?? []
      list.push({symbol: use.symbol, article: use.article.id})
      wanted.set(key, list)
    }
  }
  if (wanted.size === 0) return
  for (const article of corpus.articles) {
    for (const mention of article.entities ?? []) {
      if (mention.kind !== 'name' || mention.heading) continue
      for (const token of mention.text.matchAll(/\S+/gu)) {
        if (symbols.has(token[0])) continue
        const start = mention.start + token.index!
        const end = start + token[0].length
        const name = article.text.slice(mention.start, end)
        for (const key of [`>${nextWords(article.text, end)}`, `<${previousWords(article.text, start)}`]) {
          for (const want of wanted.get(key) ?? []) {
            if (want.article === article.id) continue
            vote(into, want.symbol, name, voterOf(article))
          }
        }
      }
    }
  }
}

export function vote(into: Map<string, Map<string, Candidate>>, symbol: string, name: string, article: string): void {
  const bySymbol = into.get(symbol) ?? new Map<string, Candidate>()
  into.set(symbol, bySymbol)
  const key = companyKey(name)
  if (key === '') return
  const candidate = bySymbol.get(key) ?? {name: name.replace(corporateSuffix, ''), articles: new Set<string>()}
  candidate.articles.add(article)
  bySymbol.set(key, candidate)
}
