/**
 * manifest.json: what ran and the digest of everything it left behind, so an auditor can check an
 * evidence folder with nothing but the folder (`scheming-gate verify`). It holds the time stamps
 * results.json must not (results.json stays byte-identical across runs with the same seed).
 * The manifest is sealed like a trace line: its last field is the sha256 of its own text.
 */
import { createHash } from 'node:crypto'
import { closeSync, existsSync, openSync, readSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import type { Results } from '../report/results.js'
import type { Profile } from '../scenario/profiles.js'
import type { Shard } from '../scenario/shard.js'
import { parseModelId, type DecodingSettings } from '../providers/types.js'
import { engineDigest } from '../engine.js'
import { writePrettyJson } from '../pretty-json.js'
import { FileBytes } from '../file-bytes.js'
import { JsonLines, type Sequence } from '../json-lines.js'
import type { ChainedText } from './chain.js'
import { fileSha256, sha256, ZERO_DIGEST } from './seal.js'

export const MANIFEST_FILE = 'manifest.json'

/** Where writeManifest puts the engine's digest and the episode count: before the traces, so a reader need not read those. */
const ENGINE_LINE = /\n {2}"engine": "([0-9a-f]{64})",?\n/
const EPISODES_LINE = /\n {2}"counts": \{\n {4}"episodes": (\d+),/
/** More than the manifest holds before its traces (their report_traces included, at 10⁵ episodes). */
const HEAD_BYTES = 64 * 1024

/** What an out folder's manifest says of the run that made it, read from its head: each undefined where it says nothing (or there is no manifest). */
export function recordedHead(dir: string): { engine?: string; episodes?: number } {
  const file = join(dir, MANIFEST_FILE)
  if (!existsSync(file)) return {}
  const head = new FileBytes().start(file, HEAD_BYTES).toString('utf8')
  const engine = ENGINE_LINE.exec(head)?.[1]
  const episodes = EPISODES_LINE.exec(head)?.[1]
  return { ...(engine ? { engine } : {}), ...(episodes ? { episodes: Number(episodes) } : {}) }
}
export const MANIFEST_SCHEMA = 'scheming-gate/manifest@1'
/** Files of the out folder the manifest covers besides the traces, when present. */
export const REPORT_FILES = ['results.json', 'summary.md', 'junit.xml'] as const

export interface FileDigest {
  path: string
  sha256: string
}

export interface TraceDigest extends FileDigest {
  records: number
  /** The last record's hash: the chain's digest. */
  head: string
}

/**
 * What a manifest seals of report.html: its trace chunks, the lines just before the page's closing
 * line, as the run wrote them. The rest of the page is a view of the sealed files and is not sealed;
 * the chunks are sealed so that a rescore of an unchanged run can take them as they are.
 */
export interface ReportTraces {
  /** The chunks' lines: their length in bytes and sha256. */
  bytes: number
  sha256: string
  /** How many episodes each chunk holds, consecutive in results order. */
  chunks: number[]
}

/** A manifest as read back has its trace digests in an array; one being written, on disk (JsonLines). */
export interface Manifest<Traces extends Sequence<TraceDigest> = TraceDigest[]> {
  schema: typeof MANIFEST_SCHEMA
  tool: Results['tool']
  /** The code that ran the episodes (src/engine.ts); absent in manifests written before it was recorded. */
  engine?: string
  model: {
    id: string
    provider: string
    /** Distinct decoding settings the provider reported sending (per-episode seeds left out: each trace has its own). */
    decoding: Array<Omit<DecodingSettings, 'seed'>>
    /** Set when this run replayed a recorded one: that run's manifest digest. */
    replay_of?: string
  }
  seed: string
  trials: number
  profile: Profile
  /** Set when the run was one shard of a plan. */
  shard?: Shard
  suite: Results['suite']
  thresholds: Results['thresholds']
  waivers: FileDigest[]
  plan: Results['plan']
  started: string
  finished: string
  /** `scored`: treatment episodes that count towards the rates. */
  counts: { episodes: number; scored: number; errors: number; controls: number }
  files: FileDigest[]
  /** Absent in manifests written before it was sealed, and in a shard's (which has no report.html). */
  report_traces?: ReportTraces
  traces: Traces
  digest: string
}

/** A manifest being written: its trace digests wait on disk. */
export type BuiltManifest = Manifest<Sequence<TraceDigest>>

/**
 * The traces of a run as they are written: their digests in the order written (results order) and
 * the distinct decoding settings their model records carry. The manifest is built from it, so no
 * trace is read back. The digests wait on disk in `dir` (JsonLines), as the episodes' records do.
 */
export class TraceLedger {
  readonly traces: JsonLines<TraceDigest>
  private readonly settings = new Map<string, Omit<DecodingSettings, 'seed'>>()

  constructor(dir: string) {
    this.traces = new JsonLines(dir)
  }

  /** `records`: what `chained` was made of, as written. */
  add(path: string, chained: ChainedText, records: ReadonlyArray<{ type: string; settings?: DecodingSettings }>): TraceDigest {
    for (const r of records) {
      if (r.type !== 'model' || r.settings === undefined) continue
      const { seed: _seed, ...rest } = r.settings
      this.settings.set(JSON.stringify(rest), rest)
    }
    const digest = { path, sha256: sha256(chained.text), records: chained.records, head: chained.head }
    this.traces.push(digest)
    return digest
  }

  /** A trace copied unchanged from a verified recording: its digest and the recording's settings, as its manifest gives them. */
  adopt(digest: TraceDigest, decoding: ReadonlyArray<Omit<DecodingSettings, 'seed'>>): void {
    for (const d of decoding) this.settings.set(JSON.stringify(d), d)
    this.traces.push(digest)
  }

  get decoding(): Array<Omit<DecodingSettings, 'seed'>> {
    return [...this.settings.values()]
  }
}

function fileDigest(out: string, path: string): FileDigest {
  return { path, sha256: fileSha256(join(out, path)) }
}

/** What a manifest records beyond results.json: how the run was made and when. */
export interface ManifestContext {
  out: string
  profile: Profile
  shard?: Shard
  /** Waiver files, as loaded. */
  waiverFiles: readonly string[]
  /** The recorded run a replay answered from (its manifest digest). */
  replayOf?: string
  /** Files besides the traces that the manifest seals (default: a run's reports). */
  reportFiles?: readonly string[]
  /** report.html's trace chunks, written ahead of the page. */
  reportTraces?: ReportTraces
  started: Date
  finished: Date
}

/** The manifest of a run, from the traces it wrote and its report files (`displayPath` as results.json shows paths). */
export function buildManifest(c: ManifestContext, results: Pick<Results, 'tool' | 'model' | 'seed' | 'trials' | 'suite' | 'thresholds' | 'plan' | 'episodes'>, traces: TraceLedger, displayPath: (file: string) => string): BuiltManifest {
  const out = c.out
  const counts = { episodes: 0, scored: 0, errors: 0, controls: 0 }
  for (const o of results.episodes) {
    counts.episodes++
    if (o.status === 'error') counts.errors++
    if (o.control !== undefined) counts.controls++
    else if (o.status === 'scored') counts.scored++
  }
  return {
    schema: MANIFEST_SCHEMA,
    tool: results.tool,
    engine: engineDigest(),
    model: {
      id: results.model,
      provider: parseModelId(results.model).provider,
      decoding: traces.decoding,
      ...(c.replayOf !== undefined ? { replay_of: c.replayOf } : {})
    },
    seed: results.seed,
    trials: results.trials,
    profile: c.profile,
    ...(c.shard ? { shard: c.shard } : {}),
    suite: results.suite,
    thresholds: results.thresholds,
    waivers: [...new Set(c.waiverFiles)].map((f) => ({ path: displayPath(f), sha256: fileSha256(f) })),
    plan: results.plan,
    started: c.started.toISOString(),
    finished: c.finished.toISOString(),
    counts,
    files: (c.reportFiles ?? REPORT_FILES).map((f) => fileDigest(out, f)),
    ...(c.reportTraces ? { report_traces: c.reportTraces } : {}),
    traces: traces.traces,
    digest: ZERO_DIGEST
  }
}

/** What follows the sealed manifest's digest (its last field): the object's close. Writing and verify both rely on it. */
export const MANIFEST_TAIL = '\n}\n'

/**
 * Writes the sealed manifest and returns its digest: the one value to keep elsewhere (or attest) to
 * pin the whole folder. The same bytes as sealing the whole text (seal.ts), written a trace at a
 * time and hashed as written, with the zeros then overwritten by the digest: a long run's manifest
 * is tens of MB of text.
 */
export function writeManifest(out: string, manifest: BuiltManifest): string {
  const file = join(out, MANIFEST_FILE)
  const hash = createHash('sha256')
  const size = writePrettyJson(file, { ...manifest, digest: ZERO_DIGEST }, 'traces', (text) => {
    hash.update(text)
    return text
  })
  const digest = hash.digest('hex')
  // What follows the zeros: their closing quote, then the tail.
  const after = `"${MANIFEST_TAIL}`
  const at = size - after.length - ZERO_DIGEST.length
  const fd = openSync(file, 'r+')
  try {
    const zeros = Buffer.alloc(ZERO_DIGEST.length + after.length)
    readSync(fd, zeros, 0, zeros.length, at)
    if (zeros.toString('latin1') !== ZERO_DIGEST + after) throw new Error('writeManifest: the digest field is not where the manifest ends')
    writeSync(fd, digest, at)
  } finally {
    closeSync(fd)
  }
  return digest
}
