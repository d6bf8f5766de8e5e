// Reads the examples of a rule's README: each `### ok: …` or `### not-ok: …`
// heading, a ```text block with the article(s), and for not-ok a
// ```text yields block with the exact findings expected.
// Several articles in one example are separated by `=== id ===` lines. An
// example is a hand-made cluster, so it is audited as one story
// (`--stories one`), as a fact-checker audits a folder they put together;
// ```text stories=auto lets the clustering decide, for examples about it.
import {readFileSync} from 'node:fs'
import type {Rule} from '../../pipeline/rule.js'

export interface ReadmeExample {
  title: string
  ok: boolean
  articles: Record<string, string>
  yields: string[]
  stories: 'one' | 'auto'
}

export function readExamples(path: string): ReadmeExample[] {
  const source = readFileSync(path, 'utf8')
  const sections = source.split(/^### /m).slice(1)
  const examples: ReadmeExample[] = []
  for (const section of sections) {
    const heading = /^(ok|not-ok):\s*(.*)$/m.exec(section.split('\n')[0])
    if (!heading) continue
    const blocks = [...section.matchAll(/^```text( yields)?( stories=auto)?\n([\s\S]*?)^```$/gm)]
    const input = blocks.find((block) => !block[1])
    if (!input) throw new Error(`${path}: example “${heading[2]}” has no \`\`\`text block`)
    const output = blocks.find((block) => block[1])
    examples.push({
      title: heading[2],
      ok: heading[1] === 'ok',
      articles: splitArticles(input[3]),
      yields: output ? output[3].split('\n').map((line) => line.trim()).filter(Boolean) : [],
      stories: input[2] ? 'auto' : 'one'
    })
  }
  return examples
}

function splitArticles(text: string): Record<string, string> {
  if (!/^=== [\w-]+ ===$/m.test(text)) return {example: text}
  const articles: Record<string, string> = {}
  for (const part of text.split(/^=== ([\w-]+) ===\n/m).slice(1).reduce<string[][]>((pairs, value, index, list) => {
    if (index % 2 === 0) pairs.push([value, list[index + 1]])
    return pairs
  }, [])) articles[part[0]] = part[1]
  return articles
}

/** A finding as README examples write it: `id line:col-line:col severity message`. */
export function formatYield(articleId: string, multi: boolean, finding: {start: {line: number; column: number}; end: {line: number; column: number}; severity: string; message: string}): string {
  const place = `${finding.start.line}:${finding.start.column}-${finding.end.line}:${finding.end.column}`
  return `${multi ? `${articleId} ` : ''}${place} ${finding.severity} ${finding.message}`
}

/** The rules an example runs: the rule alone, or with its category's rules when it judges their findings (`uses: findings`). */
export function exampleRules(rule: Rule, all: readonly Rule[]): string[] {
  if (!rule.meta.uses?.includes('findings')) return [rule.meta.id]
  return all.filter((other) => other.meta.category === rule.meta.category).map((other) => other.meta.id)
}
