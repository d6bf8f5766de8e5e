// Persons and the pronouns that refer to them, for the pronoun-agreement rule
// (and any rule that needs to know who "she" is). A person is a full name
// whose first word is a known given name or that follows a title ("Clara
// Sorrenti", "Mr. Prince"); later the surname, the given name or a nickname
// (Clara “Keffals” Sorrenti) alone refers to them. A third-person pronoun
// outside quotations is resolved only when one candidate stands within reach
// — the sentence and the two before it — counting every named person,
// unknown name, gendered noun ("her boyfriend") and person noun ("the
// victim") as a candidate, whatever its gender: a gender-blind resolution, so
// that a pronoun of the wrong gender can be seen for what it is. Persons and
// gendered nouns a few sentences further back are recorded as rivals; the rule
// decides whether one of them could be meant instead.
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {readLexicon} from '../lexicon.js'
import {personNames} from '../names/gazetteer.js'
import {isEnglishWord} from '../names/dictionary.js'
import type {PersonReference, SentenceFact} from '../types.js'
import {personName} from './claims/people.js'
import {nameKey, nameRuns, words} from './claims/text.js'
import {insideQuotations} from './quotation-spans.js'

type Gender = 'female' | 'male'

interface PronounLexicon {
  pronouns: Record<Gender, string[]>
  titles: Record<Gender, string[]>
  nouns: Record<Gender, string[]>
  neutral: string[]
}

const lexicon = readLexicon<PronounLexicon>(new URL('./data/pronouns.yml', import.meta.url))
const pronounGender = new Map<string, Gender>()
for (const gender of ['female', 'male'] as const) for (const word of lexicon.pronouns[gender]) pronounGender.set(word, gender)
const titleGender = new Map<string, Gender>()
for (const gender of ['female', 'male'] as const) for (const word of lexicon.titles[gender]) titleGender.set(word, gender)
const nounGender = new Map<string, Gender | 'neutral'>(lexicon.neutral.map((word) => [word, 'neutral']))
for (const gender of ['female', 'male'] as const) for (const word of lexicon.nouns[gender]) nounGender.set(word, gender)

const pronounPattern = new RegExp(`\\b(?:${[...pronounGender.keys()].join('|')})\\b`, 'giu')
const nounPattern = new RegExp(`\\b(?:${[...nounGender.keys()].join('|')})(?:s|es)?\\b`, 'gu')
const nickname = /(\p{Lu}\p{Ll}+) [“"‘'](\p{Lu}[\p{L}'’-]+)[”"’'] (\p{Lu}[\p{L}'’-]+)/gu
const determinerBefore = /\b(?:the|a|an|this|that|his|her|their|its|our|one)\s+$/iu
const titleBefore = /\b(mrs?|ms|miss|madam|dame|lady|sir|lord)\.?\s+$/iu

/** Sentences back that hold the candidates, and the rivals beyond them. */
const reach = 2
const rivalReach = 6

interface Person {
  display: string
  key: string
  givenKey: string
  surnameKey: string
  aliases: Set<string>
  /** Title words the article gave them ("president" of "President Donald Trump"): "the president" is them. */
  titles: Set<string>
}

const newPerson = (display: string, key: string, givenKey: string, surnameKey: string): Person => ({display, key, givenKey, surnameKey, aliases: new Set(), titles: new Set()})

/** Something a pronoun in reach could mean: a person (by key), a gendered noun, a person noun or a name of unknown gender. */
interface Candidate {
  sentence: number
  start: number
  person?: Person
  gender?: Gender | 'neutral'
}

