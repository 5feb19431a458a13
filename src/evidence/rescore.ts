/**
 * rescore: re-runs a recorded run's episodes through the current engine, answering every model
 * request from the recording, and judges them under the current scoring rules and policy. No
 * provider is created, so nothing goes over the network. The recording is verified first (altered
 * evidence is never re-scored), and anything the recording cannot answer fails the whole rescore.
 *
 * When re-running is proven to reproduce the recording (the same engine digest, scenario digests
 * and plan digest, a plan run whole), the recorded outcomes and traces are taken as they are and
 * only judged again: the same results at a fraction of the cost.
 */
import { existsSync, linkSync, writeFileSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { engineDigest } from '../engine.js'
import { executeRun, judge, prepareRun, reportRun, runHead, type ExecutedRun, type PreparedRun, type RunOptions, type RunReport } from '../pipeline.js'
import { costOf, withCost } from '../providers/prices.js'
import { ReplayModel } from '../providers/replay.js'
import { readResults, RESULTS_SCHEMA, type EpisodeRecord, type ReadResults } from '../report/results.js'
import { recordSharer } from '../report/shared-parts.js'
import { evidencePath, freshEvidenceDir } from '../report/evidence.js'
import { TraceLedger, type Manifest } from './manifest.js'
import { FileBytes } from '../file-bytes.js'
import { RecordedReplies, replayedTrace, rewrittenByReplay } from './recorded.js'
import { asText } from './seal.js'
import { verifyEvidence } from './verify.js'
import { EvidenceError, UserError } from '../errors.js'
import { episodeIdAt } from '../scenario/plan.js'

export class RescoreError extends UserError {}
/** The recording is altered or incomplete: a distinct failure, as from `verify`. */
export class UnverifiedRecordingError extends EvidenceError {}

export type RescoreOptions = Pick<RunOptions, 'scenarios' | 'thresholds' | 'waivers' | 'baseline' | 'strictBaseline' | 'prices' | 'now' | 'onEpisode'> & {
  /** The recorded run's out folder. */
  from: string
  /** Where the re-scored results go; default: a new folder beside the recording. */
  out?: string
}

const SHOWN_PROBLEMS = 10

function listed(problems: readonly string[]): string {
  const more = problems.length > SHOWN_PROBLEMS ? `\n  … and ${problems.length - SHOWN_PROBLEMS} more` : ''
  return `\n  ${problems.slice(0, SHOWN_PROBLEMS).join('\n  ')}${more}`
}

/** `<from>-rescore`, or `-rescore-2`, `-3`… when taken: never a folder that already holds a run. */
function newFolder(from: string): string {
  for (let k = 1; ; k++) {
    const candidate = `${from}-rescore${k === 1 ? '' : `-${k}`}`
    if (!existsSync(candidate)) return candidate
  }
}

/**
 * The recording's results.json, read an episode at a time with the records' repeated parts shared
 * (shared-parts.ts); undefined for a merged or partial folder without one, which is judged by its
 * traces alone.
 */
function readRecordedResults(from: string): ReadResults | undefined {
  try {
    return readResults(join(from, 'results.json'), recordSharer())
  } catch {
    return undefined
  }
}

/** results.json as written starts with its schema (a nightly's is hundreds of MB: the rest is not read for it). */
const SCHEMA_LINE = /^\{\n {2}"schema": ("(?:[^"\\\n]|\\.)*")/

/** The schema of the recording's results.json; undefined as readRecordedResults gives undefined. */
function recordedSchema(from: string): unknown {
  const file = join(from, 'results.json')
  if (!existsSync(file)) return undefined
  const line = SCHEMA_LINE.exec(new FileBytes().start(file, 4096).toString('utf8'))
  return line ? JSON.parse(line[1] as string) : readRecordedResults(from)?.schema
}

/**
 * A recording made before results@2 has no closing interview and no delivery of notices in its
 * traces: the current engine would ask requests it never answered, so it is refused up front,
 * saying why, rather than failing on the first missing reply.
 */
function refuseOlderRecording(from: string, schema: unknown): void {
  if (schema === undefined || schema === RESULTS_SCHEMA) return
  throw new RescoreError(
    `${from} was recorded with ${String(schema)}; this engine writes ${RESULTS_SCHEMA}. Since results@2 every episode ends with a closing interview and ` +
      'counts a metric only where the episode was exposed to it, so replaying would ask the recorded model questions it was never asked. ' +
      'Re-run the model to get a recording this version can rescore (the old results stay valid as they are).'
  )
}

/** How a rescore got its episodes: re-judged as recorded, or re-simulated from the recorded replies. */
export type RescorePath = 'recorded' | 'replayed'

/**
 * The recorded results, when re-simulating is proven to give them back: the engine digest, every
 * scenario's digest and the plan's digest are the recording's, and the plan ran whole in one
 * process (a sequential design or a budget may stop early, a shard holds part of a plan).
 */
function unchangedRun(from: string, manifest: Manifest, prepared: PreparedRun): ReadResults | undefined {
  if (manifest.engine !== engineDigest() || manifest.shard !== undefined || prepared.sequential) return undefined
  // Only a results.json the manifest seals (and verify has checked) is taken at its word.
  if (!manifest.files.some((f) => f.path === 'results.json')) return undefined
  // The sealed manifest names the suite, the plan and the episode count too: a recording they rule
  // out is re-simulated without reading its results.json (180 MB at 10⁵ episodes).
  const head = runHead(prepared)
  if (JSON.stringify(manifest.suite) !== JSON.stringify(head.suite) || manifest.plan?.sha256 !== head.plan.sha256 || manifest.counts?.episodes !== prepared.episodes.length) return undefined
  // What only results.json says: the episodes in the plan's order, and no budget stop.
  const results = readRecordedResults(from)
  if (results === undefined || results.stopped !== undefined || results.episodes.length !== prepared.episodes.length) return undefined
  return results.episodes.every((o, i) => o.episode === episodeIdAt(prepared.episodes, i)) ? results : undefined
}

/**
 * Puts the recorded trace at `to` as it is: as a second name for the same file where the filesystem
 * allows, which writes nothing (a sealed trace is never written again: every run and rescore writes
 * into an evidence folder it has just emptied), else as a copy.
 */
function takeAsItIs(from: string, to: string, files: FileBytes): void {
  try {
    linkSync(from, to)
  } catch {
    // Another device, or a filesystem without links: a copy.
    writeFileSync(to, recordedText(from, files))
  }
}

/** A recorded trace's bytes as verify read them (asText), so what is written from them has the digest verify checked. */
function recordedText(from: string, files: FileBytes): Buffer {
  const read = files.read(from)
  if (!read) throw new RescoreError(`${from} is missing from the recording`)
  return asText(read)
}

/**
 * What executeRun would give for an unchanged recording, read instead of re-simulated: the recorded
 * outcomes (costed at today's prices) and the traces a replay writes, judged under today's policy.
 * Episodes arrive in plan order, as the scheduler delivers them. `rewritten`: the traces a replay
 * writes otherwise (rewrittenByReplay), found as verify read them; the rest are taken as they are.
 */
function recallRun(p: PreparedRun, from: string, manifest: Manifest, results: ReadResults, rewritten: ReadonlySet<string>): ExecutedRun {
  const started = new Date()
  const { opts, price } = p
  freshEvidenceDir(opts.out)
  const outcomes: EpisodeRecord[] = []
  const tokens = { input_tokens: 0, output_tokens: 0 }
  // A trace copied as it is keeps the digest its verified manifest gives, so none is hashed again.
  const traces = new TraceLedger(opts.out)
  const recordedDigests = new Map(manifest.traces.map((t) => [t.path, t]))
  const files = new FileBytes()
  const share = recordSharer()
  for (const recorded of results.episodes) {
    // results.json names the trace: only one the verified manifest lists, at the path a run gives
    // that episode, is read and copied, so the name cannot steer a read or a write elsewhere.
    const digest = recordedDigests.get(recorded.evidence)
    if (!digest || recorded.evidence !== evidencePath(recorded.episode)) {
      throw new RescoreError(`${recorded.evidence} is not the recording's trace of episode ${recorded.episode}`)
    }
    const source = join(from, recorded.evidence)
    const target = join(opts.out, recorded.evidence)
    if (rewritten.has(recorded.evidence)) {
      const replayed = rewrite(source, target, files)
      traces.add(recorded.evidence, replayed.chained, replayed.records)
    } else {
      takeAsItIs(source, target, files)
      traces.adopt(digest, manifest.model.decoding)
    }
    tokens.input_tokens += recorded.usage.input_tokens
    tokens.output_tokens += recorded.usage.output_tokens
    // The recorded record itself, costed at today's prices: a copy would hold every record twice.
    recorded.usage = withCost(price, recorded.usage)
    const outcome = share(recorded, ['usage'])
    outcomes.push(outcome)
    opts.onEpisode?.(outcomes.length, results.episodes.length, outcome)
  }
  const usage = { ...tokens, cost_usd: costOf(price, tokens) }
  // Every trace as recorded, by the same engine: so are report.html's trace chunks, when its manifest sealed them.
  const recordedTraces = rewritten.size === 0 && manifest.report_traces ? { recordedTraces: { from, sealed: manifest.report_traces } } : {}
  return { outcomes, usage, traces, ...recordedTraces, verdict: judge(p, outcomes), ran: outcomes.length, started, finished: new Date() }
}

/** Writes at `to` the trace a replay of the recorded one at `from` writes (replayedTrace). */
function rewrite(from: string, to: string, files: FileBytes): NonNullable<ReturnType<typeof replayedTrace>> {
  const replayed = replayedTrace(recordedText(from, files))
  if (!replayed) throw new RescoreError(`${from} has changed since it was verified`)
  writeFileSync(to, replayed.chained.text)
  return replayed
}

export async function rescore(opts: RescoreOptions): Promise<RunReport & { path: RescorePath }> {
  const from = resolve(opts.from)
  const out = opts.out === undefined ? newFolder(from) : resolve(opts.out)
  if (out === from || out.startsWith(from + sep) || from.startsWith(out + sep)) {
    throw new RescoreError(`--out ${out} overlaps the recorded run ${from}: rescore never writes over the evidence it reads`)
  }
  const rewritten = new Set<string>()
  const verified = verifyEvidence(from, (trace, text) => {
    if (rewrittenByReplay(text)) rewritten.add(trace.path)
  })
  if (verified.problems.length > 0 || !verified.manifest) {
    throw new UnverifiedRecordingError(`the recorded run in ${from} does not verify, so it is not re-scored:${listed(verified.problems)}`)
  }
  const manifest = verified.manifest
  refuseOlderRecording(from, recordedSchema(from))
  // Read only when the episodes are re-simulated: an unchanged recording's replies are never read.
  const recorded = new RecordedReplies([{ dir: from, manifest }])
  const model = new ReplayModel(manifest.model.id, recorded, manifest.digest)
  // The plan is the recording's (seed, trials, profile, shard); the suite and the policy are today's.
  const { from: _from, out: _out, ...current } = opts
  const prepared = prepareRun({ ...current, model: model.id, trials: manifest.trials, seed: manifest.seed, profile: manifest.profile, shard: manifest.shard, out }, model, manifest)
  const unchanged = unchangedRun(from, manifest, prepared)
  if (unchanged) return { ...reportRun(prepared, recallRun(prepared, from, manifest, unchanged, rewritten)), path: 'recorded' }
  const planned = new Set(Array.from(prepared.episodes, (e) => e.id))
  const dropped = [...recorded.ids()].filter((id) => !planned.has(id))
  if (dropped.length > 0) {
    throw new RescoreError(`recorded episodes are not in the current plan (the suite changed since the recording):${listed(dropped)}`)
  }
  const executed = await executeRun(prepared)
  if (model.misses.length > 0) throw new RescoreError(`the recording cannot answer the current engine's requests:${listed(model.misses)}`)
  return { ...reportRun(prepared, executed), path: 'replayed' }
}
