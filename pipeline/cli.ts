#!/usr/bin/env node
// corroborate's command line: `audit` and `rules`. Exit codes as ESLint's:
// 0 the gate passed, 1 it failed, 2 usage or configuration error.
// Run through main.ts, the interrupt handler is in place already; imported here too for callers that run this file.
import './interrupt.js'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {Command, InvalidArgumentError, Option} from 'commander'
// The composition root: the only pipeline module that imports rules/ and reports/.
import {formats, reporters, type Format} from '../reports/index.js'
import type {RuleDoc} from '../reports/reporter.js'
import {progressDisplay} from '../reports/progress.js'
import {formatRules} from '../reports/rules.js'
import {writeReport} from '../reports/sink.js'
import {articleRules, corpusRules} from '../rules/index.js'
import {createAuditor, type AuditorRules} from './audit.js'
import {BaselineError, readBaseline, writeBaseline} from './baseline.js'
import {defaultCacheDir, diskCache} from './cache.js'
import {codeVersion} from './code-version.js'
import {changedSince} from './load/changed.js'
import {ConfigError, findConfig, loadConfig} from './config.js'
import {UsageError} from './load/discover.js'
import {readArticleTextSync} from './load/read.js'
import {packageInfo} from './package-info.js'
import type {Rule} from './rule.js'
import {storyModes, type StoryMode} from './types.js'

function positiveInt(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number of at least 1')
  return number
}

function count(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError('expected a whole number of at least 0')
  return number
}

function score(value: string): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number < 0 || number > 100) throw new InvalidArgumentError('expected a score from 0 to 100')
  return number
}

const program = new Command()
  .name('corroborate')
  .description('Audit news articles for source reliability.')
  .version(packageInfo.version)
  .exitOverride()
  .configureOutput({outputError: (text, write) => write(text)})

program
  .command('audit')
  .description('audit articles: files, folders or globs (default: corpus)')
  .argument('[paths...]', 'article files, folders or globs', ['corpus'])
  .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('stylish'))
  .option('-o, --output <path>', 'write the report to a file instead of standard output (html: a folder, required)')
  .option('-c, --config <file>', 'config file (default: corroborate.yaml found from the working directory)')
  .option('--fail-under <score>', 'fail when an article scores under this', score)
  .addOption(new Option('--fail-on <severity>', 'fail on a finding at this level or above').choices(['error', 'warning', 'none']))
  .option('--max-warnings <n>', 'fail when the run has more warnings than this', count)
  .option('--baseline <file>', 'accepted findings (see --write-baseline): only findings not in it gate; entries that no longer occur are listed')
  .option('--write-baseline <file>', 'record the current warnings and errors as accepted, and exit 0')
  .option('--changed-since <ref>', 'audit everything, but gate only the articles added or changed since this git revision')
  .option('-j, --jobs <n>', 'worker threads (default: available cores, 1 for small corpora)', positiveInt)
  .option('--cache-dir <dir>', `where article results are cached, by content (default: ${defaultCacheDir})`)
  .option('--no-cache', 'audit every article afresh, and store nothing')
  .option('--rules <module...>', 'also run the rules a module exports (`articleRules`, `corpusRules`), after the built-in ones')
  .addOption(new Option('--stories <mode>', 'how articles are grouped into stories: auto (clustered), folder (each folder), one (the whole corpus)').choices(storyModes))
  .option('-q, --quiet', 'report errors and warnings only')
  .option('--verbose', 'every finding on its own line (stylish and github fold an article\'s readability infos into one)')
  .option('--no-color', 'no colours, even on a terminal')
  .action(async (paths: string[], options) => {
    const cwd = process.cwd()
    const configPath = options.config ? resolve(cwd, options.config) : findConfig(cwd)
    const reporter = reporters[options.format as Format]
    if (reporter.output === 'directory' && !options.output) throw new UsageError(`--format ${options.format} writes a folder: give --output DIR`)
    const rules = await loadRules(options.rules ?? [], cwd)
    const config = loadConfig(configPath, [...rules.article, ...rules.corpus])
    const gate = {failUnder: options.failUnder ?? config.gate.failUnder, failOn: options.failOn ?? config.gate.failOn, maxWarnings: options.maxWarnings ?? config.gate.maxWarnings}
    const baseline = options.baseline ? {...readBaseline(resolve(cwd, options.baseline)), file: options.baseline as string} : null
    const changedSinceRef = options.changedSince ? {ref: options.changedSince as string, files: changedSince(options.changedSince, cwd)} : null
    const cache = options.cache === false ? undefined : diskCache(resolve(cwd, options.cacheDir ?? defaultCacheDir), codeVersion(rules.modules?.slice(1)))
    const auditor = createAuditor({rules, config, jobs: options.jobs, stories: options.stories as StoryMode | undefined, ...gate, baseline, changedSince: changedSinceRef, cache, dropInfo: Boolean(options.quiet),
      onProgress: progressDisplay(process.stderr, Boolean(options.quiet))})
    const report = await auditor.audit(paths, cwd)
    // A rule that threw is a failure to audit, not a gate result: named on stderr, exit 2.
    for (const failure of report.summary.ruleFailures ?? []) {
      process.stderr.write(`corroborate: rule \`${failure.ruleId}\` failed${failure.article ? ` on ${failure.article}` : failure.story ? ` on story ${failure.story}` : ''}: ${failure.message}\n`)
    }
    if (options.writeBaseline) {
      const file = resolve(cwd, options.writeBaseline)
      const recorded = await writeBaseline(file, report)
      process.stderr.write(`corroborate: recorded ${recorded} finding${recorded === 1 ? '' : 's'} in the baseline \`${options.writeBaseline}\`\n`)
    }
    // A rule that threw is a failure to audit (2); writing a baseline accepts what is there (0).
    process.exitCode = (report.summary.ruleFailures ?? []).length > 0 ? 2 : options.writeBaseline || report.summary.gate.passed ? 0 : 1
    const output = options.output ? resolve(cwd, options.output) : null
    await writeReport(reporter, report, {
      color: !output && options.color !== false && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
      verbose: Boolean(options.verbose),
      gate,
      rules: ruleDocs([...rules.article, ...rules.corpus]),
      cwd,
      // The HTML pages show each article's text: read again, one at a time, decoded as the audit read it.
      text: async (article) => {
        const read = readArticleTextSync(resolve(cwd, article.path), config.maxBytes)
        return 'text' in read ? read.text : null
      }
    }, output, process.stdout)
  })

