import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const CLI = `${ROOT}/dist/cli.js`

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs the built CLI bundle the way a user does. */
export function cli(args: string[], cwd = ROOT): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/**
 * Runs the built CLI without blocking this process: a loopback fake in the test process can answer
 * it, and several runs can share the machine's cores.
 */
export function cliAsync(args: string[], opts: { env?: Record<string, string>; cwd?: string; node?: string } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(opts.node ?? process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, CI: 'true', ...opts.env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

/**
 * Runs the CLI's `main` in this process (from src/), capturing what it writes: the same code as the
 * bundle without a Node start and a bundle load per call. Calls must not overlap. For argument and
 * configuration handling: a run of the built-in suite belongs in the bundle, because under jest's
 * VM some CEL checks see objects from another realm and error.
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
