// What the content cache keys results by besides the article and the config:
// the tool's version and a hash of the code and lexicons that produced them,
// so a result is never reused after the rules change, released or not.
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {packageInfo} from './package-info.js'

/** The tool's version, plus a digest of the compiled pipeline and rules and of any rule modules given. */
export function codeVersion(ruleModules: string[] = []): string {
  const hash = createHash('sha256').update(packageInfo.version)
  // From .dist/pipeline (or pipeline/ under tests): its parent holds pipeline/ and rules/.
  const top = fileURLToPath(new URL('..', import.meta.url))
  for (const folder of ['pipeline', 'rules']) {
    // Paths relative to the install: a cache restored into another checkout (CI) is still this code's.
    for (const file of codeFiles(join(top, folder))) hash.update(relative(top, file).replaceAll('\\', '/')).update(readFileSync(file))
  }
  for (const module of ruleModules) {
    if (module.startsWith('file:')) hash.update(module).update(readFileSync(fileURLToPath(module)))
  }
  return `${packageInfo.version}-${hash.digest('hex').slice(0, 16)}`
}

function codeFiles(dir: string): string[] {
  let entries
  try {
    entries = readdirSync(dir, {recursive: true, withFileTypes: true})
  } catch {
    return []
  }
  return entries.filter((entry) => entry.isFile() && /\.(?:js|ts|ya?ml|json)$/.test(entry.name))
    .map((entry) => join(entry.parentPath ?? (entry as unknown as {path: string}).path, entry.name))
    .sort()
}
