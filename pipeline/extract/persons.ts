// Persons and the pronouns that refer to them, for the pronoun-agreement rule
// (and any rule that needs to know who "she" is). A person is a full name
// whose first word is a known given name or that follows a title ("Clara
// Sorrenti", "Mr. Prince"); later the surname, the given name or a nickname
// (Clara “Keffals” Sorrenti, Kimani (Kiki) Gray) alone refers to them. A third-person pronoun
// outside quotations is resolved only when one candidate stands within reach
// — the sentence and the two before it — counting every named person,
// unknown name, gendered noun ("her boyfriend") and person noun ("the
// victim") as a candidate, whatever its gender: a gender-blind resolution, so
// that a pronoun of the wrong gender can be seen for what it is. Persons and
// gendered nouns a few sentences further back are recorded as rivals; the rule
// decides whether one of them could be meant instead.
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {isEnglishWord} from '../names/dictionary.js'
import type {PersonReference, SentenceFact} from '../types.js'
import {personName} from './claims/people.js'
import {nameKey, sentenceRuns} from './claims/text.js'
import {appositive} from './apposition.js'
import {fullName, headingWords, headlineNames, initialled, maybePerson, onlyAfterThe, placeEnds, places, placeStarts, pluralAfterThe, pluralOfWord} from './person-words.js'
import {boundSubject, frontedClause, frontedSubject, speakerSubject} from './pronoun-binding.js'
import {insideQuotations} from './quotation-spans.js'
import {adjectiveGender, eitherAfter, eitherBefore, hyphened, irregular, nounAfter, nounGender, oneOf, pronounGender, pronounsOf, singular, titleGender, type Gender} from './pronoun-words.js'

const nickname = /(\p{Lu}\p{Ll}+) [“"‘'(](\p{Lu}[\p{L}'’-]+)[”"’')] (\p{Lu}[\p{L}'’-]+)/gu
const determinerBefore = /\b(?:the|a|an|this|that|his|her|their|its|our|one)\s+$/iu
const titleBefore = /\b(Mrs?|Ms|Miss|Madam|Dame|Lady|Sir|Lord|Dr|Prof|Gov|Sen|Rep|Gen|Sgt|Det|Capt|Lt|Col|Maj|Cpl|Judge|Officer|President|Coach|Rev|Fr|Msgr|Rabbi|Imam|Sheikh|Pastor|Chancellor|Premier|Minister|Mayor|Senator|Governor|Secretary|Ambassador|Commissioner|Sheriff|Chief|Director|Deputy|Inspector|Detective|Sergeant|Lieutenant|Captain|Colonel|General|Admiral|Professor|Doctor)\.?\s+$/u
const possessed = /\b(?:his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu
const hasApostrophe = (word: string) => word.includes("'") || word.includes('’')
/** A first character that may be a capital (A–Z, or beyond Latin-1's symbols): a cheap test before a Unicode one, on every word. */
const mayBeCapital = (code: number) => code >= 65 && code <= 90 || code >= 192
// Its noun phrase is nouns and adjectives: a clause between ("her attorneys argued that Gigante") is no apposition.
const appositionWord = String.raw`(?!(?:that|who|whom|which|what|when|where|to|the|a|an|and|or|but|of|in|on|at|for|with|by|from|as|said|says|told|tells|was|were|is|are|has|had|have|will|would)\b)[\p{Ll}-]+`
const apposition = new RegExp(String.raw`^\s+(?:${appositionWord}\s+){0,2}${appositionWord},?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)`, 'u')
// The reporter's "I" is rare: near one, a pronoun is in someone's speech the quotation marks did not close.
const firstPerson = /\b(?:I|me|my)\b/gu
// A closing mark later in its line with no opening one before it: the "I" is in a quotation that ran on from the
// paragraph before without being reopened (“I found myself…\nBut I went back and forth.”).
const closedLater = /^[^“”\n]*”/u

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
  /** The words, for an unknown one: "?victim". */
  text?: string
  person?: Person
  gender?: Gender | 'neutral'
}

