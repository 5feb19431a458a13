/**
 * Runs the built action bundle the way the runner does: `node dist/index.js` with INPUT_* variables,
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, an event payload file and GITHUB_API_URL pointing at a
 * loopback fake. Asynchronous, so the fake API in the test process can answer while it runs.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './cli.js'

export const ACTION = `${ROOT}/dist/index.js`

export interface ActionRun {
  status: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Where results and the event file went. */
  dir: string
}

export interface ActionSetup {
  inputs: Record<string, string>
  eventName: string
  event: unknown
  apiUrl: string
  workspace: string
  job?: string
  env?: Record<string, string>
  /** The node binary (default: the one running the tests). */
  node?: string
}

/** The runner's input variable name: spaces become underscores, hyphens stay. */
export function inputVar(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Parses the GITHUB_OUTPUT file: `name<<DELIM`, value lines, `DELIM`. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const end = lines.indexOf(m[2], i + 1)
    outputs[m[1]] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return outputs
}

export async function runAction(setup: ActionSetup): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'sg-action-'))
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary.md'), event: join(dir, 'event.json') }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  writeFileSync(files.event, JSON.stringify(setup.event))
  const inputs = { out: join(dir, 'out'), ...setup.inputs }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: setup.workspace,
    GITHUB_REPOSITORY: 'octo/gate',
    GITHUB_EVENT_NAME: setup.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_JOB: setup.job ?? 'gate',
    GITHUB_API_URL: setup.apiUrl,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    ...setup.env,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVar(k), v]))
  }
  const child = spawn(setup.node ?? process.execPath, [ACTION], { cwd: setup.workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const status = await new Promise<number | null>((ok) => child.on('close', ok))
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    dir
  }
}

/** A pull_request payload: same-repository unless `fork`. */
export function pullRequestEvent(number: number, opts: { fork?: boolean; baseSha?: string } = {}) {
  const base = { full_name: 'octo/gate' }
  return {
    number,
    pull_request: {
      number,
      base: { sha: opts.baseSha ?? 'b'.repeat(40), repo: base },
      head: { sha: 'h'.repeat(40), repo: opts.fork ? { full_name: 'mallory/gate', fork: true } : base }
    }
  }
}
