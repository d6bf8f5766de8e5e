// The package's own package.json, found from source (tests) or from .dist.
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const candidates = ['../package.json', '../../package.json'].map((path) => fileURLToPath(new URL(path, import.meta.url)))
const file = candidates.find((path) => existsSync(path) && (JSON.parse(readFileSync(path, 'utf8')) as {name?: string}).name === 'corroborate')

export const packageInfo: {name: string; version: string} = file
  ? (JSON.parse(readFileSync(file, 'utf8')) as {name: string; version: string})
  : {name: 'corroborate', version: '0.0.0'}
