// --changed-since REF: the articles added or changed since a git revision
// (committed, staged, unstaged or untracked). The whole corpus is still
// audited, since cross-article checks need it; only these are gated.
import {execFileSync} from 'node:child_process'
import {resolve} from 'node:path'
import {UsageError} from './discover.js'

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024})
}

/** Absolute paths of the files changed since `ref`, or a usage error that says what to do. */
export function changedSince(ref: string, cwd: string): Set<string> {
  let top: string
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim()
  } catch {
    throw new UsageError(`--changed-since needs a git repository, and \`${cwd}\` is not in one`)
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)
  } catch {
    const shallow = git(['rev-parse', '--is-shallow-repository'], cwd).trim() === 'true'
    throw new UsageError(`--changed-since: \`${ref}\` is not a commit in this repository${shallow
      ? ' (this clone is shallow: fetch it first, e.g. `git fetch --depth=1 origin ' + ref.replace(/^origin\//, '') + '`, or check out with fetch-depth: 0)'
      : ''}`)
  }
  const names = [
    ...git(['diff', '--name-only', '-z', ref, '--'], cwd).split('\0'),
    ...git(['ls-files', '--others', '--exclude-standard', '-z'], top).split('\0')
  ].filter(Boolean)
  return new Set(names.map((name) => resolve(top, name)))
}
