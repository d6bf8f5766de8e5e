// Finds who a quotation belongs to from the words around it: a cue from the
// lexicon (said, told, according to, saying ...) and the noun phrase that goes
// with it — a name, a pronoun (resolved later), a role ("the CEO").
import {cueMatchers, type CueKind} from './cues.js'
import {type Token, pronouns, adverbs, clauseBreak, determiners, titles, capital, articles, notInRole, leadIns, notSubject, circumstance, passiveAuxiliary, calendar, verbLike, ambiguousNoun, tokens, isPunct} from './speaker-words.js'

export type SpeakerKind = 'name' | 'pronoun' | 'role'

export interface Attribution {
  /** The speaker's noun phrase as written ("Cloudflare CEO Matthew Prince", "he", "the company"). */
  phrase: string
  /** The name inside it, when there is one ("Matthew Prince"). */
  name: string | null
  kind: SpeakerKind
  start: number
  end: number
  cue: string
  cueStart: number
  cueEnd: number
}

/** Cue tokens of a segment (multi-word cues become one token). */
function cues(list: Token[], source: string, base: number): Array<{index: number; last: number; kind: CueKind; text: string}> {
  const m = cueMatchers()
  const allWords = m.allWords
  const found = []
  for (let i = 0; i < list.length; i++) {
    const first = list[i].text.toLowerCase()
    for (const span of [2, 1]) {
      if (i + span > list.length) continue
      // Two-word cues ("according to", "went on") only start with a few words.
      if (span === 2 && allWords && !m.firstWords.has(first)) continue
      const text = span === 1 ? list[i].text : source.slice(list[i].start - base, list[i + 1].end - base)
      const key = span === 1 ? first : `${first} ${list[i + 1].text.toLowerCase()}`
      const kind: CueKind | null = m.words.get(key) ??
        (allWords ? null : m.verb.test(text) ? 'verb' : m.participle.test(text) ? 'participle' : m.according.test(text) ? 'according' : null)
      if (kind) {
        found.push({index: i, last: i + span - 1, kind, text})
        i += span - 1
        break
      }
    }
  }
  return found
}

/** Turn a run of tokens into a speaker phrase, or null if it does not read like one. */
function speakerPhrase(run: Token[], text: string, base: number): Omit<Attribution, 'cue' | 'cueStart' | 'cueEnd'> | null {
  let words = run.filter((token) => !isPunct(token))
  while (words.length > 0 && adverbs.test(words.at(-1)!.text)) words = words.slice(0, -1)
  if (words.length === 0 || words.length > 10) return null
  const start = words[0].start
  const end = words.at(-1)!.end
  const phrase = text.slice(start - base, end - base)
  if (words.length === 1 && pronouns.has(words[0].text.toLowerCase())) return {phrase, name: null, kind: 'pronoun', start, end}
  if (words.every((word) => articles.has(word.text.toLowerCase()))) return null
  const last = words.at(-1)!
  if (capital.test(last.text) && !titles.test(last.text)) {
    // The last run of capitalised words, minus titles before it: "Cloudflare CEO Matthew Prince" → "Matthew Prince".
    let first = words.length - 1
    while (first > 0 && capital.test(words[first - 1].text) && !titles.test(words[first - 1].text)) first--
    const name = text.slice(words[first].start - base, end - base)
    // "a series of tweets early Friday": a day or month is not who spoke.
    if (calendar.test(name)) return null
    return {phrase, name, kind: 'name', start, end}
  }
  // A role: a determiner or possessive and a noun ("the CEO", "Cloudflare’s chief executive", "officials").
  // "answering questions": a participle is not a speaker ("the ruling" is).
  if (words.some((word) => notInRole.has(word.text)) || /ing$/u.test(last.text) && !determiners.has(words[0].text.toLowerCase())) return null
  return {phrase, name: null, kind: 'role', start, end}
}

