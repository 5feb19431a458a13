/**
 * The worker that runs episode commands: its young generation is capped, its exit code is the
 * command's, and an error that escapes it is an error exit, never a pass: from the CLI and from the
 * built action. The built CLI runs through it in cli.test.ts and the other tests of the bundle, too.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import v8 from 'node:v8'
import { HeapKeeper, inBoundedHeap, WORKER_V8_FLAGS, YOUNG_GENERATION_MB } from '../src/bounded-heap.js'
import { cli, ROOT } from './helpers/cli.js'

const ENTRY = new URL('./fixtures/bounded-heap/entry.mjs', import.meta.url)
const CRASHED = 4
const crashes: string[] = []
const crashed = (message: string) => {
  crashes.push(message)
  return CRASHED
}

describe('inBoundedHeap', () => {
  it('runs the entry with the young generation capped, a gc to keep its heap with, the arguments and whether stderr is a terminal', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sg-heap-')), 'limits.json')
    expect(await inBoundedHeap(ENTRY, ['report', file], crashed)).toBe(0)
    const seen = JSON.parse(readFileSync(file, 'utf8')) as { resourceLimits: { maxYoungGenerationSizeMb: number }; stderrIsTTY: boolean; gc: string }
    expect(seen.resourceLimits.maxYoungGenerationSizeMb).toBe(YOUNG_GENERATION_MB)
    expect(seen.gc).toBe('function')
    expect(seen.stderrIsTTY).toBe(process.stderr.isTTY === true)
  })

  it('sets its V8 flags before it makes the worker: optimizing compiles stay on the worker\'s thread', async () => {
    const set = jest.spyOn(v8, 'setFlagsFromString')
    try {
      expect(await inBoundedHeap(ENTRY, ['exit-code', '0'], crashed)).toBe(0)
      expect(set.mock.calls.map(([flag]) => flag)).toEqual(WORKER_V8_FLAGS)
      expect(WORKER_V8_FLAGS).toContain('--no-concurrent-recompilation')
    } finally {
      set.mockRestore()
    }
  })

  it('resolves with the exit code the entry set', async () => {
    expect(await inBoundedHeap(ENTRY, ['exit-code', '3'], crashed)).toBe(3)
  })

  it('says what escaped the entry and resolves with the crash code', async () => {
    expect(await inBoundedHeap(ENTRY, ['throw'], crashed)).toBe(CRASHED)
    expect(crashes).toEqual(['escaped the entry'])
  })
})

describe('HeapKeeper', () => {
  const MB = 1024 * 1024
  /** A heap that holds what the test sets, and that a collection brings down to what is live. */
  function fakeHeap(live: number, liveExternal = 0) {
    const heap = {
      used: live,
      live,
      external: liveExternal,
      liveExternal,
      collections: 0,
      held: () => ({ heap: heap.used, external: heap.external }),
      collect: () => void (heap.collections++, (heap.used = heap.live), (heap.external = heap.liveExternal))
    }
    return heap
  }

  it('collects once the old generation passes what the last collection kept by a tenth plus 4 MB, then measures from what the collection kept', () => {
    const heap = fakeHeap(40 * MB)
    const keeper = new HeapKeeper(heap)
    expect(keeper.check()).toBe(false)
    heap.used = 48 * MB // 40 · 1.1 + 4 = 48: not past it
    expect(keeper.check()).toBe(false)
    heap.used = 48 * MB + 1
    heap.live = 42 * MB
    expect(keeper.check()).toBe(true)
    expect(heap.collections).toBe(1)
    // Now 42 MB kept: 50.2 MB is the bound.
    heap.used = 50 * MB
    expect(keeper.check()).toBe(false)
    heap.used = 51 * MB
    expect(keeper.check()).toBe(true)
    expect(heap.collections).toBe(2)
  })

  it('takes the least it has seen as kept, so a collection V8 made itself lowers the bound', () => {
    const heap = fakeHeap(60 * MB)
    const keeper = new HeapKeeper(heap)
    keeper.check()
    heap.used = 30 * MB // V8 collected on its own
    keeper.check()
    heap.used = 38 * MB // past 30 · 1.1 + 4 = 37, though far below what the first reading gave
    expect(keeper.check()).toBe(true)
  })

  it('bounds buffers apart, at 1 MB over what the last collection kept, whatever the heap holds', () => {
    const heap = fakeHeap(40 * MB, 5 * MB)
    const keeper = new HeapKeeper(heap)
    keeper.check()
    heap.external = 6 * MB // 5 + 1: not past it
    expect(keeper.check()).toBe(false)
    heap.external = 6 * MB + 1
    heap.liveExternal = 5.5 * MB
    expect(keeper.check()).toBe(true)
    expect(heap.used).toBe(40 * MB)
    // Measured anew from what the collection kept: 6.5 MB is the bound now.
    heap.external = 6.5 * MB
    expect(keeper.check()).toBe(false)
    heap.external = 6.5 * MB + 1
    expect(keeper.check()).toBe(true)
    expect(heap.collections).toBe(2)
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
