// Pronoun-flip sites: a gendered third-person pronoun outside quotations whose
// referent passes the spec's simple test (a full name in the same or the previous
// sentence, gendered elsewhere in the article, no other name in between).
import {sentences} from './text.js'
import {insideAny, mentions, quoteRanges, words, type Edit, type Gender, type Mention, type Word} from './translation-text.js'

const MALE = new Set(['he', 'him', 'his', 'himself'])
const FEMALE = new Set(['she', 'her', 'hers', 'herself'])
const genderOf = (w: string): Gender | undefined =>
  MALE.has(w.toLowerCase()) ? 'male' : FEMALE.has(w.toLowerCase()) ? 'female' : undefined

// Nouns a flipped pronoun could fairly refer to instead: with one of the other
// gender between the name and the pronoun, the flip would not be clearly wrong.
const NOUNS: Record<Gender, Set<string>> = {
  male: new Set(`man men boy boys husband father son brother uncle nephew grandfather grandson boyfriend king prince
    actor spokesman chairman businessman congressman policeman gentleman sir dad groom widower lord`.split(/\s+/)),
  female: new Set(`woman women girl girls wife mother daughter sister aunt niece grandmother granddaughter girlfriend
    queen princess actress spokeswoman chairwoman businesswoman congresswoman policewoman lady madam mom mum bride
    widow`.split(/\s+/))
}

// After these, "her" + noun may be two objects ("gave her money"): case unclear, so skipped.
const DITRANSITIVE = new Set(`gave give gives giving given sent send sends sending told tell tells showed show shows
  offered offer offers handed hand paid pay pays bought buy brought bring owe owed owes wished wish called call calls
  named name made make makes found find left leave let got get gets asked ask taught teach promised promise lent lend
  charged cost saved save granted grant awarded award denied deny allowed allow considered consider thought kept keep
  sold sell won win earned earn cooked read wrote write`.split(/\s+/))

// Words that cannot begin the noun phrase "her" would determine: here "her" is an object.
const NOT_NOUN = new Set(`to that as about back up out off down away again too also when if because while after before
  since until for with from by in on at of into onto over under through around and or but than the a an this these
  those his her their its my our your what how why where who whom whether not no was is be been were are had has have
  would will could should can may might did does do just later now then there here once so during against without
  within into even never always still yet already`.split(/\s+/))
// Either an object or the start of the noun phrase ("told her very little", "her very first"): skipped.
const UNCLEAR = new Set(['very', 'more', 'less', 'all', 'both', 'each', 'every', 'some', 'any', 'first', 'last', 'next',
  'most', 'much', 'many', 'few', 'little', 'enough', 'only'])

/** The other gender's form in the same case; undefined when the case is unclear. */
function flip(at: Word, next: string | undefined, prev: string | undefined): {to: string; variant: string} | undefined {
  const w = at.text.toLowerCase()
  if (next !== undefined && UNCLEAR.has(next) && (w === 'her' || w === 'his')) return undefined
  const determiner = next !== undefined && /^\p{Ll}/u.test(next) && !NOT_NOUN.has(next)
  const bare = next === undefined || NOT_NOUN.has(next)
  let to: string | undefined
  let variant = ''
  if (w === 'he' || w === 'she') [to, variant] = [w === 'he' ? 'she' : 'he', 'subject']
  else if (w === 'himself' || w === 'herself') [to, variant] = [w === 'himself' ? 'herself' : 'himself', 'reflexive']
  else if (w === 'him') [to, variant] = ['her', 'object']
  else if (w === 'hers') [to, variant] = ['his', 'possessive pronoun']
  else if (w === 'his') [to, variant] = determiner ? ['her', 'possessive'] : bare ? ['hers', 'possessive pronoun'] : [undefined, '']
  else if (w === 'her') {
    if (bare) [to, variant] = ['him', 'object']
    else if (determiner && !(prev && DITRANSITIVE.has(prev))) [to, variant] = ['his', 'possessive']
  }
  if (!to) return undefined
  if (at.text === at.text.toUpperCase() && at.text.length > 1) to = to.toUpperCase()
  else if (/^\p{Lu}/u.test(at.text)) to = to[0].toUpperCase() + to.slice(1)
  return {to, variant}
}

