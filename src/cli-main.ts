/** Entry point of the CLI bundle. */
import { isMainThread } from 'node:worker_threads'
import { commandArgs, inBoundedHeap } from './bounded-heap.js'
import { EXIT, main } from './cli.js'
import { knownSecrets, scrub } from './report/secrets.js'

// Whatever the CLI prints (reports, diagnostics, errors) leaves through here, without a known secret.
const secrets = knownSecrets()
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream) as (chunk: string | Uint8Array) => boolean
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => write(typeof chunk === 'string' ? scrub(chunk, secrets) : chunk, ...(rest as []))) as typeof stream.write
}

/** The commands that run episodes (and so grow the heap with their length); the rest start faster on the main thread. */
const EPISODE_COMMANDS = new Set(['run', 'rescore', 'merge', 'selftest'])

const argv = commandArgs()
// A rough reading of the command is enough: a wrong guess changes only which thread runs it.
const command = argv.find((a) => !a.startsWith('-'))
const bounded = isMainThread && command !== undefined && EPISODE_COMMANDS.has(command) && !argv.some((a) => ['--help', '-h', '--version'].includes(a))
const crashed = (message: string) => {
  process.stderr.write(`scheming-gate: internal error: ${message}\n`)
  return EXIT.internal
}
process.exitCode = bounded ? await inBoundedHeap(new URL(import.meta.url), argv, crashed) : await main(argv)
