/**
 * The run history a trend reads: results.json files, given directly or found in folders (a folder
 * of downloaded nightly artifacts, one run per subfolder). Runs are put in time order by the
 * `started` of the run-info.json beside each results.json when every run has one, else kept in
 * the order given (folders in path order).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { ConfigError } from './diagnostics.js'
import { readRecordedRun, type RecordedRun } from './baseline.js'

export interface HistoryRun extends RecordedRun {
  /** Shown on the chart and in tables: the release, else the run's folder name (made unique). */
  label: string
  /** From run-info.json, when present. */
  started?: string
}

const RESULTS = 'results.json'
/** Folders a run writes that never hold another run. */
const SKIPPED = new Set(['evidence', 'node_modules', '.git'])

function findResults(dir: string): string[] {
  const own = join(dir, RESULTS)
  if (existsSync(own)) return [own]
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !SKIPPED.has(e.name))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .flatMap((name) => findResults(join(dir, name)))
}

function started(file: string): string | undefined {
  try {
    const info = JSON.parse(readFileSync(join(dirname(file), 'run-info.json'), 'utf8')) as { started?: unknown }
    return typeof info.started === 'string' && !Number.isNaN(Date.parse(info.started)) ? info.started : undefined
  } catch {
    return undefined
  }
}

function unique(labels: string[]): string[] {
  const seen = new Map<string, number>()
  return labels.map((l) => {
    const k = (seen.get(l) ?? 0) + 1
    seen.set(l, k)
    return k === 1 ? l : `${l} #${k}`
  })
}

/** Reads every run under `paths`; throws ConfigError for a path that is missing or holds no results.json, or a file that is not one. */
export function loadHistory(paths: readonly string[]): HistoryRun[] {
  const files: string[] = []
  for (const p of paths.map((x) => resolve(x))) {
    if (!existsSync(p)) throw new ConfigError([{ file: p, line: 1, column: 1, severity: 'error', message: 'no such file or folder' }])
    const found = statSync(p).isDirectory() ? findResults(p) : [p]
    if (found.length === 0) throw new ConfigError([{ file: p, line: 1, column: 1, severity: 'error', message: `no ${RESULTS} in this folder or below it` }])
    for (const f of found) if (!files.includes(f)) files.push(f)
  }
  const runs = files.map((file) => {
    const run = readRecordedRun(file)
    const at = started(file)
    return { ...run, label: run.release ?? basename(dirname(file)), ...(at ? { started: at } : {}) }
  })
  if (runs.every((r) => r.started !== undefined)) runs.sort((a, b) => Date.parse(a.started as string) - Date.parse(b.started as string))
  const labels = unique(runs.map((r) => r.label))
  return runs.map((r, i) => ({ ...r, label: labels[i] as string }))
}
