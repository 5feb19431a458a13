/**
 * The sharded pipeline. A matrix job runs one shard of the plan and writes its raw records
 * (shard.json and evidence/), sealed by a manifest, never a verdict. The merge trusts none of it:
 * it refuses links and special files, verifies every shard's seals, checks that the shards are
 * exactly the parts of one plan, and then re-derives every outcome by replaying the traces through
 * the current engine (as `rescore` does), so a flag cleared in shard.json changes nothing. The
 * re-derived records are judged and reported under the policy the merge is given now.
 */
import { existsSync, lstatSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { buildManifest, writeManifest } from './evidence/manifest.js'
import { RecordedReplies } from './evidence/recorded.js'
import { verifyEvidence } from './evidence/verify.js'
import { fileSha256 } from './evidence/seal.js'
import { displayPath, executeRun, prepareRun, reportRecorded, runContext, runHead, thresholdsRef, type RunOptions, type RunReport } from './pipeline.js'
import { ReplayModel } from './providers/replay.js'
import type { ScenarioRef, RunHead } from './report/results.js'
import { REPORT_HTML } from './report/html/page.js'
import { readShard, renderShardSummary, SHARD_FILE, SHARD_SCHEMA, type ShardRecord } from './report/shard.js'
import { formatShard, shardOf, type Shard } from './scenario/shard.js'
import { scrub } from './report/secrets.js'
import { writePrettyJson } from './pretty-json.js'
import { EvidenceError, UserError } from './errors.js'

export interface ShardReport {
  record: ShardRecord
  summary: string
  out: string
  /** The shard's manifest digest. */
  digest: string
}

/** Runs one shard of the plan and writes shard.json, summary.md and the traces of its episodes. */
export async function runShard(opts: RunOptions & { shard: Shard }): Promise<ShardReport> {
  const p = prepareRun(opts)
  const e = await executeRun(p)
  const record: ShardRecord = {
    schema: SHARD_SCHEMA,
    shard: opts.shard,
    profile: opts.profile ?? 'full',
    ...runHead(p),
    price: p.price ?? null,
    owned: p.owned ?? [],
    usage: e.usage,
    ...(e.stopped ? { stopped: { ...e.stopped, episodes_run: e.ran } } : {}),
    episodes: e.outcomes
  }
  // A results.json (or report.html) left by an earlier unsharded run in the same folder would read as this shard's verdict.
  rmSync(join(opts.out, 'results.json'), { force: true })
  rmSync(join(opts.out, REPORT_HTML), { force: true })
  writePrettyJson(join(opts.out, SHARD_FILE), record, 'episodes', scrub)
  const summary = scrub(renderShardSummary(record))
  writeFileSync(join(opts.out, 'summary.md'), summary)
  // Sealed like a run's folder: the merge verifies it before reading a record.
  const digest = writeManifest(opts.out, buildManifest({ ...runContext(p, e), reportFiles: SHARD_REPORT_FILES }, { ...record, episodes: e.outcomes }, e.traces, displayPath))
  return { record, summary, out: opts.out, digest }
}

/** What a shard's manifest seals besides its traces. */
const SHARD_REPORT_FILES = [SHARD_FILE, 'summary.md'] as const

/** The shards are not exactly the parts of one plan, or their folders are incomplete. */
export class MergeError extends UserError {}

/** A shard folder holds a link, a special file, or evidence that does not verify: exit 5, like `verify`. */
export class UnverifiedShardError extends EvidenceError {}

export interface MergeOptions {
  thresholds: string
  waivers?: string[]
  baseline?: string
  strictBaseline?: boolean
  out: string
  now?: Date
}

interface Loaded {
  dir: string
  record: ShardRecord
  /** The shard's verified manifest. */
  manifest: NonNullable<ReturnType<typeof verifyEvidence>['manifest']>
}

const label = (s: Loaded) => `${s.dir} (shard ${formatShard(s.record.shard)})`
const short = (hash: string) => hash.slice(0, 12)

/** What must be equal across the shards of one plan, each with how to show it. */
const IDENTITY: ReadonlyArray<[string, (r: ShardRecord) => string]> = [
  ['shard count', (r) => String(r.shard.count)],
  ['tool version', (r) => r.tool.version],
  ['model', (r) => r.model],
  ['seed', (r) => r.seed],
  ['trials', (r) => String(r.trials)],
  ['suite', (r) => short(r.suite.sha256)],
  ['plan', (r) => `${short(r.plan.sha256)}, ${r.plan.episodes} episodes`],
  ['price', (r) => JSON.stringify(r.price)]
]

function checkSamePlan(shards: readonly Loaded[]): void {
  const [first, ...rest] = shards as [Loaded, ...Loaded[]]
  for (const s of rest) {
    for (const [name, show] of IDENTITY) {
      const a = show(first.record)
      const b = show(s.record)
      if (a !== b) throw new MergeError(`${label(s)} is not from the same plan as ${label(first)}: ${name} differs (\`${b}\` vs \`${a}\`)`)
    }
  }
}

function checkAllShards(shards: readonly Loaded[]): void {
  const count = (shards[0] as Loaded).record.shard.count
  const byIndex = new Map<number, Loaded>()
  for (const s of shards) {
    const other = byIndex.get(s.record.shard.index)
    if (other) throw new MergeError(`shard ${formatShard(s.record.shard)} is given twice: ${other.dir} and ${s.dir}`)
    byIndex.set(s.record.shard.index, s)
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !byIndex.has(k))
  if (missing.length > 0) {
    const got = shards.map(label).join(', ')
    throw new MergeError(`missing shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${count}`).join(', ')}: a merge needs all ${count}; got ${got}`)
  }
}

/** Every plan position owned once, each by the shard its id hashes to; each shard ran what it owned (or says it stopped). */
function checkEpisodes(shards: readonly Loaded[]): void {
  const plan = (shards[0] as Loaded).record.plan
  const owner = new Map<string, Loaded>()
  const taken = new Set<number>()
  for (const s of shards) {
    const { shard, owned, episodes, stopped } = s.record
    for (const o of owned) {
      const belongs = shardOf(o.episode, shard.count)
      if (belongs !== shard.index) throw new MergeError(`${label(s)} owns episode ${o.episode}, which belongs to shard ${belongs}/${shard.count}`)
      const other = owner.get(o.episode)
      if (other) throw new MergeError(`episode ${o.episode} is owned twice: by ${label(other)} and by ${label(s)}`)
      if (!Number.isInteger(o.position) || o.position < 0 || o.position >= plan.episodes || taken.has(o.position)) {
        throw new MergeError(`${label(s)} places episode ${o.episode} at plan position ${o.position}, which is taken or outside the plan's ${plan.episodes} episodes`)
      }
      owner.set(o.episode, s)
      taken.add(o.position)
    }
    const mine = new Set(owned.map((o) => o.episode))
    const ran = new Set<string>()
    for (const e of episodes) {
      if (!mine.has(e.episode) || ran.has(e.episode)) throw new MergeError(`${label(s)} reports episode ${e.episode} ${ran.has(e.episode) ? 'twice' : 'without owning it'}`)
      ran.add(e.episode)
    }
    if (!stopped && ran.size !== owned.length) {
      throw new MergeError(`${label(s)} ran ${ran.size} of its ${owned.length} episodes and records no budget stop: its records are incomplete`)
    }
  }
  if (taken.size !== plan.episodes) throw new MergeError(`the shards own ${taken.size} of the plan's ${plan.episodes} episodes`)
}

