// Doubled words and phrases, the trace of a spinner that swapped a word for a
// "synonym" that is the same word ("harassment and harassment"), of machine
// translation looping on a phrase, and of hard-wrapped copy pasted twice over
// a line break. Intensifying reduplications English uses on purpose ("again
// and again", "bigger and bigger", "for years and years", "had had") are in
// data/idioms.yml and never flagged.
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {compilePatterns, readLexicon, type PatternEntry} from '../../pipeline/lexicon.js'
import {sentenceTokens, type Token} from '../../pipeline/nlcst.js'
import {functionWords} from '../../pipeline/extract/function-words.js'
import {calendar} from '../../pipeline/extract/speaker-words.js'
import {report} from '../../pipeline/report.js'
import type {ArticleRule} from '../../pipeline/rule.js'
import {meta, type DoubledPhraseOptions} from './meta.js'
import {insideQuotations} from '../../pipeline/extract/quotation-spans.js'

const conjunctions = new Set(['and', 'or', 'then'])
/** Words that open a modifier of the noun before them ("areas with", "minister of"); prepositions that may belong to the verb ("in", "to", "for") are left out: "efforts and efforts to halt" is one thing twice. */
const postModifiers = new Set(['of', 'with', 'without', 'where', 'which', 'who', 'whose'])
const capitalised = /^\p{Lu}/u
const timePrepositions = new Set(['in', 'on', 'at', 'by', 'until', 'since', 'from', 'through'])
// A date's first word: a number, a weekday or month (the speaker extractor's calendar), or a month's abbreviation.
const timeWord = (word: string) => /^\d/u.test(word) || calendar.test(word) || /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/iu.test(word) || /^(?:noon|midnight|dawn)$/iu.test(word)
const hasLetter = /\p{L}/u

export const doubledPhrase: ArticleRule<DoubledPhraseOptions> = {
  meta,
  plugin: (options) => {
    const idioms = compilePatterns(readLexicon<PatternEntry[]>(new URL('./data/idioms.yml', import.meta.url)), 'rules/doubled-phrase/data/idioms.yml')
    const idiomatic = (phrase: string) => idioms.some(({regex}) => regex.test(phrase))
    return (tree: Root, file: VFile) => {
      const quoted = insideQuotations(file.data.facts?.quotations)
      for (const paragraph of tree.children) {
        if (paragraph.type !== 'ParagraphNode') continue
        for (const sentence of paragraph.children) {
          if (sentence.type !== 'SentenceNode') continue
          const tokens = sentenceTokens(sentence)
          const claimed = loops(tokens, options.minLoop, idiomatic, quoted, file)
          repeatedWords(tokens, idiomatic, claimed, file)
          coordinations(tokens, options.maxPhrase, idiomatic, claimed, quoted, file)
        }
      }
    }
  }
}

const lower = (token: Token) => token.text.toLowerCase()

/** "was was", "the\nthe": one word twice with only white space between. */
function repeatedWords(tokens: Token[], idiomatic: (phrase: string) => boolean, claimed: (offset: number) => boolean, file: VFile): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i], tokens[i + 1]]
    if (a.kind !== 'word' || b.kind !== 'word' || b.space === '' || lower(a) !== lower(b) || !hasLetter.test(a.text)) continue
    // "Fang Fang", "Sirhan Sirhan": names may double; "The the" at a sentence start may not.
    // "bring about about $18 billion", "filled in in a role": a verb's particle, then the same word as a preposition.
    const verb = tokens[i - 1]?.kind === 'word' ? tokens[i - 1] : undefined
    if (capitalised.test(b.text) || claimed(a.start) || idiomatic(`${lower(a)} ${lower(b)}`) || (verb && idiomatic(`${lower(verb)} ${lower(a)} ${lower(b)}`))) continue
    // "did Romney in in 2012", "counting on on Nov. 8": a particle, then the same word opening a time.
    if (timePrepositions.has(lower(a)) && timeWord(tokens.slice(i + 2).find((token) => token.kind === 'word')?.text ?? '')) continue
    const acrossLine = b.space === '\n'
    report(file, meta, {
      reason: acrossLine
        ? `Unexpected \`${a.text}\` repeated across a line break, expected it once`
        : `Unexpected repeated word \`${a.text} ${b.text}\`, expected \`${a.text}\``,
      note: acrossLine
        ? 'The same word ends one line and starts the next: copy pasted over a line break, or a rewrite that kept both versions.'
        : 'The same word twice in a row is a slip of the keyboard or of a rewriting tool.',
      start: a.start,
      end: b.end,
      expected: [a.text],
      confidence: acrossLine ? 0.85 : 0.7
    })
  }
}

