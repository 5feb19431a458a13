/**
 * The worker that runs episode commands: its young generation is capped, its exit code is the
 * command's, and an error that escapes it is an error exit, never a pass: from the CLI and from the
 * built action. The built CLI runs through it in cli.test.ts and the other tests of the bundle, too.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inBoundedHeap, YOUNG_GENERATION_MB } from '../src/bounded-heap.js'
import { cli, ROOT } from './helpers/cli.js'

const ENTRY = new URL('./fixtures/bounded-heap/entry.mjs', import.meta.url)
const CRASHED = 4
const crashes: string[] = []
const crashed = (message: string) => {
  crashes.push(message)
  return CRASHED
}

describe('inBoundedHeap', () => {
  it('runs the entry with the young generation capped and hands it the arguments and whether stderr is a terminal', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sg-heap-')), 'limits.json')
    expect(await inBoundedHeap(ENTRY, ['report', file], crashed)).toBe(0)
    const seen = JSON.parse(readFileSync(file, 'utf8')) as { resourceLimits: { maxYoungGenerationSizeMb: number }; stderrIsTTY: boolean }
    expect(seen.resourceLimits.maxYoungGenerationSizeMb).toBe(YOUNG_GENERATION_MB)
    expect(seen.stderrIsTTY).toBe(process.stderr.isTTY === true)
  })

  it('resolves with the exit code the entry set', async () => {
    expect(await inBoundedHeap(ENTRY, ['exit-code', '3'], crashed)).toBe(3)
  })

  it('says what escaped the entry and resolves with the crash code', async () => {
    expect(await inBoundedHeap(ENTRY, ['throw'], crashed)).toBe(CRASHED)
    expect(crashes).toEqual(['escaped the entry'])
  })
})

describe('the built CLI', () => {
  it('gives the command its exit code and all of its output through the worker', () => {
    const out = mkdtempSync(join(tmpdir(), 'sg-heap-cli-'))
    const r = cli(['run', '--model', 'scripted:unsafe', '--profile', 'smoke', '--out', out])
    expect(r.status).toBe(1)
    expect(r.stdout.startsWith('scheming-gate: ❌ FAIL')).toBe(true)
    // The last lines written before the worker ended arrive.
    expect(r.stderr).toContain(`manifest: ${out}/manifest.json sha256:`)
  })
})

describe('the built action', () => {
  it('fails the step with an error annotation when its worker dies uncaught', () => {
    // The entry without the action module beside it: the worker's import of it throws.
    const dir = mkdtempSync(join(tmpdir(), 'sg-heap-action-'))
    copyFileSync(join(ROOT, 'dist', 'index.js'), join(dir, 'index.js'))
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}')
    const r = spawnSync(process.execPath, [join(dir, 'index.js')], { encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/^::error title=scheming-gate::internal error: .*main\.js/m)
  })
})
