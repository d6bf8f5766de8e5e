// Walks over the shapes retext-english builds (root → paragraph → sentence →
// word), by hand: unist-util-visit's generic walker cost more than the parse.
import type {Root, Sentence, Word} from 'nlcst'

export function forEachSentence(tree: Root, each: (sentence: Sentence) => void): void {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') each(sentence)
  }
}

export function wordText(word: Word): string {
  const children = word.children
  if (children.length === 1) return (children[0] as {value: string}).value
  let value = ''
  for (const child of children) value += (child as {value?: string}).value ?? ''
  return value
}

export function sentenceWords(sentence: Sentence): string[] {
  const words: string[] = []
  for (const child of sentence.children) if (child.type === 'WordNode') words.push(wordText(child))
  return words
}

/** A sentence's words and punctuation with their offsets, and whether white space before them holds a line break. */
export interface Token {
  text: string
  start: number
  end: number
  kind: 'word' | 'punctuation' | 'symbol'
  /** White space (with a line break or not) between this token and the one before it. */
  space: '' | ' ' | '\n'
}

export function sentenceTokens(sentence: Sentence): Token[] {
  const tokens: Token[] = []
  let space: Token['space'] = ''
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') {
      space = /[\n\r]/.test(child.value) ? '\n' : space === '\n' ? '\n' : ' '
      continue
    }
    const text = child.type === 'WordNode' ? wordText(child) : (child as {value?: string}).value ?? ''
    const kind = child.type === 'WordNode' ? 'word' : child.type === 'PunctuationNode' ? 'punctuation' : 'symbol'
    tokens.push({text, start: child.position!.start.offset!, end: child.position!.end.offset!, kind, space})
    space = ''
  }
  return tokens
}