program
  .command('rules')
  .description('list the rules with their metadata')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
  .option('--rules <module...>', 'also list the rules a module exports')
  .action(async (options) => {
    const rules = await loadRules(options.rules ?? [], process.cwd())
    process.stdout.write(formatRules([...rules.article, ...rules.corpus], options.format))
  })

/** Each rule's meta with its README (SARIF help text); rules from --rules modules have none here. */
function ruleDocs(rules: Rule[]): RuleDoc[] {
  return rules.map((rule) => {
    let readme: string | null = null
    if (/^[a-z0-9-]+$/.test(rule.meta.id)) {
      try {
        readme = readFileSync(new URL(`../../rules/${rule.meta.id}/README.md`, import.meta.url), 'utf8')
      } catch {
        // No README beside the built-in rules: the description stands alone.
      }
    }
    return {meta: rule.meta, readme}
  })
}

/** The built-in rules, then those of each module named with --rules (as ESLint loads plugins). */
async function loadRules(modules: string[], cwd: string): Promise<AuditorRules> {
  const urls = [new URL('../rules/index.js', import.meta.url).href, ...modules.map((module) => pathToFileURL(resolve(cwd, module)).href)]
  const rules: AuditorRules = {article: [...articleRules], corpus: [...corpusRules], modules: urls}
  for (const url of urls.slice(1)) {
    let loaded: {articleRules?: unknown; corpusRules?: unknown}
    try {
      loaded = await import(url)
    } catch (error) {
      throw new UsageError(`cannot load rules from \`${url}\`: ${(error as Error).message}`)
    }
    if (!Array.isArray(loaded.articleRules ?? []) || !Array.isArray(loaded.corpusRules ?? [])) throw new UsageError(`\`${url}\` must export \`articleRules\` and/or \`corpusRules\` arrays`)
    rules.article.push(...((loaded.articleRules ?? []) as AuditorRules['article']))
    rules.corpus.push(...((loaded.corpusRules ?? []) as AuditorRules['corpus']))
  }
  return rules
}

try {
  await program.parseAsync(process.argv)
} catch (error) {
  const code = (error as {code?: string}).code
  // A reader that stopped early (`| head`) is not an error: the exit code is the gate's.
  if (code === 'EPIPE') process.exit(process.exitCode ?? 0)
  if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') process.exit(0)
  if (code && code.startsWith('commander.')) process.exit(2)
  // A report that cannot be written (the folder is a file, no permission): say where, not a stack.
  const path = (error as NodeJS.ErrnoException).path
  if (code && /^E[A-Z]+$/.test(code) && path) {
    process.stderr.write(`corroborate: cannot write \`${path}\`: ${code}\n`)
    process.exit(2)
  }
  if (error instanceof ConfigError || error instanceof UsageError || error instanceof BaselineError) {
    process.stderr.write(`corroborate: ${error.message}\n`)
    process.exit(2)
  }
  process.stderr.write(`corroborate: ${(error as Error).stack ?? error}\n`)
  process.exit(2)
}
