// PolNeAR (gold Source/Cue/Content spans) as a measurement of speaker
// attribution: for every extracted quotation inside a gold attribution that
// has a Source span, does the extracted speaker overlap the gold source, and
// does the unattributed-quotation warning stay quiet? Also: the recall of that
// warning when the source and cue are cut out of the text.
// Run: npx tsc -p . && node .dist/test/attribution/polnear.js [dev|test] [--half even|odd] [--misses]
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {buildArticle} from '../../pipeline/load/index.js'
import type {ArticleResult} from '../../pipeline/types.js'
import {testConfig, articleAuditor} from '../helpers/audit-text.js'
import {evaldataRoot} from '../helpers/evaldata.js'

interface Span {
  start: number
  end: number
  text: string
}
interface GoldAttribution {
  source?: Span[]
  cue?: Span[]
  content?: Span[]
  has_direct_quote: boolean
}
export interface PolnearArticle {
  article: string
  text: string
  attributions: GoldAttribution[]
}

/**
 * Dev split by article index into two halves, so a change tuned on one half
 * can be checked on the other (`even` = articles 0, 2, 4 …).
 */
export function half(articles: PolnearArticle[], which: 'even' | 'odd'): PolnearArticle[] {
  return articles.filter((_, index) => index % 2 === (which === 'even' ? 0 : 1))
}

export function polnearArticles(split: 'dev' | 'test' | 'annotator-training'): PolnearArticle[] {
  const path = join(evaldataRoot, 'polnear', `polnear_${split}.jsonl`)
  if (!existsSync(path)) return []
  const seen = new Set<string>()
  const articles: PolnearArticle[] = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const row = JSON.parse(line) as PolnearArticle
    if (seen.has(row.article)) continue // several annotators: keep the first
    seen.add(row.article)
    articles.push(row)
  }
  return articles
}

const overlaps = (a: {start: number; end: number}, b: {start: number; end: number}) => a.start < b.end && b.start < a.end
const ruleId = 'unattributed-quotation'
const span = (attribution: GoldAttribution) => (attribution.content ?? []).reduce((sum, content) => sum + content.end - content.start, 0)

export interface SpeakerFigures {
  quotations: number
  speakerOverlap: number
  warned: number
  misses: Array<{article: string; quote: string; gold: string; found: string | null; warned: boolean}>
}

/** Extracted quotations that fall inside a gold attribution with a Source span. */
export function measureSpeakers(articles: PolnearArticle[]): SpeakerFigures {
  const audit = articleAuditor(testConfig([ruleId]))
  const figures: SpeakerFigures = {quotations: 0, speakerOverlap: 0, warned: 0, misses: []}
  for (const article of articles) {
    const result = audit(buildArticle(article.article, `${article.article}.txt`, article.text)) as ArticleResult
    if (result.error !== undefined) continue
    const warnings = result.drafts.filter((finding) => finding.ruleId === ruleId)
    for (const quotation of result.facts.quotations ?? []) {
      if ((quotation.depth ?? 0) > 0 || quotation.end - quotation.start < 3) continue
      // The innermost gold attribution whose content holds the quotation (a quote may sit inside a report of a report).
      const gold = article.attributions
        .filter((attribution) => attribution.has_direct_quote && attribution.content?.some((content) => overlaps(content, quotation)))
        .sort((a, b) => span(a) - span(b))[0]
      if (!gold?.source?.length) continue
      figures.quotations++
      const hit = quotation.speakerStart !== undefined && gold.source!.some((source) =>
        overlaps(source, {start: quotation.speakerStart!, end: quotation.speakerEnd!}))
      const warned = warnings.some((warning) => warning.start.offset < quotation.end && quotation.start <= warning.end.offset)
      if (warned) figures.warned++
      if (hit) figures.speakerOverlap++
      else figures.misses.push({article: article.article, quote: quotation.text.slice(0, 60), gold: gold.source!.map((s) => s.text).join(' … '), found: quotation.speakerPhrase ?? null, warned})
    }
  }
  return figures
}

export interface RecallFigures {
  positives: number
  detected: number
  missed: Array<{article: string; edited: string}>
}

/**
 * Cut the Source and Cue (and the words that join them to the quote) out of
 * an attribution whose content is a whole quoted sentence, then check the
 * warning fires on that quotation. One edit per article copy.
 */
