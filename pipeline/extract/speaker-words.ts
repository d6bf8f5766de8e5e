// The words the speaker finder works on: tokens (cached for the repeated
// look-ups of one passage) and the word classes that shape a speaker phrase.

export interface Token {
  text: string
  start: number
  end: number
}


const tokenPattern = /[\p{L}\p{N}](?:[\p{L}\p{N}’'\-]|\.(?=\p{L}))*|[,;:()\u2014\u2013\u2015]/gu
export const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you'])
export const adverbs = /^(also|later|then|previously|once|again|further|first|simply|even|still|recently|reportedly|always|never|just|already|now|often|since|has|have|had|will|would|could|can|may|might|must|should|shall|did|does|do|was|were|is|are|not|never)$|^\p{Ll}+ly$/u
export const clauseBreak = new Set(['that', 'who', 'which', 'and', 'but', 'while', 'as', 'when', 'after', 'before', 'because', 'so', 'if', 'though', 'although', 'where', 'what', 'how', 'why', 'since', 'until', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'could', 'should', 'may', 'might', 'not', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'of', 'about', 'into', 'over', 'than', 'like', 'or', 'nor'])
export const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another', 'some', 'many', 'several', 'two', 'three', 'other', 'this', 'that'])
export const titles = /^(ceo|cfo|coo|cto|president|vice|sen|senator|rep|representative|gov|governor|mayor|secretary|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|director|minister|judge|justice|gen|general|lt|col|sgt|adm|dr|mr|mrs|ms|prof|professor|rev|sheriff|chief|officer|attorney|candidate|nominee|commissioner|ambassador|speaker|leader|founder|co-founder|executive|manager|analyst|head)$/i
export const capital = /^[\p{Lu}\d]/u
export const articles = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that'])
// Words that make a run of tokens a clause rather than a role ("a spokesman for the campaign" is a role).
export const notInRole = new Set(['that', 'who', 'which', 'and', 'but', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'not', 'to', 'be', 'been', 'when', 'if', 'because'])
export const leadIns = new Set(['during', 'following', 'though', 'although', 'despite', 'amid', 'under', 'without', 'within', 'among', 'earlier', 'later', 'last', 'this', 'next', 'meanwhile', 'however', 'still', 'yet', 'also', 'then'])
export const notSubject = /^(?:\p{L}+ing|only|even|just|both|all|every|each|most|many|such|some|any|no|not|few|more|less|here|there)$/iu
export const circumstance = /^(?:,|in|at|on|during|before|after|while|from|via|to|through|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|last|this)$/iu
export const passiveAuxiliary = /^(?:is|are|was|were|be|been|being)$/iu
export const calendar = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu
export const verbLike = /(?:ed|en|[^s'’]s)$/u
export const ambiguousNoun = /^(?!says$).*[^s]s$/iu

const recentTokens: Array<{text: string; base: number; list: Token[]}> = [{text: '', base: -1, list: []}, {text: '', base: -1, list: []}]
let nextSlot = 0

/** Word and punctuation tokens; a parenthesis ("(D-Mo.)", "(R)") is left out. */
export function tokens(text: string, base: number): Token[] {
  // The same words are often asked for again soon (a cue search, then the subject fallback): two slots.
  for (const cached of recentTokens) if (cached.base === base && cached.text === text) return cached.list
  const list: Token[] = []
  let depth = 0
  for (const m of text.matchAll(tokenPattern)) {
    if (m[0] === '(') depth++
    else if (m[0] === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0) list.push({text: m[0], start: base + m.index!, end: base + m.index! + m[0].length})
  }
  recentTokens[nextSlot] = {text, base, list}
  nextSlot = 1 - nextSlot
  return list
}

export function isPunct(token: Token): boolean {
  return /^[,;:()\u2014\u2013\u2015]$/u.test(token.text)
}
