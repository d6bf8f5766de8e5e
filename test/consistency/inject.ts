// Recall by injection: in a real cluster (ECB+ topic, NewsWCL50 event), find
// a value one article states where another article of the cluster states the
// same value in a similar sentence (a witness: same typed value, three or more
// shared content words — a criterion independent of the rules' aligner),
// change it in the one article, and check that the consistency rules flag the
// changed span. Also: how many findings the untouched clusters get.
import {buildArticle} from '../../pipeline/load/index.js'
import type {AgeClaim, Claim, DateClaim, NumberClaim, RoleClaim} from '../../pipeline/extract/claims/types.js'
import {findQuotationSpans} from '../../pipeline/extract/quotation-spans.js'
import type {ArticleFacts, ArticleResult} from '../../pipeline/types.js'
import {testConfig, articleAuditor} from '../helpers/audit-text.js'
import {auditClusters, batches, type Cluster, type Mode} from '../measure/corpora.js'
import {countWords} from '../helpers/evaldata.js'

export const consistencyRules = ['conflicting-facts', 'quote-drift', 'self-contradiction']
export type InjectionKind = 'number' | 'year' | 'weekday' | 'date' | 'role' | 'age' | 'quote' | 'place'

export type {Cluster} from '../measure/corpora.js'

export interface Site {
  cluster: string
  article: string
  kind: InjectionKind
  start: number
  end: number
  replacement: string
  /** Another article's sentence that states the same value (for tuning aids). */
  witness?: {article: string; sentence: string}
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const cLevel: Record<string, string> = {ceo: 'CFO', cfo: 'CEO', coo: 'CEO', cto: 'CFO', 'chief executive': 'chief financial officer', 'chief financial officer': 'chief executive'}

function facts(cluster: Cluster): ArticleFacts[] {
  const audit = articleAuditor(testConfig(consistencyRules))
  return Object.entries(cluster.articles)
    .map(([id, text]) => audit(buildArticle(id, `${id}.txt`, text)))
    .filter((result): result is ArticleResult => !('error' in result && result.error))
    .map((result) => result.facts)
}

function label(claim: Claim): string | null {
  if (claim.kind === 'number') return `n:${claim.value}:${claim.unit}`
  if (claim.kind === 'place') return `p:${claim.placeKey}`
  if (claim.kind === 'role') return `r:${claim.personKey}:${claim.roleWords.join(' ')}`
  // "Andrew Lopez, 20," and "age 61"; an "N-year-old" is already a number site.
  if (claim.kind === 'age') return /year-old/i.test(claim.text) ? null : `a:${claim.personKey}:${claim.value}`
  if (claim.kind !== 'date' || claim.daysAgo !== undefined) return null
  if (claim.day !== undefined) return `d:${claim.year ?? ''}-${claim.month}-${claim.day}`
  if (claim.weekday !== undefined) return `w:${claim.weekday}`
  if (claim.year !== undefined && claim.month === undefined) return `y:${claim.year}`
  return null
}

/** Sites where another article of the cluster witnesses the same value. */
export function injectionSites(cluster: Cluster, perKind = 3): Site[] {
  const list = facts(cluster)
  const byLabel = new Map<string, Array<{article: ArticleFacts; claim: Claim}>>()
  for (const article of list) {
    for (const claim of (article.claims ?? []) as Claim[]) {
      const key = label(claim)
      if (!key || claim.caption || claim.furniture || claim.inQuote) continue
      const entries = byLabel.get(key) ?? []
      entries.push({article, claim})
      byLabel.set(key, entries)
    }
  }
  const sites: Site[] = []
  const taken = new Map<InjectionKind, number>()
  const take = (site: Omit<Site, 'cluster'>) => {
    if ((taken.get(site.kind) ?? 0) >= perKind) return
    if (sites.some((other) => other.article === site.article && other.kind === site.kind)) return
    taken.set(site.kind, (taken.get(site.kind) ?? 0) + 1)
    sites.push({cluster: cluster.name, ...site})
  }
  for (const entries of byLabel.values()) {
    for (const {article, claim} of entries) {
      const witness = entries.find((other) => other.article !== article &&
        other.claim.context.filter((stem) => claim.context.includes(stem)).length >= 3)
      if (!witness) continue
      const change = claim.kind === 'place' ? movePlace(claim, cluster) : mutate(claim)
      const sentence = witness.article.sentences[witness.claim.sentence]?.text ?? ''
      if (change) take({article: article.id, ...change, witness: {article: witness.article.id, sentence}})
    }
  }
  // Quotations: the same eight words or more inside quotation marks in two articles.
  for (const article of list) {
    for (const quote of findQuotationSpans(article.text)) {
      const words = quote.text.match(/[\p{L}']+/gu) ?? []
      if (words.length < 10) continue
      const probe = words.slice(2, 10).join(' ').toLowerCase()
      const witnessed = list.some((other) => other !== article &&
        findQuotationSpans(other.text).some((q) => (q.text.match(/[\p{L}']+/gu) ?? []).join(' ').toLowerCase().includes(probe)))
      if (!witnessed) continue
      // A content word inside the witnessed stretch, swapped for a different one.
      const target = [...quote.text.matchAll(/\b[a-z]{5,}\b/g)].find((match) => words.slice(2, 10).includes(match[0]))
      if (!target) continue
      take({article: article.id, kind: 'quote', start: quote.start + target.index!, end: quote.start + target.index! + target[0].length,
        replacement: target[0].split('').reverse().join('') === target[0] ? 'different' : swapWord(target[0])})
    }
  }
  return sites
}

/** The event moved to a city no article of the cluster mentions. */
function movePlace(claim: Claim, cluster: Cluster): Omit<Site, 'cluster' | 'article'> | null {
  const all = Object.values(cluster.articles).join(' ')
  const city = ['Toronto', 'Madrid', 'Osaka', 'Lyon', 'Perth'].find((name) => !all.includes(name))
  return city ? {kind: 'place', start: claim.start, end: claim.end, replacement: city} : null
}

/** A plausible wrong word: a fixed, different common word of similar shape. */
function swapWord(word: string): string {
  const pool = ['urgency', 'decision', 'support', 'problem', 'message', 'country', 'history', 'patient', 'serious', 'private']
  return pool.find((candidate) => candidate !== word && candidate[0] !== word[0]) ?? 'different'
}

function mutate(claim: Claim): Omit<Site, 'cluster' | 'article'> | null {
  if (claim.kind === 'number') {
    const n = claim as NumberClaim
    const digits = /\d[\d,]*(?:\.\d+)?/.exec(claim.text)
    const next = n.value < 10 ? n.value + 3 : Math.round(n.value * 1.5)
    if (digits) return {kind: 'number', start: claim.start + digits.index, end: claim.start + digits.index + digits[0].length, replacement: String(next)}
    const word = new RegExp(`\\b(${numberWords.join('|')})\\b`, 'i').exec(claim.text)
    if (word && n.value < 10) return {kind: 'number', start: claim.start + word.index, end: claim.start + word.index + word[0].length, replacement: numberWords[next] ?? String(next)}
    return null
  }
  if (claim.kind === 'age') {
    const age = claim as AgeClaim
    const digits = /\d+/.exec(claim.text)
    if (!digits) return null
    return {kind: 'age', start: claim.start + digits.index, end: claim.start + digits.index + digits[0].length, replacement: String(age.value < 10 ? age.value + 3 : Math.round(age.value * 1.5))}
  }
  if (claim.kind === 'role') {
    const role = claim as RoleClaim
    const title = /\b(CEO|CFO|COO|CTO|chief executive|chief financial officer)\b/i.exec(claim.text)
    if (!title || !role.roleWords.length) return null
    return {kind: 'role', start: claim.start + title.index, end: claim.start + title.index + title[0].length, replacement: cLevel[title[0].toLowerCase()]}
  }
  const date = claim as DateClaim
  if (date.day !== undefined) {
    const day = new RegExp(`\\b${date.day}(?:st|nd|rd|th)?\\b`).exec(claim.text)
    if (!day) return null
    const weekday = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.exec(claim.text)
    const shifted = date.day <= 26 ? date.day + 2 : date.day - 2
    // A weekday beside the date moves with it, or the article contradicts itself instead.
    if (weekday) return null
    return {kind: 'date', start: claim.start + day.index, end: claim.start + day.index + String(date.day).length, replacement: String(shifted)}
  }
  if (date.weekday !== undefined) {
    const name = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.exec(claim.text)
    if (!name) return null
    return {kind: 'weekday', start: claim.start + name.index, end: claim.start + name.index + name[0].length, replacement: weekdays[(date.weekday + 5) % 7]}
  }
  if (date.year !== undefined) {
    const year = /\d{4}/.exec(claim.text)!
    return {kind: 'year', start: claim.start + year.index, end: claim.start + year.index + 4, replacement: String(date.year - 1)}
  }
  return null
}

export interface RecallFigures {
  byKind: Record<string, {injected: number; found: number; foundAsWarning: number}>
  injected: number
  /** Flagged at any severity (info included: two versions with no majority). */
  found: number
  /** Flagged as a warning or error. */
  foundAsWarning: number
  recall: number
  recallAsWarning: number
}

export async function measureRecall(clusters: Cluster[], perKind = 3, mode: Mode = 'story by story'): Promise<RecallFigures> {
  const byKind: RecallFigures['byKind'] = {}
  const config = testConfig(consistencyRules)
  const byName = new Map(clusters.map((cluster) => [cluster.name, cluster]))
  const sites = clusters.flatMap((cluster) => injectionSites(cluster, perKind))
  for (const batch of batches(sites, mode)) {
    const changed = new Map(batch.map((site) => {
      const original = byName.get(site.cluster)!.articles[site.article]
      return [site.cluster, {[site.article]: original.slice(0, site.start) + site.replacement + original.slice(site.end)}]
    }))
    const reports = await auditClusters(clusters, config, mode, changed, new Set(batch.map((site) => site.cluster)))
    for (const site of batch) {
      const end = site.start + site.replacement.length
      const hits = reports.get(site.cluster)!.get(site.article)!.findings.filter((finding) =>
        consistencyRules.includes(finding.ruleId) && finding.start.offset < end && finding.end.offset > site.start)
      const entry = byKind[site.kind] ?? {injected: 0, found: 0, foundAsWarning: 0}
      entry.injected++
      if (hits.length) entry.found++
      if (hits.some((finding) => finding.severity !== 'info')) entry.foundAsWarning++
      byKind[site.kind] = entry
    }
  }
  const injected = Object.values(byKind).reduce((sum, entry) => sum + entry.injected, 0)
  const found = Object.values(byKind).reduce((sum, entry) => sum + entry.found, 0)
  const foundAsWarning = Object.values(byKind).reduce((sum, entry) => sum + entry.foundAsWarning, 0)
  return {byKind, injected, found, foundAsWarning, recall: injected ? found / injected : 0, recallAsWarning: injected ? foundAsWarning / injected : 0}
}

export interface QuietFigures {
  articles: number
  words: number
  /** Warnings and errors of the consistency rules. */
  findings: number
  /** Info findings (two versions, no majority): not counted as false alarms, reported for honesty. */
  infos: number
  perArticle: number
  per1000Words: number
}

export async function measureQuiet(clusters: Cluster[], mode: Mode = 'story by story'): Promise<QuietFigures> {
  let articles = 0
  let words = 0
  let findings = 0
  let infos = 0
  const reports = await auditClusters(clusters, testConfig(consistencyRules), mode)
  for (const cluster of clusters) {
    for (const [id, article] of reports.get(cluster.name) ?? []) {
      articles++
      words += countWords(cluster.articles[id] ?? '')
      findings += article.findings.filter((finding) => consistencyRules.includes(finding.ruleId) && finding.severity !== 'info').length
      infos += article.findings.filter((finding) => consistencyRules.includes(finding.ruleId) && finding.severity === 'info').length
    }
  }
  return {articles, words, findings, infos, perArticle: findings / articles, per1000Words: (1000 * findings) / words}
}
