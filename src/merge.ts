/**
 * The sharded pipeline. A matrix job runs one shard of the plan and writes its raw records
 * (shard.json and evidence/), never a verdict. The merge checks that the shards are exactly the
 * parts of one plan, failing closed on anything else, then judges and reports all records through
 * the pipeline's own judge and report stages, under the policy it is given now.
 */
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { loadSuite, type LoadedScenario } from './config/scenario.js'
import { checkBaseline, executeRun, loadJudging, prepareRun, reportRecorded, runHead, thresholdsRef, type RunOptions, type RunReport } from './pipeline.js'
import { withCost } from './providers/prices.js'
import type { ScenarioRef, RunHead } from './report/results.js'
import { readShard, renderShardSummary, serialiseShard, SHARD_FILE, SHARD_SCHEMA, type ShardRecord } from './report/shard.js'
import { formatShard, shardOf, type Shard } from './scenario/shard.js'
import { VERSION } from './version.js'
import { UserError } from './errors.js'

export interface ShardReport {
  record: ShardRecord
  summary: string
  out: string
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
  // A results.json left by an earlier unsharded run in the same folder would read as this shard's verdict.
  rmSync(join(opts.out, 'results.json'), { force: true })
  writeFileSync(join(opts.out, SHARD_FILE), serialiseShard(record))
  const summary = renderShardSummary(record)
  writeFileSync(join(opts.out, 'summary.md'), summary)
  return { record, summary, out: opts.out }
}

/** The shards are not exactly the parts of one plan, or their folders are incomplete. */
export class MergeError extends UserError {}

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
function checkEpisodes(shards: readonly Loaded[]): Map<string, number> {
  const plan = (shards[0] as Loaded).record.plan
  const owner = new Map<string, Loaded>()
  const position = new Map<string, number>()
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
      position.set(o.episode, o.position)
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
  return position
}

/** Copies each reported episode's trace into the merged folder, so it holds all the evidence its results.json names. */
function copyEvidence(shards: readonly Loaded[], out: string): void {
  const dir = join(out, 'evidence')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const s of shards) {
    for (const e of s.record.episodes) {
      // The path comes from a downloaded artifact: only a plain file name under evidence/ is accepted.
      const name = basename(e.evidence)
      const from = join(s.dir, 'evidence', name)
      if (e.evidence !== `evidence/${name}` || !existsSync(from)) throw new MergeError(`${label(s)}: the trace \`${e.evidence}\` of episode ${e.episode} is missing`)
      copyFileSync(from, join(dir, name))
    }
  }
}

/** The scenarios the shards ran, loaded from this checkout where a file is unchanged, so annotations can point at them. */
function recordedSuite(refs: readonly ScenarioRef[]): LoadedScenario[] {
  const unchanged = refs.map((r) => resolve(r.file)).filter((file, i) => existsSync(file) && createHash('sha256').update(readFileSync(file)).digest('hex') === refs[i]?.sha256)
  return loadSuite(unchanged)
}

function merged(shards: readonly Loaded[], position: ReadonlyMap<string, number>, started: Date) {
  const records = shards.map((s) => s.record)
  const outcomes = records.flatMap((r) => r.episodes).sort((a, b) => (position.get(a.episode) ?? 0) - (position.get(b.episode) ?? 0))
  const tokens = { input_tokens: 0, output_tokens: 0 }
  for (const r of records) {
    tokens.input_tokens += r.usage.input_tokens
    tokens.output_tokens += r.usage.output_tokens
  }
  const stop = shards.find((s) => s.record.stopped)
  const stopped = stop?.record.stopped && { budget: stop.record.stopped.budget, limit: stop.record.stopped.limit, reason: `shard ${formatShard(stop.record.shard)}: ${stop.record.stopped.reason}` }
  const price = (records[0] as ShardRecord).price ?? undefined
  // Cost is recomputed from the summed tokens, as a single run computes it, so the merge rounds the same way.
  return { outcomes, usage: withCost(price, tokens), ran: outcomes.length, ...(stopped ? { stopped } : {}), started, finished: new Date() }
}

/** Checks, merges and reports shard folders; fails closed (MergeError) unless they are all parts of one plan. */
export function mergeShards(dirs: readonly string[], opts: MergeOptions): RunReport {
  const started = new Date()
  if (dirs.length === 0) throw new MergeError('merge needs the out folders of every shard')
  const out = resolve(opts.out)
  if (dirs.some((d) => resolve(d) === out)) throw new MergeError(`the merge writes to ${opts.out}, which is one of the shard folders: pick another --out`)
  const shards = dirs.map((dir) => ({ dir, record: readShard(dir) }))
  checkSamePlan(shards)
  checkAllShards(shards)
  const position = checkEpisodes(shards)
  const r = (shards[0] as Loaded).record
  const judging = loadJudging(opts.thresholds, { ...opts, profile: r.profile })
  const head: RunHead = {
    tool: { name: 'scheming-gate', version: VERSION },
    model: r.model,
    seed: r.seed,
    trials: r.trials,
    suite: r.suite,
    thresholds: thresholdsRef(opts.thresholds),
    plan: r.plan
  }
  if (opts.strictBaseline) checkBaseline(judging, head, true)
  mkdirSync(out, { recursive: true })
  copyEvidence(shards, out)
  const recorded = merged(shards, position, started)
  const context = { out, profile: r.profile, waiverFiles: judging.waivers.map((w) => w.file), started, finished: recorded.finished }
  return reportRecorded(head, judging, recorded, context, recordedSuite(r.suite.scenarios))
}
