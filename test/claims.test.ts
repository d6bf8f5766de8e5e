// The claims extractor on short sentences: values typed as the corpus stage compares them.
import {describe, expect, it} from 'vitest'
import type {Claim, DateClaim, NumberClaim, RoleClaim} from '../pipeline/extract/claims/types.js'
import {buildArticle} from '../pipeline/load/index.js'
import type {ArticleResult} from '../pipeline/types.js'
import {compareDates, resolveDate} from '../pipeline/corpus/claims/resolve.js'
import {numbersConflict, rolesAgree} from '../pipeline/corpus/claims/values.js'
import {testConfig, articleAuditor} from './helpers/audit-text.js'

const audit = articleAuditor(testConfig([]))
function claims(text: string): Claim[] {
  return ((audit(buildArticle('a', 'a.txt', text)) as ArticleResult).facts.claims ?? []) as Claim[]
}
const ofKind = <K extends Claim['kind']>(list: Claim[], kind: K) => list.filter((claim) => claim.kind === kind) as Array<Extract<Claim, {kind: K}>>

describe('claims', () => {
  it('folds number words and keeps unit and qualifier', () => {
    const [hours] = ofKind(claims('Threats escalated in the past forty-eight hours, the company said.'), 'number')
    expect([hours.value, hours.unit, hours.qualifier]).toEqual([48, 'hour', 'exact'])
    const [share] = ofKind(claims('The firm serves more than 20 percent of the web.'), 'number')
    expect([share.value, share.unit, share.qualifier]).toEqual([20, 'percent', 'more than'])
    const [people] = ofKind(claims('At least two people were hurt in the blast.'), 'number')
    expect([people.value, people.unit, people.qualifier]).toEqual([2, 'person', 'at least'])
  })

  it('compares counts as intervals, and the same bound given twice differently', () => {
    const count = (value: number, qualifier: NumberClaim['qualifier']) => ({value, unit: 'person', qualifier}) as NumberClaim
    expect(numbersConflict(count(2, 'at least'), count(3, 'exact'))).toBe(false)
    expect(numbersConflict(count(1, 'at least'), count(2, 'at least'))).toBe(true)
    expect(numbersConflict(count(20, 'more than'), count(15, 'exact'))).toBe(true)
    // Told in the same words, an upper bound or an estimate is one figure; a lower bound may rise with the news.
    expect(numbersConflict(count(15, 'at most'), count(14, 'exact'))).toBe(false)
    expect(numbersConflict(count(15, 'at most'), count(14, 'exact'), true)).toBe(true)
    expect(numbersConflict(count(20, 'at least'), count(22, 'exact'), true)).toBe(false)
    // "more than five times" and "five times" are one figure; estimates a few per cent apart agree.
    expect(numbersConflict(count(5, 'more than'), count(5, 'exact'))).toBe(false)
    expect(numbersConflict(count(930, 'about'), count(940, 'about'), true)).toBe(false)
    expect(numbersConflict(count(14, 'about'), count(15, 'about'), true)).toBe(true)
  })

  it('resolves a bare weekday to the most recent such day, never a future one', () => {
    const [saturday] = ofKind(claims('The company announced the decision on Saturday.'), 'date') as DateClaim[]
    expect(resolveDate(saturday, Date.UTC(2022, 8, 4, 12))?.iso).toBe('2022-09-03')
    const [wednesday] = ofKind(claims('The statement came on Wednesday.'), 'date') as DateClaim[]
    expect(resolveDate(wednesday, Date.UTC(2022, 8, 4, 12))?.iso).toBe('2022-08-31')
  })

  it('finds bare years, and recency phrases as windows rather than dates', () => {
    const list = claims('The forum began in 2013. It was recently moved, and a few days ago it went offline.')
    expect(ofKind(list, 'date').map((claim) => claim.year)).toEqual([2013])
    expect(ofKind(list, 'recency').map((claim) => claim.text).sort()).toEqual(['a few days ago', 'recently'])
  })

  it('reads a year before a verb in -s as a year, a year before a plural noun as an amount', () => {
    const years = (text: string) => ofKind(claims(text), 'date').map((claim) => (claim as DateClaim).year)
    expect(years('The armistice of 1953 was never followed by a treaty. Its 1955 has no meaning.')).toEqual([1953, 1955])
    expect(years('The sequel came out in 2008 as a remake.')).toEqual([2008])
    expect(years('The bill passed with 2008 votes and 1999 seats.')).toEqual([])
  })

  it('binds roles to people: before the name, in an appositive, and with “respectively”', () => {
    const roles = ofKind(claims('CEO Jane Holt spoke first. Tom Reyes, a co-founder and chief executive of Acme, agreed. Ann Lee and Bo Chen, CFO and head of sales respectively, declined.'), 'role') as RoleClaim[]
    expect(roles.map((role) => [role.person, role.roleWords.join(' ')])).toEqual([
      ['Jane Holt', 'ceo'], ['Tom Reyes', 'ceo founder'], ['Ann Lee', 'cfo'], ['Bo Chen', 'chief sale']
    ])
    expect(rolesAgree(roles[0], roles[1])).toBe(true)
  })

  it('takes an acronym for the words it abbreviates, but not a shared name for a different post', () => {
    const role = (sentence: string) => (ofKind(claims(sentence), 'role') as RoleClaim[])[0]
    expect(rolesAgree(role('CHP Officer Dan Ortiz said the road was closed.'), role('Highway Patrol Officer Dan Ortiz said the road was closed.'))).toBe(true)
    expect(rolesAgree(role('Dan Ortiz, CEO of EYP MCF, said demand grew.'), role('Dan Ortiz, chief financial officer of EYP MCF, said demand grew.'))).toBe(false)
    expect(rolesAgree(role('CEO Dan Ortiz said demand grew.'), role('COO Dan Ortiz said demand grew.'))).toBe(false)
  })

  it('takes a rank on one side and a field on the other for two facets of one post, two ranks for two posts', () => {
    const role = (sentence: string) => (ofKind(claims(sentence), 'role') as RoleClaim[])[0]
    const head = role('Jim Dorn, the head coach, said the team would rebuild.')
    expect(rolesAgree(head, role('Jim Dorn, a former basketball coach, said the team would rebuild.'))).toBe(true)
    expect(rolesAgree(head, role("The Sixers' coach Jim Dorn said the team would rebuild."))).toBe(true)
    expect(rolesAgree(head, role('Jim Dorn, an assistant coach, said the team would rebuild.'))).toBe(false)
  })

  it('binds each date to the events of its own clause', () => {
    const [friday, saturday] = ofKind(claims('Police said he opened fire at the depot on Friday, killing a guard, and was charged on Saturday with murder.'), 'date')
    expect(friday.clauseEvents).toContain('attack')
    expect(friday.clauseEvents).not.toContain('legal')
    expect(saturday.clauseEvents).toEqual(['legal'])
    // An event word before the value governs it; the words after count only when none comes before.
    const [charged] = ofKind(claims('He was charged with theft on Monday after the shooting at the mall.'), 'date')
    expect(charged.clauseEvents).toEqual(['legal'])
    // A value opening its clause takes the clause it introduces.
    const [opening] = ofKind(claims('On Sunday, however, the company said in a blog post that the site was down.'), 'date')
    expect(opening.clauseEvents).toContain('statement')
    // In parentheses, a date dates the words before them.
    const [july] = ofKind(claims('A supermarket in the town caught fire yesterday (July 21), causing damage to the roof.'), 'date')
    expect(july.clauseEvents).toContain('disaster')
    // "(0241 GMT Friday)" restates a time; "next Monday" is a plan.
    expect(ofKind(claims('She died at 6:41pm (0241 GMT Friday) in a hospital. He will appear in court next Monday.'), 'date')).toEqual([])
  })

  it('marks datelines as furniture, not claims about events', () => {
    const [dateline] = ofKind(claims('Mumbai, Nov 11 - The Indian Navy thwarted an attack by pirates in the Gulf of Aden yesterday.'), 'date')
    expect(dateline.furniture).toBe(true)
    const [event] = ofKind(claims('The Indian Navy thwarted an attack by pirates on Nov 11 in the Gulf of Aden.'), 'date')
    expect(event.furniture).toBe(false)
  })

  it('marks a page’s own timestamp as furniture', () => {
    const [stamp] = ofKind(claims('23 July 2013 Last updated at 13:42 GMT\n\nThe bridge opened to traffic on Monday.'), 'date')
    expect(stamp.furniture).toBe(true)
  })

  it('takes the same day of another month of the same year for one date misdated, not two events', () => {
    const [august] = ofKind(claims('He was shot outside his home early Aug. 2.'), 'date') as DateClaim[]
    const [october] = ofKind(claims('He was shot outside his home on October 2.'), 'date') as DateClaim[]
    const [later] = ofKind(claims('He was shot outside his home on October 2, 2009.'), 'date') as DateClaim[]
    const reference = Date.UTC(2008, 11, 1, 12)
    const resolve = (claim: DateClaim) => resolveDate(claim, reference)!
    expect(compareDates(august, october, resolve(august), resolve(october), true, true)).toBe('disagree')
    expect(compareDates(august, later, resolve(august), resolve(later), true, true)).toBe(null)
  })

  it('reads dates written day first ("On 23 October", "before 31 December")', () => {
    const list = ofKind(claims('On 23 October, the government gave a go-ahead to the request. Service will not be restored before 31 December.'), 'date')
    expect(list.map((claim) => [claim.month, claim.day])).toEqual([[10, 23], [12, 31]])
  })

  it('binds places to events, with the wider places named after them', () => {
    const [place] = ofKind(claims('Both women were found dead at their home in Newton Street, Millom, Cumbria, on Saturday.'), 'place')
    expect([place.place, place.within]).toEqual(['Newton Street', ['millom', 'cumbria']])
    // No event in the clause, or not a place: no place claim.
    expect(ofKind(claims('He works in London as a banker. The attack was reported in The Times.'), 'place')).toEqual([])
  })

  it('marks photo-caption dates, which are not the event’s', () => {
    const [date] = ofKind(claims('Lamps are seen in the lobby, Wednesday, Aug. 31, 2022. (AP Photo/Jo Doe)'), 'date')
    expect(date.caption).toBe(true)
  })
})
