// Roles bound to a person: a title before the name ("CEO Matthew Prince",
// "global public policy chief Alissa Starzak"), an appositive after it
// ("Matthew Prince, a co-founder and CEO of Cloudflare,") and the
// "X and Y, A and B respectively" construction.
import {titleHeads, titleNeutral, titleSynonyms} from './lexicons.js'
import {stem, stopwords, type Word} from './text.js'

export interface FoundRole {
  start: number
  end: number
  text: string
  person: string
  role: string
  roleWords: string[]
}

const isHead = (word: string) => titleHeads.has(word.toLowerCase())

/** Folds synonyms and drops neutral words and the organisation's own name. */
export function normaliseRole(role: string, orgKeys: Set<string>): string[] {
  // "the actress's rep": the possessor is the employer, not the post; "then-" and "former" say when, not what.
  let lower = role.toLowerCase().replace(/\S+[’']s\b|\S+s[’'](?=\s|$)/g, ' ').replace(/\b(?:then|ex|former)-/g, '')
  for (const {pattern, to} of titleSynonyms) lower = lower.replace(pattern, to)
  // "at telecoms company Interoute", "from Trend Micro": where they work, not what they are.
  lower = lower.replace(/\s(?:at|from|with)\s.*$/, '')
  return [...new Set(lower.split(/[^\p{L}\p{N}-]+/u).filter((word) =>
    word && !titleNeutral.has(word) && !stopwords.has(word) && !orgKeys.has(word.replace(/[^\p{L}\p{N}]/gu, '')))
    .map((word) => titleHeads.has(word) ? word : stem(word)))].sort()
}

interface RoleInput {
  sentence: string
  offset: number
  words: Word[]
  runs: Word[][]
  /** Name keys used elsewhere in the article: organisations to drop from role words ("CEO of Cloudflare"). */
  orgKeys: Set<string>
}

export function findRoles({sentence, offset, words, runs, orgKeys}: RoleInput): FoundRole[] {
  const found: FoundRole[] = []
  // A headline in title case ("76ers Fire Coach Jim O'Brien") capitalises verbs too: no roles from it.
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word.text)).length
  if (words.length >= 4 && capitalised / words.length >= 0.7) return found
  const at = (start: number, end: number) => sentence.slice(start - offset, end - offset)
  const push = (personWords: Word[], roleStart: number, roleEnd: number) => {
    const person = personWords.map((word) => word.text).join(' ')
    const role = at(roleStart, roleEnd).trim().replace(/[,;.]+$/, '')
    if (personWords.length < 2 || !role) return
    const roleWords = normaliseRole(role, orgKeys)
    if (roleWords.length === 0) return
    found.push({start: Math.min(roleStart, personWords[0].start), end: Math.max(roleEnd, personWords.at(-1)!.end), text: at(Math.min(roleStart, personWords[0].start), Math.max(roleEnd, personWords.at(-1)!.end)), person, role, roleWords})
  }

  for (const run of runs) {
    // A title inside the run: "NET CEO Matthew Prince", "President Donald Trump".
    let lastHead = -1
    for (let index = 0; index < run.length - 1; index++) if (isHead(run[index].text)) lastHead = index
    let personWords = run
    let roleStart = -1
    let roleEnd = -1
    if (lastHead !== -1 && run.length - lastHead - 1 >= 2 && !run.slice(lastHead + 1).some((word) => /^\p{Ll}/u.test(word.text))) {
      personWords = run.slice(lastHead + 1)
      // At most two words before the title head, and never a verb that opens the sentence ("Receiving French President …").
      let from = Math.max(0, lastHead - 2)
      while (from < lastHead && /(?:ing|ed)$/.test(run[from].text)) from++
      roleStart = run[from].start
      roleEnd = run[lastHead].end
    }
    // Lower-case title words right before the name: "global public policy chief Alissa Starzak".
    const first = words.findIndex((word) => word.start === (roleStart === -1 ? personWords[0].start : run[0].start))
    if (first > 0 && isHead(words[first - 1].text) && !/[,;:.]/.test(at(words[first - 1].end, words[first].start))) {
      let index = first - 1
      while (index > 0 && /^\p{Ll}/u.test(words[index - 1].text) && !stopwords.has(words[index - 1].text.toLowerCase()) && first - index < 4
        && !/(?:ing|ed)$/.test(words[index - 1].text)
        && !/[,;:.”"]/.test(at(words[index - 1].end, words[index].start))) index--
      roleStart = words[index].start
      if (roleEnd === -1) roleEnd = words[first - 1].end
    }
    if (roleStart !== -1) {
      push(personWords, roleStart, roleEnd)
      continue
    }
    // An appositive: "Name, a co-founder and CEO of Cloudflare," or the respectively form.
    const after = sentence.slice(run.at(-1)!.end - offset)
    const appositive = /^,\s+(?:(?:a|an|the|its|their)\s+)?([^,;:.()“”"]{2,80}?)(?=,|;|\.|\)|$| who\b| said\b| says\b| told\b)/u.exec(after)
    if (!appositive) continue
    const phrase = appositive[1]
    const phraseStart = run.at(-1)!.end + appositive.index + appositive[0].indexOf(phrase)
    const phraseWords = phrase.split(/[^\p{L}-]+/u).filter(Boolean)
    if (!phraseWords.some(isHead) || phraseWords.length > 10) continue
    if (/\brespectively\b/i.test(phrase)) {
      respectively(run, runs, words, phrase, phraseStart, push)
      continue
    }
    if (!isHead(phraseWords[0]) && !phraseWords.slice(0, 4).some(isHead)) continue
    push(run, phraseStart, phraseStart + phrase.length)
  }
  return found
}

/** "Matthew Prince and Alissa Starzak, CEO and Head of Public Affairs respectively". */
function respectively(
  last: Word[], runs: Word[][], words: Word[], phrase: string, phraseStart: number,
  push: (person: Word[], start: number, end: number) => void
): void {
  const index = runs.indexOf(last)
  const previous = runs[index - 1]
  if (!previous) return
  const between = words.filter((word) => word.start >= previous.at(-1)!.end && word.end <= last[0].start)
  if (between.length !== 1 || between[0].text.toLowerCase() !== 'and') return
  const roles = phrase.replace(/\s*\brespectively\b.*$/i, '').split(/\s+and\s+/i)
  if (roles.length !== 2) return
  const secondStart = phraseStart + phrase.indexOf(roles[1], roles[0].length)
  push(previous, phraseStart, phraseStart + roles[0].length)
  push(last, secondStart, secondStart + roles[1].length)
}
