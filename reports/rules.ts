// `corroborate rules`: generated from each rule's meta, never written twice.
import {docsUrl} from '../pipeline/report.js'
import type {Rule} from '../pipeline/rule.js'

export function rulesMetadata(rules: readonly Rule[]) {
  return rules.map(({meta}) => {
    const defaults = (meta.options as unknown as {entries?: Record<string, {default?: unknown}>}).entries ?? {}
    return {
      id: meta.id,
      category: meta.category,
      stage: meta.stage,
      severity: meta.severity,
      description: meta.description,
      criteria: meta.criteria ?? [],
      options: Object.fromEntries(Object.entries(defaults).map(([key, schema]) => [key, schema.default])),
      url: docsUrl(meta.id)
    }
  })
}

export function formatRules(all: readonly Rule[], format: 'text' | 'json'): string {
  const rules = rulesMetadata(all)
  if (format === 'json') return JSON.stringify(rules, null, 2) + '\n'
  const width = Math.max(...rules.map((rule) => rule.id.length))
  return rules.map((rule) => {
    const options = Object.entries(rule.options).map(([key, value]) => `${key}=${typeof value === 'number' ? Math.round(value * 1000) / 1000 : JSON.stringify(value)}`).join(' ')
    return `${rule.id.padEnd(width)}  ${rule.stage.padEnd(7)}  ${rule.category.padEnd(11)}  ${rule.severity.padEnd(7)}  ${rule.description}${options ? `  (${options})` : ''}`
  }).join('\n') + '\n'
}
