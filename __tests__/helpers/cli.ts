import { spawnSync } from 'node:child_process'
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
