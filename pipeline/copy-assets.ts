// Build step: copy the rules' YAML lexicons beside the compiled JS, so a
// rule finds its data at the same relative path from source and from .dist.
import {cpSync, existsSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
for (const rule of readdirSync(join(root, 'rules'), {withFileTypes: true})) {
  if (!rule.isDirectory()) continue
  const data = join(root, 'rules', rule.name, 'data')
  if (existsSync(data)) cpSync(data, join(root, '.dist', 'rules', rule.name, 'data'), {recursive: true})
}
