// The report's text is JSON.stringify(report, null, 2), written article by
// article. An article's details (categories, criteria, readability,
// findings) are rendered to that text once, where its story is assessed, and
// kept so — by the report's spill and by the story cache — so that a
// re-audit of 100,000 articles copies bytes instead of building and
// stringifying a million findings again. Objects are parsed back from the
// text only when something asks for them (other formats, the baseline).

/** The fields of an article entry that are kept as text, in the report's order. */
export const detailKeys = ['categories', 'criteria', 'readability', 'findings'] as const
export type DetailKey = (typeof detailKeys)[number]

/** An article entry sits at depth 2 (report → articles → entry): its fields' values are indented so. */
const fieldIndent = '\n      '

/** A value as the report's text has it in an article entry's field. */
export function fieldText(value: unknown): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', fieldIndent)
}

/** Fields' texts as one run of UTF-8 bytes, NUL between them (JSON text never holds a raw NUL). */
export function joinFields(texts: string[]): Uint8Array {
  return Buffer.from(texts.join('\u0000'), 'utf8')
}

/** The fields of `joinFields`, as bytes each. */
export function splitFields(bytes: Uint8Array): Uint8Array[] {
  const fields: Uint8Array[] = []
  let from = 0
  for (let at = bytes.indexOf(0); at !== -1; at = bytes.indexOf(0, from)) {
    fields.push(bytes.subarray(from, at))
    from = at + 1
  }
  fields.push(bytes.subarray(from))
  return fields
}

/** A field's value from its text. */
export function parseField<T>(bytes: Uint8Array): T {
  return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as T
}

/** Where an article entry keeps its details' text: the json reporter writes it as it is. */
export const detailsText = Symbol('corroborate.detailsText')

/** An entry's details as text, field by field in `detailKeys` order, when it keeps them so. */
export function renderedDetails(entry: object): Uint8Array[] | undefined {
  return (entry as {[detailsText]?: () => Uint8Array[]})[detailsText]?.()
}
