// Spinner artifacts around stock tickers. A text spinner that swaps a
// company's name for a synonym keeps the ticker ("Cloudy (NYSE:NET)"), and one
// that swaps the name for its ticker leaves "NET CEO Matthew Prince". The
// ticker's owner comes from the config's entities or is learned from the
// corpus (./owners.ts); a name written before the ticker that is not its owner
// is an error, a bare ticker standing for the company in prose a warning.
import type {CorpusRule} from '../../pipeline/rule.js'
import {voterOf, type EntityMention} from '../../pipeline/types.js'
import {createGazetteer} from '../../pipeline/names/gazetteer.js'
import {formKey} from '../../pipeline/names/similarity.js'
import {meta, type TickerSpinningOptions} from './meta.js'
import {companyKey, initials, tickerHolders, withoutSuffix} from '../../pipeline/names/tickers.js'
import {nextWords, slotVotes, vote, type BareTicker, type Candidate} from './owners.js'

const allCaps = /^[\p{Lu}\d]{2,}$/u

export const tickerSpinning: CorpusRule<TickerSpinningOptions> = {
  meta,
  run(corpus, options) {
    const entities = corpus.entities ?? []
    const gazetteer = createGazetteer(entities)
    const holders = tickerHolders(corpus.articles)
    const symbols = new Set([...holders.map((item) => item.symbol), ...entities.flatMap((entity) => (entity.tickers ?? []).map((ticker) => ticker.split(':')[1]))])
    if (symbols.size === 0) return
    const marketWords = new Set(options.marketWords.map((item) => item.toLowerCase()))

    const bare: BareTicker[] = []
    for (const article of corpus.articles) {
      for (const mention of article.entities ?? []) {
        if (mention.kind !== 'name' || mention.heading) continue
        const sentence = article.sentences[mention.sentence]?.text ?? ''
        const words = sentence.match(/\p{L}+/gu) ?? []
        if (words.filter((item) => allCaps.test(item)).length * 2 > words.length) continue
        for (const token of mention.text.matchAll(/\S+/gu)) {
          if (!symbols.has(token[0]) || !allCaps.test(token[0])) continue
          const start = mention.start + token.index!
          const end = start + token[0].length
          if (marketWords.has(nextWords(article.text, end).split(' ')[0])) continue
          // "Intel (INTC)": a ticker cited after the name, not standing for it.
          if (article.text[start - 1] === '(' && article.text[end] === ')') continue
          bare.push({article, symbol: token[0], start, end, inQuote: mention.inQuote})
        }
      }
    }

    const candidates = new Map<string, Map<string, Candidate>>()
    for (const item of holders) vote(candidates, item.symbol, item.holder.text, voterOf(item.article))
    // Slot votes support a name some article already wrote before the ticker; alone they are too loose.
    const holderKeys = new Set(holders.map((item) => `${item.symbol}\u0000${companyKey(item.holder.text)}`))
    slotVotes(corpus, bare, symbols, candidates)
    const owners = new Map<string, {name: string; fromGazetteer: boolean}>()
    const names = nameIndex(corpus)
    const used = (name: string): number => names.get(companyKey(name))?.size ?? 0
    // Up to three other articles that use the owner's name: the mention that holds it.
    const evidenceFor = (name: string, except: string) => [...(names.get(companyKey(name)) ?? [])]
      .filter(([id]) => id !== except).slice(0, 3)
      .map(([id, mention]) => corpus.evidence(id, mention.start, mention.end))
    for (const symbol of symbols) {
      const configured = gazetteer.tickerOwner(symbol)
      if (configured) {
        owners.set(symbol, {name: configured, fromGazetteer: true})
        continue
      }
      const held = [...(candidates.get(symbol)?.values() ?? [])].filter((candidate) => holderKeys.has(`${symbol}\u0000${companyKey(candidate.name)}`))
      if (held.length === 0) continue
      // Tied by votes: the name most articles of the corpus use.
      const byVotes = [...held].sort((a, b) => b.articles.size - a.articles.size || used(b.name) - used(a.name))
      const byUse = [...held].sort((a, b) => used(b.name) - used(a.name))
      const clearVote = byVotes[0].articles.size >= options.minVotes && (byVotes[1]?.articles.size ?? 0) < byVotes[0].articles.size
      const clearUse = used(byUse[0].name) >= 2 && used(byUse[0].name) >= 2 * (byUse[1] ? used(byUse[1].name) : 0)
      if (clearVote) owners.set(symbol, {name: byVotes[0].name, fromGazetteer: false})
      else if (clearUse) owners.set(symbol, {name: byUse[0].name, fromGazetteer: false})
    }

    for (const item of holders) {
      const owner = owners.get(item.symbol)
      if (!owner) continue
      const name = item.holder.text
      if (sameCompany(name, owner.name) || gazetteer.canonicalOf(name) === owner.name) continue
      // The spun name is rare in the corpus; the owner's name is not.
      if (!owner.fromGazetteer && used(name) * 2 > used(owner.name)) continue
      corpus.report(meta.id, item.article.id, {
        reason: `Unexpected \`${name}\` before \`${item.ticker}\`, expected \`${owner.name}\``,
        note: `The ticker ${item.ticker} belongs to ${owner.name}${owner.fromGazetteer ? ' (config entities)' : ' in the other articles of the corpus'}; a different name before it is the trace of a text spinner that replaced the company's name and kept its ticker.`,
        start: item.holder.start,
        end: item.holder.end,
        actual: name,
        expected: [owner.name],
        confidence: owner.fromGazetteer ? 0.9 : 0.8,
        evidence: evidenceFor(owner.name, item.article.id),
        key: `spun-name:${item.ticker}`
      })
    }

    const bareArticles = new Map<string, Set<string>>()
    for (const use of bare) bareArticles.set(use.symbol, (bareArticles.get(use.symbol) ?? new Set()).add(use.article.id))
    for (const use of bare) {
      const owner = owners.get(use.symbol)
      if (!owner || formKey(owner.name) === formKey(use.symbol) || gazetteer.canonicalOf(use.symbol) === owner.name) continue
      // AMD for Advanced Micro Devices, IBM for International Business Machines: an abbreviation, not a spin.
      if (initials(owner.name) === use.symbol.toLowerCase()) continue
      // A ticker that many articles use as the name is the name's usual short form, not a spinner's trace.
      if (!owner.fromGazetteer && used(owner.name) < 2 * bareArticles.get(use.symbol)!.size) continue
      corpus.report(meta.id, use.article.id, {
        reason: `Unexpected ticker \`${use.symbol}\` used as a name, expected \`${owner.name}\``,
        note: `${use.symbol} is the stock ticker of ${owner.name}; a ticker standing for the company in running prose is the trace of a text spinner, not something an editor writes.`,
        start: use.start,
        end: use.end,
        actual: use.symbol,
        expected: [owner.name],
        confidence: use.inQuote ? 0.6 : 0.75,
        evidence: evidenceFor(owner.name, use.article.id),
        severity: 'warning',
        key: `ticker-as-name:${use.symbol}`
      })
    }
  }
}

