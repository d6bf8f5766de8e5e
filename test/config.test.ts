import {describe, expect, it} from 'vitest'
import {ConfigError, loadConfig, parseConfig} from '../pipeline/config.js'
import {allRules} from '../rules/index.js'

function errorOf(source: string): ConfigError {
  try {
    parseConfig(source, 'corroborate.yaml', allRules)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('config', () => {
  it('defaults every rule to its meta severity and default options', () => {
    const config = loadConfig(null, allRules)
    expect(config.rules.readability).toEqual({severity: 'info', options: {age: 18, threshold: 4 / 7, minWords: 5}})
    expect(config.rules['page-chrome'].severity).toBe('warning')
  })

  it('applies severities and options', () => {
    const config = parseConfig('rules:\n  readability: [warning, {age: 14}]\n  page-chrome: off\n', 'c.yaml', allRules)
    expect(config.rules.readability).toEqual({severity: 'warning', options: {age: 14, threshold: 4 / 7, minWords: 5}})
    expect(config.rules['page-chrome'].severity).toBe('off')
  })

  it('names file, line and column of invalid YAML', () => {
    const error = errorOf('rules:\n  readability: [info\n')
    expect(error.file).toBe('corroborate.yaml')
    expect(error.line).toBeGreaterThanOrEqual(2)
    expect(error.message).toMatch(/^corroborate\.yaml:\d+:\d+: invalid YAML/)
  })

  it('points at an unknown rule', () => {
    const error = errorOf('rules:\n  page-chrome: warning\n  no-such-rule: error\n')
    expect([error.line, error.column]).toEqual([3, 3])
    expect(error.reason).toMatch(/unknown rule `no-such-rule`, expected one of/)
  })

  it('points at a bad severity and at a bad option', () => {
    const severity = errorOf('rules:\n  readability: loud\n')
    expect([severity.line, severity.column]).toEqual([2, 16])
    expect(severity.reason).toMatch(/expected `off`, `info`, `warning`, `error`/)
    const option = errorOf('rules:\n  readability: [info, {age: old}]\n')
    expect([option.line, option.column]).toEqual([2, 29])
    expect(option.reason).toMatch(/rules\.readability\[1\]\.age: Expected number/)
  })

  it('rejects unknown keys and out-of-range gates', () => {
    const key = errorOf('rulez: {}\n')
    expect([key.line, key.column]).toEqual([1, 1])
    expect(key.reason).toMatch(/unexpected key "rulez"/)
    const gate = errorOf('gate:\n  failUnder: 120\n')
    expect([gate.line, gate.column]).toEqual([2, 14])
  })

  it('validates entities', () => {
    const ok = parseConfig('entities:\n  - name: Cloudflare\n    tickers: [NYSE:NET]\n', 'c.yaml', allRules)
    expect(ok.entities[0]).toEqual({name: 'Cloudflare', tickers: ['NYSE:NET']})
    const bad = errorOf('entities:\n  - name: Cloudflare\n    tickers: [NET]\n')
    expect(bad.line).toBe(3)
    expect(bad.reason).toMatch(/ticker like `NYSE:NET`/)
  })
})

describe('README', () => {
  it('shows a configuration that validates', async () => {
    const {readFileSync} = await import('node:fs')
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const example = /## Configuration[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]
    const config = parseConfig(example, 'README.md', allRules)
    expect(config.rules.readability.options.age).toBe(16)
    expect(config.gate).toEqual({failUnder: 70, failOn: 'error', maxWarnings: 50})
  })
})
