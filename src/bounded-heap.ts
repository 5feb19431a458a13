/**
 * Commands that run episodes do their work in a worker thread whose young generation is capped.
 * Left to itself, V8 doubles the young generation as a long run goes on (64 MB, then 128 MB of
 * pages touched on this project's runs), so peak memory grew with the episode count although the
 * run keeps only about 1 KB per episode. A Worker's resourceLimits is the one way to set this that
 * works under the action runtime too, which cannot pass Node flags. The old generation keeps V8's
 * default limit: a lower one would be a hard out-of-memory bound on a large plan.
 */
import { isMainThread, Worker, workerData } from 'node:worker_threads'

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
 * Runs `entry` (a module that does its work when it is not on the main thread) in a bounded worker;
 * resolves with its exit code. When the worker dies of what its own error handling could not catch
 * (out of memory, a crash), `crashed` says so to the user and gives the exit code: never a pass.
 */
export function inBoundedHeap(entry: URL, argv: string[], crashed: (message: string) => number): Promise<number> {
  const handed: Handed = { argv, stderrIsTTY: process.stderr.isTTY === true }
  const worker = new Worker(entry, { workerData: handed, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } })
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
