/**
 * From an out folder's results, manifest and traces to what report.html embeds: the overview
 * (with the tables the viewer shows but results.json does not hold: factor levels, controls, what
 * fired, tokens per scenario), the episode index, and the traces in chunks.
 */
import { isAscii } from 'node:buffer'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { METRIC_LABEL } from '../../gate/decide.js'
import { chainLines, recordOpening } from '../../evidence/chain.js'
import { FileBytes } from '../../file-bytes.js'
import type { BuiltManifest, TraceDigest } from '../../evidence/manifest.js'
import { METRICS, PRIMARY_METRICS, SEVERITIES, type Metric } from '../../scenario/types.js'
import type { EpisodeRecord, Results } from '../results.js'
import { SHORT } from '../summary.js'
import { SIGNAL_LABEL, SIGNALS } from '../../scoring/lexicon.js'
import { ControlGroups, Tally } from '../../stats/aggregate.js'
import type { ControlGroup, Count, EpisodeRow, EpisodeTrace, FactorLevel, FindingKind, GroupCounts, ManifestView, Overview, ScenarioUsage, ViewRecord } from './model.js'

type Outcome = EpisodeRecord

/**
 * Raw JSON per trace chunk before compression. Consecutive episodes (trials of one cell) share most
 * of their text, so chunks compress about as well as the whole; their size bounds what opening one
 * episode decodes (a few milliseconds).
 */
const CHUNK_CHARS = 512 * 1024

function groupCounts(t: Tally): GroupCounts {
  const metrics: Partial<Record<Metric, Count>> = {}
  for (const m of METRICS) if (t.n[m] > 0) metrics[m] = { x: t.x[m], n: t.n[m] }
  return { scored: t.scored, errors: t.errors, metrics, task: { ...t.task } }
}

/** `factor=level` pairs of a cell id (`default` has none). */
export function cellLevels(cell: string): Array<[string, string]> {
  if (cell === 'default') return []
  return cell.split(',').map((part) => {
    const eq = part.indexOf('=')
    return [part.slice(0, eq), part.slice(eq + 1)]
  })
}

/**
 * What the overview tables count, fed an episode at a time: treatment episodes per factor level
 * (does a level, the instruction's placement or an oversight cue, move the rates?), the control
 * cells per scenario and kind, each finding id across the run, tokens and cost per scenario.
 */
class OverviewFolds {
  private readonly levels = new Map<string, { factor: string; level: string; scenarios: Set<string>; tally: Tally }>()
  private readonly controls = new ControlGroups()
  private readonly kinds = new Map<string, FindingKind & { last: string }>()
  private readonly usage = new Map<string, ScenarioUsage & { costs: boolean }>()

  add(o: Outcome): void {
    if (o.control === undefined) {
      for (const [factor, level] of cellLevels(o.cell)) {
        const key = `${factor}\0${level}`
        let group = this.levels.get(key)
        if (group === undefined) this.levels.set(key, (group = { factor, level, scenarios: new Set(), tally: new Tally() }))
        group.scenarios.add(o.scenario)
        group.tally.add(o)
      }
    }
    this.controls.add(o)
    for (const f of o.findings) {
      const key = `${f.source}:${f.id}`
      let kind = this.kinds.get(key)
      if (!kind) this.kinds.set(key, (kind = { key, source: f.source, id: f.id, metrics: [], severity: f.severity, episodes: 0, scenarios: [], last: '' }))
      for (const m of f.metrics) if (!kind.metrics.includes(m)) kind.metrics.push(m)
      if (SEVERITIES.indexOf(f.severity) > SEVERITIES.indexOf(kind.severity as (typeof SEVERITIES)[number])) kind.severity = f.severity
      // An episode's findings come together, so the last episode counted is the one seen.
      if (kind.last !== o.episode) {
        kind.last = o.episode
        kind.episodes++
      }
      if (!kind.scenarios.includes(o.scenario)) kind.scenarios.push(o.scenario)
    }
    let usage = this.usage.get(o.scenario)
    if (usage === undefined) this.usage.set(o.scenario, (usage = { scenario: o.scenario, episodes: 0, input_tokens: 0, output_tokens: 0, cost_usd: 0, costs: true }))
    usage.episodes++
    usage.input_tokens += o.usage.input_tokens
    usage.output_tokens += o.usage.output_tokens
    if (typeof o.usage.cost_usd === 'number') usage.cost_usd = (usage.cost_usd ?? 0) + o.usage.cost_usd
    else usage.costs = false
  }

