// Ages bound to a person (pipeline/extract/claims/ages.ts) and the corpus check
// that compares one person's age across articles (rules/conflicting-facts/ages.ts):
// the patterns taken, the look-alikes left alone, and real clusters from
// ../shared/evaldata that must stay quiet (skipped when absent).
import {describe, expect, it} from 'vitest'
import type {AgeClaim, Claim} from '../pipeline/extract/claims/types.js'
import {buildArticle} from '../pipeline/load/index.js'
import type {ArticleResult, Finding} from '../pipeline/types.js'
import {auditTexts, testConfig, articleAuditor} from './helpers/audit-text.js'
import {ecbplusTopics, hasEvaldata} from './helpers/evaldata.js'

const audit = articleAuditor(testConfig([]))
function ages(text: string): Array<[string, number, string]> {
  const claims = ((audit(buildArticle('a', 'a.txt', text)) as ArticleResult).facts.claims ?? []) as Claim[]
  return claims.filter((claim): claim is AgeClaim => claim.kind === 'age').map((claim) => [claim.person, claim.value, claim.text])
}

async function ageFindings(articles: Record<string, string>): Promise<Array<Finding & {article: string}>> {
  const report = await auditTexts(articles, testConfig(['conflicting-facts']))
  return report.articles.flatMap((article) => (article.findings as Finding[])
    .filter((finding) => finding.ruleId === 'conflicting-facts' && /year-old|age `|^Unexpected `\d+`/.test(finding.message))
    .map((finding) => ({...finding, article: article.id})))
}

describe('ages bound to a person', () => {
  it('takes an age before the name, in an appositive, as a number word and after “age”', () => {
    expect(ages('Police said 35-year-old Gary Gomes faces two counts of murder.')).toEqual([['Gary Gomes', 35, '35-year-old']])
    expect(ages('Prosecutors say Andrew Lopez, 20, fired the shots. Lopez denied it.')).toEqual([['Andrew Lopez', 20, '20']])
    expect(ages('Peterson, a 48-year-old fertilizer salesman, showed no emotion.')).toEqual([])
    expect(ages('Scott Peterson was convicted. Peterson, a 32-year-old fertilizer salesman, showed no emotion.'))
      .toEqual([['Scott Peterson', 32, '32-year-old']])
    expect(ages('Sixty-year-old Sharron Diane Crawford Smith is accused of murder.')).toEqual([['Sharron Diane Crawford Smith', 60, 'Sixty-year-old']])
    expect(ages('Police arrested Sharron Diane Crawford Smith, age 61, with two counts of murder.')).toEqual([['Sharron Diane Crawford Smith', 61, 'age 61']])
    expect(ages('The 54-year-old champion Klitschko won. Klitschko was pleased.')).toEqual([])
    expect(ages('Wladimir Klitschko fought. The 36-year-old champion Klitschko won.')).toEqual([['Wladimir Klitschko', 36, '36-year-old']])
  })

  it('strips titles and finds the full name a surname stands for', () => {
    expect(ages('Police Chief Scott Russell, 46, was injured.')).toEqual([['Scott Russell', 46, '46']])
    expect(ages('Gary Gomes of New Bedford appeared in court. 35-year-old Gomes faces two counts of murder.'))
      .toEqual([['Gary Gomes', 35, '35-year-old']])
  })

  it('never guesses between two people of one surname, nor binds a name named only later', () => {
    expect(ages('Gary Gomes was arrested. His mother, Catherine Gomes, was found dead. Gomes, 35, was held.').map(([name]) => name))
      .not.toContain('Gomes')
    expect(ages('Gary Gomes was arrested. His mother, Catherine Gomes, was found dead. Gomes, 35, was held.')).toEqual([])
    expect(ages('35-year-old Gomes faces two counts of murder. His mother Kathryn Gomes died.')).toEqual([])
    expect(ages('Dorothy Brown spoke. Family members of the victims-LaTonya Brown, 36, wept.')).toEqual([])
  })

  it('leaves unnamed ages, places, teams, dates, counts and prices alone', () => {
    expect(ages('A 59-year-old woman was struck by a car.')).toEqual([])
    expect(ages('A 53-year-old New Bedford man stabbed two women. Police named the New Bedford man later.')).toEqual([])
    expect(ages('He died in Los Angeles, aged 85.')).toEqual([])
    expect(ages('The Brooklyn Nets, 102, led the Boston Celtics, 98, at the break.')).toEqual([])
    expect(ages('The Nets beat the Celtics, 102-98, on Sunday, 12, before a full house.')).toEqual([])
    expect(ages('The meeting moved to Room 5, then to Hall 12, and tickets cost ($5).')).toEqual([])
    expect(ages('Last Friday, 1, 300 biologists signed the letter.')).toEqual([])
    expect(ages('Jermayne Timmons was tried. Lynch said then-15-year-old Timmons was at the scene.')).toEqual([])
  })
})

describe('conflicting ages across articles', () => {
  it('reports the one article against two, once, as an age', async () => {
    const found = await ageFindings({
      a: 'Gary Gomes, 35, was arrested on Tuesday in New Bedford. Gomes was held without bail.',
      b: 'Police arrested 35-year-old Gary Gomes on Tuesday in New Bedford.',
      c: 'Gary Gomes was charged in New Bedford. The 53-year-old Gomes was held without bail.'
    })
    expect(found.map((finding) => [finding.article, finding.message, finding.severity])).toEqual([
      ['c', 'Unexpected age `53` for Gary Gomes, expected 35 as in 2 other articles', 'error']
    ])
    expect(new Set(found[0].evidence!.map((entry) => entry.article))).toEqual(new Set(['a', 'b']))
  })

  it('leaves ages of different people, a year apart, or as far apart as the articles’ dates', async () => {
    expect(await ageFindings({
      a: 'Gary Gomes, 35, was arrested in New Bedford. His mother, Catherine Gomes, 61, was found dead.',
      b: 'Catherine Gomes, 61, was found dead in New Bedford. Police arrested Gary Gomes, 36, nearby. Gomes was held.'
    })).toEqual([])
    const years = (published: string) => ({
      c: '---\npublished: 2004-05-01\n---\nGary Gomes, 31, was convicted of assault in New Bedford. Gomes served nine months.',
      d: `---\npublished: ${published}\n---\nGary Gomes, 35, was arrested in New Bedford. Gomes was held.`
    })
    expect(await ageFindings(years('2008-05-01'))).toEqual([])
    expect((await ageFindings(years('2004-06-01'))).map((finding) => finding.severity)).toEqual(['warning', 'warning'])
  })
})

// Real clusters where several articles state the same people's ages (Gary and
// Catherine Gomes, Jose Luis Orozco at arrest and at trial, Warren Jeffs at 54
// and 55, Andrew Lopez and Jonathan Carrasquillo, Eric Allen Kirkpatrick).
describe.skipIf(!hasEvaldata)('ages on real clusters (../shared/evaldata)', () => {
  const clusters = hasEvaldata ? ecbplusTopics().filter(({topic, set}) =>
    ['topic_16/ecbplus', 'topic_18/ecb', 'topic_22/ecb', 'topic_32/ecb', 'topic_33/ecbplus', 'topic_36/ecbplus', 'topic_07/ecbplus'].includes(`${topic}/${set}`)) : []

  it('stays quiet on the untouched articles', async () => {
    expect(clusters.length).toBe(7)
    for (const cluster of clusters) {
      const found = (await ageFindings(cluster.articles)).filter((finding) => /^Unexpected age/.test(finding.message))
      expect(found.map((finding) => `${cluster.topic}/${cluster.set} ${finding.article}: ${finding.message}`)).toEqual([])
    }
  }, 60_000)

  it('flags a changed age against the cluster', async () => {
    const cluster = clusters.find(({topic, set}) => topic === 'topic_32' && set === 'ecb')!
    const text = cluster.articles['32_1ecb']
    expect(text).toContain('Gary Gomes, 35,')
    const found = await ageFindings({...cluster.articles, '32_1ecb': text.replace('Gary Gomes, 35,', 'Gary Gomes, 53,')})
    expect(found.filter((finding) => finding.article === '32_1ecb').map((finding) => finding.message))
      .toEqual([expect.stringMatching(/^Unexpected age `53` for Gary Gomes, expected 35 as in [2-9] other articles$/)])
  }, 60_000)
})
