// Ages bound to a person: "35-year-old Gomes", "Andrew Lopez, 20,",
// "Peterson, a 48-year-old fertilizer salesman", "Sharron Smith, age 61",
// "Sixty-year-old Sharron Smith". An age with no name ("a 59-year-old
// woman") stays a plain count (numbers.ts): only a name says whose it is.
import type {FoundNumber} from './numbers.js'
import {descriptors, personName, verbsAfterName, type People, type PersonName} from './people.js'
import {stopwords, type Word} from './text.js'

export interface FoundAge {
  start: number
  end: number
  value: number
  person: string
  personKey: string
  surnameKey: string
  givenKey: string
}

interface AgeInput {
  sentence: string
  offset: number
  runs: Word[][]
  /** The sentence's counts: "N-year-old" among them. */
  numbers: FoundNumber[]
  people: People
}

// After "N-year-old Name", a word that goes on with a noun phrase means the
// name was a modifier ("a 35-year-old New Bedford man"); a function word, a
// verb, or an adverb means it was the person ("35-year-old Gomes faces").
const continuesPerson = (word: string) => stopwords.has(word) || verbsAfterName.has(word) || /(?:ed|s|ly)$/.test(word)
// "Name, 20," "Name, 20." "Name, age 61 with": the number ends the appositive; not "Name, 1, 300" (a split thousand), "102-98" or "12%".
const bareAge = /^,\s+(\d{1,3})(?=\s*(?:[,;)]|\.(?!\d)|$))(?!,\s*\d{3}\b)/
const wordedAge = /^,\s+((?:aged?|now)\s+(\d{1,3}))(?![\d.,]\d|\s*(?:-|%|percent\b|per\b|years?\b))(?=\s*(?:[,;)]|\.|$)|\s+(?:and|with|from|of|in|at|on|when|who|is|was|has|had)\b)/
const articleBetween = /^,\s+(?:a|an|the)\s+$/

export function findAges({sentence, offset, runs, numbers, people}: AgeInput): FoundAge[] {
  const found: FoundAge[] = []
  const yearOlds = numbers.filter((number) => number.unit === 'year-old' && number.qualifier === 'exact' && /-year-old$/i.test(number.text))
  const at = (start: number, end: number) => sentence.slice(start - offset, end - offset)
  // A surname alone counts only as the full name the article gave it; a full name as itself.
  const whole = (name: PersonName | null): PersonName | null => {
    if (!name) return null
    if (name.words > 1) return name
    // "the victims-LaTonya Brown": a given name glued to the word before is still there; not a surname alone.
    if (/\p{L}-\p{Lu}[\p{L}'’]*$/u.test(at(Math.max(offset, name.start - 30), name.start).trimEnd())) return null
    return people.resolve(name.surnameKey, name.start)
  }
  const push = (name: PersonName | null, start: number, end: number, value: number) => {
    const person = whole(name)
    if (!person || value < 1 || value > 115 || found.some((age) => age.start === start)) return
    found.push({start, end, value, person: person.text, personKey: person.key, surnameKey: person.surnameKey, givenKey: person.givenKey})
  }

  for (const age of yearOlds) {
    // "then-15-year-old Timmons": an age at some earlier time.
    if (/\bthen[\s-]*$/i.test(at(Math.max(offset, age.start - 8), age.start))) continue
    // "35-year-old Gomes", "the 54-year-old champion Klitschko": the run right after, past up to two title nouns.
    const after = /^\s+((?:[a-z-]+\s+){0,2})/.exec(at(age.end, age.end + 80))
    if (!after) continue
    const titles = after[1].trim().split(/\s+/).filter(Boolean)
    if (!titles.every((word) => descriptors.has(word))) continue
    // An age counts as capitalised, so it may open the run: "35-year-old Gomes".
    const nameStart = age.end + after[0].length
    const run = runs.map((each) => each.slice(each.findIndex((word) => word.start === nameStart))).find((each) => each.length && each[0].start === nameStart)
    if (!run) continue
    const next = /^\s+([a-z][\p{L}-]*)/u.exec(at(run.at(-1)!.end, run.at(-1)!.end + 40))
    if (next && !continuesPerson(next[1])) continue
    push(personName(run), age.start, age.end, age.value)
  }

  for (const run of runs) {
    const name = personName(run)
    if (!name || name.possessive) continue
    const runEnd = run.at(-1)!.end
    const rest = at(runEnd, Math.min(offset + sentence.length, runEnd + 60))
    // "Peterson, a 48-year-old fertilizer salesman".
    const appositive = yearOlds.find((age) => age.start > runEnd && articleBetween.test(at(runEnd, age.start)))
    if (appositive) {
      push(name, appositive.start, appositive.end, appositive.value)
      continue
    }
    // "Andrew Lopez, 20," and "Smith, age 61": a bare number is a person's age only after a name the article treats as a person's.
    const worded = wordedAge.exec(rest)
    const bare = worded ? null : bareAge.exec(rest)
    if (!worded && !bare) continue
    if (name.words > 1 && name.words < 3 && !name.titled && !people.usedAlone(name.surnameKey)) continue
    const text = worded ? worded[1] : bare![1]
    const start = runEnd + (worded ?? bare)![0].indexOf(text)
    push(name, start, start + text.length, Number(worded ? worded[2] : bare![1]))
  }
  return found
}
