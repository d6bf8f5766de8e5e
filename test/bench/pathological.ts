// How the cost of auditing one article grows with the size of pathological
// input: each shape audited (article and corpus stage) at a size and at four
// times that size. Near-linear code gives about 4×; 16× is quadratic.
//   npx tsc -p . && node .dist/pipeline/copy-assets.js && node .dist/test/bench/pathological.js [--size 20000]
import {buildArticle} from '../../pipeline/load/index.js'
import {testAuditor, testConfig} from '../helpers/audit-text.js'

/** Pathological articles of about `n` characters (or units), by name. */
export const shapes: Record<string, (n: number) => string> = {
  'one long token': (n) => `${'A'.repeat(n)} said the mayor.\n`,
  'straight quotation marks, then nested curly ones': (n) => `${'"'.repeat(n)} “a “b “c “d ” ” ” ” said he.\n`,
  'nested curly quotes': (n) => `${'“a '.repeat(n / 3)}${'” '.repeat(n / 3)}said he.\n`,
  'unclosed quotes': (n) => `${'“word '.repeat(n / 6)}\n`,
  'one line of words': (n) => `${'word '.repeat(n / 5)}\n`,
  'many short paragraphs': (n) => 'Word.\n\n'.repeat(n / 7),
  'capitalised words': (n) => `${'Alpha Beta Gamma Delta '.repeat(n / 23)}said.\n`,
  'numbers and dates': (n) => 'On Monday, March 3, 2020, 45 people said 12 cars were hit. '.repeat(n / 60),
  'nested brackets': (n) => `${'('.repeat(n / 2)}${')'.repeat(n / 2)}\n`,
  'reported speech': (n) => '“We will act,” Jane Smith said on Tuesday. “Soon.” '.repeat(n / 50)
}

export async function timeShape(make: (n: number) => string, size: number): Promise<number> {
  const auditor = testAuditor(testConfig())
  const started = performance.now()
  const report = await auditor.auditArticles([buildArticle('shape', 'shape.txt', make(size))])
  if (report.articles[0].error) throw new Error(report.articles[0].error)
  return performance.now() - started
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = Number(process.argv[process.argv.indexOf('--size') + 1] ?? 20000) || 20000
  await timeShape(shapes['reported speech'], 2000) // warm up: dictionaries, lexicons, JIT
  for (const [name, make] of Object.entries(shapes)) {
    const small = await timeShape(make, size)
    const large = await timeShape(make, 4 * size)
    console.log(`${name.padEnd(50)} ${String(size).padStart(7)}: ${small.toFixed(0).padStart(6)} ms   ×4: ${large.toFixed(0).padStart(6)} ms   ratio ${(large / small).toFixed(1)}`)
  }
}