/** "Cloudflare, Inc." and "Cloudflare"; "Hewlett-Packard Corp." and "HP". */
function sameCompany(a: string, b: string): boolean {
  const [keyA, keyB] = [companyKey(a), companyKey(b)]
  return keyA === keyB || initials(withoutSuffix(a)) === keyB || initials(withoutSuffix(b)) === keyA
}

/** Mentions by the names they hold (whole, each word, each leading run of words), built once. */
function nameIndex(corpus: Parameters<CorpusRule['run']>[0]): Map<string, Map<string, EntityMention>> {
  const index = new Map<string, Map<string, EntityMention>>()
  for (const article of corpus.articles) {
    for (const mention of article.entities ?? []) {
      if (mention.kind !== 'name' || mention.heading) continue
      const words = mention.text.split(/\s+/)
      const keys = new Set([companyKey(mention.text), ...words.map((word) => formKey(word))])
      for (let i = 2; i <= Math.min(4, words.length); i++) keys.add(companyKey(words.slice(0, i).join(' ')))
      for (const key of keys) {
        if (!key) continue
        const byArticle = index.get(key) ?? new Map<string, EntityMention>()
        if (!byArticle.has(article.id)) byArticle.set(article.id, mention)
        index.set(key, byArticle)
      }
    }
  }
  return index
}
