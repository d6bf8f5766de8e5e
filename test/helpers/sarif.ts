// The SARIF 2.1.0 schema (draft-04 JSON Schema), from an npm package:
// @microsoft/jest-sarif ships the OASIS schema file, so tests validate
// offline. ajv-draft-04 reads draft-04, ajv-formats checks uri and date-time;
// one of its patterns is not valid as a Unicode regular expression, hence
// unicodeRegExp: false.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import Ajv04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'

const require = createRequire(import.meta.url)
export const sarifSchemaPath = join(dirname(require.resolve('@microsoft/jest-sarif')), 'schemas', 'sarif-2.1.0-rtm.5.json')

export function sarifErrors(log: unknown): string[] {
  const ajv = new Ajv04.default({allErrors: true, strict: false, unicodeRegExp: false})
  addFormats.default(ajv)
  const validate = ajv.compile(JSON.parse(readFileSync(sarifSchemaPath, 'utf8')))
  if (validate(log)) return []
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`)
}
