// Doubled-coordination sites: "X and Y", "X or Y" (and "X then Y") between two
// single lower-case content words, where writing X for Y gives "X and X".
import {isStopword, sentences} from './text.js'
import {insideAny, quoteRanges, words, type Edit} from './translation-text.js'

// Function words and numbers the spec's "content word" leaves out (text.ts has the rest).
const NOT_CONTENT = new Set(`zero three four five seven eight nine dozen dozens hundreds thousands millions several eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
  nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion first second third
  fourth fifth yourselves herself himself themselves ourselves anybody somebody nobody everybody someone anyone
  ahead apart aside instead indeed maybe else soon once twice thence hither thither yesterday today tomorrow tonight
  must shall amid amidst also away down each upon onto whom whose elsewhere anywhere everywhere somewhere nowhere
  abroad overseas outside inside upstairs downstairs home forth afterwards afterward meanwhile`.split(/\s+/))

// Words whose doubling is an idiom ("again and again", "more and more", "on and on"...),
// so a doubled form is correct English, not an artifact.
const IDIOM = new Set(`again more over through less round around such back ever further time times year years day
  days side bits piece pieces step steps word words hand hands face neck inch drop little fewer well better worse
  again ages miles tons round gradually faster slower higher lower larger smaller bigger louder longer shorter
  closer deeper wider greater stronger weaker harder easier`.split(/\s+/))

// Comparatives ("bigger and bigger", "angrier and angrier") double idiomatically too.
const COMPARATIVES = new Set(`older younger newer richer poorer cheaper warmer colder hotter cooler darker brighter
  lighter heavier tighter looser thicker thinner taller quicker sharper softer tougher wilder wiser safer simpler
  clearer broader calmer fresher steeper sweeter busier angrier happier sadder scarier worse better farther further
  fewer larger greater stronger weaker harder easier closer deeper wider higher lower bigger smaller louder longer
  shorter faster slower`.split(/\s+/))
const comparative = (w: string) => COMPARATIVES.has(w) || /ier$/.test(w) || /([b-df-hj-np-tv-z])\1er$/.test(w)

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those'])
const OBJECTS = new Set(['them', 'him', 'it', 'us', 'me'])
const content = (w: string) => /^[a-z]{4,}$/.test(w) && !isStopword(w) && !NOT_CONTENT.has(w) && !/ly$/.test(w)
const idiomatic = (w: string) => IDIOM.has(w) || comparative(w)
// Without a tagger, two single words are taken as conjuncts when they share an ending
// ("yards and streets", "charged or convicted"): "parole and hundreds (of years)" is not one.
const shape = (w: string) => /ed$/.test(w) ? 'ed' : /ing$/.test(w) ? 'ing' : /[^su]s$/.test(w) ? 's' : 'base'

/** Every coordination of the article that may be doubled: Y is the edited word. */
export function doublingSites(text: string): Edit[] {
  const quotes = quoteRanges(text)
  const sents = sentences(text)
  const ws = words(text)
  const sites: Edit[] = []
  for (let i = 0; i + 2 < ws.length; i++) {
    const [x, c, y] = [ws[i], ws[i + 1], ws[i + 2]]
    const conj = c.text
    if (conj !== 'and' && conj !== 'or' && conj !== 'then') continue
    // Only plain spaces between the three words: no comma, hyphen, line break or quote mark.
    if (!/^ +$/.test(text.slice(x.end, c.start)) || !/^ +$/.test(text.slice(c.end, y.start))) continue
    // Not the tail or head of a longer compound ("long-term and", "and U.S.-made").
    if (/[-'’/\p{L}]/u.test(text[x.start - 1] ?? '') || /[-'’/\p{L}\p{N}]/u.test(text[y.end] ?? '')) continue
    if (!content(x.text) || !content(y.text) || x.text === y.text) continue
    if (idiomatic(x.text) || idiomatic(y.text)) continue
    if (shape(x.text) !== shape(y.text) || (conj === 'then' && shape(x.text) === 'base')) continue
    // Y must end its phrase: in "immunity or possible pardon" the conjunct is "possible pardon".
    const after = ws[i + 3]
    const next = after && /^ +$/.test(text.slice(y.end, after.start)) ? after.text : ''
    if (content(next)) continue
    // "the show and deliver the...": a noun X, a verb Y taking an object.
    const before = ws[i - 1] && /^ +$/.test(text.slice(ws[i - 1].end, x.start)) ? ws[i - 1].text.toLowerCase() : ''
    if (DETERMINERS.has(before) && (DETERMINERS.has(next) || OBJECTS.has(next))) continue
    const s = sents.find((t) => y.start >= t.start && y.start < t.end)
    if (!s || x.start < s.start) continue
    sites.push({start: y.start, end: y.end, from: y.text, to: x.text, variant: conj,
      sentenceStart: s.start, sentenceEnd: s.end, inQuote: insideAny(quotes, y.start, y.end)})
  }
  return sites
}
