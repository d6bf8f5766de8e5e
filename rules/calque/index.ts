// Calques and false friends of translated news (data/calques.yml): words a
// translation engine or a hurried translator carried over from French,
// Spanish, German, Italian (or Chinese) that mean something else in English
// or nothing at all — "fell victim to a squash" for swatting, "Cloudflare
// host" for l'hébergeur Cloudflare, "The world" signing an article of Le
// Monde. Each entry fires only with the context words it names nearby. A
// corpus rule so that the other articles of the story can bear witness: where
// they use the expected term, the finding says so and shows where.
import type {CorpusContext, CorpusRule} from '../../pipeline/rule.js'
import {voterOf, type ArticleFacts, type Evidence} from '../../pipeline/types.js'
import {findCalques, loadCalques, type Calque, type CalqueMatch} from './lexicon.js'
import {meta} from './meta.js'

/** Line entries look at the article's last lines: a signature, a credit. */
const lastLines = 6

let calques: Calque[] | undefined

export const calque: CorpusRule<{}> = {
  meta,
  run(corpus) {
    calques ??= loadCalques(new URL('./data/calques.yml', import.meta.url), 'rules/calque/data/calques.yml')
    const inSentences = calques.filter((item) => !item.entry.line)
    const onLines = calques.filter((item) => item.entry.line)
    for (const article of corpus.articles) {
      const ranges = [...article.headings, ...article.sentences].map((sentence): [number, number] => [sentence.start, sentence.end])
      const found = [...findCalques(inSentences, article.text, ranges), ...findCalques(onLines, article.text, shortLines(article.text))]
      for (const match of found) reportCalque(corpus, article, match)
    }
  }
}

function reportCalque(corpus: CorpusContext, article: ArticleFacts, match: CalqueMatch): void {
  const {entry} = match.calque
  const {evidence, voters: others} = witnesses(corpus, article, match.calque)
  const expected = match.expected.map((item) => `\`${item}\``).join(' or ')
  corpus.report(meta.id, article.id, {
    reason: `Unexpected \`${match.text}\`, expected ${expected}${others ? ` (${others} other ${others === 1 ? 'article' : 'articles'})` : ''}`,
    note: `A calque of ${entry.language} ${entry.source}: ${entry.reason}.${others ? ` Other articles of the story write ${[...new Set(evidence.map((item) => `“${item.text}”`))].join(', ')}.` : ''}`,
    start: match.start,
    end: match.end,
    actual: match.text,
    expected: match.expected,
    confidence: entry.severity === 'info' ? 0.5 : others ? 0.9 : 0.8,
    evidence,
    severity: entry.severity,
    key: `${entry.pattern}\u0000${match.text.toLowerCase()}`
  })
}

/** Passages of other articles of the story that use the expected words, one per copy family, and how many families do. */
function witnesses(corpus: CorpusContext, article: ArticleFacts, calque: Calque): {evidence: Evidence[]; voters: number} {
  const evidence: Evidence[] = []
  const voters = new Set<string>([voterOf(article)])
  for (const other of corpus.articles) {
    if (voters.has(voterOf(other))) continue
    calque.evidence.lastIndex = 0
    const hit = calque.evidence.exec(other.text)
    if (!hit) continue
    voters.add(voterOf(other))
    if (evidence.length < 3) evidence.push(corpus.evidence(other.id, hit.index, hit.index + hit[0].length))
  }
  return {evidence, voters: voters.size - 1}
}

/** The last few non-empty lines of the text, trimmed, when they are short. */
function shortLines(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = []
  let end = text.length
  while (lines.length < lastLines && end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    const line = text.slice(start, end)
    const trimmed = line.trim()
    if (trimmed && trimmed.split(/\s+/u).length <= 5) {
      const offset = start + line.indexOf(trimmed)
      lines.push([offset, offset + trimmed.length])
    } else if (trimmed) lines.push([-1, -1])
    end = start - 1
  }
  return lines.filter(([start]) => start >= 0)
}