/** "harassment and harassment", "tweeted then tweeted", "the firm or the firm". */
function coordinations(tokens: Token[], maxPhrase: number, idiomatic: (phrase: string) => boolean, claimed: (offset: number) => boolean, quoted: (offset: number) => boolean, file: VFile): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const conjunction = tokens[i]
    if (conjunction.kind !== 'word' || !conjunctions.has(lower(conjunction))) continue
    // "X, then X" keeps its comma; "and" joins words with nothing between.
    const leftEnd = lower(conjunction) === 'then' && tokens[i - 1].text === ',' ? i - 2 : i - 1
    for (let n = Math.min(maxPhrase, leftEnd + 1); n >= 1; n--) {
      const left = tokens.slice(leftEnd - n + 1, leftEnd + 1)
      const right = tokens.slice(i + 1, i + 1 + n)
      if (right.length < n || left.some((token) => token.kind !== 'word') || right.some((token) => token.kind !== 'word')) continue
      if (left.some((token, k) => lower(token) !== lower(right[k]))) continue
      if (!left.some((token) => hasLetter.test(token.text) && !functionWords.has(lower(token)))) break
      const first = left[0]
      const last = right[n - 1]
      const phrase = `${left.map(lower).join(' ')} ${lower(conjunction)} ${right.map(lower).join(' ')}`
      // Names may double ("Johnson and Johnson"); a name beside a word is two things ("Young and young vets").
      if (claimed(first.start) || idiomatic(phrase) || left.some((token, k) => capitalised.test(token.text) || capitalised.test(right[k].text))) break
      const next = tokens[i + 1 + n]
      // "the school and the school compound", "a title or hasn't won a title in a long while": the second phrase goes on, it is another thing.
      if (n > 1 && next?.kind === 'word') break
      // "interior minister and minister of justice", "densely populated areas and areas with little demand": each has its own modifier, they are two things.
      const before = tokens[leftEnd - n]
      if (n === 1 && next && postModifiers.has(lower(next)) && before?.kind === 'word' && !functionWords.has(lower(before)) && !capitalised.test(before.text)) break
      // "(check, check, check and check)": a list of the same word on purpose.
      const before2 = tokens[leftEnd - n - 1]
      if (tokens[leftEnd - n]?.text === ',' && before2 && lower(before2) === lower(first)) break
      const words = file.value.toString().slice(first.start, last.end)
      report(file, meta, {
        reason: `Unexpected \`${words}\`, expected two different ${n === 1 ? 'words' : 'phrases'} joined by \`${conjunction.text}\``,
        note: `The same ${n === 1 ? 'word' : 'words'} on both sides of “${conjunction.text}” say nothing twice: a text spinner or a translation tool put one word where the original had two (“harassment and threats”).`,
        start: first.start,
        end: last.end,
        expected: [],
        confidence: quoted(first.start) ? 0.6 : 0.75
      })
      break
    }
  }
}

/**
 * A phrase of `minLoop` words or more that repeats right after itself
 * ("the history of the people, the history of the people, …"), the way
 * machine translation loops. In a quotation a phrase said twice may be
 * rhetoric; three times in a row it is flagged there too. A shorter phrase
 * loops only three times or more, between commas, outside quotations
 * ("the continuous deepening, deepening, deepening of the work"): said
 * twice it is emphasis, and "check, check and check" is a list on purpose.
 * Returns a test for offsets inside a loop, which the other checks skip.
 */
function loops(tokens: Token[], minLoop: number, idiomatic: (phrase: string) => boolean, quoted: (offset: number) => boolean, file: VFile): (offset: number) => boolean {
  const words = tokens.filter((token) => token.kind === 'word')
  const spans: Array<[number, number]> = []
  // Between two copies only commas, semicolons, "and" or nothing, on one line; between short copies a comma.
  const joined = (a: Token, b: Token, short: boolean) => b.space !== '\n' && (short ? /^, ?$/u : /^[ \t,;]*(?:and[ \t]+)?$/u).test(file.value.toString().slice(a.end, b.start))
  // Twice, the second copy must end there ("Windows Server 2008, Windows Server 2008 R2" names two things).
  const ends = (last: Token) => {
    const next = tokens[tokens.indexOf(last) + 1]
    return !next || next.kind !== 'word' || functionWords.has(lower(next))
  }
  for (let i = 0; i < words.length; i++) {
    // The shortest phrase that loops: "Bern, Bern, Bern, …" is `Bern` many times, not twelve of them a few times.
    for (let n = 1, most = Math.min(12, Math.floor((words.length - i) / 2)); n <= most; n++) {
      const short = n < minLoop
      let copies = 1
      while (i + (copies + 1) * n <= words.length && sameRun(words, i, i + copies * n, n) && joined(words[i + copies * n - 1], words[i + copies * n], short)) copies++
      if (copies < 2 || (copies < 3 && (short || quoted(words[i].start) || !ends(words[i + 2 * n - 1])))) continue
      const content = words.slice(i, i + n).filter((token) => hasLetter.test(token.text) && !functionWords.has(lower(token)))
      if (content.length === 0) continue
      const phrase = file.value.toString().slice(words[i].start, words[i + n - 1].end)
      if (short && (quoted(words[i].start) || !content.some((token) => token.text.length >= 4) || idiomatic(`${phrase} ${phrase}`.toLowerCase()) || listed(words, i + copies * n, n, file))) continue
      const start = words[i].start
      const end = words[i + copies * n - 1].end
      report(file, meta, {
        reason: `Unexpected \`${phrase}\` repeated ${copies} times, expected it once`,
        note: 'A phrase that repeats right after itself is how machine translation fails when it loses its place in the source.',
        start,
        end,
        actual: phrase,
        expected: [phrase],
        confidence: copies > 2 ? 0.9 : 0.8
      })
      spans.push([start, end])
      i += copies * n - 1
      break
    }
  }
  return (offset) => spans.some(([start, end]) => offset >= start && offset < end)
}

/** "check, check, check and check": the last copy joined by "and" makes a list on purpose. */
function listed(words: Token[], after: number, n: number, file: VFile): boolean {
  const and = words[after]
  return and !== undefined && lower(and) === 'and' && after + 1 + n <= words.length && sameRun(words, after - n, after + 1, n) &&
    /^,? +$/u.test(file.value.toString().slice(words[after - 1].end, and.start))
}

function sameRun(words: Token[], a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (!sameWord(words[a + k], words[b + k])) return false
  return true
}

/** The same word in any case; tried at every word for every loop length, so lengths first, lower-casing last. */
function sameWord(a: Token, b: Token): boolean {
  return a.text.length === b.text.length && (a.text === b.text || a.text.toLowerCase() === b.text.toLowerCase())
}