/** The noun phrase ending right before index `at`: back to punctuation or a clause word. */
function phraseBefore(list: Token[], at: number): Token[] {
  // Skip auxiliaries and adverbs between subject and verb: "they have always affirmed", "Mueller planned to ask".
  for (;;) {
    if (at > 0 && adverbs.test(list[at - 1].text.toLowerCase()) && !pronouns.has(list[at - 1].text.toLowerCase())) at--
    else if (at > 1 && list[at - 1].text === 'to' && /^\p{Ll}+(ed|s)$/u.test(list[at - 2].text)) at -= 2
    else break
  }
  if (at > 0 && pronouns.has(list[at - 1].text.toLowerCase())) return [list[at - 1]]
  let from = at
  while (from > 0) {
    const token = list[from - 1]
    if (isPunct(token)) break
    const lower = token.text.toLowerCase()
    if (clauseBreak.has(lower)) break
    from--
  }
  return list.slice(from, at)
}

/** The noun phrase starting at index `at`: forward to punctuation or a clause word. */
function phraseAfter(list: Token[], at: number): Token[] {
  let to = at
  while (to < list.length && to - at < 8) {
    const token = list[to]
    if (isPunct(token)) break
    if (to > at && clauseBreak.has(token.text.toLowerCase()) && token.text.toLowerCase() !== 'of') break
    to++
  }
  return list.slice(at, to)
}

/** The subject at the start of a clause: what precedes its first lowercase verb-like word. */
function subjectAt(list: Token[], from: number): Token[] {
  let to = from
  while (to < list.length && to - from < 8) {
    const token = list[to]
    if (isPunct(token)) break
    const lower = token.text.toLowerCase()
    // "When Clinton …", "During a speech …": not a subject; "Trump is …", "The nominee also …": its end.
    if (clauseBreak.has(lower) || leadIns.has(lower)) return to === from ? [] : list.slice(from, to)
    if (pronouns.has(lower) && to === from) return [token]
    // "On July 6, 2015, Sanders …": a number opens a date or a count, not a subject.
    if (to === from && /^\p{N}/u.test(token.text)) return []
    if (!capital.test(token.text) && !determiners.has(lower) && !titles.test(token.text)) break
    to++
  }
  // "The piece used …", "The company's statement reads …": a determiner and up to two common nouns, stopping at a verb-like word.
  if (to > from && to - from <= 2 && determiners.has(list[from].text.toLowerCase())) {
    let nouns = 0
    while (nouns < 2 && to < list.length && !isPunct(list[to]) && /^\p{Ll}/u.test(list[to].text) &&
      !clauseBreak.has(list[to].text) && !adverbs.test(list[to].text) && !verbLike.test(list[to].text)) {
      to++
      nouns++
    }
  }
  return list.slice(from, to)
}

/**
 * Attribution in the words after a quotation, up to the end of its sentence:
 * `“…,” Prince said`, `“…,” said Prince`, `“…,” the company said in a statement`.
 */
export function speakerAfter(text: string, base: number, ending: 'clause' | 'sentence' | 'fragment' = 'clause'): Attribution | null {
  // “…” ― Jacklyn Ashley (a reader's comment, a caption)
  const dash = /^\s*[\u2015\u2014\u2013]\s*/u.exec(text)
  if (dash) {
    const rest = tokens(text.slice(dash[0].length), base + dash[0].length)
    if (rest.length > 0 && rest.length <= 5 && rest.every((token) => capital.test(token.text) || determiners.has(token.text.toLowerCase()))) {
      const np = speakerPhrase(rest, text.slice(dash[0].length), base + dash[0].length)
      if (np) return {...np, cue: dash[0].trim(), cueStart: base + dash.index, cueEnd: base + dash.index + 1}
    }
  }
  const list = tokens(text, base)
  const found = cues(list, text, base).filter((cue) => cue.index <= 18)
  for (const cue of found) {
    const cueFields = {cue: cue.text, cueStart: list[cue.index].start, cueEnd: list[cue.last].end}
    // After a quotation that ended its sentence, only a short tag belongs to it: “….” Prince said.
    // A longer tail is still the tag when it says where or when ("Trump said Tuesday at a rally in Tampa …"),
    // not what ("Trump said the plan …" is a new statement).
    if (ending === 'sentence' && cue.index > 0 && list.length - cue.last > 6 && !(cue.kind === 'verb' && cue.index <= 5 && circumstance.test(list[cue.last + 1].text))) continue
    if (cue.kind === 'according') {
      const np = speakerPhrase(phraseAfter(list, cue.last + 1), text, base)
      if (np) return {...np, ...cueFields}
      continue
    }
    const lead = list.slice(0, cue.index).filter((token) => !isPunct(token))
    if (lead.length === 0 && cue.kind === 'verb') {
      // "said Prince", "said the company's chief executive"
      const np = speakerPhrase(phraseAfter(list, cue.last + 1), text, base)
      if (np) return {...np, ...cueFields}
      continue
    }
    const chunks = splitChunks(list.slice(0, cue.index))
    if (chunks.length === 0) continue
    // “…,” Prince said / “…,” Matthew Prince, Cloudflare’s CEO, said: the first chunk.
    // “…” for years, she said: the chunk right before the cue, after a comma.
    const chunk = ending === 'fragment' ? (chunks.length >= 2 && isPunct(list[cue.index - 1]) === false ? chunks.at(-1)! : null) : chunks[0]
    // “…,” while police said …: a new clause with its own speaker, not this quotation's tag.
    if (chunk && clauseBreak.has(chunk[0].text.toLowerCase())) continue
    const np = chunk ? speakerPhrase(chunk, text, base) : null
    if (np && chunk!.length <= 10) return {...np, ...cueFields}
  }
  // “…,” Prime Minister Benjamin Netanyahu during an address: a name tag with its verb left out.
  if (ending === 'clause') {
    const chunk = splitChunks(list)[0]
    const lead = chunk ? subjectAt(chunk, 0) : []
    const np = lead.length > 0 && lead[0] === list[0] ? speakerPhrase(lead, text, base) : null
    if (np?.kind === 'name') return {...np, cue: '', cueStart: np.end, cueEnd: np.end}
  }
  return null
}