export function measureRecall(articles: PolnearArticle[]): RecallFigures {
  const audit = articleAuditor(testConfig([ruleId]))
  const figures: RecallFigures = {positives: 0, detected: 0, missed: []}
  for (const article of articles) {
    for (const gold of article.attributions) {
      const edited = removeSource(article.text, gold)
      if (!edited) continue
      figures.positives++
      const result = audit(buildArticle(article.article, `${article.article}.txt`, edited.text)) as ArticleResult
      if (result.error !== undefined) continue
      if (result.drafts.some((finding) => finding.ruleId === ruleId && finding.start.offset <= edited.quote && edited.quote <= finding.end.offset)) figures.detected++
      else figures.missed.push({article: article.article, edited: edited.text.slice(Math.max(0, edited.quote - 200), edited.quote + 150)})
    }
  }
  return figures
}

const quoteOpen = /^["“]/u

/** `“…,” Prince said.` → `“….”`, `Prince said: “…”` → `“…”`; null when the attribution is not that simple. */
export function removeSource(text: string, gold: GoldAttribution): {text: string; quote: number} | null {
  if (!gold.has_direct_quote || gold.source?.length !== 1 || gold.cue?.length !== 1 || gold.content?.length !== 1) return null
  const source = gold.source[0]
  const cue = gold.cue[0]
  const content = gold.content[0]
  const contentText = text.slice(content.start, content.end)
  if (!quoteOpen.test(contentText) || !/["”]$/u.test(contentText)) return null
  const frameStart = Math.min(source.start, cue.start)
  const frameEnd = Math.max(source.end, cue.end)
  if (frameStart > content.end) {
    // Quote first: drop `, Prince said` up to the sentence end, turn the quote's final comma into a period.
    const gap = text.slice(content.end, frameStart)
    const rest = /^[^.!?\n]{0,40}[.!?]/u.exec(text.slice(frameEnd))
    if (!/^\s*$/u.test(gap) || !rest) return null
    const body = contentText.replace(/,(["”])$/u, '.$1')
    return {text: text.slice(0, content.start) + body + text.slice(frameEnd + rest[0].length), quote: content.start}
  }
  if (frameEnd < content.start) {
    // Source first: drop from the sentence start to the quote.
    const lead = text.slice(0, frameStart)
    const sentenceStart = Math.max(lead.lastIndexOf('\n') + 1, /[.!?]["”]?\s+[^.!?]*$/u.exec(lead) ? lead.search(/[.!?]["”]?\s+[^.!?]*$/u) + 2 : 0)
    if (!/^[\s,:]*(that\s*)?$/u.test(text.slice(frameEnd, content.start))) return null
    const start = text.slice(sentenceStart, frameStart).trim() === '' ? frameStart : sentenceStart
    if (text.slice(start, frameStart).trim() !== '') return null
    const cut = text.slice(0, start) + text.slice(content.start)
    return {text: cut, quote: start}
  }
  return null
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`
}

if (process.argv[1]?.endsWith('polnear.js')) {
  const split = (process.argv[2] ?? 'dev') as 'dev' | 'test' | 'annotator-training'
  // --half even|odd: one half of the split (tune on one, check on the other).
  const which = process.argv[process.argv.indexOf('--half') + 1] as 'even' | 'odd'
  const all = polnearArticles(split)
  const articles = process.argv.includes('--half') ? half(all, which) : all
  if (articles.length === 0) {
    console.log('PolNeAR not found under ../shared/evaldata: nothing measured')
  } else {
    const speakers = measureSpeakers(articles)
    const recall = measureRecall(articles)
    console.log(`PolNeAR ${split}${process.argv.includes('--half') ? ` (${which} half)` : ''}: ${articles.length} articles`)
    console.log(`direct quotations with a gold Source: ${speakers.quotations}`)
    console.log(`speaker overlaps gold source: ${speakers.speakerOverlap} (${percent(speakers.speakerOverlap, speakers.quotations)})`)
    console.log(`"quotation without a speaker" fired: ${speakers.warned} (${percent(speakers.warned, speakers.quotations)})`)
    console.log(`recall with source and cue removed: ${recall.detected}/${recall.positives} (${percent(recall.detected, recall.positives)})`)
    if (process.argv.includes('--misses')) {
      for (const miss of speakers.misses) console.log(JSON.stringify(miss))
      for (const miss of recall.missed) console.log(JSON.stringify(miss))
    }
  }
}
