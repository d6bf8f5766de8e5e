#!/usr/bin/env node
// The `corroborate` command. Every static import is loaded before any module
// runs, and loading the rules and lexicons takes most of a second (seconds on
// a busy machine): this entry puts the interrupt handler in place first, so
// that a signal in that time leaves earlier reports intact and says so, and
// only then loads the command line (cli.ts, the composition root).
import './interrupt.js'

await import('./cli.js')
