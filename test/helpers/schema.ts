// Validates a report against ../shared/report.schema.json, the contract other tools read.
import {readFileSync} from 'node:fs'
import Ajv2020 from 'ajv/dist/2020.js'
import {schemaPath} from './cli.js'

export function reportErrors(report: unknown): string[] {
  const ajv = new Ajv2020.default({allErrors: true, strict: false})
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')))
  if (validate(report)) return []
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`)
}
