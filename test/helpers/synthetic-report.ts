// A large report made in memory (no audit), for tests of how reporters
// scale: `count` articles in stories of ten, each with findings whose
// evidence cites the next article of its story.
import type {ArticleReport, AuditReport} from '../../pipeline/report-types.js'
import type {Finding} from '../../pipeline/types.js'

export const syntheticText = 'The city council passed the budget on Tuesday, the clerk said. '.repeat(50)

const point = (offset: number) => ({line: 1, column: offset + 1, offset})

function finding(index: number, next: string): Finding {
  const start = index * 60
  return {
    ruleId: index % 2 ? 'name-spelling' : 'readability',
    category: index % 2 ? 'spelling' : 'readability',
    severity: index % 3 === 0 ? 'warning' : 'info',
    message: `Unexpected \`budget\` number ${index}`,
    start: point(start),
    end: point(start + 6),
    actual: syntheticText.slice(start, start + 6),
    expected: ['budget'],
    confidence: 0.5,
    evidence: [{article: next, text: syntheticText.slice(start, start + 6), start: point(start), end: point(start + 6)}],
    fingerprint: `${index.toString(16).padStart(4, '0')}${'0'.repeat(12)}`
  }
}

export function syntheticReport(count: number, findingsPerArticle = 8): AuditReport {
  const articles: ArticleReport[] = []
  for (let index = 0; index < count; index++) {
    const id = `article-${String(index).padStart(6, '0')}`
    const story = `article-${String(index - (index % 10)).padStart(6, '0')}`
    const next = `article-${String(index % 10 === 9 || index === count - 1 ? index - (index % 10) : index + 1).padStart(6, '0')}`
    const findings = Array.from({length: findingsPerArticle}, (_, n) => finding(n, next))
    articles.push({
      id, path: `corpus/${id}.txt`, story, family: id, title: `Council passes budget ${index}`, outlet: 'Example Daily', byline: 'Jane Doe', published: '2022-09-04',
      words: 500, score: (index * 7) % 101, grade: 'C',
      categories: {spelling: {score: 90, findings: 4}, readability: {score: 96, findings: 4}},
      criteria: [{id: 'names-correct', label: 'Names are spelt correctly', passed: true, points: 10, max: 10, findings: []}],
      findings
    })
  }
  return {
    schemaVersion: 1,
    tool: {name: 'corroborate', version: '0.0.0'},
    generatedAt: '2022-09-04T00:00:00.000Z',
    config: null,
    summary: {articles: count, unreadable: 0, findings: count * findingsPerArticle, bySeverity: {error: 0, warning: 0, info: 0}, byCategory: {}, meanScore: 50, gate: {passed: true, reasons: [], articles: []}, stories: Math.ceil(count / 10), ruleFailures: []},
    articles
  }
}
