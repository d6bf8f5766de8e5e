// The bad-input corpus, generated (nothing binary is committed): every kind
// of broken file a batch of scraped articles meets, each with what the audit
// must make of it — an error that names the problem, or a normal audit.
import {chmodSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

export interface BadInput {
  file: string
  /** A pattern the article's error must match; null: it is valid text and is audited. */
  error: RegExp | null
}

const article = (title: string, body: string) => `${title}\n\nBy Jo Reporter\n\n${body}\n`
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
const aliasBomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefgh'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[index]}`).join(',')}]`)].join('\n')

/** Write the bad inputs into `dir`; returns what each must yield. */
export function writeBadInputs(dir: string): BadInput[] {
  const inputs: BadInput[] = []
  const put = (file: string, content: string | Buffer, error: RegExp | null) => {
    mkdirSync(join(dir, file, '..'), {recursive: true})
    writeFileSync(join(dir, file), content)
    inputs.push({file, error})
  }
  put('empty.txt', '', null)
  put('whitespace.txt', ' \n\t\n   \n', null)
  put('photo.txt', png, /binary data/)
  put('invalid-utf8.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]), /not valid UTF-8 \(first bad byte at offset 3\)/)
  put('utf16-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article('A UTF-16 article', 'The council met on Monday, the mayor said.'), 'utf16le')]), null)
  put('utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article('A UTF-8 article with a mark', 'The council met on Monday, the mayor said.'))]), null)
  put('crlf.txt', article('Windows line ends', 'The council met on Monday.\r\n\r\nThe mayor said it went well.').replace(/\n/g, '\r\n'), null)
  put('cr.txt', article('Old Mac line ends', 'The council met on Monday.\n\nThe mayor said it went well.').replace(/\n/g, '\r'), null)
  put('huge.txt', 'The council met. '.repeat(620_000), /file is too large \(10\.\d MB, the limit is 5\.0 MB/)
  put('one-line.txt', `${'The council met again and again and the mayor said nothing new '.repeat(16_500)}.\n`, null)
  put('one-token.txt', `${'A'.repeat(100_000)} said the mayor.\n`, null)
  put('quotation-marks.txt', `${'"'.repeat(20_000)} “a “b “c “d ” ” ” ” said he.\n`, null)
  put('nested-quotes.txt', article('Quotes within quotes', `${'“He said ‘she said “they said '.repeat(300)}${'” ’ ”'.repeat(150)} and more “unbalanced ‘ marks.`), null)
  put('bad-front-matter.md', '---\ntitle: [unclosed\nauthor: x\n---\nThe council met on Monday, the mayor said.\n', null)
  put('alias-bomb.md', `---\n${aliasBomb}\n---\nThe council met on Monday, the mayor said.\n`, null)
  put('deep-yaml.md', `---\na: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\nThe council met on Monday, the mayor said.\n`, null)
  put('name with spaces.txt', article('Spaces in the file name', 'The council met on Monday.'), null)
  put('ünïcödé ✓ 名前.txt', article('Unicode in the file name', 'The council met on Monday.'), null)
  put('new\nline.txt', article('A line break in the file name', 'The council met on Monday.'), null)
  put('script.txt', article('<script>window.pwned = 1</script> Council </title> news', 'The mayor said <img src=x onerror="window.pwned=1"> and <a href="javascript:alert(1)">this</a> on Monday.'), null)
  symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'))
  symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'))
  inputs.push({file: 'loop-a.txt', error: /loop of symbolic links/}, {file: 'loop-b.txt', error: /loop of symbolic links/})
  put('unreadable.txt', article('A file nobody may read', 'The council met on Monday.'), process.getuid?.() === 0 ? null : /permission denied/)
  chmodSync(join(dir, 'unreadable.txt'), 0o000)
  return inputs
}
