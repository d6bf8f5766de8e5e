// Every output format, by the name --format takes.
import {github} from './github.js'
import {html} from './html/index.js'
import {json} from './json.js'
import {junit} from './junit.js'
import {markdown} from './markdown.js'
import type {Reporter} from './reporter.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'

export const reporters = {stylish, json, markdown, html, sarif, junit, github} satisfies Record<string, Reporter>
export type Format = keyof typeof reporters
export const formats = Object.keys(reporters) as Format[]
