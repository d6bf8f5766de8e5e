// The layering, checked by test/layers.test.ts on every `npm test`:
// load → article stage → corpus stage → findings → score → report.
// pipeline/ knows stages and contracts, never rules/ or reports/ (only its
// composition root, pipeline/cli.ts, wires them in); a rule never imports
// another rule; reports/ format, they import no rule; nothing is circular.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {name: 'no-circular', severity: 'error', comment: 'Modules that import each other, even for types only.', from: {}, to: {circular: true}},
    {
      name: 'pipeline-not-rules',
      severity: 'error',
      comment: 'The pipeline is handed its rules; only the composition root (pipeline/cli.ts) imports them.',
      from: {path: '^pipeline/', pathNot: '^pipeline/cli\\.ts$'},
      to: {path: '^rules/'}
    },
    {
      name: 'pipeline-not-reports',
      severity: 'error',
      comment: 'Reporters format what the pipeline produced; the pipeline does not call them (only pipeline/cli.ts does).',
      from: {path: '^pipeline/', pathNot: '^pipeline/cli\\.ts$'},
      to: {path: '^reports/'}
    },
    {
      name: 'rule-not-other-rule',
      severity: 'error',
      comment: 'What several rules need is built once in the core, not borrowed from another rule.',
      from: {path: '^rules/([^/]+)/'},
      to: {path: '^rules/([^/]+)/', pathNot: '^rules/$1/'}
    },
    {name: 'rules-not-reports', severity: 'error', comment: 'Rules never format output.', from: {path: '^rules/'}, to: {path: '^reports/'}},
    {name: 'reports-not-rules', severity: 'error', comment: 'Reporters are handed the rule list.', from: {path: '^reports/'}, to: {path: '^rules/'}},
    {name: 'no-cli-imports', severity: 'error', comment: 'The command line is the top: only its entry (pipeline/main.ts, the interrupt handler first) imports it.', from: {pathNot: '^pipeline/main\\.ts$'}, to: {path: '^pipeline/cli\\.ts$'}}
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    exclude: {path: '^(node_modules|\\.dist|test)/'},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'}
  }
}
