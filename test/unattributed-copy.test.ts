// Recall of unattributed-copy on real text: a passage of one NewsWCL50
// article pasted into an article of another event must be found; the
// untouched pair must stay quiet; a credit turns the warning into info.
import {describe, expect, it} from 'vitest'
import {auditTexts, testConfig} from './helpers/audit-text.js'
import {ecbplusTopics, hasEvaldata, newswcl50Events} from './helpers/evaldata.js'

/** Three consecutive long lines (paragraphs) of an article, joined. */
function passage(text: string): string | null {
  const lines = text.split('\n').filter((line) => line.split(/\s+/).length >= 15 && !/["“”]/u.test(line))
  return lines.length >= 3 ? lines.slice(1, 3).join(' ') : null
}

describe.skipIf(!hasEvaldata)('unattributed-copy on NewsWCL50', () => {
  it('finds ≥ 90 % of pasted passages and stays quiet on the untouched pairs', async () => {
    const events = newswcl50Events()
    let trials = 0
    let found = 0
    let falseOnOriginalPair = 0
    for (let e = 0; e < events.length; e++) {
      const source = Object.entries(events[e].articles)
      const target = Object.entries(events[(e + 1) % events.length].articles)
      for (let k = 0; k < source.length; k++) {
        const pasted = passage(source[k][1])
        if (!pasted) continue
        const [targetId, targetText] = target[k % target.length]
        const paragraphs = targetText.split('\n')
        const middle = Math.floor(paragraphs.length / 2)
        const copied = [...paragraphs.slice(0, middle), pasted, ...paragraphs.slice(middle)].join('\n')
        const untouched = await auditTexts({source: source[k][1], target: targetText}, testConfig(['unattributed-copy']))
        falseOnOriginalPair += untouched.articles.flatMap((a) => a.findings).length
        const report = await auditTexts({source: source[k][1], target: copied}, testConfig(['unattributed-copy']))
        trials++
        const hit = report.articles.find((a) => a.id === 'target')!.findings.some((f) => f.ruleId === 'unattributed-copy' && f.severity === 'warning')
        if (hit) found++
        void targetId
      }
    }
    console.log(`unattributed-copy recall on pasted NewsWCL50 passages: ${found}/${trials}; findings on untouched pairs: ${falseOnOriginalPair}`)
    expect(trials).toBeGreaterThanOrEqual(30)
    expect(found / trials).toBeGreaterThanOrEqual(0.9)
    expect(falseOnOriginalPair).toBe(0)
  }, 120000)
})

describe.skipIf(!hasEvaldata)('unattributed-copy on ECB+ (982 short articles, 43 topics)', () => {
  it('never pairs articles of different topics', async () => {
    const texts: Record<string, string> = {}
    for (const {topic, set, articles} of ecbplusTopics()) for (const [id, text] of Object.entries(articles)) texts[`${topic}~${set}~${id}`] = text
    const report = await auditTexts(texts, testConfig(['unattributed-copy']))
    let sameTopic = 0
    let crossTopic = 0
    for (const article of report.articles) {
      for (const finding of article.findings) {
        const other = finding.evidence?.[0]?.article ?? ''
        if (other.split('~')[0] === article.id.split('~')[0]) sameTopic++
        else crossTopic++
      }
    }
    // Same-topic pairs are the corpus's own syndicated copy (its credit lines were stripped); across topics nothing is shared.
    console.log(`unattributed-copy on ECB+: ${sameTopic} findings between articles of one topic, ${crossTopic} across topics`)
    expect(sameTopic).toBeGreaterThan(0)
    expect(crossTopic).toBe(0)
  }, 120000)
})