/**
 * Refuses a shard folder holding anything but plain files and folders, before a byte is read or
 * copied: a symlinked trace would otherwise carry the file it points at into the merged evidence.
 */
function refuseLinks(dir: string): void {
  const walk = (path: string, shown: string): void => {
    const stat = lstatSync(path)
    if (stat.isSymbolicLink()) throw new UnverifiedShardError(`${dir}: ${shown} is a symbolic link: a shard folder holds plain files only`)
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name), shown === '.' ? name : `${shown}/${name}`)
    else if (!stat.isFile()) throw new UnverifiedShardError(`${dir}: ${shown} is not a regular file: a shard folder holds plain files only`)
  }
  walk(dir, '.')
}

/** The shard's manifest and every digest in it; a problem names the shard, the file and the record. */
function verifyShard(dir: string, record: ShardRecord): Loaded['manifest'] {
  const v = verifyEvidence(dir)
  const problems = v.manifest && !v.manifest.files.some((f) => f.path === SHARD_FILE) ? [`${SHARD_FILE}: not sealed by the manifest`, ...v.problems] : v.problems
  if (problems.length > 0 || !v.manifest) {
    throw new UnverifiedShardError(`shard ${formatShard(record.shard)} (${dir}) does not verify, so it is not merged:\n  ${problems.join('\n  ')}`)
  }
  const traced = new Set(v.manifest.traces.map((t) => t.path))
  const reported = Array.from(record.episodes, (e) => e.evidence)
  if (reported.length !== traced.size || reported.some((path) => !traced.has(path))) {
    throw new UnverifiedShardError(`shard ${formatShard(record.shard)} (${dir}): ${SHARD_FILE} and the manifest list different traces`)
  }
  return v.manifest
}