// First words of place names ("San Francisco", "El Paso", "Northern Ireland"), never of a person's.
const placeStarts = new Set(['san', 'santa', 'el', 'los', 'las', 'la', 'new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'fort', 'port', 'saint', 'st', 'lake', 'mount', 'upper', 'lower', 'great', 'greater', 'central'])

/** Two or more capitalised words that read as a person's name: a known given name first, a surname that is a name rather than a word ("New York Magazine", "Kill Counts" are not). */
function fullName(name: string, sentenceStart: boolean): boolean {
  const parts = name.split(/\s+/u)
  const [first, last] = [parts[0].toLowerCase(), parts[parts.length - 1].toLowerCase()]
  const given = personNames()
  if (!given.has(first) || placeStarts.has(first)) return false
  // "Read Cloudflare’s statement": a verb that starts the sentence.
  if (sentenceStart && isEnglishWord(first) && !given.has(last)) return false
  return given.has(last) || !isEnglishWord(last)
}

export function extractPersons() {
  return (_tree: Root, file: VFile) => {
    const text = String(file.value)
    const facts = file.data.facts ?? {}
    const sentences: SentenceFact[] = facts.sentences ?? []
    const quoted = insideQuotations(facts.quotations)
    const given = personNames()
    const persons: Person[] = []
    const references: PersonReference[] = []
    const candidates: Candidate[][] = sentences.map(() => [])

    const find = (key: string): Person | null | undefined => {
      // A single word: the surname, given name or nickname of exactly one person named before.
      const matches = new Set(persons.filter((person) => person.surnameKey === key || person.givenKey === key || person.aliases.has(key)))
      if (matches.size === 1) return [...matches][0]
      return matches.size > 1 ? null : undefined
    }

    sentences.forEach((sentence, index) => {
      for (const m of sentence.text.matchAll(nickname)) {
        const key = nameKey(`${m[1]} ${m[3]}`)
        let person = persons.find((each) => each.key === key)
        if (!person) persons.push(person = newPerson(`${m[1]} ${m[3]}`, key, nameKey(m[1]), nameKey(m[3])))
        person.aliases.add(nameKey(m[2]))
        candidates[index].push({sentence: index, start: sentence.start + m.index!, person})
      }
      for (const run of nameRuns(words(sentence.text, sentence.start), sentence.text, sentence.start)) {
        const name = personName(run)
        if (!name) continue
        let person: Person | null | undefined
        if (name.words > 1) {
          if (!name.titled && !fullName(name.text, run[0].start === sentence.start)) continue
          person = persons.find((each) => each.key === name.key)
          if (!person) persons.push(person = newPerson(name.text, name.key, name.givenKey, name.surnameKey))
        } else {
          person = find(name.surnameKey)
          if (person === undefined && name.titled) persons.push(person = newPerson(name.text, name.key, '', name.surnameKey))
          // A name that could be a person's but is not known to be: a candidate of unknown gender.
          if (person === undefined && given.has(name.surnameKey) && !isEnglishWord(name.text)) candidates[index].push({sentence: index, start: name.start, gender: 'neutral'})
          if (!person) continue
        }
        candidates[index].push({sentence: index, start: name.start, person})
        for (const word of run) if (word.start < name.start) person.titles.add(word.text.toLowerCase())
        if (!references.some((reference) => reference.kind === 'name' && reference.person === person!.display)) {
          references.push({person: person.display, start: name.start, end: name.end, text: name.text, kind: 'name'})
        }
        const before = text.slice(Math.max(0, name.start - 8), name.start)
        const title = titleBefore.exec(before)
        const gender = title && titleGender.get(title[1].toLowerCase())
        if (gender) references.push({person: person.display, start: name.start - before.length + title.index, end: name.end, text: text.slice(name.start - before.length + title.index, name.end), kind: 'title', gender})
      }
      for (const m of sentence.text.matchAll(nounPattern)) {
        // A plural is no one "he" or "she" can mean.
        const gender = nounGender.get(m[0])
        if (!gender) continue
        const after = sentence.text.slice(m.index! + m[0].length, m.index! + m[0].length + 3)
        // A person noun counts with a determiner ("the videographer"), not as a descriptor ("activist Clara Sorrenti", "streamer and").
        if (gender === 'neutral' && (!determinerBefore.test(sentence.text.slice(Math.max(0, m.index! - 7), m.index!)) || /^ \p{Lu}/u.test(after))) continue
        const word = m[0]
        // "the president" after "President Donald Trump": him, when one person holds that title.
        const holders = /\bthe $/u.test(sentence.text.slice(Math.max(0, m.index! - 4), m.index!)) ? persons.filter((person) => person.titles.has(word)) : []
        candidates[index].push(holders.length === 1 ? {sentence: index, start: sentence.start + m.index!, person: holders[0]} : {sentence: index, start: sentence.start + m.index!, gender})
      }
    })

    sentences.forEach((sentence, index) => {
      for (const m of sentence.text.matchAll(pronounPattern)) {
        const start = sentence.start + m.index!
        if (quoted(start)) continue
        const gender = pronounGender.get(m[0].toLowerCase())!
        const near = candidates.slice(Math.max(0, index - reach), index + 1).flat()
        const people = new Set(near.map((candidate) => candidate.person ?? candidate))
        if (people.size !== 1) continue
        const only = near[0].person
        if (!only) continue
        const rivals = new Set<string>()
        for (const candidate of candidates.slice(Math.max(0, index - rivalReach), Math.max(0, index - reach)).flat()) {
          if (candidate.person && candidate.person !== only) rivals.add(candidate.person.display)
          else if (candidate.gender === 'female' || candidate.gender === 'male') rivals.add(candidate.gender)
        }
        references.push({person: only.display, start, end: start + m[0].length, text: m[0], kind: 'pronoun', gender, sole: true, ...(rivals.size ? {rivals: [...rivals]} : {})})
      }
    })
    // Names first given in short and later in full ("Sorrenti", then "Clara Sorrenti") go by the fullest name.
    for (const reference of references) {
      const person = persons.find((each) => each.display === reference.person)!
      const fuller = persons.find((each) => each !== person && each.surnameKey === person.surnameKey && person.givenKey === '' && each.givenKey !== '')
      if (fuller && persons.filter((each) => each.surnameKey === person.surnameKey && each.givenKey !== '').length === 1) reference.person = fuller.display
    }
    file.data.facts = {...file.data.facts, persons: references.sort((a, b) => a.start - b.start)}
  }
}
