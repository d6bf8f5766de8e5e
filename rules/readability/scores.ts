// Readability arithmetic, shared by the sentence check and the document
// figures. The same formulas and word lists as retext-readability, but with
// Set look-ups and a syllable cache: retext-readability scans the Dale–Chall
// and Spache lists linearly and recounts syllables, ~16× a parse.
import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChall} from 'dale-chall'
import {daleChallFormula, daleChallGradeLevel} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {gunningFog} from 'gunning-fog'
import {smogFormula} from 'smog-formula'
import {spache} from 'spache'
import {spacheFormula} from 'spache-formula'
import {syllable} from 'syllable'
import type {ReadabilityFigures} from '../../pipeline/types.js'

const easyWords = new Set(daleChall)
const familiarWords = new Set(spache)
interface WordInfo {
  caseless: string
  syllables: number
  /** Lower-case first letter: counts as complex for Gunning fog (not a proper noun). */
  common: boolean
  easy: boolean
  familiar: boolean
}

// News repeats its words: one look-up per distinct word form.
const wordCache = new Map<string, WordInfo>()

function wordInfo(value: string): WordInfo {
  let info = wordCache.get(value)
  if (info === undefined) {
    const caseless = value.toLowerCase()
    info = {
      caseless,
      syllables: syllable(value),
      common: value.charCodeAt(0) === caseless.charCodeAt(0),
      easy: easyWords.has(caseless),
      familiar: familiarWords.has(caseless)
    }
    if (wordCache.size < 200_000) wordCache.set(value, info)
  }
  return info
}

export function syllables(word: string): number {
  return wordInfo(word).syllables
}

export interface Counts {
  [key: string]: number
  sentence: number
  word: number
  syllable: number
  letter: number
  character: number
  polysillabicWord: number
  complexPolysillabicWord: number
  difficultWord: number
  unfamiliarWord: number
}

export function emptyCounts(): Counts {
  return {sentence: 0, word: 0, syllable: 0, letter: 0, character: 0, polysillabicWord: 0, complexPolysillabicWord: 0, difficultWord: 0, unfamiliarWord: 0}
}

/** Counts for one sentence's words, as retext-readability takes them. */
export function sentenceCounts(words: string[]): Counts {
  const counts = emptyCounts()
  const easy = new Set<string>()
  const familiar = new Set<string>()
  for (const value of words) {
    const info = wordInfo(value)
    counts.word++
    counts.syllable += info.syllables
    counts.letter += value.length
    if (info.syllables >= 3) {
      counts.polysillabicWord++
      if (info.common) counts.complexPolysillabicWord++
    }
    if (info.familiar) familiar.add(info.caseless)
    if (info.easy) easy.add(info.caseless)
  }
  counts.sentence = 1
  counts.character = counts.letter
  counts.difficultWord = counts.word - easy.size
  counts.unfamiliarWord = counts.word - familiar.size
  return counts
}

export function addCounts(total: Counts, counts: Counts): void {
  for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += counts[key]
}

/** The reader ages the seven algorithms give a sentence (retext-readability's conversions). */
export function readerAges(counts: Counts): number[] {
  const gradeToAge = (grade: number) => Math.round(grade + 5)
  return [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
    20 - Math.floor(flesch(counts) / 10),
    gradeToAge(gunningFog(counts)),
    Math.ceil(Math.sqrt(smogFormula(counts)) + 2.5),
    gradeToAge(spacheFormula(counts))
  ]
}

const round = (value: number) => (Number.isFinite(value) ? Math.round(value * 10) / 10 : 0)

export function documentFigures(total: Counts): ReadabilityFigures {
  const perSentence = total.sentence ? total.word / total.sentence : 0
  const perWord = total.word ? total.syllable / total.word : 0
  return {
    words: total.word,
    sentences: total.sentence,
    syllables: total.syllable,
    fleschReadingEase: round(flesch(total)),
    fleschKincaidGrade: round(total.word ? 0.39 * perSentence + 11.8 * perWord - 15.59 : Number.NaN),
    gunningFog: round(gunningFog(total)),
    smog: round(smogFormula(total)),
    colemanLiau: round(colemanLiau(total)),
    automatedReadabilityIndex: round(automatedReadability(total))
  }
}