/** The scenario files the shards ran, from this checkout: a merge re-scores with them, so each must be unchanged. */
function recordedScenarios(refs: readonly ScenarioRef[]): string[] {
  return refs.map((r) => {
    const file = resolve(r.file)
    if (!existsSync(file) || fileSha256(file) !== r.sha256) {
      throw new MergeError(`${r.file} (scenario ${r.id}) is missing or changed since the shards ran: a merge re-scores their traces with the scenarios they ran, so check out the commit the shards ran on`)
    }
    return file
  })
}

/** Checks, verifies, re-derives and reports shard folders; fails closed unless they are the intact parts of one plan. */
export async function mergeShards(dirs: readonly string[], opts: MergeOptions): Promise<RunReport> {
  if (dirs.length === 0) throw new MergeError('merge needs the out folders of every shard')
  const out = resolve(opts.out)
  const overlaps = (d: string) => out === resolve(d) || out.startsWith(resolve(d) + sep) || resolve(d).startsWith(out + sep)
  if (dirs.some(overlaps)) throw new MergeError(`the merge writes to ${opts.out}, which overlaps a shard folder: pick another --out`)
  for (const dir of dirs) refuseLinks(dir)
  const shards: Loaded[] = dirs.map((dir) => {
    const record = readShard(dir)
    return { dir, record, manifest: verifyShard(dir, record) }
  })
  checkSamePlan(shards)
  checkAllShards(shards)
  checkEpisodes(shards)
  const r = (shards[0] as Loaded).record
  const recorded = new RecordedReplies(shards)
  const model = new ReplayModel(r.model, recorded, shards.map((s) => s.manifest.digest).join(','))
  const prepared = prepareRun({ ...opts, model: r.model, ...(r.release ? { release: r.release } : {}), scenarios: recordedScenarios(r.suite.scenarios), trials: r.trials, seed: r.seed, profile: r.profile, out }, model)
  if (prepared.plan.sha256 !== r.plan.sha256) throw new MergeError(`the shards' plan ${r.plan.sha256.slice(0, 12)} is not the plan of their scenarios here (${prepared.plan.sha256.slice(0, 12)}): the engine or the suite changed since they ran`)
  // A shard stopped by a budget ran part of what it owned: only recorded episodes are replayed.
  const executed = await executeRun({ ...prepared, price: r.price ?? undefined, episodes: [...prepared.episodes].filter((e) => recorded.has(e.id)) })
  if (model.misses.length > 0) throw new MergeError(`the shards' traces cannot be re-scored by this engine:\n  ${model.misses.slice(0, 10).join('\n  ')}`)
  const stop = shards.find((s) => s.record.stopped)?.record
  const stopped = stop?.stopped && { budget: stop.stopped.budget, limit: stop.stopped.limit, reason: `shard ${formatShard(stop.shard)}: ${stop.stopped.reason}` }
  const { verdict: _verdict, ...run } = executed
  const head: RunHead = { ...runHead(prepared), thresholds: thresholdsRef(opts.thresholds) }
  return reportRecorded(head, prepared, { ...run, ...(stopped ? { stopped } : {}) }, runContext(prepared, executed), prepared.suite)
}
