// Minority spellings of a name, learned from the corpus: a capitalised token
// one edit away from a form that more independent articles use mid-sentence
// ("Cloudfare" beside "Cloudflare") is a misspelling, unless the variant is a
// real name or word in its own right. Spacing, case and hyphen variants are
// reported by ./forms.ts as inconsistent forms (info).
import type {CorpusContext, CorpusRule} from '../../pipeline/rule.js'
import {deletions, type TokenEntry, type TokenUse} from '../../pipeline/names/corpus-names.js'
import {isEnglishWord} from '../../pipeline/names/dictionary.js'
import {createGazetteer} from '../../pipeline/names/gazetteer.js'
import {givenNameGender, isGivenName} from '../../pipeline/names/given-gender.js'
import {damerauLevenshtein, formKey, jaroWinkler} from '../../pipeline/names/similarity.js'
import {reportForms} from './forms.js'
import {namePairs, nameRole, usesInsideNames} from './inside-names.js'
import {meta, type NameSpellingOptions} from './meta.js'

// Titles and other abbreviations that news copy writes with a period (sentence splitters often end a sentence there).
const abbreviations = new Set('const gov sen rep lt sgt capt col gen det insp supt cpl pvt adm cmdr cdr prof rev hon atty dist mt ft st ave blvd rd corp inc ltd co bros dept univ assn jan feb mar apr aug sept sep oct nov dec'.split(' '))

/** Shorter names must keep their first letter to be matched. */
const firstLetterLength = 7

const acronym = /^[\p{Lu}\d]+$/u

const note = 'A misspelt name misleads readers and search alike, and it is a sign the copy was not checked; the other articles of the corpus spell it the expected way.'

export const nameSpelling: CorpusRule<NameSpellingOptions> = {
  meta,
  run(corpus, options) {
    // One story at a time: only its own articles vote.
    const names = corpus.names()
    const gazetteer = createGazetteer(corpus.entities ?? [], options.accept)
    const byId = new Map(corpus.articles.map((article) => [article.id, article]))
    const configuredTokens = [...new Set((corpus.entities ?? []).flatMap((entity) => entity.name.split(/\s+/)))]
    const rejected = new Map(Object.entries(options.reject).map(([wrong, right]) => [wrong.toLowerCase(), right]))
    let pairs: Set<string> | undefined

    // Block by the one-deletion neighbourhood: linear in the vocabulary. Only
    // forms supported well enough to be canonical are indexed; variants query.
    const neighbours = new Map<string, string[]>()
    for (const [key, entry] of names.tokens) {
      if (key.length < options.minLength - 1 || entry.supportArticles.size < options.minSupport) continue
      for (const deleted of new Set(deletions(key))) {
        const list = neighbours.get(deleted)
        if (list) list.push(key)
        else neighbours.set(deleted, [key])
      }
    }

    for (const variant of names.tokens.values()) {
      const right = rejected.get(variant.key)
      if (right !== undefined) {
        reportVariant(corpus, variant, right, [], 0.95)
        continue
      }
      if (variant.key.length < options.minLength - 2) continue
      // A real word or a listed name is a spelling of its own, except inside a name the story writes otherwise (below).
      const real = gazetteer.isKnown(variant.key) || isEnglishWord(variant.uses[0].text)
      // The variant's own votes: articles that write it outside quotations.
      const variantArticles = new Set(variant.uses.filter((use) => !use.mention.inQuote).map((use) => use.voter)).size
      if (variantArticles === 0) continue
      // "Const. Tim Fanning": an abbreviation with its period is not a misspelt name.
      if (variant.uses.every((use) => isAbbreviation(byId.get(use.article)!, use))) continue
      const candidates = new Set<string>()
      for (const deleted of new Set(deletions(variant.key))) for (const key of neighbours.get(deleted) ?? []) candidates.add(key)
      let best: TokenEntry | undefined
      let bestSupport: string[] = []
      for (const key of candidates) {
        const canonical = names.tokens.get(key)!
        if (key === variant.key || !similarNames(variant.key, key, options.minLength, (stem) => names.tokens.has(stem))) continue
        // An acronym (IRNA) and a name (Iran) are different things, not two spellings.
        if (acronym.test(names.display(key)) !== acronym.test(names.display(variant.key))) continue
        // Two people, not two spellings: given names of different genders ("Erica Garner", daughter of Eric Garner), or
        // a given name where the story writes the other as a surname ("Osama bin Laden", "Barack Obama").
        if (otherPerson(variant, canonical, (id) => byId.get(id)!.text)) continue
        const support = [...canonical.supportArticles]
        const demanding = Math.max(key.length, variant.key.length) < options.minLength || key[0] !== variant.key[0]
        if (support.length < options.minSupport + (demanding ? 1 : 0)) continue
        if (support.length < options.ratio * variantArticles) continue
        if (!best || support.length > bestSupport.length) [best, bestSupport] = [canonical, support]
      }
      if (!best) {
        // A configured entity is canonical without the corpus' votes.
        const configured = configuredTokens.find((token) => similarNames(variant.key, token.toLowerCase(), options.minLength, (stem) => names.tokens.has(stem)))
        if (configured && !real) reportVariant(corpus, variant, configured, [], 0.85)
        continue
      }
      const uses = real ? usesInsideNames(variant.uses, best.key, (pairs ??= namePairs(names))) : variant.uses
      if (uses.length === 0) continue
      // The same article may write the right form elsewhere ("Donald Trump … Donald Tromp"): it counts as support, not as evidence.
      const support = bestSupport.filter((id) => !variant.articles.has(id))
      if (support.length === 0) continue
      const evidence = support.slice(0, 3).map((id) => {
        const use = best.uses.find((item) => item.voter === id && !item.mention.inQuote) ?? best.uses.find((item) => item.voter === id)!
        return corpus.evidence(id, use.start, use.end, use.text)
      })
      const confidence = Math.min(0.95, 0.55 + 0.1 * support.length)
      reportVariant(corpus, {...variant, uses}, names.display(best.key), evidence, confidence, support.length)
    }
    reportForms(corpus, options)
  }
}

