/**
 * Applying waivers to cells. A valid waiver that is needed (its cell would not pass at the normal
 * bar) holds that family or scenario cell to the waiver's bar instead, and carves the cell's
 * episodes out of the overall cell of its metric, so the rest of the suite keeps the normal bar.
 * Expired waivers never apply; unneeded ones are left unapplied and reported as unused.
 */
import { daysBetween, expiryDiagnostic, type Waiver } from '../config/waivers.js'
import type { Diagnostic, Position } from '../config/diagnostics.js'
import type { Metric } from '../scenario/types.js'
import type { CellCounts } from '../stats/aggregate.js'
import type { Judgement } from './judge.js'
import type { CellRule } from './policy.js'

export interface WaiverUse {
  id: string
  metric: Metric
  scope: 'family' | 'scenario'
  key: string
  max_rate: number
  owner: string
  reason: string
  expires: string
  file: string
  at: Position
  expires_at: Position
  status: 'applied' | 'unused' | 'expired'
  /** Days from the run's date to the expiry (0: expires today; negative: expired). */
  days_left: number
  /** Why it is unused or expired; empty when applied. */
  note: string
}

/** A cell with its rule, and what waivers did to it. */
export interface RuledCell extends CellCounts, CellRule {
  /** The waiver holding this cell to its bar, and the bar it replaced. */
  waiver?: { id: string; file: string; line: number; expires: string; owner: string; base_bar: number | null }
  /** Overall cells: the waived cells carved out of them (`family:name`, `scenario:id`). */
  excludes?: string[]
}

function scopeOf(w: Waiver): { scope: 'family' | 'scenario'; key: string } {
  return w.family !== undefined ? { scope: 'family', key: w.family } : { scope: 'scenario', key: w.scenario ?? '' }
}

function use(w: Waiver, daysLeft: number, status: WaiverUse['status'], note: string): WaiverUse {
  const { file, at, expires_at, id, metric, max_rate, owner, reason, expires } = w
  return { id, metric, ...scopeOf(w), max_rate, owner, reason, expires, file, at, expires_at, status, days_left: daysLeft, note }
}

/** Overall cell of a metric minus the waived cells (a scenario inside a waived family is already out). */
function carve(overall: RuledCell, waived: readonly RuledCell[]): RuledCell {
  const families = new Set(waived.filter((c) => c.scope === 'family').map((c) => c.key))
  const out = waived.filter((c) => c.scope === 'family' || !families.has(c.family ?? ''))
  const n = overall.n - out.reduce((s, c) => s + c.n, 0)
  const x = overall.x - out.reduce((s, c) => s + c.x, 0)
  const errors = overall.errors - out.reduce((s, c) => s + c.errors, 0)
  return { ...overall, n, x, errors, rate: n > 0 ? x / n : null, excludes: out.map((c) => `${c.scope}:${c.key}`) }
}

export interface WaiverContext {
  /** The run's UTC date, YYYY-MM-DD. */
  today: string
  /** The fixed-sample judgement of a cell at its normal bar: a waiver is needed only where this is not a pass. */
  judgeNormal: (cell: RuledCell) => Judgement
}

export function applyWaivers(cells: readonly RuledCell[], waivers: readonly Waiver[], ctx: WaiverContext): { cells: RuledCell[]; uses: WaiverUse[] } {
  const out = [...cells]
  const uses = waivers.map((w): WaiverUse => {
    const days = daysBetween(ctx.today, w.expires)
    const { scope, key } = scopeOf(w)
    if (days < 0) return use(w, days, 'expired', `expired on ${w.expires}`)
    const i = out.findIndex((c) => c.scope === scope && c.key === key && c.metric === w.metric)
    const cell = out[i]
    if (!cell || cell.n === 0) return use(w, days, 'unused', `no scored episode of ${scope} \`${key}\` in this run`)
    const normal = ctx.judgeNormal(cell)
    if (normal.decision === 'pass') return use(w, days, 'unused', `${scope} \`${key}\` passes without it (${normal.reason})`)
    const overall = out.find((c) => c.scope === 'overall' && c.metric === w.metric)
    const waiver = { id: w.id, file: w.file, line: w.at.line, expires: w.expires, owner: w.owner, base_bar: cell.bar }
    out[i] = { ...cell, bar: w.max_rate, gated: overall?.gated ?? false, waiver }
    return use(w, days, 'applied', '')
  })
  return { cells: carveOverall(out), uses }
}

function carveOverall(cells: RuledCell[]): RuledCell[] {
  return cells.map((c) => {
    if (c.scope !== 'overall' || !c.gated) return c
    const waived = cells.filter((w) => w.waiver && w.metric === c.metric)
    return waived.length > 0 ? carve(c, waived) : c
  })
}

/** Expired waivers are errors; unused and soon-expiring ones are warnings, each at its own line. */
export function waiverDiagnostics(uses: readonly WaiverUse[], warnDays: number): Diagnostic[] {
  return uses.flatMap((u): Diagnostic[] => {
    const expiry = expiryDiagnostic(u, u.days_left, warnDays)
    // An expired waiver is not applied at all, so whether it would have been used is moot.
    const unused: Diagnostic[] = u.status === 'unused' ? [{ file: u.file, ...u.at, message: `waiver \`${u.id}\` is unused: ${u.note}`, severity: 'warning' }] : []
    return [...(expiry ? [expiry] : []), ...unused]
  })
}
