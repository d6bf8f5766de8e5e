// Development only: audit texts with the translation rules and print findings.
import {readFileSync, readdirSync} from 'node:fs'
import {auditTexts, testConfig} from '../helpers/audit-text.js'
const rules = process.env.RULES?.split(',') ?? ['doubled-phrase']
const dir = process.argv[2] ?? 'corpus'
const texts = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f.slice(0, 3), readFileSync(`${dir}/${f}`, 'utf8')]))
const report = await auditTexts(texts, testConfig(rules))
if (report.summary.ruleFailures?.length) console.log(report.summary.ruleFailures)
for (const a of report.articles) for (const f of a.findings) console.log(a.id, `${f.start.line}:${f.start.column}`, f.severity, f.ruleId, f.message, f.evidence?.length ? `[${f.evidence.length} evidence]` : '')
