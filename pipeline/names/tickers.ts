// Stock tickers written after a company's name ("Cloudflare (NYSE:NET)"):
// who holds each ticker in a set of articles. Shared by the rules that read
// tickers: a spinner's name before the ticker, a ticker standing for the
// company in prose or inside a quotation.
import type {ArticleFacts, EntityMention} from '../types.js'
import {formKey} from './similarity.js'

export interface TickerHolder {
  article: ArticleFacts
  /** The name the ticker is written after (or the headline subject). */
  holder: EntityMention
  ticker: string
  symbol: string
}

export const corporateSuffix = /(?:(?:^|[\s,]+)(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|group|holdings?|sa|ag|nv|se|spa|ab|asa|oyj)\.?)+$/iu

/** "Cloudflare, Inc." → "Cloudflare". */
export function withoutSuffix(name: string): string {
  return name.replace(corporateSuffix, '')
}

/** "Advanced Micro Devices" → "amd": a company's initials, lower case. */
export function initials(name: string): string {
  return name.split(/[\s\-]+/).map((word) => word[0] ?? '').join('').toLowerCase()
}

/** The key a company name is compared under: "Cloudflare, Inc." and "Cloudflare" meet. */
export function companyKey(name: string): string {
  return formKey(withoutSuffix(name))
}

export function tickerHolders(articles: ArticleFacts[]): TickerHolder[] {
  const holders: TickerHolder[] = []
  for (const article of articles) {
    const entities = article.entities ?? []
    for (const mention of entities) {
      if (mention.kind !== 'name' || !mention.ticker) continue
      // Finance headlines end with the subject's ticker: "Cloudflare blocks Kiwi Farms (NYSE:NET)".
      const sentence = article.sentences[mention.sentence]
      const endsHeadline = mention.heading && sentence && /^[\s.!?]*$/.test(article.text.slice(mention.tickerEnd, sentence.end))
      let holder = endsHeadline
        ? entities.find((other) => other.kind === 'name' && other.sentence === mention.sentence) ?? mention
        : mention
      // "Cloudflare, Inc. (NYSE:NET)": the ticker follows the suffix, the name comes before it.
      if (companyKey(holder.text) === '') {
        const before = entities.filter((other) => other.kind === 'name' && other.sentence === mention.sentence && other.end <= holder.start)
        if (before.length === 0) continue
        holder = before[before.length - 1]
      }
      holders.push({article, holder, ticker: mention.ticker, symbol: mention.ticker.split(':')[1]})
    }
  }
  return holders
}