export function extractPersons() {
  return (_tree: Root, file: VFile) => {
    const text = String(file.value)
    const facts = file.data.facts ?? {}
    const sentences: SentenceFact[] = facts.sentences ?? []
    const quoted = insideQuotations(facts.quotations)
    const persons: Person[] = []
    const references: PersonReference[] = []
    const firstNamed = new Map<PersonReference, Person>()
    const candidates: Candidate[][] = sentences.map(() => [])

    // A single word: the surname, given name or nickname of exactly one person named before.
    const byWord = new Map<string, Set<Person>>()
    const know = (key: string, person: Person) => {
      if (key) byWord.set(key, (byWord.get(key) ?? new Set()).add(person))
    }
    const find = (key: string): Person | null | undefined => {
      const matches = byWord.get(key)
      if (!matches) return undefined
      return matches.size === 1 ? [...matches][0] : null
    }
    const remember = (person: Person): Person => {
      persons.push(person)
      know(person.surnameKey, person)
      know(person.givenKey, person)
      return person
    }

    const runsOf = sentenceRuns(file, sentences).map(({list, runs}) => ({tokens: list, runs}))
    // Surnames the article uses alone ("Page said"): a full name ending in one is a person's, known given name or not.
    const alone = new Set(runsOf.flatMap(({runs}) => runs.filter((run) => run.length === 1).map((run) => nameKey(run[0].text))))
    sentences.forEach((sentence, index) => {
      for (const m of sentence.text.matchAll(nickname)) {
        const key = nameKey(`${m[1]} ${m[3]}`)
        let person = persons.find((each) => each.key === key)
        if (!person) person = remember(newPerson(`${m[1]} ${m[3]}`, key, nameKey(m[1]), nameKey(m[3])))
        person.aliases.add(nameKey(m[2]))
        know(nameKey(m[2]), person)
        candidates[index].push({sentence: index, start: sentence.start + m.index!, person})
      }
      const {tokens, runs} = runsOf[index]
      // A surname that is also a common word ("May", "Will") is no run of its own: look it up among the persons named.
      const inRun = new Set(runs.flatMap((run) => run.map((word) => word.start)))
      for (const word of byWord.size ? tokens : []) {
        const code = word.text.charCodeAt(0)
        if (!mayBeCapital(code) || inRun.has(word.start) || !/^\p{Lu}\p{Ll}/u.test(word.text)) continue
        const person = find(nameKey(word.text))
        if (person) candidates[index].push({sentence: index, start: word.start, person})
      }
      // A person's name runs to four words at most ("Martin Luther King Jr"), titles aside; a longer one is a heading's words.
      const named = runs.map((run) => ({run, name: personName(run)})).filter(({name}) => (name?.words ?? 0) <= 4)
      const extra = headlineNames(tokens, named.map(({run}) => run), sentence.text, sentence.start)
      const all = extra.length ? [...named, ...extra].sort((x, y) => x.run[0].start - y.run[0].start) : named
      for (const {run, name: found} of all) {
        if (!found) continue
        const name = initialled(found, text)
        if (!name) continue
        // "Mr. Trump", "Dr. Benjamin": the title's full stop ends a run of capitalised words, so look before it.
        const before = text.slice(Math.max(0, name.start - 14), name.start)
        const title = titleBefore.exec(before)
        const titled = name.titled || Boolean(title)
        let person: Person | null | undefined
        if (name.words > 1) {
          if (placeEnds.has(name.surnameKey) || places.has(name.surnameKey) || headingWords(name.text) || !titled && (pluralAfterThe(text, name.text.split(/\s+/u).at(-1)!) || isEnglishWord(name.surnameKey) && onlyAfterThe(text, name.text))) continue
          // Or a surname the article uses alone after a given name that is no English word ("Bettie Page"; not "Tar Heels").
          // Not a team's ("Indianapolis Colts", "Kansas City Chiefs" after "the Colts"): a plural of a word is no surname there.
          if (!titled && !fullName(name.text) && !(alone.has(name.surnameKey) && name.words <= 3 && !placeStarts.has(name.givenKey) &&
            !isEnglishWord(name.text.split(/\s+/u)[0].toLowerCase()) && !pluralOfWord(name.surnameKey))) continue
          person = persons.find((each) => each.key === name.key)
          if (!person) person = remember(newPerson(name.text, name.key, name.givenKey, name.surnameKey))
        } else {
          // "Maj. Gen. Bagus Ekodanto": a title is nobody's name.
          if (titleBefore.test(`${name.text} `)) continue
          person = find(name.surnameKey)
          // "the Attorney General": an office, someone of unknown gender, not a person named General.
          if (person === undefined && titled && placeEnds.has(name.surnameKey) && /\b[Tt]he\s+(?:\p{Lu}\p{L}*\s+)?$/u.test(before)) {
            candidates[index].push({sentence: index, start: name.start, gender: 'neutral', text: name.text})
            continue
          }
          if (person === undefined && titled) person = remember(newPerson(name.text, name.key, '', name.surnameKey))
          // Two people of one surname ("Gomes" of Gary and Katherine Gomes), or a name that may be a person's: a candidate of unknown gender.
          if (person === null || person === undefined && maybePerson(name.text, sentence.text.slice(name.end - sentence.start, name.end - sentence.start + 14))) {
            candidates[index].push({sentence: index, start: name.start, gender: 'neutral', text: name.text})
          }
          if (!person) continue
        }
        candidates[index].push({sentence: index, start: name.start, person})
        for (const word of run) if (word.start < name.start) person.titles.add(word.text.toLowerCase())
        if (!references.some((reference) => reference.kind === 'name' && reference.person === person!.display)) {
          const reference: PersonReference = {person: person.display, start: name.start, end: name.end, text: name.text, kind: 'name'}
          references.push(reference)
          firstNamed.set(reference, person)
        }
        const gender = title && titleGender.get(title[1].toLowerCase())
        if (gender) references.push({person: person.display, start: name.start - before.length + title.index, end: name.end, text: text.slice(name.start - before.length + title.index, name.end), kind: 'title', gender})
      }
      for (const token of tokens) {
        // A possessive is the noun's ("the victim’s address"); a plural is no one "he" or "she" can mean,
        // unless it is one of them: "one of the wives".
        const at = token.start - sentence.start
        const written = hyphened(hasApostrophe(token.text) ? token.text.replace(/['’]s?$/u, '') : token.text)
        // "The President announced": a capitalised person noun after a determiner is the noun.
        const capitalised = mayBeCapital(written.charCodeAt(0)) && /^\p{Lu}\p{Ll}+$/u.test(written)
        const word = capitalised && nounGender.has(written.toLowerCase()) && determinerBefore.test(sentence.text.slice(Math.max(0, at - 36), at)) ? written.toLowerCase() : written
        // "a female sheriff's deputy": the adjective's gender, for the noun after it. (Map lookups before slicing: this
        // runs on every word.)
        let gender = nounGender.get(word) ?? (adjectiveGender.has(word) && /^ \p{Ll}/u.test(sentence.text.slice(at + word.length, at + word.length + 2)) ? adjectiveGender.get(word) : undefined)
        if (gender === undefined) {
          if (!word.endsWith('s') && !Object.hasOwn(irregular, word)) continue
          gender = nounGender.get(singular(word))
          if (!gender || !oneOf.test(sentence.text.slice(Math.max(0, at - 20), at))) continue
        }
        // "spokesman Drew Snider", "his wife Melania Trump": a gendered noun straight before a full name says that
        // person's gender as a title does (and stays a candidate: "for her and her daughter Chelsea Clinton").
        const apposed = gender === 'neutral' ? null : /^,? \p{Lu}[\p{L}'’-]+ \p{Lu}/u.exec(sentence.text.slice(at + token.text.length))
        const named = apposed && candidates[index].find((candidate) => candidate.person && candidate.start === token.start + token.text.length + apposed[0].search(/\p{Lu}/u))
        if (named && gender !== 'neutral') references.push({person: named.person!.display, start: token.start, end: token.start + token.text.length, text: token.text, kind: 'title', gender})
        // A person noun counts with a determiner ("the videographer"), not as a descriptor ("activist Clara Sorrenti", "streamer and").
        if (gender === 'neutral' && (!determinerBefore.test(sentence.text.slice(Math.max(0, at - 36), at)) || /^ \p{Lu}/u.test(sentence.text.slice(at + token.text.length, at + token.text.length + 3)))) continue
        // "the president" after "President Donald Trump": him, when one person holds that title.
        // "Scott Boras, the agent for Teixeira": him, and "the agent" is his title from here on.
        const beside = gender === 'neutral' ? appositive(text, token.start, token.start + token.text.length, candidates[index]) : undefined
        if (beside) beside.person!.titles.add(word)
        const holders = beside ? [beside.person!] : /\b[Tt]he $/u.test(sentence.text.slice(Math.max(0, at - 4), at)) ? persons.filter((person) => person.titles.has(word)) : []
        // Held by several ("President Trump", "President Moon"): one of them.
        if (holders.length > 0) for (const holder of holders) candidates[index].push({sentence: index, start: token.start, person: holder})
        else candidates[index].push({sentence: index, start: token.start, gender, text: word})
      }
    })

    // Names first given in short and later in full ("Sorrenti", then "Clara Sorrenti") go by the fullest name.
    const renamed = new Map<string, string>()
    for (const person of persons) {
      if (person.givenKey !== '') continue
      const fuller = persons.filter((each) => each.surnameKey === person.surnameKey && each.givenKey !== '')
      // Not "President Trump" to the article's only full Trump, "first lady Melania Trump": an office the full name never holds.
      if (fuller.length === 1 && [...person.titles].every((title) => fuller[0].titles.has(title))) {
        renamed.set(person.display, fuller[0].display)
        person.display = fuller[0].display
      }
    }
    for (const reference of references) reference.person = renamed.get(reference.person) ?? reference.person
    // The person nouns each person was given ("judge" of "Judge Marsha Revel", "agent" of "Scott Boras, the agent").
    for (const [reference, person] of firstNamed) {
      const titles = [...person.titles].filter((title) => nounGender.get(title) === 'neutral')
      if (titles.length) reference.titles = titles
    }

    const isPersonNoun = (candidate: Candidate) => candidate.gender === 'neutral' && !candidate.person && /^\p{Ll}/u.test(candidate.text ?? '')
    // Whether a sentence holds the reporter's "I" outside quotations: looked up once a sentence, not once a pronoun.
    const firstPersonIn: Array<boolean | undefined> = []
    const firstPersonWithin = (from: number, to: number) => {
      for (let index = from; index <= to; index++) {
        firstPersonIn[index] ??= [...sentences[index].text.matchAll(firstPerson)].some((hit) => !quoted(sentences[index].start + hit.index!) &&
          !closedLater.test(text.slice(sentences[index].start + hit.index!, sentences[index].start + hit.index! + 600)))
        if (firstPersonIn[index]) return true
      }
      return false
    }
    // The last pronoun resolved to a named person, for the next one with nobody named before it.
    let previous: {sentence: number, reference: PersonReference} | undefined
    const describe = (candidate: Candidate) => candidate.person?.display ?? (candidate.gender === 'neutral' ? `?${candidate.text ?? ''}` : candidate.gender!)
    sentences.forEach((sentence, index) => {
      for (const token of runsOf[index].tokens) {
        // "he's", "she'd": the pronoun without its clitic.
        const first = token.text.charCodeAt(0) | 32
        if (first !== 104 && first !== 115) continue // h, s
        const written = hasApostrophe(token.text) ? token.text.replace(/['’](?:s|d|ll|re|ve)$/iu, '') : token.text
        const pronoun = written.toLowerCase()
        if (!pronounGender.has(pronoun)) continue
        const start = token.start
        const end = start + written.length
        // "until he or she died", "his/her": anyone, of either gender.
        const pair = eitherBefore.exec(text.slice(Math.max(0, start - 12), start))?.[1] ?? eitherAfter.exec(text.slice(end, end + 12))?.[1]
        if (quoted(start) || pair && pronounGender.get(pair.toLowerCase()) !== pronounGender.get(pronoun)) continue
        const window = sentences.slice(Math.max(0, index - reach), index + 1)
        if (firstPersonWithin(Math.max(0, index - reach), index)) continue
        const gender = pronounGender.get(pronoun)!
        // "Williams died in his sleep", "Smith defended himself": the clause's subject, and nobody else.
        // A subject pronoun before it in its sentence binds it too ("he did not hear a shot but heard noise outside
        // his window"), and it then means whom that one means.
        const subjects = references.filter((reference) => reference.kind === 'pronoun' && !reference.noun && reference.start >= sentence.start)
        // A subject pronoun binds only to a name ("Ayers was fired before he was replaced"): "Guest hired Jones, and she
        // was promoted before he left" may mean Guest.
        const binding = pronoun === 'he' || pronoun === 'she' ? candidates[index] : [...candidates[index], ...subjects.map((reference) => ({start: reference.start, person: reference}))]
        // "his own", "her own" binds as a reflexive does: "tried to return the kickoff from deep in his own end zone".
        const own = (pronoun === 'his' || pronoun === 'her') && /^\s+own\b/iu.test(text.slice(end, end + 6))
        // An object "her" ("Trump stood behind her") never means its clause's subject: only a possessive binds.
        const object = pronoun === 'her' && !nounAfter.test(text.slice(end, end + 24))
        let bound = object ? -1 : boundSubject(own ? (pronoun === 'his' ? 'himself' : 'herself') : pronoun, text.slice(sentence.start, start), sentence.start, binding)
        // "In her statement, Hiller admitted…": the subject after the adjunct.
        if (bound < 0) bound = frontedSubject(pronoun, text, sentence.start, start, binding)
        if (bound >= 0) {
          const subject = binding[bound].person as Person | PersonReference
          // "she made himself": a reflexive bound to a subject pronoun of the other gender means nobody it could agree with.
          if ((own || pronoun.endsWith('self')) && !('display' in subject) && /^(?:he|she)$/iu.test(subject.text) && subject.gender !== gender) {
            references.push({person: subject.person, start, end, text: written, kind: 'pronoun', gender, clashesWith: subject.start})
            continue
          }
          const {person, sole, candidates: within, rivals} = 'display' in subject ? {person: subject.display, sole: true} as PersonReference : subject
          references.push({person, start, end, text: written, kind: 'pronoun', gender, ...(sole ? {sole} : {candidates: within}), ...(rivals ? {rivals} : {}), bound: true})
          continue
        }
        const near = candidates.slice(Math.max(0, index - reach), index + 1).flat()
        // The nearest person named before the pronoun is the one it is said of; a name after it in its
        // sentence may be the one it modifies ("Her agent, Mark Roesler"): a candidate, never the antecedent.
        const named = near.filter((candidate) => candidate.person && candidate.start < start)
        // Nobody named, nothing before it within reach, but a pronoun before it within reach that meant someone
        // ("His supervision was revoked and he returned"): that pronoun's person and candidates, whatever its gender.
        const chain = previous && previous.sentence >= index - 1 && !near.some((candidate) => candidate.start < start) &&
          !(facts.quotations ?? []).some((quotation) => quotation.start > previous!.reference.end && quotation.start < start) ? previous.reference : undefined
        if (named.length === 0 && chain) {
          const all = [...new Set([...(chain.sole ? [chain.person] : chain.candidates ?? []), ...near.map(describe)])]
          const reference: PersonReference = {person: chain.person, start, end, text: written, kind: 'pronoun', gender,
            ...(all.length === 1 ? {sole: true} : {candidates: all}), ...(chain.rivals ? {rivals: chain.rivals} : {})}
          references.push(reference)
          previous = {sentence: index, reference}
          continue
        }
        if (named.length === 0) {
          // Nobody named, only one person noun within reach ("The suspect fled. He was…"): a vote on who that noun is
          // in this story ("?suspect"), which the rule weighs when the noun stands beside a flip; never one itself.
          const nouns = new Set(near.map(describe))
          const only = near[0]
          if (nouns.size === 1 && only.start < start && isPersonNoun(only)) {
            references.push({person: describe(only), start, end, text: written, kind: 'pronoun', gender, sole: true, noun: true})
            continue
          }
          // Nobody named, but a gendered noun before it in its sentence ("a 60-year-old woman… because she is dying"),
          // and no pronoun of its gender before it within reach ("his wife… he said"): the noun, for the rule to weigh.
          const before = near.filter((candidate) => candidate.start < start)
          const noun = before.at(-1)
          const own = pronounsOf[pronounGender.get(pronoun)!]
          // Nor any person noun of its gender or of either, with or without a determiner ("a drunken driver", "two men").
          const rival = runsOf[index].tokens.some((token) => {
            if (token.start >= start) return false
            const gender = nounGender.get(token.text.toLowerCase()) ?? nounGender.get(singular(token.text.toLowerCase()))
            return gender === 'neutral' || gender === pronounGender.get(pronoun)
          })
          if (noun && noun.sentence === index && !rival && before.every((candidate) => candidate.gender === 'female' || candidate.gender === 'male') &&
            !own.test(text.slice(window[0].start, start))) {
            const rivals = new Set(candidates.slice(Math.max(0, index - rivalReach), Math.max(0, index - reach)).flat().map(describe))
            references.push({
              person: noun.text!, start, end, text: written, kind: 'pronoun', gender: pronounGender.get(pronoun)!, noun: true,
              candidates: [...new Set(near.map(describe))], ...(rivals.size ? {rivals: [...rivals]} : {})
            })
          }
          continue
        }
        const person = named.at(-1)!.person!
        // "her agent, Mark Roesler", "his wife Melania": a possessive never means the name its noun stands beside.
        const beside = pronoun === 'his' || pronoun === 'her' ? apposition.exec(text.slice(end, sentence.end))?.[1] : undefined
        if (beside) {
          const key = nameKey(beside.split(/\s+/u).at(-1)!)
          for (let i = near.length - 1; i >= 0; i--) if (near[i].person && (near[i].person!.surnameKey === key || near[i].person!.givenKey === key)) near.splice(i, 1)
          if (!near.some((candidate) => candidate.person === person)) continue
        }
        // With a person named before it in its sentence, a name after it is no antecedent ("Mead said she believed Moreno…").
        const inSentence = named.some((candidate) => candidate.sentence === index)
        // "Pigeon, who lives next door, said he…": reported speech means its speaker rather than a person noun ("the
        // suspect"); a named person of either gender still counts ("Ramsey says she", of the suspect named before).
        const speaker = speakerSubject(pronoun, text, sentence.start, start, candidates[index]) >= 0
        // Nor is a noun after it that a possessive owns ("he is survived by his wife").
        const owned = (candidate: Candidate) => !candidate.person && candidate.start > start && possessed.test(text.slice(Math.max(start, candidate.start - 40), candidate.start))
        // Nor, after a subject pronoun, a name later in its sentence: "She eclipsed Ken Dilger's record" cannot mean
        // Dilger, unless the pronoun is in a clause put before its sentence's subject ("When he arrived, Smith…").
        const commanding = (pronoun === 'he' || pronoun === 'she') && !frontedClause.test(text.slice(sentence.start, start))
        const all = [...new Set(near.filter((candidate) => (!inSentence && !commanding || candidate.start < start) && !owned(candidate) && !(speaker && isPersonNoun(candidate))).map(describe))]
        const rivals = new Set<string>()
        for (const candidate of candidates.slice(Math.max(0, index - rivalReach), Math.max(0, index - reach)).flat()) {
          const name = describe(candidate)
          if (!all.includes(name)) rivals.add(name)
        }
        const reference: PersonReference = {
          person: person.display, start, end, text: written, kind: 'pronoun', gender,
          ...(all.length === 1 ? {sole: true} : {candidates: all}),
          ...(rivals.size ? {rivals: [...rivals]} : {})
        }
        references.push(reference)
        previous = {sentence: index, reference}
      }
    })
    file.data.facts = {...file.data.facts, persons: references.sort((a, b) => a.start - b.start)}
  }
}
