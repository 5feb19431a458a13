/**
 * The command line past help: loads the command's modules, scrubs known secrets from what it prints,
 * and runs the command, in the bounded worker when it runs episodes. The entry (cli-main.ts) loads
 * this only for a command.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isMainThread } from 'node:worker_threads'
import { FLAGS } from './cli-help.js'

/** The commands that run episodes (and so grow the heap with their length); the rest start faster on the main thread. */
const EPISODE_COMMANDS = new Set(['run', 'rescore', 'merge', 'selftest'])

/**
 * Above this many episodes a rescore runs in the worker even when it re-judges as recorded: here,
 * V8 grows the young generation with the length of the work (to 64 MB; 539 MB at the peak of a
 * 99,600-episode rescore, against 375 MB in the worker), and starting the worker is a small part
 * of so long a rescore.
 */
const MAIN_THREAD_RESCORE = 20_000

/**
 * Whether a rescore needs the worker. It runs episodes only to replay a recording another build
 * made; one this build made (the same engine digest) is re-judged as recorded (evidence/rescore.ts),
 * and for up to MAIN_THREAD_RESCORE episodes the worker would cost it a tenth of its time. Should
 * that recording still need a replay (its suite changed), the replay runs here: the same results,
 * with V8's own heap sizing.
 */
async function rescoreNeedsWorker(argv: string[]): Promise<boolean> {
  const from = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: false }).positionals[1]
  if (from === undefined) return true
  const { engineDigest } = await import('./engine.js')
  const { recordedHead } = await import('./evidence/manifest.js')
  const { engine, episodes } = recordedHead(resolve(from))
  return engine !== engineDigest() || episodes === undefined || episodes > MAIN_THREAD_RESCORE
}

/** Runs the command, in the bounded worker (started on `entry`) when it runs episodes. */
export async function run(entry: URL): Promise<number> {
  // One import at a time (see cli.ts).
  const { commandArgs, inBoundedHeap } = await import('./bounded-heap.js')
  const { EXIT, main } = await import('./cli.js')
  const { knownSecrets, scrub } = await import('./report/secrets.js')
  // Whatever the CLI prints (reports, diagnostics, errors) leaves through here, without a known secret.
  const secrets = knownSecrets()
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: string | Uint8Array) => boolean
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => write(typeof chunk === 'string' ? scrub(chunk, secrets) : chunk, ...(rest as []))) as typeof stream.write
  }
  const argv = commandArgs()
  // A rough reading of the command is enough: a wrong guess changes only which thread runs it.
  const command = argv.find((a) => !a.startsWith('-'))
  const bounded =
    isMainThread && command !== undefined && EPISODE_COMMANDS.has(command) && !argv.some((a) => ['--help', '-h', '--version'].includes(a)) && (command !== 'rescore' || (await rescoreNeedsWorker(argv)))
  const crashed = (message: string) => {
    process.stderr.write(`scheming-gate: internal error: ${message}\n`)
    return EXIT.internal
  }
  return bounded ? await inBoundedHeap(entry, argv, crashed) : await main(argv)
}