/**
 * Attribution in the words before a quotation, back to the start of its
 * sentence: `Prince said:`, `Prince said the site hosted “…”`, `according to
 * CBS News, “…”`, `Prince posted a note saying “…”`.
 */
export function speakerBefore(text: string, base: number): Attribution | null {
  const list = tokens(text, base)
  const found = cues(list, text, base)
  for (let k = found.length - 1; k >= 0; k--) {
    const cue = found[k]
    const cueFields = {cue: cue.text, cueStart: list[cue.index].start, cueEnd: list[cue.last].end}
    if (cue.kind === 'according') {
      const np = speakerPhrase(phraseAfter(list, cue.last + 1), text, base)
      if (np) return {...np, ...cueFields}
      continue
    }
    if (cue.kind === 'participle') {
      // "footage of Clinton asking", else the clause's subject: "Prince posted a note saying".
      const near = speakerPhrase(phraseBefore(list, cue.index), text, base)
      const np = (near && near.kind !== 'role' ? near : null) ??
        speakerPhrase(subjectAt(list, clauseStart(list, cue.index, true)), text, base) ??
        firstSubject(list, cue.index, text, base) ??
        // "A source told Breitbart they were against it, saying “…”": the earlier verb's subject.
        (found.slice(0, k).some((earlier) => earlier.kind === 'verb') ? null : near)
      if (np) return {...np, ...cueFields}
      continue
    }
    // "terrorists are revealed as …", "what was described as …": a passive is not the subject speaking.
    let verbAt = cue.index
    while (verbAt > 0 && /^(?:also|later|then|now|often|widely|first)$/iu.test(list[verbAt - 1].text)) verbAt--
    if (verbAt > 0 && passiveAuxiliary.test(list[verbAt - 1].text) && /ed$/iu.test(cue.text)) continue
    let np = speakerPhrase(phraseBefore(list, cue.index), text, base)
    // "late-night tweets", "his claims": an -s form after a role-like phrase is a noun, not a cue.
    if (np?.kind === 'role' && ambiguousNoun.test(cue.text) && !determiners.has(text.slice(np.start - base, np.end - base).split(/\s/u)[0].toLowerCase())) continue
    if (!np && cue.index > 0 && list[cue.index - 1].text.toLowerCase() === 'and') {
      // "I laughed and said": the subject of the clause.
      np = speakerPhrase(subjectAt(list, clauseStart(list, cue.index, true)), text, base)
    }
    let bare = cue.index
    while (bare > 0 && adverbs.test(list[bare - 1].text.toLowerCase())) bare--
    if (!np && bare > 0 && isPunct(list[bare - 1])) {
      // An appositive: "Prince, the CEO, said", "The owner, Josh Moon, said": prefer the name.
      const pair = splitChunks(list.slice(0, bare)).slice(-2)
      const chunks = pair.map((chunk) => speakerPhrase(chunk, text, base))
      // "Marc Morial, the chief executive of the League, said": the second part describes the first.
      const described = pair.length === 2 && determiners.has(pair[1][0].text.toLowerCase()) && chunks[0]?.kind === 'name'
      np = described ? chunks[0] : chunks.findLast((chunk) => chunk?.kind === 'name') ?? chunks.at(-1) ?? null
    }
    // "Said Prince: “…”"
    if (!np && cue.index === 0) np = speakerPhrase(phraseAfter(list, cue.last + 1), text, base)
    if (np) return {...np, ...cueFields}
  }
  return null
}

