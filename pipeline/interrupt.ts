// Imported first by the CLI, so that a signal that comes while the rules and
// lexicons are still loading (seconds on a busy machine) already finds the
// handler that leaves earlier reports intact, not Node's default exit.
import {leaveReportsIntactOnInterrupt} from './atomic-write.js'

leaveReportsIntactOnInterrupt()