  factors(): FactorLevel[] {
    return [...this.levels.values()]
      .map((g) => ({ factor: g.factor, level: g.level, scenarios: [...g.scenarios], ...groupCounts(g.tally) }))
      .sort((a, b) => a.factor.localeCompare(b.factor) || a.level.localeCompare(b.level))
  }

  controlGroups(): ControlGroup[] {
    return this.controls.list().map((g) => ({ scenario: g.scenario, kind: g.kind, ...groupCounts(g.tally) }))
  }

  findingKinds(): FindingKind[] {
    return [...this.kinds.values()].map(({ last: _last, ...k }) => k).sort((a, b) => b.episodes - a.episodes || a.key.localeCompare(b.key))
  }

  scenarioUsage(): ScenarioUsage[] {
    return [...this.usage.values()].map(({ costs, ...u }) => ({ ...u, cost_usd: costs ? u.cost_usd : null }))
  }
}

function manifestView(m: BuiltManifest): ManifestView {
  const { digest, schema, profile, started, finished, counts, files, waivers } = m
  return { digest, schema, profile, started, finished, counts, files, waivers, ...(m.model.replay_of ? { replay_of: m.model.replay_of } : {}) }
}

export interface ReportSource {
  out: string
  results: Results
  manifest: BuiltManifest | null
  verification: Overview['verification']
  /** The tool version and time that go in the page's footer. */
  written: Overview['written']
}

export function overview(s: ReportSource): Overview {
  const { episodes, ...results } = s.results
  const folds = new OverviewFolds()
  for (const o of episodes) folds.add(o)
  return {
    results,
    metrics: METRICS.map((id) => ({ id, label: METRIC_LABEL[id], short: SHORT[id], primary: PRIMARY_METRICS.includes(id) })),
    signals: SIGNALS.map((id) => ({ id, label: SIGNAL_LABEL[id] })),
    manifest: s.manifest ? manifestView(s.manifest) : null,
    verification: s.verification,
    factors: folds.factors(),
    controls: folds.controlGroups(),
    findings: folds.findingKinds(),
    usage: folds.scenarioUsage(),
    written: s.written
  }
}

function readTrace(out: string, path: string): Pick<EpisodeTrace, 'records' | 'problem'> {
  const file = join(out, path)
  if (!existsSync(file)) return { records: null, problem: `${path} is missing` }
  try {
    const records = readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => {
        const { prev: _prev, hash: _hash, ...record } = JSON.parse(line) as ViewRecord & { prev?: string; hash?: string }
        return record as ViewRecord
      })
    return { records }
  } catch (e) {
    return { records: null, problem: `${path} is not readable: ${e instanceof Error ? e.message : String(e)}` }
  }
}

/** Bytes appended into one buffer that is reused and grows as needed. */
export class ByteBuilder {
  private buffer = Buffer.allocUnsafe(1024 * 1024)
  private used = 0

  get length(): number {
    return this.used
  }

  append(data: Buffer | string): void {
    const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length
    if (this.used + size > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.used + size, this.buffer.length * 2))
      this.buffer.copy(grown, 0, 0, this.used)
      this.buffer = grown
    }
    if (typeof data === 'string') this.buffer.write(data, this.used)
    else data.copy(this.buffer, this.used)
    this.used += size
  }

  /** What was appended: a view valid until the next append or truncate. */
  get bytes(): Buffer {
    return this.buffer.subarray(0, this.used)
  }

  /** Drops what was appended after the first `length` bytes (all of it by default). */
  truncate(length = 0): void {
    this.used = Math.min(length, this.used)
  }
}

/**
 * A trace's EpisodeTrace JSON with its records cut from its lines (recordOpening) instead of parsed
 * and serialised again, at a fraction of the cost. Only for a trace whose every line is known to be
 * JSON. Undefined, with nothing appended, when a line does not end as a chained line does; otherwise
 * the text's length in characters (as a string's, which is what chunk sizes count).
 */