function clauseStart(list: Token[], at: number, atComma: boolean): number {
  let from = at
  const stop = atComma ? /^[,;:()\u2014\u2013\u2015]$/u : /^[;:()\u2014\u2013\u2015]$/u
  while (from > 0 && !stop.test(list[from - 1].text)) from--
  return from
}

function splitChunks(list: Token[]): Token[][] {
  const chunks: Token[][] = [[]]
  for (const token of list) {
    if (isPunct(token)) {
      if (chunks.at(-1)!.length > 0) chunks.push([])
    } else chunks.at(-1)!.push(token)
  }
  if (chunks.at(-1)!.length === 0) chunks.pop()
  return chunks
}

/** A sentence that ends with its reporting clause: "The administration may wait, Schiff said". */
export function speakerAfterSentence(text: string, base: number): Attribution | null {
  const list = tokens(text, base)
  const found = cues(list, text, base)
  const cue = found.at(-1)
  if (!cue || cue.kind !== 'verb' || list.length - cue.last > 4) return null
  const chunks = splitChunks(list.slice(0, cue.index))
  const np = chunks.length > 0 ? speakerPhrase(chunks.at(-1)!, text, base) : null
  if (!np || np.kind === 'role' && chunks.at(-1)!.length > 4) return null
  return {...np, cue: cue.text, cueStart: list[cue.index].start, cueEnd: list[cue.last].end}
}

/** The first comma-separated part of a sentence that starts with a subject: "During a speech, Trump attacked …". */
function firstSubject(list: Token[], upTo: number, text: string, base: number): Omit<Attribution, 'cue' | 'cueStart' | 'cueEnd'> | null {
  let from = clauseStart(list, upTo, false)
  while (from < upTo) {
    const np = speakerPhrase(subjectAt(list, from), text, base)
    if (np) return np
    while (from < upTo && !isPunct(list[from])) from++
    from++
  }
  return null
}

/** A sentence that introduces a quotation without a cue ("Sanders made the following comment:"): its subject. */
export function sentenceSubject(text: string, base: number): Attribution | null {
  const list = tokens(text, base)
  // The colon that introduces the quotation is not a clause boundary to stop at.
  let upTo = list.length
  while (upTo > 0 && isPunct(list[upTo - 1])) upTo--
  const np = firstSubject(list, upTo, text, base)
  if (!np || np.kind === 'role' && np.end - np.start > 40) return null
  const colon = text.lastIndexOf(':')
  return {...np, cue: ':', cueStart: base + colon, cueEnd: base + colon + 1}
}

/** The subject of the sentence a quoted phrase sits in, when it is a name or a pronoun: "In July, Gingrich dismissed Estonia as …". */
export function embeddedSubject(text: string, base: number): Attribution | null {
  const list = tokens(text, base)
  const np = firstSubject(list, list.length, text, base)
  // "Eliminating …", "Only European …": a capitalised sentence opener, not a name.
  if (!np || np.kind === 'role' || notSubject.test(np.phrase.split(/\s/u)[0])) return null
  return {...np, cue: '', cueStart: np.end, cueEnd: np.end}
}

/** A sentence whose subject is a named person with a reporting verb anywhere in it: its speaker. */
export function reportingSubject(text: string, base: number): Attribution | null {
  const found = speakerBefore(text, base)
  return found && found.kind === 'name' && found.cue !== '' && /\s/u.test(found.name ?? '') ? found : null
}