/** Every pronoun of the article that may be flipped, with its flipped form. */
export function pronounSites(text: string): Edit[] {
  const quotes = quoteRanges(text)
  const sents = sentences(text)
  const sentenceAt = (offset: number) => sents.findIndex((s) => offset >= s.start && offset < s.end)
  const all = mentions(text)
  const ws = words(text)
  const pronouns = ws.map((w, i) => ({w, i, gender: genderOf(w.text)}))
    .filter((p) => p.gender && !insideAny(quotes, p.w.start, p.w.end))

  // Two people sharing a surname ("Donald Trump", "Melania Trump") make the surname ambiguous.
  const firsts = new Map<string, Set<string>>()
  for (const m of all) if (m.full) (firsts.get(m.key) ?? firsts.set(m.key, new Set()).get(m.key)!).add(m.first!)
  // A mention's person: by surname, or by a first name only one person has ("Tara").
  const person = (m: Mention): string | undefined => {
    if (firsts.get(m.key)?.size === 1) return m.key
    if (m.full || firsts.has(m.key)) return undefined
    const owners = [...firsts].filter(([, f]) => f.has(m.key))
    return owners.length === 1 && owners[0][1].size === 1 ? owners[0][0] : undefined
  }
  const sameAs = (m: Mention, key: string) => person(m) === key

  // Between a mention and a pronoun: nobody else named, no noun or pronoun of the other gender.
  const clear = (key: string, from: number, to: number, gender: Gender) => {
    const other: Gender = gender === 'male' ? 'female' : 'male'
    if (all.some((m) => m.start >= from && m.start < to && !sameAs(m, key))) return false
    return !ws.some((w) => w.start >= from && w.end <= to &&
      (NOUNS[other].has(w.text.toLowerCase()) || genderOf(w.text) === other))
  }

  // Evidence of each person's gender: honorifics, and pronouns that follow a mention
  // of them within the next sentence with nobody else named in between.
  const evidence = new Map<string, Array<{at: number; gender: Gender}>>()
  const add = (key: string, at: number, gender: Gender) =>
    (evidence.get(key) ?? evidence.set(key, []).get(key)!).push({at, gender})
  for (const m of all) {
    const key = person(m)
    if (!key || insideAny(quotes, m.start, m.end)) continue
    if (m.honorific) add(key, -1, m.honorific)
    const s = sentenceAt(m.start)
    const p = pronouns.find((q) => q.w.start > m.end)
    if (!p || s < 0 || sentenceAt(p.w.start) > s + 1) continue
    if (!all.some((o) => o.start > m.end && o.start < p.w.start && !sameAs(o, key))) add(key, p.w.start, p.gender!)
  }

  const sites: Edit[] = []
  for (const p of pronouns) {
    const s = sentenceAt(p.w.start)
    if (s < 0) continue
    // The last full name before the pronoun, in this sentence or the one before, outside quotations.
    const from = sents[Math.max(0, s - 1)].start
    const name = all.filter((m) => m.full && m.start >= from && m.end <= p.w.start && !insideAny(quotes, m.start, m.end)).pop()
    const key = name && person(name)
    if (!name || !key) continue
    const seen = (evidence.get(key) ?? []).filter((e) => e.at !== p.w.start)
    const genders = new Set(seen.map((e) => e.gender))
    if (genders.size !== 1 || !genders.has(p.gender!)) continue
    if (!clear(key, name.end, p.w.start, p.gender!)) continue
    // For "his" and "her", what follows tells the case: a word, a stop (", . ;": "him", "hers"),
    // or something unclear ("his \"working visit\"", "her Instagram", "his 2016 campaign", "her long-time").
    const follow = text.slice(p.w.end, p.w.end + 40)
    const word = /^[ \t]+[\p{L}\p{N}]/u.test(follow)
    const next = word ? ws[p.i + 1].text : undefined
    if (/^h(?:is|er)$/i.test(p.w.text) && (word ? !/^\p{Ll}+$/u.test(next!) : !/^[ \t]*(?:[.,;:!?)\]—–]|\r?\n|$)/u.test(follow)))
      continue
    const prev = ws[p.i - 1] && /^[ \t]+$/.test(text.slice(ws[p.i - 1].end, p.w.start)) ? ws[p.i - 1].text.toLowerCase() : undefined
    const f = flip(p.w, next, prev)
    if (!f) continue
    sites.push({start: p.w.start, end: p.w.end, from: p.w.text, to: f.to, variant: f.variant,
      sentenceStart: sents[s].start, sentenceEnd: sents[s].end, inQuote: false})
  }
  return sites
}
