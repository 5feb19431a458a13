/**
 * Entry point of the action (dist/index.js): runs the action module (dist/main.js, which exports
 * `run`) in a worker with a bounded heap (bounded-heap.ts); this thread loads nothing else and waits.
 */
import { isMainThread } from 'node:worker_threads'
import { inBoundedHeap } from './bounded-heap.js'

/**
 * A worker that died uncaught wrote no summary or outputs: the step fails with an error annotation,
 * written as the workflow command itself since this thread loads no toolkit.
 */
function crashed(message: string): number {
  const data = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  process.stdout.write(`::error title=scheming-gate::internal error: ${data}\n`)
  return 1
}

if (isMainThread) process.exitCode = await inBoundedHeap(new URL(import.meta.url), [], crashed)
else await (await import('./action.js')).run()
