/**
 * Entry point of the action (dist/index.js): runs the action module (dist/main.js, which exports
 * `run`) in a worker with a bounded heap (bounded-heap.ts), which loads the module; this thread only waits.
 */
import { isMainThread } from 'node:worker_threads'
import { inBoundedHeap } from './bounded-heap.js'

if (isMainThread) process.exitCode = await inBoundedHeap(new URL(import.meta.url), [], 1)
else await (await import('./action.js')).run()
