// A stock ticker inside quotation marks ("NET provides security services"):
// no speaker names their company by its symbol; a spinner that swapped the
// company's name for its ticker put it there. The ticker's owner is the
// config's entity, else the name the story's articles write before the ticker,
// when most of them use that name.
import {createGazetteer} from '../../pipeline/names/gazetteer.js'
import {formKey} from '../../pipeline/names/similarity.js'
import {companyKey, initials, tickerHolders, withoutSuffix} from '../../pipeline/names/tickers.js'
import {voterOf, type ArticleFacts, type Entity} from '../../pipeline/types.js'

export interface Owner {
  name: string
  /** Where other articles write the name: up to three mentions, one per source. */
  mentions: Array<{article: ArticleFacts; start: number; end: number}>
}

export interface TickerInQuotation {
  symbol: string
  owner: string
  start: number
  end: number
}

/** Owners by symbol: configured, or clearly the story's usage. */
export function tickerOwners(articles: ArticleFacts[], entities: Entity[]): Map<string, Owner> {
  const gazetteer = createGazetteer(entities)
  const holders = tickerHolders(articles)
  const owners = new Map<string, Owner>()
  const symbols = new Set([...holders.map((item) => item.symbol), ...entities.flatMap((entity) => (entity.tickers ?? []).map((ticker) => ticker.split(':').at(-1)!))])
  if (symbols.size === 0) return owners
  // Mentions of each company name, one per source.
  const users = new Map<string, Map<string, Owner['mentions'][number]>>()
  for (const article of articles) {
    for (const mention of article.entities ?? []) {
      if (mention.kind !== 'name' || mention.heading) continue
      const key = companyKey(mention.text)
      const bySource = users.get(key) ?? new Map<string, Owner['mentions'][number]>()
      if (key && !bySource.has(voterOf(article))) bySource.set(voterOf(article), {article, start: mention.start, end: mention.end})
      users.set(key, bySource)
    }
  }
  const used = (name: string) => users.get(companyKey(name))?.size ?? 0
  const own = (name: string): Owner => ({name, mentions: [...(users.get(companyKey(name))?.values() ?? [])]})
  for (const symbol of symbols) {
    const configured = gazetteer.tickerOwner(symbol)
    if (configured) {
      owners.set(symbol, own(configured))
      continue
    }
    const names = [...new Map(holders.filter((item) => item.symbol === symbol).map((item) => [companyKey(item.holder.text), withoutSuffix(item.holder.text)])).values()]
      .sort((a, b) => used(b) - used(a))
    const [first, second] = names
    if (!first || used(first) < 2 || used(first) < 2 * (second ? used(second) : 0)) continue
    // "IBM" for International Business Machines, "Intel" for INTC: a short form, not a symbol standing in.
    if (companyKey(first) === formKey(symbol) || initials(first) === symbol.toLowerCase()) continue
    owners.set(symbol, own(first))
  }
  return owners
}

/** Tickers written inside a quotation as a word of its own (not "NYSE:NET"). */
export function tickersIn(text: string, offset: number, owners: Map<string, Owner>): TickerInQuotation[] {
  const found: TickerInQuotation[] = []
  for (const match of text.matchAll(/(?<![\p{L}\p{N}:.$])[\p{Lu}][\p{Lu}\p{N}]{1,5}(?![\p{L}\p{N}:])/gu)) {
    const owner = owners.get(match[0])
    if (owner) found.push({symbol: match[0], owner: owner.name, start: offset + match.index!, end: offset + match.index! + match[0].length})
  }
  return found
}