function cutTrace(file: string, head: Omit<EpisodeTrace, 'records' | 'problem'>, files: FileBytes, into: ByteBuilder): number | undefined {
  const bytes = files.read(file)
  if (!bytes) return undefined
  const { lines, rest } = chainLines(bytes)
  if (lines.length === 0 || rest.length > 0) return undefined
  const start = into.length
  into.append(`${JSON.stringify(head).slice(0, -1)},"records":[`)
  for (const [i, line] of lines.entries()) {
    const record = recordOpening(line)
    if (!record) {
      into.truncate(start)
      return undefined
    }
    if (i > 0) into.append(',')
    into.append(record)
    into.append('}')
  }
  into.append(']}')
  const text = into.bytes.subarray(start)
  return isAscii(text) ? text.length : text.toString('utf8').length
}

/** What the trace chunks are made from: an out folder's episodes (results order), the digests of their traces, and whether every line of those traces is known to be JSON. */
export interface TraceSource {
  out: string
  episodes: Results['episodes']
  traces: Iterable<TraceDigest>
  /**
   * Every line of a listed trace is as a run wrote it, so JSON: written by the run that lists it
   * (chained by it, or taken from a recording that verified), or found sealed and linked by verify.
   * Its records are then cut, not parsed.
   */
  known: boolean
}

/**
 * The traces in chunks of JSON text (EpisodeTrace[]), each handed to `chunk` as soon as it is full
 * (bytes valid until the next chunk), so no more than one chunk of traces is held at a time. Returns
 * how many episodes each chunk holds: consecutive episodes, in results order.
 */
export function episodeChunks(s: TraceSource, chunk: (json: Buffer) => void): number[] {
  const listed = s.traces[Symbol.iterator]()
  let byPath: Map<string, TraceDigest> | undefined
  // The digest of an episode's trace: the next listed, as a run lists them in results order; from the
  // first that is not (a manifest that lists them otherwise), looked up among all of them.
  const digestOf = (path: string): TraceDigest | undefined => {
    if (byPath === undefined) {
      const next = listed.next()
      if (!next.done && next.value.path === path) return next.value
      byPath = new Map(Array.from(s.traces, (t) => [t.path, t]))
    }
    return byPath.get(path)
  }
  const files = new FileBytes()
  const trace = new ByteBuilder()
  const open = new ByteBuilder()
  const counts: number[] = []
  let size = 0
  let held = 0
  const close = () => {
    if (open.length === 0) return
    open.append(']')
    chunk(open.bytes)
    counts.push(held)
    open.truncate()
    size = 0
    held = 0
  }
  for (const o of s.episodes) {
    const digest = digestOf(o.evidence)
    const head = { episode: o.episode, path: o.evidence, ...(digest ? { sha256: digest.sha256, head: digest.head } : {}) }
    trace.truncate()
    let chars = s.known && digest ? cutTrace(join(s.out, o.evidence), head, files, trace) : undefined
    if (chars === undefined) {
      const text = JSON.stringify({ ...head, ...readTrace(s.out, o.evidence) })
      trace.append(text)
      chars = text.length
    }
    if (size > 0 && size + chars > CHUNK_CHARS) close()
    held++
    open.append(open.length === 0 ? '[' : ',')
    open.append(trace.bytes)
    size += chars
  }
  close()
  return counts
}

/**
 * The index rows (EpisodeRow[], episodes in results order, each with the chunk that holds its trace,
 * from episodeChunks' counts) as JSON text, handed to `index` piece by piece (each valid only during
 * the call), so a run of many thousand episodes holds neither a row object per episode nor the text
 * of them all.
 */
export function episodeIndex(episodes: Results['episodes'], counts: readonly number[], index: (json: string) => void): void {
  let i = 0
  let chunk = 0
  // The episodes of chunk 0, then of chunk 1, ...: a chunk's count of them, in results order.
  let end = counts[0] ?? 0
  for (const o of episodes) {
    while (i === end && chunk < counts.length) end += counts[++chunk] ?? 0
    if (chunk >= counts.length) break
    const row: EpisodeRow = { ...o, chunk }
    index(`${i++ === 0 ? '[' : ','}${JSON.stringify(row)}`)
  }
  index(i === 0 ? '[]' : ']')
}
