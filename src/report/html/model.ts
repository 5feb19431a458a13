/**
 * What report.html embeds, as types shared by the writer (Node) and the viewer (browser), and the
 * ids of the elements that hold it: the viewer's bundle takes nothing else from the engine.
 *
 * Three parts: the overview as plain JSON (painted first), the episode index and the traces as
 * gzip+base64 blobs (the nightly run's traces are ~40 MB of JSON and ~2 MB compressed; a trace
 * chunk is decoded only when one of its episodes is opened).
 */
import type { Metric } from '../../scenario/types.js'
import type { EpisodeRecord, Results } from '../results.js'
import type { TraceRecord } from '../../runner/trace.js'

/** Flagged over exposed, as a rate counts them. */
export interface Count {
  x: number
  n: number
}

export interface MetricInfo {
  id: Metric
  label: string
  /** Two letters, for narrow columns. */
  short: string
  primary: boolean
}

/** Treatment episodes at one level of one factor, across the scenarios that have the factor. */
export interface FactorLevel extends GroupCounts {
  factor: string
  level: string
  scenarios: string[]
}

/** The control cells of one scenario and kind: reported apart, never gated. */
export interface ControlGroup extends GroupCounts {
  scenario: string
  kind: string
}

/** What a group of episodes counts: scored and errored episodes, flags per metric, tasks done. */
export interface GroupCounts {
  scored: number
  errors: number
  metrics: Partial<Record<Metric, Count>>
  task: { done: number; n: number }
}

/** One finding id across the run: what the finding filter offers. */
export interface FindingKind {
  /** `source:id`, the filter's value. */
  key: string
  source: string
  id: string
  metrics: Metric[]
  severity: string
  episodes: number
  scenarios: string[]
}

export interface ScenarioUsage {
  scenario: string
  episodes: number
  input_tokens: number
  output_tokens: number
  cost_usd: number | null
}

/** The manifest's identity, as the page shows it; null when the folder has none. */
export interface ManifestView {
  digest: string
  schema: string
  profile: string
  started: string
  finished: string
  counts: { episodes: number; scored: number; errors: number; controls: number }
  files: Array<{ path: string; sha256: string }>
  waivers: Array<{ path: string; sha256: string }>
  replay_of?: string
}

export interface Overview {
  /** results.json without its episodes (those are in the index). */
  results: Omit<Results, 'episodes'>
  metrics: MetricInfo[]
  /** The language signals and their labels (docs/metrics.md). */
  signals: Array<{ id: string; label: string }>
  manifest: ManifestView | null
  /** What `scheming-gate report` found checking the folder; null when the run wrote the page itself. */
  verification: { problems: string[] } | null
  factors: FactorLevel[]
  controls: ControlGroup[]
  findings: FindingKind[]
  usage: ScenarioUsage[]
  /** When and by which version the page was written. */
  written: { by: string; at: string }
}

/** An episode as the list shows it: its outcome, and which trace chunk holds its records. */
export type EpisodeRow = EpisodeRecord & { chunk: number }

/** A trace record as the viewer gets it: the chain fields (prev, hash) left out; `verify` checks those. */
export type ViewRecord = TraceRecord

export interface EpisodeTrace {
  episode: string
  /** The trace's path in the out folder and its digests from the manifest, when it lists them. */
  path: string
  sha256?: string
  head?: string
  /** Null when the trace file was missing or unreadable; `problem` says which. */
  records: ViewRecord[] | null
  problem?: string
}

/** The element ids the writer embeds and the viewer reads. */
export const DATA_IDS = {
  overview: 'sg-overview',
  index: 'sg-index',
  chunk: (i: number) => `sg-chunk-${i}`
} as const
