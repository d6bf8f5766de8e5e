// Results leave a worker without the passages their facts quote from the
// article, and get them back as slices: nothing may differ after the trip.
import {deserialize, serialize} from 'node:v8'
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {dropQuotedText, restoreQuotedText} from '../pipeline/article/compact.js'
import {buildArticle} from '../pipeline/load/index.js'
import {articleAuditor, testConfig} from './helpers/audit-text.js'

const corpusDir = new URL('../corpus/', import.meta.url)
const seeds = readdirSync(corpusDir).filter((file) => file.endsWith('.txt')).sort()

describe('quoted text dropped and restored', () => {
  const audit = articleAuditor(testConfig())
  for (const file of seeds) {
    it(`gives back the same facts for ${file}, from a smaller message`, () => {
      const text = readFileSync(new URL(file, corpusDir), 'utf8')
      const result = audit(buildArticle(file, file, text))
      const whole = structuredClone(result) as any
      dropQuotedText(result, text)
      const message = serialize(result)
      const travelled = deserialize(message)
      restoreQuotedText(travelled, text)
      expect(travelled).toEqual({...whole, facts: {...whole.facts, quotedTextDropped: undefined}})
      expect(message.length).toBeLessThan(serialize(whole).length * 0.85)
    })
  }

  it('keeps a passage that is not the text at its offsets', () => {
    const text = 'Alpha beta gamma.'
    const result: any = {id: 'a', path: 'a', meta: {}, words: 3, drafts: [], readability: null,
      facts: {text, sentences: [{start: 0, end: 17, text: 'Alpha beta gamma.'}], claims: [{start: 0, end: 5, text: 'ALPHA'}]}}
    dropQuotedText(result, text)
    expect(result.facts.sentences[0].text).toBeUndefined()
    expect(result.facts.claims[0].text).toBe('ALPHA')
    restoreQuotedText(result, text)
    expect(result.facts.sentences[0].text).toBe('Alpha beta gamma.')
  })
})
