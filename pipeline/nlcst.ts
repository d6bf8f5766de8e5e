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
