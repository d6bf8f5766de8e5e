// Words left in the source language: a run of French, Spanish, German,
// Italian, Portuguese or Dutch words (function words of one language that
// English does not have, most words unknown to the English dictionary, and
// franc, restricted to these languages and English, agreeing), words in
// another script, and bracketed leftovers of a translation ("ea [sa]
// Community", "in [s]we position") that are no editor's insertion.
import {franc} from 'franc-min'
import type {VFile} from 'vfile'
import {readLexicon} from '../../pipeline/lexicon.js'
import {isEnglishWord} from '../../pipeline/names/dictionary.js'
import {report} from '../../pipeline/report.js'
import type {ArticleRule} from '../../pipeline/rule.js'
import {meta, type UntranslatedFragmentOptions} from './meta.js'
import {insideQuotations} from '../../pipeline/extract/quotation-spans.js'
import {parsedBlocks} from '../../pipeline/blocks.js'

interface ForeignLexicon {
  languages: Record<string, {name: string; markers: string[]}>
  minMarkers: number
  borrowed: string[]
  editorial: string[]
}

const bracketed = /(?<![\p{L}\p{N}])(\p{Ll}*)\[(\p{Ll}{1,4})\](\p{Ll}*)(?![\p{L}\p{N}])/gu
const otherScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Greek}]+(?:[ ·]+[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Greek}]+)*/gu
const scripts: Array<[RegExp, string]> = [[/\p{Script=Han}/u, 'Chinese'], [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Japanese'], [/\p{Script=Hangul}/u, 'Korean'],
  [/\p{Script=Cyrillic}/u, 'Cyrillic'], [/\p{Script=Arabic}/u, 'Arabic'], [/\p{Script=Hebrew}/u, 'Hebrew'], [/\p{Script=Thai}/u, 'Thai'], [/\p{Script=Devanagari}/u, 'Devanagari'], [/\p{Script=Greek}/u, 'Greek']]
const word = /[\p{L}][\p{L}’'-]*/gu

export const untranslatedFragment: ArticleRule<UntranslatedFragmentOptions> = {
  meta,
  plugin: (options) => {
    const lexicon = readLexicon<ForeignLexicon>(new URL('./data/foreign.yml', import.meta.url))
    const markers = new Map<string, string[]>()
    for (const [code, language] of Object.entries(lexicon.languages)) {
      for (const marker of language.markers) markers.set(marker, [...(markers.get(marker) ?? []), code])
    }
    const anyMarker = new RegExp(`(?<![\\p{L}])(?:${[...markers.keys()].join('|')})(?![\\p{L}])`, 'gu')
    const borrowed = lexicon.borrowed.map((phrase) => phrase.toLowerCase())
    const editorial = new Set(lexicon.editorial)
    const only = [...Object.keys(lexicon.languages), 'eng']
    const english = new Map<string, boolean>()
    const isEnglish = (value: string) => {
      let known = english.get(value)
      if (known === undefined) english.set(value, (known = isEnglishWord(value.replace(/['’]s?$/u, ''))))
      return known
    }

    return (_tree, file: VFile) => {
      const quoted = insideQuotations(file.data.facts?.quotations)
      for (const block of parsedBlocks(file)) {
        const paragraph = block.text
        leftovers(paragraph, block.start)
        scriptRuns(paragraph, block.start)
        // Two marker words before any run is looked at.
        anyMarker.lastIndex = 0
        if (anyMarker.exec(paragraph) && anyMarker.exec(paragraph)) languageRuns(paragraph, block.start)
      }

      function leftovers(paragraph: string, base: number): void {
        if (!paragraph.includes('[')) return
        bracketed.lastIndex = 0
        for (const m of paragraph.matchAll(bracketed)) {
          const [all, before, inner, after] = m
          if (editorial.has(inner)) continue
          // "[t]he", "work[s]", "[a]": an editor's change makes an English word.
          if (isEnglish(`${before}${inner}${after}`)) continue
          const languages = (markers.get(inner) ?? []).map((code) => lexicon.languages[code].name)
          const start = base + m.index!
          report(file, meta, {
            reason: `Unexpected untranslated \`${all}\`, expected English`,
            note: `Square brackets around letters that make no English word${languages.length ? ` (${languages.join(' or ')} \`${inner}\`)` : ''}: the source's words left behind by a translation, not an editor's insertion.`,
            start,
            end: start + all.length,
            expected: [],
            confidence: 0.8
          })
        }
      }

      function scriptRuns(paragraph: string, base: number): void {
        if (/^[\p{Script=Latin}\p{P}\p{S}\p{N}\s]*$/u.test(paragraph)) return
        otherScript.lastIndex = 0
        for (const m of paragraph.matchAll(otherScript)) {
          const script = scripts.find(([pattern]) => pattern.test(m[0]))![1]
          // μ, Δ: a Greek letter is a symbol.
          if (script === 'Greek' && m[0].length < 3) continue
          const start = base + m.index!
          // "Xi Jinping (习近平)": a name given in its own script beside the English one.
          const gloss = /\p{Lu}[\p{L}’'-]*\s*\($/u.test(paragraph.slice(Math.max(0, m.index! - 40), m.index!)) && paragraph[m.index! + m[0].length] === ')'
          report(file, meta, {
            reason: `Unexpected untranslated \`${m[0]}\` (${script} script), expected English`,
            note: gloss ? 'A name in its own script beside the English one: fine as a gloss, but a reader cannot check it.' : 'Words in another script in an English article: the source text, left untranslated.',
            start,
            end: start + m[0].length,
            expected: [],
            confidence: gloss ? 0.5 : 0.85,
            severity: gloss ? 'info' : undefined
          })
        }
      }

      function languageRuns(paragraph: string, base: number): void {
        // Runs of lower-case words that are foreign function words or unknown to the English dictionary.
        let run: Array<{value: string; start: number; end: number}> = []
        const flush = () => {
          if (run.length >= options.minRun) judge(run, paragraph, base)
          run = []
        }
        word.lastIndex = 0
        for (const m of paragraph.matchAll(word)) {
          const value = m[0]
          const lower = value.toLowerCase()
          const gap = run.length ? paragraph.slice(run[run.length - 1].end, m.index!) : ' '
          if (!/^[ ,]+$/u.test(gap)) flush()
          if (value !== lower || !(markers.has(lower) || !isEnglish(lower))) {
            flush()
            continue
          }
          run.push({value: lower, start: m.index!, end: m.index! + value.length})
        }
        flush()
      }

      function judge(run: Array<{value: string; start: number; end: number}>, paragraph: string, base: number): void {
        const counts = new Map<string, number>()
        for (const item of run) for (const code of markers.get(item.value) ?? []) counts.set(code, (counts.get(code) ?? 0) + 1)
        const [best] = [...counts].sort((a, b) => b[1] - a[1])
        if (!best || best[1] < lexicon.minMarkers) return
        const phrase = paragraph.slice(run[0].start, run[run.length - 1].end)
        if (borrowed.some((item) => phrase.includes(item) && item.length * 2 >= phrase.length)) return
        const unknown = run.filter((item) => !isEnglish(item.value)).length
        if (unknown * 2 < run.length) return
        const guess = franc(phrase, {only, minLength: 3})
        if (guess === 'eng') return
        const language = lexicon.languages[guess]?.name ?? lexicon.languages[best[0]].name
        const start = base + run[0].start
        const inQuote = quoted(start)
        report(file, meta, {
          reason: `Unexpected untranslated \`${phrase}\` (${language}), expected English`,
          note: `${run.length} words of ${language} in an English article${inQuote ? ', inside a quotation: a quotation left in its language should come with a translation' : ': the source text, left untranslated'}.`,
          start,
          end: base + run[run.length - 1].end,
          expected: [],
          confidence: inQuote ? 0.5 : 0.8,
          severity: inQuote ? 'info' : undefined
        })
      }
    }
  }
}
