// Pairs quotation marks paragraph by paragraph: curly, straight and « »
// double quotes, single quotes inside them (or alone in a headline), nested
// quotes, and a quotation that runs on into the next paragraph by the
// convention of reopening it there. Marks that cannot be paired are returned
// as problems with their span, for the malformed-quotation-marks rule.
// Quotes inside markup tags and inch marks (6'3") are no quotation marks;
// straight quotes do not nest in straight ones (`…Europe, "she said` closes).

export interface QuoteSpan {
  /** Offset of the opening mark; the quoted words start one past it. */
  open: number
  /** Offset of the closing mark (exclusive end of the words), or the paragraph end when unclosed. */
  close: number
  marks: string
  depth: number
  /** Index of the paragraph (parsed block) the quotation opens in. */
  paragraph: number
  /** How many paragraphs the quotation runs over. */
  paragraphs: number
  unclosed: boolean
}

export interface QuoteMarkProblem {
  kind: 'unclosed' | 'stray-close' | 'reversed-close' | 'space-inside'
  start: number
  end: number
  mark: string
}

export interface Paragraph {
  start: number
  end: number
  kind?: string
}

interface Open {
  offset: number
  mark: string
  single: boolean
  paragraph: number
  paragraphs: number
}

const closerFor: Record<string, string> = {'“': '”', '"': '"', '«': '»', '‘': '’', "'": "'", '„': '“'}
const openingContext = /[\s([{\u2014\u2013\-\/“‘"'«]/u
const letter = /[\p{L}\p{N}]/u
const markupTag = /^<\/?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))?)*\s*\/?>/u
const inches = /\b\d['’]\s?\d{1,2}$/u

function before(text: string, index: number, floor: number): string {
  return index > floor ? text[index - 1] : ' '
}
function after(text: string, index: number, ceiling: number): string {
  return index + 1 < ceiling ? text[index + 1] : ' '
}

/** Pair the marks of consecutive paragraphs (parsed blocks, in order). */
export function pairQuoteMarks(text: string, paragraphs: Paragraph[]): {spans: QuoteSpan[]; problems: QuoteMarkProblem[]} {
  const spans: QuoteSpan[] = []
  const problems: QuoteMarkProblem[] = []
  let carried: Open | null = null

  paragraphs.forEach((paragraph, index) => {
    const stack: Open[] = []
    const {start, end} = paragraph
    // A quotation left open at the end of the previous paragraph continues if
    // this one reopens with the same kind of mark.
    if (carried) {
      const first = text.slice(start, start + 1)
      if (closerFor[first] === closerFor[carried.mark] || (first === '“' && carried.mark === '"')) {
        stack.push({...carried, paragraphs: carried.paragraphs + 1})
        carried = null
        scan(start + 1)
      } else {
        reportUnclosed(carried, paragraphs[index - 1].end)
        carried = null
        scan(start)
      }
    } else scan(start)

    // Whatever is still open at the paragraph end: the outermost may run on.
    if (stack.length > 0) {
      const next = paragraphs[index + 1]
      const outer = stack[0]
      for (let level = stack.length - 1; level >= 1; level--) reportUnclosed(stack[level], end)
      if (next && next.kind !== 'heading' && next.kind !== 'title' && !outer.single && /^["“«]/u.test(text.slice(next.start, next.start + 1)) && next.start - end < 8) carried = outer
      else reportUnclosed(outer, end)
    }

    function scan(from: number): void {
      for (let i = from; i < end; i++) {
        const ch = text[i]
        // Markup left in the text (an embedded post, `<tweet author="@x">`): its attribute quotes are no quotation.
        if (ch === '<') {
          const tag = markupTag.exec(text.slice(i, Math.min(end, i + 400)))
          if (tag) i += tag[0].length - 1
          continue
        }
        if (ch === '“' || ch === '«' || ch === '„') {
          const prev = before(text, i, start)
          const next = after(text, i, end)
          // “ after a word and before a space or the end: a closing mark typed the wrong way.
          if (ch === '“' && stack.length > 0 && /\s|[.,;:!?]/u.test(next) && (/\s/u.test(prev) || /[.,;:!?]/u.test(prev)) && !letter.test(next)) {
            problems.push({kind: 'reversed-close', start: i, end: i + 1, mark: ch})
            closeTop(i, false)
            continue
          }
          stack.push({offset: i, mark: ch, single: false, paragraph: index, paragraphs: 1})
        } else if (ch === '”' || ch === '»') {
          if (!closeTop(i, false)) {
            problems.push({kind: 'stray-close', start: i, end: i + 1, mark: ch})
          }
        } else if (ch === '"') {
          // An inch mark: 6'3", 5' 11".
          if (inches.test(text.slice(Math.max(start, i - 6), i))) continue
          const prev = before(text, i, start)
          const next = after(text, i, end)
          const opens = (openingContext.test(prev) || i === start) && !/\s/u.test(next)
          const top = stack.at(-1)
          // A closing mark typed after its space ("…in Europe, "she said"): straight quotes do not nest in straight ones.
          if (top && !top.single && top.mark === '"' && opens && /[,.!?;:]\s$/u.test(text.slice(Math.max(start, i - 2), i))) closeTop(i, false)
          else if (top && !top.single && top.mark === '"' && !opens) closeTop(i, false)
          else if (opens) stack.push({offset: i, mark: ch, single: false, paragraph: index, paragraphs: 1})
          else if (top && !top.single) closeTop(i, false)
          else problems.push({kind: 'stray-close', start: i, end: i + 1, mark: ch})
        } else if (ch === '‘' || ch === "'") {
          const prev = before(text, i, start)
          const next = after(text, i, end)
          const top = stack.at(-1)
          if (ch === "'" && top && top.single && top.mark === "'" && !letter.test(next) && !/\s/u.test(prev)) {
            closeTop(i, true)
            continue
          }
          // An opening single quote follows a space or another mark and precedes a letter.
          if ((openingContext.test(prev) || i === start) && letter.test(next)) {
            stack.push({offset: i, mark: ch, single: true, paragraph: index, paragraphs: 1})
          }
        } else if (ch === '’') {
          const next = after(text, i, end)
          const top = stack.at(-1)
          // Otherwise an apostrophe: Cloudflare’s, users’ pages, ’90s.
          if (top && top.single && !letter.test(next)) closeTop(i, true)
        }
      }
    }

    function closeTop(at: number, single: boolean): boolean {
      // Close the innermost mark of this kind; singles left open inside it were apostrophes.
      for (let level = stack.length - 1; level >= 0; level--) {
        if (stack[level].single !== single) continue
        const open = stack[level]
        stack.length = level
        spans.push({
          open: open.offset,
          close: at,
          marks: open.mark + text[at],
          depth: level,
          paragraph: open.paragraph,
          paragraphs: open.paragraphs,
          unclosed: false
        })
        return true
      }
      return false
    }

    function reportUnclosed(open: Open, at: number): void {
      if (open.single) return // a lone ‘ is more often an apostrophe (’til, ‘90s) than a quote
      problems.push({kind: 'unclosed', start: open.offset, end: at, mark: open.mark})
      spans.push({open: open.offset, close: at, marks: open.mark, depth: 0, paragraph: open.paragraph, paragraphs: open.paragraphs, unclosed: true})
    }
  })
  if (carried) problems.push({kind: 'unclosed', start: (carried as Open).offset, end: paragraphs.at(-1)!.end, mark: (carried as Open).mark})
  spans.sort((a, b) => a.open - b.open)
  return {spans, problems}
}
