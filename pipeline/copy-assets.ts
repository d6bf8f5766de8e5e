// Build step: copy every `data/` folder (YAML lexicons) of pipeline/ and
// rules/, and the HTML report's stylesheet and script (reports/html/assets),
// beside the compiled JS, so a module finds them at the same relative path
// from source and from .dist.
import {cpSync, readdirSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

function copyData(dir: string): void {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    if (!entry.isDirectory()) continue
    const path = join(dir, entry.name)
    if (entry.name === 'data') cpSync(path, join(root, '.dist', relative(root, path)), {recursive: true})
    else copyData(path)
  }
}

for (const top of ['pipeline', 'rules']) copyData(join(root, top))
cpSync(join(root, 'reports', 'html', 'assets'), join(root, '.dist', 'reports', 'html', 'assets'), {recursive: true})
