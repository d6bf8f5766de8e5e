// A corpus made to break formats: file names and article text with quotes,
// ampersands, markup, newlines, tabs, control characters, a terminal escape,
// right-to-left text and a bidi override, and script payloads that set
// `window.__xss` if anything ever runs them.
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

export const hostileNames = [
  'quote"amp&<b>.txt',
  'line\nbreak.txt',
  'ctrl\u0007bell\u001b[31m.txt',
  'مقال\u202etxt.exe.txt',
  "tab\tand 'single'.txt",
  '"><img src=x onerror=window.__xss=11>.txt',
  '<script>window.__xss=12<script>.txt',
  'javascript:window.__xss=13.txt'
]

const title = '</title><script>window.__xss=1</script> Council passes "budget" & more'

function article(variant: number): string {
  const word = ['emergency', 'urgency', 'emergency', 'emergency'][variant % 4]
  return [
    '---',
    `title: '${title.replace(/'/g, "''")} ${variant}'`,
    `author: '<img src=x onerror=window.__xss=2> Jane "J" O''Doe'`,
    '---',
    `Council passes "budget" & more <script>window.__xss=3</script> ${variant}`,
    '',
    'Published: June 9, 2013',
    '',
    `The city council passed the budget on Tuesday, the clerk said. The council reportedly spent \u0001 more than 20 percent & "rose", the largest budget <img src=x onerror=window.__xss=4> in the history of the city and the surrounding areas since records began, officials said.`,
    '',
    'مجلس المدينة أقر الميزانية يوم الثلاثاء \u202e reversed text here \u202c and Hebrew שלום.',
    '',
    `"There is an unprecedented ${word} <img src=x onerror=window.__xss=5> and immediate threat & <a href="javascript:window.__xss=6">danger</a> to the budget </title>," Mayor Jane Doe said in a statement on Tuesday.`,
    '',
    'Read the <a href="javascript:window.__xss=7">statement</a> here. <svg onload=window.__xss=8>',
    '',
    '"We are proud of this budgett & of <b>everyone</b>,"\r\nthe mayor said.',
    '',
    'Leave a Reply',
    ''
  ].join('\n')
}

/** Writes the hostile corpus into `dir` and returns the file names. */
export function writeHostileCorpus(dir: string): string[] {
  mkdirSync(dir, {recursive: true})
  hostileNames.forEach((name, index) => writeFileSync(join(dir, name), article(index)))
  return hostileNames
}
