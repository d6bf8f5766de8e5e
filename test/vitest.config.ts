// vitest, as `npm test` runs it: the tests under test/, generous time limits
// (several tests audit the whole evaldata), and one temporary folder per run.
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    dir: 'test',
    include: ['**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    globalSetup: ['test/setup/temporary-folder.ts']
  }
})
