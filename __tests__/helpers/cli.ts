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
