// Word-level helpers shared by the claim extractors and the alignment: content
// stems, name keys. Cheap by design: they run on every sentence.

const stopwordList = `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which while
who whom why will with would you your yours yourself yourselves however according said says say told would will also
one two three four five six seven eight nine ten first last past next new monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec year years month months week weeks day days today yesterday tomorrow ago earlier later
recently percent mr mrs ms dr st`
export const stopwords = new Set(stopwordList.split(/\s+/))

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu

/** A crude suffix stemmer: enough to meet "blocked" with "blocking" and "sites" with "site". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '')
  if (w.length > 5 && w.endsWith('ies')) return w.slice(0, -3) + 'y'
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1)
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

export interface Word {
  text: string
  start: number
  end: number
}

export function words(text: string, offset = 0): Word[] {
  const list: Word[] = []
  for (const match of text.matchAll(wordPattern)) {
    list.push({text: match[0], start: offset + match.index!, end: offset + match.index! + match[0].length})
  }
  return list
}

/** Lower case, letters and digits only: "Kiwi Farms’" and "KiwiFarms" meet at `kiwifarms`. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]/gu, '')
}

const capitalised = /^[\p{Lu}\p{N}]/u
const joiners = new Set(['of', 'de', 'van', 'von', 'the', 'al', 'bin', 'da', 'la', 'le', 'du', 'del'])

/**
 * Runs of capitalised words: names for blocking and context. The first word of a
 * sentence counts only when the next is capitalised too or it is not a stopword.
 */
/** Words a name runs to at most. */
const maxNameWords = 8

export function nameRuns(list: Word[], text: string, offset: number): Word[][] {
  const runs: Word[][] = []
  let run: Word[] = []
  const flush = () => {
    while (run.length && joiners.has(run.at(-1)!.text.toLowerCase())) run.pop()
    // Names run to a few words ("Kim Jong Un", "Bank of New York Mellon"); longer runs are headline case or lists.
    if (run.length && run.length <= maxNameWords) runs.push(run)
    run = []
  }
  for (let index = 0; index < list.length; index++) {
    const word = list[index]
    // Punctuation between two words ends a name: "Alissa Starzak, CEO".
    if (run.length && !/^[\s\u00a0]+$/.test(text.slice(run.at(-1)!.end - offset, word.start - offset))) flush()
    const isCap = capitalised.test(word.text) && !/^\d+$/.test(word.text)
    const lower = word.text.toLowerCase()
    if (isCap && !(run.length === 0 && (stopwords.has(lower) || joiners.has(lower)))) {
      run.push(word)
    } else if (run.length && joiners.has(word.text.toLowerCase()) && capitalised.test(list[index + 1]?.text ?? '')) {
      run.push(word)
    } else flush()
  }
  flush()
  return runs
}

/** Name keys of a sentence: each run whole, and each of its words of three letters or more. */
export function nameKeys(runs: Word[][]): string[] {
  const keys = new Set<string>()
  for (const run of runs) {
    keys.add(nameKey(run.map((word) => word.text).join('')))
    for (const word of run) {
      const key = nameKey(word.text)
      if (key.length >= 3 && !stopwords.has(key) && !joiners.has(key)) keys.add(key)
    }
  }
  return [...keys]
}

/** Content stems of a sentence outside [skipStart, skipEnd) and outside names (those count as name keys). */
export function contextStems(list: Word[], skipStart: number, skipEnd: number, inName: Set<number>): string[] {
  const stems = new Set<string>()
  for (const word of list) {
    if ((word.start >= skipStart && word.end <= skipEnd) || inName.has(word.start)) continue
    const lower = word.text.toLowerCase()
    if (stopwords.has(lower) || /^\d+$/.test(lower) || lower.length < 3) continue
    stems.add(stem(lower))
  }
  return [...stems]
}

/** Up to `span` content stems and name keys either side of [start, end), within ten words. */
export function nearStems(list: Word[], start: number, end: number, span: number, nameOf: Map<number, string>): string[] {
  let first = list.findIndex((word) => word.end > start)
  if (first === -1) first = list.length
  let last = list.findIndex((word) => word.start >= end)
  if (last === -1) last = list.length
  const near = new Set<string>()
  const collect = (from: number, step: number) => {
    let taken = 0
    for (let index = from, walked = 0; index >= 0 && index < list.length && taken < span && walked < 10; index += step, walked++) {
      const word = list[index]
      const name = nameOf.get(word.start)
      const lower = word.text.toLowerCase()
      if (name) near.add(`@${name}`)
      else if (!stopwords.has(lower) && !/^\d+$/.test(lower) && lower.length >= 3) near.add(stem(lower))
      else continue
      taken++
    }
  }
  collect(first - 1, -1)
  collect(last, 1)
  return [...near]
}

const perArticle = new WeakMap<object, Array<{list: Word[]; runs: Word[][]}>>()

/**
 * Each sentence's words and runs of capitalised words, computed once per
 * article for every extractor that needs them. Cached under the article's
 * file, which is dropped after its stage, not under its sentence list, which
 * its facts keep for the whole run: the words held that way were 80 KB an
 * article, two fifths of what an audit kept of each.
 */
export function sentenceRuns(file: object, sentences: ReadonlyArray<{text: string; start: number}>): Array<{list: Word[]; runs: Word[][]}> {
  let found = perArticle.get(file)
  if (!found) {
    found = sentences.map((sentence) => {
      const list = words(sentence.text, sentence.start)
      return {list, runs: nameRuns(list, sentence.text, sentence.start)}
    })
    perArticle.set(file, found)
  }
  return found
}
