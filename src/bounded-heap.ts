/**
 * Commands that run episodes do their work in a worker thread whose young generation is capped.
 * Left to itself, V8 doubles the young generation as a long run goes on (64 MB, then 128 MB of
 * pages touched on this project's runs), so peak memory grew with the episode count although what
 * the run keeps does not. A Worker's resourceLimits is the one way to set this that
 * works under the action runtime too, which cannot pass Node flags. The old generation keeps V8's
 * default limit: a lower one would be a hard out-of-memory bound on a large plan; the worker keeps
 * it near what the run holds by collecting itself (collectWhenGrown).
 */
import { isMainThread, Worker, workerData, type WorkerOptions } from 'node:worker_threads'

/**
 * V8 counts a young generation as three semi-spaces (two it copies between, and room for large new
 * objects), so this is 8 MB semi-spaces. Smaller ones cost more CPU (a 1 MB semi-space, half as much
 * again on a long run); larger ones raise peak memory for no measurable gain in speed.
 */
export const YOUNG_GENERATION_MB = 24

interface Handed {
  argv: string[]
  stderrIsTTY: boolean
}

/**
 * V8's flags for the worker, set before it is made: they are the process's, and an isolate reads them
 * as it is made.
 * - `--expose-gc`: the worker's global has the `gc` that collectWhenGrown calls.
 * - `--no-concurrent-recompilation`: hot functions are optimized on the worker's own thread. On V8's
 *   background threads, each compile's working memory came from that thread's own malloc arena, and
 *   glibc keeps what an arena has grown to: peak RSS rose with however many large compiles happened
 *   to run at once (at 30× trials two arenas grew by 5 MB each, and the peak moved by 10 MB from run
 *   to run). On the worker's thread they reuse its one arena. The CPU is the same; a scripted run's
 *   wall time grows a little, as its thread now waits for the compiles (a model's replies dwarf that).
 */
export const WORKER_V8_FLAGS = ['--expose-gc', '--no-concurrent-recompilation']

/** A worker thread for `entry` with the gate's bounds: its V8 flags and the young generation capped. */
export function boundedWorker(entry: URL, options: Omit<WorkerOptions, 'resourceLimits'> = {}): Worker {
  const v8 = process.getBuiltinModule('node:v8')
  for (const flag of WORKER_V8_FLAGS) v8.setFlagsFromString(flag)
  return new Worker(entry, { ...options, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } })
}

/**
 * Runs `entry` (a module that does its work when it is not on the main thread) in a bounded worker;
 * resolves with its exit code. When the worker dies of what its own error handling could not catch
 * (out of memory, a crash), `crashed` says so to the user and gives the exit code: never a pass.
 */
export function inBoundedHeap(entry: URL, argv: string[], crashed: (message: string) => number): Promise<number> {
  const handed: Handed = { argv, stderrIsTTY: process.stderr.isTTY === true }
  const worker = boundedWorker(entry, { workerData: handed })
  return new Promise((resolve) => {
    let error: unknown
    worker.on('error', (e) => (error = e))
    worker.on('exit', (code) => resolve(error === undefined ? code : crashed(messageOf(error))))
  })
}

/** An error's message; checked by shape, not class, since a worker's errors may come from another realm. */
function messageOf(e: unknown): string {
  return typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e)
}

/** The arguments: the process's own on the main thread, those handed over in the worker. */
export function commandArgs(): string[] {
  return isMainThread ? process.argv.slice(2) : (workerData as Handed).argv
}

/** Whether stderr is a terminal (a worker's stderr is a pipe to the main thread, so it asks the main thread's). */
export function stderrIsTerminal(): boolean {
  return isMainThread ? process.stderr.isTTY === true : (workerData as Handed).stderrIsTTY
}

/** What the worker holds outside the young generation, in bytes. */
export interface Held {
  /** The old generation's spaces. */
  heap: number
  /** The memory of buffers (compressed report chunks, file reads), which V8 frees only when it collects them. */
  external: number
}

/** What the heap keeper reads and does: injectable, so its rule can be tested without V8's timing. */
export interface HeapAccess {
  held(): Held
  /** A full collection. */
  collect(): void
}

/**
 * V8 collects the old generation again only when it has grown to about four times what its last
 * full collection kept. A run's finished episodes leave garbage there (objects that lived through
 * two young collections while their episode ran), so that room filled and peak memory grew with the
 * episode count: at 30× trials the old generation reached 84 MB before V8 collected it down to
 * 34 MB. So do the report's large texts, which go straight to the old generation. The keeper
 * collects in full once the old generation grows past what the last full collection kept by a
 * tenth plus 4 MB (half a semi-space, less than one young collection can promote), so memory follows
 * what the run holds: at 30× about fifteen collections of 15–30 ms.
 *
 * Buffers have a bound of their own, 1 MB over what the last collection kept: they are malloc'd,
 * and memory malloc has handed out stays with the process. Under the heap's bound, the compressed
 * chunks of a 30× run's report.html (200 of them, a dead 150 KB or so each) piled up between
 * collections and left the process 7 MB larger for good; under this one it does not grow.
 */
export class HeapKeeper {
  /** The least seen since the last full collection: at most what it kept. */
  private kept: Held = { heap: Infinity, external: Infinity }

  constructor(
    private readonly access: HeapAccess,
    private readonly growth = 1.1,
    private readonly room = 4 * 1024 * 1024,
    private readonly bufferRoom = 1024 * 1024
  ) {}

  /** Called after each unit of work; true when it collected. */
  check(): boolean {
    const held = this.access.held()
    const kept = { heap: Math.min(this.kept.heap, held.heap), external: Math.min(this.kept.external, held.external) }
    this.kept = kept
    if (held.heap <= kept.heap * this.growth + this.room && held.external <= kept.external + this.bufferRoom) return false
    this.access.collect()
    this.kept = this.access.held()
    return true
  }
}

/** Made at the first check, and only where `gc` is exposed: the worker inBoundedHeap starts (elsewhere, V8's own rule stands). */
let keeper: HeapKeeper | null | undefined

/** After each unit of work (a model reply, a chunk of the report): keeps what the worker holds near what the run needs (HeapKeeper). */
export function collectWhenGrown(): void {
  if (keeper === undefined) {
    const gc = (globalThis as { gc?: () => void }).gc
    // node:v8 taken here, not imported: every command loads this module, and `--help` would pay for it.
    const v8 = process.getBuiltinModule('node:v8')
    const held = (): Held => {
      let heap = 0
      for (const space of v8.getHeapSpaceStatistics()) if (!space.space_name.startsWith('new_')) heap += space.space_used_size
      return { heap, external: v8.getHeapStatistics().external_memory }
    }
    keeper = gc === undefined ? null : new HeapKeeper({ held, collect: gc })
  }
  keeper?.check()
}
