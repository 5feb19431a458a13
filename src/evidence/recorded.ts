/** Reads a recorded run's traces back into what the replay model answers from, and what replaying them writes. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TraceRecord } from '../runner/trace.js'
import type { RecordedEpisode } from '../providers/replay.js'
import type { Manifest } from './manifest.js'
import { chainRecords, type ChainedText } from './chain.js'
import { UserError } from '../errors.js'

export class RecordingError extends UserError {}

function recordedEpisode(path: string, records: readonly TraceRecord[]): [string, RecordedEpisode] {
  const head = records[0]
  if (head?.type !== 'episode') throw new RecordingError(`${path}: record 1 is not an episode record`)
  const episode: RecordedEpisode = { replies: [] }
  for (const r of records) {
    if (r.type === 'model') {
      if (r.request === undefined) throw new RecordingError(`${path}: its model replies carry no request hash (recorded by an older version), so they cannot be replayed`)
      const { content, tool_calls, reasoning, usage, stop_reason, settings } = r
      episode.replies.push({ request: r.request, reply: { content, tool_calls, ...(reasoning ? { reasoning } : {}), usage, stop_reason, ...(settings ? { settings } : {}) } })
    }
    if (r.type === 'provider' && r.event === 'adapted' && r.dropped === 'tool_choice') episode.toolChoiceRefused = r.reason
    if (r.type === 'end' && r.error !== undefined) episode.error = r.error
  }
  return [head.episode, episode]
}

/** Episode id -> its recorded replies, for every trace the manifest lists (verified beforehand). */
export function readRecordedEpisodes(dir: string, manifest: Manifest): Map<string, RecordedEpisode> {
  return new Map(
    manifest.traces.map((t) => {
      const lines = readFileSync(join(dir, t.path), 'utf8').trimEnd().split('\n')
      return recordedEpisode(t.path, lines.map((l) => JSON.parse(l) as TraceRecord))
    })
  )
}

/**
 * Whether replaying a recorded record writes it again. Every record does but the provider layer's
 * own (settings sent, parameters dropped, retries): the replay model repeats only the refusal of a
 * forced tool call (see ReplayModel.respond). The rescore test holds this to what a replay writes.
 */
function replayed(record: TraceRecord): boolean {
  return record.type !== 'provider' || (record.event === 'adapted' && record.dropped === 'tool_choice')
}

/**
 * The trace a replay of an unchanged recorded trace writes, but for the wall-clock `ms` fields (kept
 * as recorded) and the chain hashes that cover them; undefined when that is the recorded trace itself
 * (it has no provider records), which is then told from its bytes without decoding or parsing them.
 */
export function replayedTrace(bytes: Buffer): { chained: ChainedText; records: TraceRecord[] } | undefined {
  // In JSON text an unescaped `"type":"provider"` is a key and its value, never inside a string.
  if (!bytes.includes('"type":"provider"')) return undefined
  const records = bytes
    .toString('utf8')
    .trimEnd()
    .split('\n')
    .map((line) => {
      const { prev: _prev, hash: _hash, ...record } = JSON.parse(line) as TraceRecord & { prev: string; hash: string }
      return record as TraceRecord
    })
    .filter(replayed)
  return { chained: chainRecords(records), records }
}
