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

/** A word-bigram model of the seed articles' prose: fresh sentences with news-like words. */
function bigrams(seedDir: string): Map<string, string[]> {
  const model = new Map<string, string[]>()
  for (const file of readdirSync(seedDir).filter((name) => name.endsWith('.txt')).sort()) {
    for (const paragraph of readFileSync(join(seedDir, file), 'utf8').split(/\n\s*\n/)) {
      const words = paragraph.trim().split(/\s+/)
      if (words.length < 12) continue
      for (let index = 0; index + 1 < words.length; index++) {
        const next = model.get(words[index]) ?? []
        next.push(words[index + 1])
        model.set(words[index], next)
      }
    }
  }
  return model
}

/**
 * Clusters of about eight articles per event, as a real news corpus has:
 * articles of one cluster share some paragraphs (the facts every outlet
 * reports), and every paragraph is fresh text from a bigram model, so
 * articles of different events do not look like copies of each other.
 */
export function generateArticles(seedDir: string, count: number, seed = 42): string[] {
  const random = prng(seed)
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
  const model = bigrams(seedDir)
  const starts = [...model.keys()].filter((word) => /^\p{Lu}\p{Ll}+$/u.test(word))
  const sentence = (person: string, firm: string) => {
    let word = pick(starts)
    const out = [word]
    while (out.length < 40) {
      const next = model.get(word)
      if (!next || (out.length > 12 && /[.!?]["”]?$/.test(word))) break
      word = pick(next)
      out.push(word)
    }
    let text = out.join(' ').replace(/\bPrince\b/g, person).replace(/\bCloudflare\b/g, firm)
    if (!/[.!?]["”]?$/.test(text)) text += '.'
    return text
  }
  const paragraph = (person: string, firm: string) =>
    Array.from({length: 2 + Math.floor(random() * 3)}, () => sentence(person, firm)).join(' ')

  const articles: string[] = []
  while (articles.length < count) {
    const person = `${pick(['Ana', 'Ben', 'Chloe', 'Dev', 'Eva', 'Femi'])} ${pick(names)}`
    const firm = pick(firms)
    const shared = Array.from({length: 6}, () => paragraph(person, firm))
    const size = Math.min(count - articles.length, 6 + Math.floor(random() * 5))
    for (let member = 0; member < size; member++) {
      const body = [
        ...shared.filter(() => random() < 0.6),
        ...Array.from({length: 3 + Math.floor(random() * 4)}, () => paragraph(person, firm))
      ]
      articles.push(`${firm} and ${person} in the news, report ${articles.length}\n\n${body.join('\n\n')}\n\nBy Jane ${pick(names)}\n`)
    }
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
