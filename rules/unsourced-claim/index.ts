// Warns on claims passed on without a source: hedges ("reportedly", "is said
// to") and figures or superlatives about the world ("more than 20 percent of
// the entire internet"), when neither the sentence nor its paragraph says
// where they come from and they are not inside an attributed quotation.
import {compilePatterns, lexiconRegExp, readLexicon, type PatternEntry} from '../../pipeline/lexicon.js'
import {insideAttributedQuote, namesSource} from '../../pipeline/extract/sourcing.js'
import type {ArticleRule} from '../../pipeline/rule.js'
import {report} from '../../pipeline/report.js'
import {meta, type UnsourcedClaimOptions} from './meta.js'

// Every hedge and every figure entry of the lexicons contains one of these: a cheap test first.
const hedgeWords = /reportedly|allegedly|purportedly|supposedly|rumou?red|\b(?:is|are|was|were) (?:said|reported|rumou?red|thought|believed|understood|alleged) to\b/i
const figureWords = /%|percent|per cent|\b(?:in|out of) (?:every )?(?:\d|ten|five|four|three|two|a hundred|a thousand)|\b(?:half|third|quarter|thirds|quarters|majority) of\b|\b(?:largest|biggest|most|fastest|deadliest|worst|best|highest|lowest|oldest)\b/i
const qualifier = /(?:more than|over|nearly|almost|about|around|roughly|at least|less than|fewer than|up to)\s+$/iu

function load(name: string) {
  const where = `rules/unsourced-claim/data/${name}`
  return compilePatterns(readLexicon<PatternEntry[]>(new URL(`./data/${name}`, import.meta.url)), where, false)
    .map(({entry}) => ({entry, regex: lexiconRegExp(entry.pattern, 'giu')}))
}

export const unsourcedClaim: ArticleRule<UnsourcedClaimOptions> = {
  meta,
  plugin: (options) => {
    const hedges = load('hedges.yml')
    const statistics = load('statistics.yml')
    return (_tree, file) => {
      const text = String(file.value)
      const blocks = file.data.article!.blocks.filter((block) => block.kind === 'body')
      const quotations = file.data.facts?.quotations ?? []
      const sentences = file.data.facts?.sentences ?? []
      const sourcedBlocks = new Map<number, boolean>()
      let blockIndex = 0
      for (const sentence of sentences) {
        // Sentences and blocks are both in text order: walk them together.
        while (blockIndex < blocks.length && blocks[blockIndex].end < sentence.end) blockIndex++
        const block = blocks[blockIndex]
        if (!block || sentence.start < block.start) continue
        if (!(options.hedges && hedgeWords.test(sentence.text)) && !(options.statistics && figureWords.test(sentence.text))) continue
        const found: Array<{start: number; end: number; kind: 'hedge' | 'statistic'; reason: string}> = []
        for (const [kind, patterns, on] of [['hedge', hedges, options.hedges], ['statistic', statistics, options.statistics]] as const) {
          if (!on) continue
          for (const {entry, regex} of patterns) {
            regex.lastIndex = 0
            for (const m of sentence.text.matchAll(regex)) {
              let start = sentence.start + m.index!
              const lead = qualifier.exec(text.slice(Math.max(sentence.start, start - 14), start))
              if (lead) start -= lead[0].length
              found.push({start, end: sentence.start + m.index! + m[0].length, kind, reason: entry.reason})
            }
          }
        }
        if (found.length === 0) continue
        // Sourced in the sentence or its paragraph: not our business.
        if (namesSource(text, sentence.start, sentence.end)) continue
        let paragraphSourced = sourcedBlocks.get(block.start)
        if (paragraphSourced === undefined) sourcedBlocks.set(block.start, paragraphSourced = namesSource(text, block.start, block.end))
        if (paragraphSourced) continue
        for (const claim of found) {
          if (insideAttributedQuote(claim.start, quotations)) continue
          const actual = text.slice(claim.start, claim.end)
          report(file, meta, claim.kind === 'hedge'
            ? {
                reason: `Unexpected hedge \`${actual}\` with no source, expected who reported it`,
                note: 'A hedge passes a claim on without saying who made it: name the report or the person, or leave the claim out.',
                start: claim.start,
                end: claim.end,
                confidence: 0.75,
                expected: []
              }
            : {
                reason: `Unexpected ${claim.reason === 'superlative about the world' ? 'superlative' : 'figure'} \`${actual}\` with no source, expected where it comes from`,
                note: 'A figure or a record about the world is only as good as its source: cite the study, survey or organisation it comes from.',
                start: claim.start,
                end: claim.end,
                confidence: claim.reason === 'superlative about the world' ? 0.55 : 0.7,
                expected: []
              })
        }
      }
    }
  }
}
