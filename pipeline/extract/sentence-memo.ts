// Wire copy repeats most of its sentences word for word across the outlets
// that print it (87 % of the bench corpus's text; 4 % of the evaldata's,
// which has few reprints). An analysis that depends on nothing but a
// sentence's text (and a key the caller adds, such as the reference date) is
// kept here by that text, per process, and replayed at the sentence's offset.

/** Sentences kept per memo before it starts afresh: bounded memory, whatever the corpus. */
const defaultLimit = 20_000

export class SentenceMemo<T> {
  readonly #cache = new Map<string, T>()
  readonly #limit: number

  constructor(limit = defaultLimit) {
    this.#limit = limit
  }

  /**
   * The value for `key`, computed once. `compute` gets a copy of `text` that
   * is not a slice of the article: a value holding slices of it keeps the
   * copy alive, not the article's whole text.
   */
  get(key: string, text: string, compute: (own: string) => T): T {
    let value = this.#cache.get(key)
    if (value === undefined) {
      value = compute(ownCopy(text))
      if (this.#cache.size >= this.#limit) this.#cache.clear()
      this.#cache.set(key, value)
    }
    return value
  }
}

/** A flat string of its own: slicing a concatenation flattens it into a new string first. */
function ownCopy(text: string): string {
  return `${text}\u0000`.slice(0, -1)
}

/** Items found at offset 0, placed at `offset`: new objects, so the kept ones are never changed. */
export function placed<T extends {start: number; end: number}>(items: readonly T[], offset: number): T[] {
  return items.map((item) => ({...item, start: item.start + offset, end: item.end + offset}))
}
