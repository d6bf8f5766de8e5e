// Person names learned from the corpus: the last two tokens of a name mention
// as given name + surname. When the same surname comes with a similar given
// name that fewer independent articles use ("Matteo Prince" beside "Matthew
// Prince": a localised first name, a typical machine-translation artifact),
// the variant is an error, even though both given names are real. Short forms
// (Matt for Matthew) and config `firstNames` are accepted.
import type {CorpusRule} from '../../pipeline/rule.js'
import {voterOf, type EntityMention} from '../../pipeline/types.js'
import {createGazetteer} from '../../pipeline/names/gazetteer.js'
import {damerauLevenshtein, jaroWinkler} from '../../pipeline/names/similarity.js'
import {readLexicon} from '../../pipeline/lexicon.js'
import {meta, type NameVariantOptions} from './meta.js'

interface ShortForm {
  name: string
  short: string[]
}

interface LocalisedForms {
  name: string
  forms: string[]
}

const givenName = /^\p{Lu}\p{Ll}+$/u
// Titles stand where a given name would: "Mr Felt" is not a variant of "Mark Felt".
const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'mx', 'prof', 'rev', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt', 'st', 'mt', 'fr', 'jr', 'sr'])
const surnameShape = /^\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*$/u

interface PersonUse {
  article: string
  /** Its copy family: what support is counted by. */
  voter: string
  mention: EntityMention
  /** Offsets of "Given Surname" inside the mention. */
  start: number
  end: number
  given: string
}

export const nameVariant: CorpusRule<NameVariantOptions> = {
  meta,
  run(corpus, options) {
    const shortForms = loadShortForms()
    const localised = loadLocalisedForms()
    const gazetteer = createGazetteer(corpus.entities ?? [])
    // surname → given name → uses
    const people = new Map<string, Map<string, PersonUse[]>>()
    for (const article of corpus.articles) {
      for (const mention of article.entities ?? []) {
        if (mention.kind !== 'name' || mention.heading) continue
        const words = [...mention.text.matchAll(/\S+/gu)]
        if (words.length < 2) continue
        const given = words[words.length - 2]
        const surname = words[words.length - 1]
        if (!givenName.test(given[0]) || !surnameShape.test(surname[0]) || honorifics.has(given[0].toLowerCase())) continue
        const start = mention.start + given.index!
        const byGiven = people.get(surname[0]) ?? new Map<string, PersonUse[]>()
        people.set(surname[0], byGiven)
        const uses = byGiven.get(given[0]) ?? []
        uses.push({article: article.id, voter: voterOf(article), mention, start, end: mention.start + surname.index! + surname[0].length, given: given[0]})
        byGiven.set(given[0], uses)
      }
    }

    for (const [surname, byGiven] of people) {
      if (byGiven.size < 2) continue
      const ranked = [...byGiven].map(([given, uses]) => ({
        given,
        uses,
        articles: new Set(uses.filter((use) => !use.mention.inQuote).map((use) => use.voter))
      })).sort((a, b) => b.articles.size - a.articles.size)
      const canonical = ranked[0]
      if (canonical.articles.size < options.minSupport || !gazetteer.isKnown(canonical.given)) continue
      for (const variant of ranked.slice(1)) {
        const translated = localised.get(variant.given.toLowerCase())?.has(canonical.given.toLowerCase()) ?? false
        if (!translated && !isVariant(variant.given, canonical.given, options.minSimilarity)) continue
        if (shortForms.get(canonical.given.toLowerCase())?.has(variant.given.toLowerCase()) || shortForms.get(variant.given.toLowerCase())?.has(canonical.given.toLowerCase())) continue
        if (canonical.articles.size < options.ratio * variant.articles.size) continue
        if (gazetteer.canonicalOf(variant.given) !== undefined) continue
        // An unknown given name one edit away is a plain misspelling: name-spelling reports it.
        if (!gazetteer.isKnown(variant.given) && damerauLevenshtein(variant.given.toLowerCase(), canonical.given.toLowerCase(), 1) <= 1) continue
        const others = [...canonical.articles].filter((id) => !variant.articles.has(id))
        if (others.length === 0) continue
        const expected = `${canonical.given} ${surname}`
        const evidence = others.slice(0, 3).map((id) => {
          const use = canonical.uses.find((item) => item.voter === id && !item.mention.inQuote)!
          return corpus.evidence(id, use.start, use.end)
        })
        for (const use of variant.uses) {
          if (use.mention.inQuote) continue
          const actual = `${variant.given} ${surname}`
          corpus.report(meta.id, use.article, {
            reason: `Unexpected \`${actual}\`, expected \`${expected}\` (${others.length} other article${others.length === 1 ? '' : 's'})`,
            note: 'The other articles give this person another first name; a localised or respelt given name is a typical trace of machine translation or careless copying.',
            start: use.start,
            end: use.end,
            actual,
            expected: [expected],
            confidence: Math.min(0.9, 0.6 + 0.1 * others.length),
            evidence,
            key: `given-name:${variant.given}:${surname}`
          })
        }
      }
    }
  }
}

let shortForms: Map<string, Set<string>> | undefined

function loadShortForms(): Map<string, Set<string>> {
  if (shortForms) return shortForms
  const where = new URL('data/short-forms.yml', import.meta.url)
  const entries = readLexicon<ShortForm[]>(where)
  shortForms = new Map()
  for (const [index, entry] of entries.entries()) {
    if (typeof entry.name !== 'string' || !Array.isArray(entry.short) || entry.short.length === 0) {
      throw new Error(`${where.pathname}: entry ${index + 1} needs a \`name\` and a list of \`short\` forms`)
    }
    const set = shortForms.get(entry.name.toLowerCase()) ?? new Set<string>()
    for (const short of entry.short) set.add(short.toLowerCase())
    shortForms.set(entry.name.toLowerCase(), set)
  }
  return shortForms
}

let localisedForms: Map<string, Set<string>> | undefined

/** Both directions: "matteo" → {"matthew"} and "matthew" → {"matteo", …}. */
function loadLocalisedForms(): Map<string, Set<string>> {
  if (localisedForms) return localisedForms
  const where = new URL('data/localised-forms.yml', import.meta.url)
  localisedForms = new Map()
  const link = (a: string, b: string) => {
    const set = localisedForms!.get(a) ?? new Set<string>()
    set.add(b)
    localisedForms!.set(a, set)
  }
  for (const [index, entry] of readLexicon<LocalisedForms[]>(where).entries()) {
    if (typeof entry.name !== 'string' || !Array.isArray(entry.forms) || entry.forms.length === 0) {
      throw new Error(`${where.pathname}: entry ${index + 1} needs a \`name\` and a list of \`forms\``)
    }
    for (const form of entry.forms) {
      link(form.toLowerCase(), entry.name.toLowerCase())
      link(entry.name.toLowerCase(), form.toLowerCase())
    }
  }
  return localisedForms
}

/** Similar given names that are not a short form of one another (Matt, Matthew). */
function isVariant(variant: string, canonical: string, minSimilarity: number): boolean {
  const a = variant.toLowerCase()
  const b = canonical.toLowerCase()
  if (a[0] !== b[0] || a.startsWith(b) || b.startsWith(a)) return false
  return jaroWinkler(a, b) >= minSimilarity
}
