/** Entry point of the CLI bundle. */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isMainThread } from 'node:worker_threads'
import { commandArgs, inBoundedHeap } from './bounded-heap.js'
import { FLAGS } from './cli-help.js'
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

/**
 * rescore runs episodes only to replay a recording another build made. One this build made (the
 * same engine digest) is re-judged as recorded (evidence/rescore.ts), and a worker would cost it a
 * tenth of its time. Should that recording still need a replay (its suite changed), the replay runs
 * here: the same results, with V8's own heap sizing.
 */
async function replays(argv: string[]): Promise<boolean> {
  const from = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: false }).positionals[1]
  if (from === undefined) return true
  const { engineDigest } = await import('./engine.js')
  const { recordedEngine } = await import('./evidence/manifest.js')
  return recordedEngine(resolve(from)) !== engineDigest()
}

const argv = commandArgs()
// A rough reading of the command is enough: a wrong guess changes only which thread runs it.
const command = argv.find((a) => !a.startsWith('-'))
const bounded =
  isMainThread && command !== undefined && EPISODE_COMMANDS.has(command) && !argv.some((a) => ['--help', '-h', '--version'].includes(a)) && (command !== 'rescore' || (await replays(argv)))
const crashed = (message: string) => {
  process.stderr.write(`scheming-gate: internal error: ${message}\n`)
  return EXIT.internal
}
process.exitCode = bounded ? await inBoundedHeap(new URL(import.meta.url), argv, crashed) : await main(argv)
