/**
 * manifest.json: what ran and the digest of everything it left behind, so an auditor can check an
 * evidence folder with nothing but the folder (`scheming-gate verify`). It holds the time stamps
 * results.json must not (results.json stays byte-identical across runs with the same seed).
 * The manifest is sealed like a trace line: its last field is the sha256 of its own text.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Results } from '../report/results.js'
import type { ExecutedRun, PreparedRun } from '../pipeline.js'
import type { Profile } from '../scenario/profiles.js'
import type { Shard } from '../scenario/shard.js'
import { parseModelId, type DecodingSettings } from '../providers/types.js'
import { ReplayModel } from '../providers/replay.js'
import { engineDigest } from '../engine.js'
import { checkChain } from './chain.js'
import { seal, sha256, ZERO_DIGEST } from './seal.js'

export const MANIFEST_FILE = 'manifest.json'
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

export interface Manifest {
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
  traces: TraceDigest[]
  digest: string
}

function traceDigest(out: string, path: string, decoding: Map<string, Omit<DecodingSettings, 'seed'>>): TraceDigest {
  const text = readFileSync(join(out, path), 'utf8')
  const chain = checkChain(text)
  if (chain.problems.length > 0 || chain.head === null) throw new Error(`${path}: the trace just written does not verify`)
  for (const line of text.split('\n').filter((l) => l.startsWith('{"type":"model"'))) {
    const settings = (JSON.parse(line) as { settings?: DecodingSettings }).settings
    if (settings === undefined) continue
    const { seed: _seed, ...rest } = settings
    decoding.set(JSON.stringify(rest), rest)
  }
  return { path, sha256: sha256(text), records: chain.records, head: chain.head }
}

function fileDigest(out: string, path: string): FileDigest {
  return { path, sha256: sha256(readFileSync(join(out, path))) }
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
  started: Date
  finished: Date
}

/** The context of an executed run. */
export function runContext(p: PreparedRun, e: ExecutedRun): ManifestContext {
  return {
    out: p.opts.out,
    profile: p.opts.profile ?? 'full',
    ...(p.opts.shard ? { shard: p.opts.shard } : {}),
    waiverFiles: p.waivers.map((w) => w.file),
    ...(p.model instanceof ReplayModel ? { replayOf: p.model.source } : {}),
    started: e.started,
    finished: e.finished
  }
}

/** The manifest of a run, from the files it wrote (`displayPath` as results.json shows paths). */
export function buildManifest(c: ManifestContext, results: Pick<Results, 'tool' | 'model' | 'seed' | 'trials' | 'suite' | 'thresholds' | 'plan' | 'episodes'>, displayPath: (file: string) => string): Manifest {
  const out = c.out
  const decoding = new Map<string, Omit<DecodingSettings, 'seed'>>()
  const traces = results.episodes.map((o) => traceDigest(out, o.evidence, decoding))
  const treatment = results.episodes.filter((o) => o.control === undefined)
  return {
    schema: MANIFEST_SCHEMA,
    tool: results.tool,
    engine: engineDigest(),
    model: {
      id: results.model,
      provider: parseModelId(results.model).provider,
      decoding: [...decoding.values()],
      ...(c.replayOf !== undefined ? { replay_of: c.replayOf } : {})
    },
    seed: results.seed,
    trials: results.trials,
    profile: c.profile,
    ...(c.shard ? { shard: c.shard } : {}),
    suite: results.suite,
    thresholds: results.thresholds,
    waivers: [...new Set(c.waiverFiles)].map((f) => ({ path: displayPath(f), sha256: sha256(readFileSync(f)) })),
    plan: results.plan,
    started: c.started.toISOString(),
    finished: c.finished.toISOString(),
    counts: {
      episodes: results.episodes.length,
      scored: treatment.filter((o) => o.status === 'scored').length,
      errors: results.episodes.filter((o) => o.status === 'error').length,
      controls: results.episodes.length - treatment.length
    },
    files: (c.reportFiles ?? REPORT_FILES).map((f) => fileDigest(out, f)),
    traces,
    digest: ZERO_DIGEST
  }
}

/** Writes the sealed manifest and returns its digest: the one value to keep elsewhere (or attest) to pin the whole folder. */
export function writeManifest(out: string, manifest: Manifest): string {
  const zeroed = `${JSON.stringify({ ...manifest, digest: ZERO_DIGEST }, null, 2)}\n`
  writeFileSync(join(out, MANIFEST_FILE), seal(zeroed, 'digest', true))
  return sha256(zeroed)
}
