/**
 * shard.json: what one shard of a matrix run hands to the merge. It holds the raw per-episode
 * records and the identity of the whole plan, and deliberately no verdict: rates over a part of the
 * plan are not a release decision, and the merge judges all parts under the policy it is given.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Price } from '../providers/price-table.js'
import type { OwnedEpisode, Shard } from '../scenario/shard.js'
import type { Profile } from '../scenario/profiles.js'
import { formatShard } from '../scenario/shard.js'
import { METRICS } from '../scenario/types.js'
import { METRIC_LABEL } from '../gate/decide.js'
import { escapeMarkdown, table } from './markdown.js'
import { count } from './text.js'
import type { EpisodeRecord, Results, RunHead } from './results.js'
import { UserError } from '../errors.js'
import { Tally } from '../stats/aggregate.js'
import { folded, where } from '../group-in-order.js'

export const SHARD_SCHEMA = 'scheming-gate/shard@1'
export const SHARD_FILE = 'shard.json'

export interface ShardRecord extends RunHead {
  schema: typeof SHARD_SCHEMA
  shard: Shard
  /** The profile the plan was sampled with, for the merged run's manifest. */
  profile: Profile
  /** The price the shard costed tokens at: the merge recomputes the cost of the summed tokens with it. */
  price: Price | null
  /** Every episode this shard was assigned, with its plan position; a budget stop may leave some unrun. */
  owned: OwnedEpisode[]
  usage: Results['usage']
  stopped?: Results['stopped']
  episodes: Results['episodes']
}

/** shard.json as read back: its episodes in an array. */
export type ShardFile = Omit<ShardRecord, 'episodes'> & { episodes: EpisodeRecord[] }

/** A folder that is not a shard's output, or a shard file the merge cannot read. */
export class ShardFileError extends UserError {}

/** Reads `<dir>/shard.json`, checking what the merge relies on; the records themselves are the shard's word. */
export function readShard(dir: string): ShardFile {
  const file = join(dir, SHARD_FILE)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    const missing = (e as { code?: string }).code === 'ENOENT'
    throw new ShardFileError(missing ? `${dir} holds no ${SHARD_FILE}: pass the out folders of \`run --shard k/n\`` : `${file}: ${(e as Error).message}`)
  }
  const r = raw as Partial<ShardFile>
  if (r.schema !== SHARD_SCHEMA || !r.shard || !Array.isArray(r.owned) || !Array.isArray(r.episodes) || !r.plan || !r.suite) {
    throw new ShardFileError(`${file} is not a ${SHARD_SCHEMA} file (schema \`${String(r.schema)}\`)`)
  }
  return r as ShardFile
}

/** The shard's step summary and terminal output: what ran here, flagged counts, and where the decision is made. */
export function renderShardSummary(record: ShardRecord): string {
  const t = folded(record.episodes, new Tally())
  const treatment = folded(where(record.episodes, (o) => o.status === 'scored' && o.control === undefined), new Tally())
  const rows = METRICS.map((m) => [METRIC_LABEL[m], `${treatment.x[m]}/${treatment.scored}`])
  const errors = t.errors
  const stopped = record.stopped ? `\n\nStopped early: ${escapeMarkdown(record.stopped.reason)}; ${record.stopped.episodes_run} of ${record.owned.length} episodes ran.` : ''
  return [
    `## scheming-gate: shard ${formatShard(record.shard)} (not a release decision)`,
    `Model \`${escapeMarkdown(record.model)}\` · ${record.episodes.length} of the plan's ${record.plan.episodes} episodes ran in this shard · ${count(errors, 'error')} · seed \`${escapeMarkdown(record.seed)}\`${stopped}`,
    'The verdict comes from merging every shard (`scheming-gate merge`, or the action with `mode: merge`), which judges all raw records together under the current policy. This shard fails only on a configuration or internal error.',
    '### Flagged in this shard (treatment episodes)',
    table(['Metric', 'Flagged / scored'], rows)
  ].join('\n\n') + '\n'
}
