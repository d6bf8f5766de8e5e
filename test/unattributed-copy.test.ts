// Recall of unattributed-copy on real text: a passage of one NewsWCL50
// article pasted into an article of another event must be found; the
// untouched pair must stay quiet; a credit turns the warning into info.
import {describe, expect, it} from 'vitest'
import {auditTexts, testConfig} from './helpers/audit-text.js'
import {hasEvaldata, newswcl50Events} from './helpers/evaldata.js'

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
