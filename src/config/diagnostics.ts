/**
 * Diagnostics: what `config` reports about a file, positioned like a compiler error so that editors,
 * terminals and GitHub annotations can all point at the offending line.
 */
import { UserError } from '../errors.js'

/** Schema annotation naming what a `pattern` accepts, in words (ajv would only print the regex). */
export const EXPECTED_KEYWORD = 'x-expected'

export interface Diagnostic {
  file: string
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
  message: string
  severity: 'error' | 'warning'
}

export type PathSegment = string | number
export type Path = readonly PathSegment[]

export interface Position {
  line: number
  column: number
}

/** Resolves a data path to a source position; `key` asks for the key of a map entry rather than its value. */
export type PositionLookup = (path: Path, opts?: { key?: boolean }) => Position

/** `file:line:column: message` (warnings are marked, errors are the default). */
export function formatDiagnostic(d: Diagnostic): string {
  const tag = d.severity === 'warning' ? 'warning: ' : ''
  return `${d.file}:${d.line}:${d.column}: ${tag}${d.message}`
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map(formatDiagnostic).join('\n')
}

/** Thrown by the loaders when a file has at least one error; carries every diagnostic found. */
export class ConfigError extends UserError {
  readonly diagnostics: Diagnostic[]

  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length
    super(`${errors} configuration error${errors === 1 ? '' : 's'}:\n${formatDiagnostics(diagnostics)}`)
    this.name = 'ConfigError'
    this.diagnostics = diagnostics
  }
}

/** Removes exact duplicates and orders by file (first-seen order), then line, then column. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const fileOrder = new Map<string, number>()
  const seen = new Set<string>()
  const unique: Diagnostic[] = []
  for (const d of diagnostics) {
    if (!fileOrder.has(d.file)) fileOrder.set(d.file, fileOrder.size)
    const key = `${formatDiagnostic(d)}\0${d.severity}`
    if (seen.has(key)) continue
    seen.add(key)
    unique.push(d)
  }
  const rank = (d: Diagnostic): number => fileOrder.get(d.file) ?? 0
  // Array.prototype.sort is stable, so messages at one position keep their discovery order.
  return unique.sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column)
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

/** A data path as a reader would write it: `tools[2].define.responses[0]`, `files["/etc/app.yaml"]`. */
export function formatPath(path: Path): string {
  let out = ''
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`
    else if (IDENTIFIER.test(seg)) out += out ? `.${seg}` : seg
    else out += `[${JSON.stringify(seg)}]`
  }
  return out
}

/** Edit distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost))
    }
    prev = cur
  }
  return prev[b.length] ?? 0
}

/** The candidate closest to `word`, if it is close enough to be a plausible typo. */
function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase())
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  // Beyond about a third of the word changed, a suggestion is more confusing than helpful.
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined
}

/** ` (did you mean `x`?)`, or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const hint = closest(word, candidates)
  return hint === undefined ? '' : ` (did you mean \`${hint}\`?)`
}

/**
 * Collects diagnostics for one parsed file. Every check, schema or semantic, reports through
 * `at`, so all of them share one path -> position mapping and one message style.
 */
export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = []

  constructor(
    readonly file: string,
    private readonly positionOf: PositionLookup
  ) {}

  /** Reports at the node `path` names; `key` points at the map key instead of its value. */
  at(path: Path, message: string, opts: { key?: boolean; severity?: Diagnostic['severity'] } = {}): void {
    const { line, column } = this.positionOf(path, { key: opts.key ?? false })
    // A message about a key names the key itself, so the prefix is the map that holds it.
    const where = formatPath(opts.key ? path.slice(0, -1) : path)
    this.diagnostics.push({
      file: this.file,
      line,
      column,
      message: where ? `${where}: ${message}` : message,
      severity: opts.severity ?? 'error'
    })
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error')
  }
}
