/**
 * Waiver files: YAML committed next to a release, each waiver raising the bar of one metric in one
 * family or scenario until a UTC date. Loaded through the same parse/schema machinery as every
 * other config file, so each problem is reported at its file:line:column.
 *
 * Load-time errors (throw ConfigError): schema errors (unknown or missing keys), both or neither of
 * family/scenario, an impossible date, an expiry beyond the horizon, a repeated id. Whether a
 * waiver has expired, is about to, or went unused is the gate's call (src/gate/waivers.ts): it
 * depends on the run's date and results, not on the file.
 */
import type { Family, Metric } from '../scenario/types.js'
import { ConfigError, DiagnosticSink, didYouMean, sortDiagnostics } from './diagnostics.js'
import type { Diagnostic, Position } from './diagnostics.js'
import { expandPaths } from './files.js'
import { lazyValidator, readValidated } from './validate.js'
// Static JSON import: esbuild inlines it, so the bundled CLI needs no schema files at run time.
import waiversSchema from '../../schemas/waivers.schema.json' with { type: 'json' }

export interface WaiverEntry {
  id: string
  metric: Metric
  family?: Family
  scenario?: string
  max_rate: number
  reason: string
  owner: string
  /** Last valid UTC day, YYYY-MM-DD (inclusive). */
  expires: string
  created?: string
  approved_by?: string
  link?: string
}

export interface WaiverFile {
  $schema?: string
  waivers: WaiverEntry[]
}

export interface Waiver extends WaiverEntry {
  file: string
  /** Where the waiver starts (its first key) and where its `expires` date is. */
  at: Position
  expires_at: Position
}

export interface WaiverLoadOptions {
  /** Today's UTC date, YYYY-MM-DD. */
  today: string
  horizonDays: number
  /** The suite's scenario ids, when a suite is loaded: a waiver must name one of them. */
  scenarioIds?: ReadonlySet<string>
}

const waiversValidator = lazyValidator<WaiverFile>(waiversSchema)

const DAY_MS = 86_400_000

/** The UTC calendar day of an instant, YYYY-MM-DD. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10)
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/**
 * An expired waiver is an error and one expiring within `warnDays` (today included) a warning, at
 * its `expires` line. `validate` reports these from the date alone; a run adds unused waivers.
 */
export function expiryDiagnostic(w: Pick<Waiver, 'id' | 'expires' | 'file' | 'expires_at'>, daysLeft: number, warnDays: number): Diagnostic | undefined {
  const at = { file: w.file, ...w.expires_at }
  if (daysLeft < 0) return { ...at, message: `waiver \`${w.id}\` expired on ${w.expires} and no longer applies; renew or remove it`, severity: 'error' }
  if (daysLeft > warnDays) return undefined
  const when = daysLeft === 0 ? 'today' : `in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`
  return { ...at, message: `waiver \`${w.id}\` expires ${when} (${w.expires})`, severity: 'warning' }
}

function isCalendarDate(text: string): boolean {
  const ms = Date.parse(`${text}T00:00:00Z`)
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text
}

function checkWaiver(w: WaiverEntry, index: number, sink: DiagnosticSink, opts: WaiverLoadOptions): void {
  const path = ['waivers', index]
  if (w.family !== undefined && w.scenario !== undefined) {
    sink.at(path, `waiver \`${w.id}\` names both \`family\` and \`scenario\`; a waiver covers exactly one of them`)
  } else if (w.family === undefined && w.scenario === undefined) {
    sink.at(path, `waiver \`${w.id}\` needs \`family\` or \`scenario\`: the cell it covers`)
  }
  for (const key of ['expires', 'created'] as const) {
    const date = w[key]
    if (date !== undefined && !isCalendarDate(date)) sink.at([...path, key], `\`${date}\` is not a calendar date`)
  }
  if (w.scenario !== undefined && opts.scenarioIds && !opts.scenarioIds.has(w.scenario)) {
    sink.at([...path, 'scenario'], `unknown scenario \`${w.scenario}\`${didYouMean(w.scenario, opts.scenarioIds)}: no scenario of the suite has this id, so the waiver would cover nothing`)
  }
  const days = isCalendarDate(w.expires) ? daysBetween(opts.today, w.expires) : 0
  if (days > opts.horizonDays) {
    sink.at([...path, 'expires'], `${w.expires} is ${days} days after today (${opts.today}); a waiver may run at most ${opts.horizonDays} days`)
  }
}

function loadWaiverFile(file: string, opts: WaiverLoadOptions): { waivers: Waiver[]; diagnostics: Diagnostic[] } {
  const { source, sink, value } = readValidated(file, waiversValidator)
  const waivers = (value?.waivers ?? []).map((w, i): Waiver => {
    checkWaiver(w, i, sink, opts)
    return { ...w, file, at: source.positionOf(['waivers', i]), expires_at: source.positionOf(['waivers', i, 'expires']) }
  })
  return { waivers, diagnostics: sink.diagnostics }
}

/** A waiver id names it in reports and annotations, so a repeat is an error at the later one. */
function duplicateIds(waivers: readonly Waiver[]): Diagnostic[] {
  const first = new Map<string, Waiver>()
  return waivers.flatMap((w): Diagnostic[] => {
    const earlier = first.get(w.id)
    if (!earlier) {
      first.set(w.id, w)
      return []
    }
    const message = `waivers: waiver id \`${w.id}\` is already used at ${earlier.file}:${earlier.at.line}`
    return [{ file: w.file, ...w.at, message, severity: 'error' }]
  })
}

/** Loads every waiver under `paths` (files, or folders of *.yaml / *.yml); throws one ConfigError for all files. */
export function loadWaivers(paths: readonly string[], opts: WaiverLoadOptions): Waiver[] {
  const { files, diagnostics } = expandPaths(paths)
  const waivers: Waiver[] = []
  for (const file of files) {
    const loaded = loadWaiverFile(file, opts)
    waivers.push(...loaded.waivers)
    diagnostics.push(...loaded.diagnostics)
  }
  diagnostics.push(...duplicateIds(waivers))
  if (diagnostics.some((d) => d.severity === 'error')) throw new ConfigError(sortDiagnostics(diagnostics))
  return waivers
}
