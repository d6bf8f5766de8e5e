// A generated corpus for benchmarks: seed-article paragraphs recombined
// with a seeded PRNG and varied names, so sizes scale without real copy.
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

export function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const names = ['Alvarez', 'Brennan', 'Chowdhury', 'Delacroix', 'Eriksen', 'Fujimoto', 'Garcia', 'Hoffmann', 'Ibrahim', 'Jansen', 'Kowalski', 'Lindqvist']
const firms = ['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware', 'Adatum', 'Proseware', 'Wingtip']

export function generateArticles(seedDir: string, count: number, seed = 42): string[] {
  const random = prng(seed)
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
  const paragraphs = readdirSync(seedDir).filter((file) => file.endsWith('.txt')).sort()
    .flatMap((file) => readFileSync(join(seedDir, file), 'utf8').split(/\n\s*\n/))
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 120)
  const articles: string[] = []
  for (let index = 0; index < count; index++) {
    const person = pick(names)
    const firm = pick(firms)
    const body = Array.from({length: 6 + Math.floor(random() * 8)}, () => pick(paragraphs)
      .replace(/\bPrince\b/g, person)
      .replace(/\bCloudflare\b/g, firm)
      .replace(/\b(19|20)\d\d\b/g, () => String(2000 + Math.floor(random() * 24))))
    articles.push(`${firm} and ${person} in the news, report ${index}\n\n${body.join('\n\n')}\n\nBy Jane ${pick(names)}\n`)
  }
  return articles
}

export function writeCorpus(dir: string, articles: string[]): number {
  mkdirSync(dir, {recursive: true})
  let bytes = 0
  articles.forEach((text, index) => {
    writeFileSync(join(dir, `article-${String(index).padStart(6, '0')}.txt`), text)
    bytes += Buffer.byteLength(text)
  })
  return bytes
}
