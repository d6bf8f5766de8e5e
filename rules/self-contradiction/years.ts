// One event given two years in one article: "the 1953 armistice" and, two
// paragraphs on, "the armistice that halted the Korean War in 1955". Only
// events that happen once (data/once-only.yml) are taken: "the 2009 special"
// and "the 2013 special" are two of a recurring kind. A founding, birth or
// death counts only for one name beside both years. The other articles of the
// story, where they date the same event, say which of the two is wrong;
// without them the year the article states less often, else the later one.
import {compilePatterns, lexiconRegExp, readLexicon, type PatternEntry} from '../../pipeline/lexicon.js'
import type {DateClaim} from '../../pipeline/extract/claims/types.js'
import type {CorpusContext} from '../../pipeline/rule.js'
import {voterOf, type ArticleFacts} from '../../pipeline/types.js'
import {meta} from './meta.js'

const lexicon = new URL('./data/once-only.yml', import.meta.url)
const events = compilePatterns(readLexicon<PatternEntry[]>(lexicon), lexicon.pathname, false)
  .map(({entry, regex}, index) => ({entry, search: lexiconRegExp(regex.source, 'giu'), index}))
/** How far (characters) an event word may stand from its year. */
const reach = 60

interface Dated {
  article: ArticleFacts
  claim: DateClaim
  /** The once-only event this year dates: the lexicon entry's index. */
  event: number
  word: string
}

const yearOnly = (claim: DateClaim) => claim.kind === 'date' && claim.year !== undefined && claim.month === undefined &&
  claim.day === undefined && claim.weekday === undefined && !claim.inQuote && !claim.caption && !claim.furniture

/** Each year of the article with the once-only event words nearer to it than to any other year of its sentence. */
function datedEvents(article: ArticleFacts): Dated[] {
  const years = ((article.claims ?? []) as DateClaim[]).filter(yearOnly)
  const found: Dated[] = []
  const bySentence = groupBy(years, (claim) => claim.sentence)
  for (const [index, claims] of bySentence) {
    const sentence = article.sentences[index]
    if (!sentence) continue
    for (const event of events) {
      for (const match of sentence.text.matchAll(event.search)) {
        const start = sentence.start + match.index!
        const end = start + match[0].length
        const distance = (claim: DateClaim) => claim.start >= end ? claim.start - end : start - claim.end
        const nearest = claims.reduce((best, claim) => distance(claim) < distance(best) ? claim : best)
        if (distance(nearest) >= 0 && distance(nearest) <= reach) found.push({article, claim: nearest, event: event.index, word: match[0]})
      }
    }
  }
  return found
}

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const list = groups.get(key)
    if (list) list.push(item)
    else groups.set(key, [item])
  }
  return groups
}

const names = (claim: DateClaim) => claim.near.filter((key) => key.startsWith('@'))

export function checkYears(corpus: CorpusContext): void {
  const dated = corpus.articles.flatMap(datedEvents)
  // The story's say: per event, per year, the sources that give it.
  const support = new Map<string, Set<string>>()
  for (const item of dated) {
    const key = `${item.event}\u0000${item.claim.year}`
    support.set(key, (support.get(key) ?? new Set()).add(voterOf(item.article)))
  }
  const backers = (item: Dated) => [...(support.get(`${item.event}\u0000${item.claim.year}`) ?? [])].filter((voter) => voter !== voterOf(item.article)).length
  const reported = new Set<DateClaim>()
  for (const [article, items] of groupBy(dated, (item) => item.article)) {
    for (const [at, later] of items.entries()) {
      for (const earlier of items.slice(0, at)) {
        const [a, b] = earlier.claim.start < later.claim.start ? [earlier, later] : [later, earlier]
        if (a.event !== b.event || a.claim.year === b.claim.year || a.claim.sentence === b.claim.sentence) continue
        // A founding, birth or death: the same name beside both years.
        if (events[a.event].entry.subject && !names(a.claim).some((key) => names(b.claim).includes(key))) continue
        // The one the other sources do not back, else the one the article states less often, else the later one.
        const says = (item: Dated) => 2 * backers(item) + items.filter((other) => other.event === item.event && other.claim.year === item.claim.year).length
        const [wrong, right] = says(b) > says(a) ? [a, b] : [b, a]
        if (reported.has(wrong.claim)) continue
        reported.add(wrong.claim)
        const sentence = article.sentences[right.claim.sentence]
        const outside = backers(right)
        corpus.report(meta.id, article.id, {
          reason: `Unexpected \`${wrong.claim.text}\` for the ${wrong.word.toLowerCase()}, expected ${right.claim.year} as stated ${right.claim.start < wrong.claim.start ? 'earlier' : 'later'}`,
          note: `The article dates the ${wrong.word.toLowerCase()} ${right.claim.year} in one place and ${wrong.claim.year} in another; it happened once (${events[wrong.event].entry.reason}).${outside ? ` ${outside} other source${outside === 1 ? '' : 's'} of the story give${outside === 1 ? 's' : ''} ${right.claim.year}.` : ''}`,
          start: wrong.claim.start,
          end: wrong.claim.end,
          actual: wrong.claim.text,
          expected: [String(right.claim.year)],
          confidence: outside ? 0.7 : 0.55,
          evidence: [corpus.evidence(article.id, sentence?.start ?? right.claim.start, sentence?.end ?? right.claim.end, String(right.claim.year))],
          key: `year:${events[wrong.event].index}:${right.claim.year}:${wrong.claim.year}`
        })
      }
    }
  }
}
