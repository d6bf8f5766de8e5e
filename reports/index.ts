// Every output format, by the name --format takes.
import {json} from './json.js'
import type {Reporter} from './reporter.js'
import {stylish} from './stylish.js'

export const reporters = {stylish, json} satisfies Record<string, Reporter>
export type Format = keyof typeof reporters
export const formats = Object.keys(reporters) as Format[]
