/**
 * The CLI in this process. Apart from helpers/cli.ts, which the browser tests import: this one pulls
 * in the whole engine, whose Node types do not compile against the DOM's.
 */
import type { CliRun } from './cli.js'

/**
 * Runs the CLI's `main` in this process (from src/), capturing what it writes: the same code as the
 * bundle without a Node start and a bundle load per call. Calls must not overlap. What must show
 * that the shipped bundle works stays on the bundle (helpers/cli.ts).
 */
export async function cliInProcess(args: string[]): Promise<CliRun> {
  const { main } = await import('../../src/cli.js')
  let stdout = ''
  let stderr = ''
  const out = process.stdout.write
  const err = process.stderr.write
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write
  try {
    return { status: await main(args), stdout, stderr }
  } finally {
    process.stdout.write = out
    process.stderr.write = err
  }
}