// A name particle after a word makes it a given name: "Osama bin Laden", "Ludwig van Beethoven".
const particle = /^\s+(?:bin|ibn|al|el|van|von|de|da|di|del|della|der|den|dos|du|le|la)[\s-]+\p{Lu}/u

function otherPerson(variant: TokenEntry, canonical: TokenEntry, text: (article: string) => string): boolean {
  const [mine, theirs] = [givenNameGender(variant.key), givenNameGender(canonical.key)]
  if (mine && theirs && mine !== theirs) return true
  const roles = (entry: TokenEntry) => entry.uses.map((use) => {
    const role = nameRole(use)
    return role === 'alone' && particle.test(text(use.article).slice(use.end, use.end + 12)) ? 'given' : role
  })
  const own = roles(variant)
  const other = roles(canonical)
  return isGivenName(variant.key) && own.every((role) => role === 'given') && other.filter((role) => role === 'given').length <= other.length / 10
}

/** A short token whose period does not end its sentence: "Const. Tim Fanning", "Gov. Brown". */
function isAbbreviation(article: CorpusContext['articles'][number], use: TokenUse): boolean {
  if (use.text.length > 6 || article.text[use.end] !== '.') return false
  if (abbreviations.has(use.text.toLowerCase())) return true
  const sentence = article.sentences[use.mention.sentence]
  return Boolean(sentence) && /^\.\s+\p{Lu}/u.test(article.text.slice(use.end, sentence.end))
}

/** One edit apart, same first letter, close by Jaro–Winkler, not an inflection, a spelling variety or a form variant. */
function similarNames(a: string, b: string, minLength: number, known: (key: string) => boolean): boolean {
  const longest = Math.max(a.length, b.length)
  // Names keep their first letter; only long ones are matched without it (Loudflare).
  if ((a[0] !== b[0] && longest < firstLetterLength) || longest < minLength - 1) return false
  if (formKey(a) === formKey(b) || damerauLevenshtein(a, b, 1) !== 1) return false
  // One letter short of minLength (Paul, Iran): a drop, double or transposition, never a
  // substitution, which turns short names into other names too often (Moon, Moen).
  if (longest < minLength && a.length === b.length && [...a].filter((c, i) => c !== b[i]).length === 1) return false
  // …nor a truncation (Avi, Aviv).
  if (longest < minLength && (a.startsWith(b) || b.startsWith(a))) return false
  if (inflected(a, b, known) || spellingVariety(a, b)) return false
  return jaroWinkler(a, b) >= 0.8
}

/** Korea/Korean, Iraq/Iraqi, Clinton/Clintons, Bern/Berne, Koreas/Korean: one name, two grammatical forms. */
function inflected(a: string, b: string, known: (key: string) => boolean): boolean {
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a]
  if (longer.length === shorter.length + 1 && longer.startsWith(shorter)) {
    const added = longer[longer.length - 1]
    const last = shorter[shorter.length - 1]
    if (added === last) return false
    return added === 's' || added === 'i' || added === 'e' || (added === 'n' && last === 'a')
  }
  if (a.length === b.length && a.slice(0, -1) === b.slice(0, -1)) {
    const stem = a.slice(0, -1)
    return /[sni]/.test(a[a.length - 1]) && /[sni]/.test(b[b.length - 1]) && known(stem)
  }
  return false
}

/** British and American spellings of one name: Centre/Center, Technicolour/Technicolor. */
function spellingVariety(a: string, b: string): boolean {
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a]
  if (longer.length === shorter.length + 1) {
    const i = [...shorter].findIndex((c, index) => c !== longer[index])
    return i > 0 && longer.slice(i - 1, i + 2) === 'our' && shorter.slice(i - 1, i + 1) === 'or'
  }
  if (a.length !== b.length) return false
  const [er, re] = a.endsWith('er') ? [a, b] : [b, a]
  return (er.endsWith('er') && re.endsWith('re') && er.slice(0, -2) === re.slice(0, -2) && isEnglishWord(er)) ||
    a.replace(/is(e|ing|ation)/g, 'iz$1') === b.replace(/is(e|ing|ation)/g, 'iz$1')
}

function reportVariant(
  corpus: CorpusContext,
  variant: TokenEntry,
  expected: string,
  evidence: ReturnType<CorpusContext['evidence']>[],
  confidence: number,
  others = 0
): void {
  for (const use of variant.uses) {
    // A speaker's own spelling inside a quotation is theirs to keep.
    if (use.mention.inQuote) continue
    const count = others > 0 ? ` (${others} other article${others === 1 ? '' : 's'})` : ''
    corpus.report(meta.id, use.article, {
      reason: `Unexpected \`${use.text}\`, expected \`${expected}\`${count}`,
      note,
      start: use.start,
      end: use.end,
      actual: use.text,
      expected: [expected],
      confidence,
      evidence: evidence.filter((item) => item.article !== use.article),
      key: `misspelt-name:${variant.key}`
    })
  }
}
