// Untrusted text (article words, titles, file names) in line-based formats.
// A newline would start a new record, a control character could move the
// terminal cursor, and a bidi override would reorder what follows it on the
// line ("Trojan Source"). Each format still escapes for its own syntax.

const controls = /[\u0000-\u001f\u007f-\u009f]+/g
/** Embeddings, overrides and isolates: they reorder the rest of a line. Marks (LRM, RLM) only nudge and stay. */
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g

/** The text as one line: control characters become a space, bidi overrides a visible U+FFFD. */
export function oneLine(text: string): string {
  return text.replace(controls, ' ').replace(bidiControls, '\ufffd')
}

export function truncate(text: string, max: number): string {
  const flat = oneLine(text)
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`
}
