// Counts and amounts with their unit and qualifier: "at least two people",
// "more than 20 percent", "forty-eight hours", "a 33-year-old". Number words
// are folded to values so "forty-eight hours" meets "48 hours".

export type Qualifier = 'exact' | 'at least' | 'more than' | 'less than' | 'about' | 'at most'

export interface FoundNumber {
  start: number
  end: number
  text: string
  value: number
  unit: string
  qualifier: Qualifier
}

const units: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19
}
const tens: Record<string, number> = {twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90}
const scales: Record<string, number> = {hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12}

const smallWord = `(?:${Object.keys(tens).join('|')})(?:[- ](?:${Object.keys(units).slice(1, 10).join('|')}))?|${Object.keys(units).join('|')}`
const numeral = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`
const quantity = `(?:${numeral}|${smallWord}|a dozen|dozens of|a couple of|a pair of)(?:\\s+(?:${Object.keys(scales).join('|')}))?`
const qualifiers: Array<[string, Qualifier]> = [
  ['at least', 'at least'], ['more than', 'more than'], ['over', 'more than'], ['upwards of', 'more than'],
  ['fewer than', 'less than'], ['less than', 'less than'], ['under', 'less than'],
  ['nearly', 'about'], ['almost', 'about'], ['about', 'about'], ['around', 'about'], ['roughly', 'about'],
  ['approximately', 'about'], ['some', 'about'], ['an estimated', 'about'], ['close to', 'about'],
  ['up to', 'at most'], ['at most', 'at most'], ['no more than', 'at most']
]
const qualifierByText = new Map(qualifiers)
const irregular: Record<string, string> = {people: 'person', persons: 'person', children: 'child', men: 'man', women: 'woman', feet: 'foot', '%': 'percent', 'per cent': 'percent'}
// Words between the number and its noun that do not change what is counted.
const skippable = new Set(['other', 'more', 'additional', 'new', 'separate', 'different', 'of', 'the', 'its', 'their'])
// Words after a number that count nothing: a clock time's zone ("0241 GMT"), a road's number ("Route 52 just past").
const countsNothing = new Set(['gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'bst', 'cet', 'ist', 'hkt', 'just', 'only', 'near', 'past', 'after', 'before', 'ago'])

const numberPattern = new RegExp(
  // Not the tail of "14. 4" or "2, 129" (numbers split by tokenised copy).
  `(?<![\\p{L}\\p{N}.,$£€-])(?<!\\d[.,]\\s)(?:(${qualifiers.map(([text]) => text).join('|')})\\s+)?(${quantity})` +
  `(?:(-year-old|-year-olds)|\\s*(%|per cent|percent)|((?:\\s+[a-z][a-z-]*){1,3}))?`,
  'giu'
)

export function numberValue(text: string): number | null {
  const lower = text.toLowerCase().replace(/,/g, '')
  if (lower === 'a dozen' || lower === 'dozens of') return 12
  if (lower === 'a couple of' || lower === 'a pair of') return 2
  const parts = lower.split(/\s+/)
  let value = 0
  let current = 0
  for (const part of parts) {
    if (/^\d/.test(part)) current += Number(part)
    else if (part in scales) {
      current = (current || 1) * scales[part]
      value += current
      current = 0
    } else {
      for (const piece of part.split('-')) current += units[piece] ?? tens[piece] ?? 0
    }
  }
  const total = value + current
  return Number.isFinite(total) ? total : null
}

const adjectival = /(?:al|ous|ive|ful|ic|ian|ish|less|able|ible|ary|ent|ant)$/
const functionWord = /^(?:a|an|the|and|or|to|in|on|at|of|for|by|with|from|as|is|was|were|are|be|that|who|which|than|had|have|has|will|would)$/

/** The counted noun: past "other", and past adjectives when a noun follows ("two controversial websites"). */
function unitWord(tail: string): string | null {
  const list = tail.trim().split(/\s+/)
  for (let index = 0; index < list.length; index++) {
    const word = list[index]
    if (skippable.has(word)) continue
    if (countsNothing.has(word.toLowerCase())) return null
    const next = list[index + 1]
    // A capital before a noun is a proper adjective ("23 Somali pirates"); a lone one is a name or
    // model ("12 Somali and 11 Yemeni", "six AK-47s"), not a counted noun. Title case counts as lower.
    if (/^\p{Lu}/u.test(word) && !(next && /^\p{Lu}/u.test(next))) {
      if (next && !functionWord.test(next) && !skippable.has(next)) continue
      return null
    }
    if (next && adjectival.test(word) && !functionWord.test(next)) continue
    return word
  }
  return null
}

function unitOf(word: string): string {
  const lower = word.toLowerCase()
  if (irregular[lower]) return irregular[lower]
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.replace(/ies$/, 'y').replace(/s$/, '') : lower
}

/** Numbers with a unit in one sentence; years and bare numbers are left out. */
export function findNumbers(sentence: string, offset: number, skip: Array<{start: number; end: number}>): FoundNumber[] {
  const found: FoundNumber[] = []
  for (const match of sentence.matchAll(numberPattern)) {
    const [, qualifierText, amount, age, percent, tail] = match
    const start = offset + match.index!
    if (skip.some((other) => start < other.end && other.start < start + match[0].length)) continue
    const value = numberValue(amount)
    if (value === null) continue
    let unit: string | null = null
    let end = start + match[0].length
    if (age) unit = 'year-old'
    else if (percent) unit = 'percent'
    else if (tail) {
      const word = unitWord(tail)
      if (word) {
        unit = unitOf(word)
        // The counted noun ends the claim: "two other websites", not "… websites that".
        end = start + match[0].length - tail.length + tail.indexOf(word) + word.length
      }
    }
    if (!unit || unit.length < 3 || functionWord.test(unit)) continue
    if (/^\d{4}$/.test(amount) && value >= 1900 && value < 2100) continue
    const qualifier = qualifierText ? qualifierByText.get(qualifierText.toLowerCase()) ?? 'exact' : 'exact'
    found.push({start, end, text: sentence.slice(start - offset, end - offset), value, unit, qualifier})
  }
  return found
}
