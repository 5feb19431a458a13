/** Reads a recorded run's traces back into what the replay model answers from, and what replaying them writes. */
import { join } from 'node:path'
import type { TraceRecord } from '../runner/trace.js'
import type { RecordedEpisode } from '../providers/replay.js'
import type { Manifest, TraceDigest } from './manifest.js'
import { chainRecords, type ChainedText } from './chain.js'
import { FileBytes } from '../file-bytes.js'
import { asText, sha256 } from './seal.js'
import { UserError } from '../errors.js'

export class RecordingError extends UserError {}

function recordedEpisode(path: string, records: readonly TraceRecord[]): RecordedEpisode {
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
  return episode
}

/** How much of a trace is read to find the episode it records: its first record is far shorter. */
const HEAD_BYTES = 64 * 1024

/** Episodes whose replies are held at once: many more than a replay runs at a time. */
const HELD_EPISODES = 1024

/**
 * A recorded run's replies (one or several verified out folders, as a merge has), for a replay:
 * which episodes were recorded, read up front from each trace's first record, and an episode's
 * replies, read from its trace when the episode asks for them. Only recently asked episodes are
 * held, so a replay of a nightly does not hold every reply of the night. A trace is read again
 * only if its sha256 is still the one verify checked; altered since, it is refused.
 */
export class RecordedReplies {
  private index: Map<string, { dir: string; trace: TraceDigest }> | undefined
  private readonly held = new Map<string, RecordedEpisode>()
  private readonly files = new FileBytes()

  constructor(
    private readonly sources: ReadonlyArray<{ dir: string; manifest: Manifest }>,
    private readonly capacity = HELD_EPISODES
  ) {}

  /** Episode id -> its trace; read when first needed (a rescore that replays nothing never reads it). */
  private traces(): Map<string, { dir: string; trace: TraceDigest }> {
    if (this.index) return this.index
    this.index = new Map()
    for (const { dir, manifest } of this.sources) {
      for (const trace of manifest.traces) this.index.set(this.recordedEpisodeId(dir, trace), { dir, trace })
    }
    return this.index
  }

  private recordedEpisodeId(dir: string, trace: TraceDigest): string {
    const start = this.files.start(join(dir, trace.path), HEAD_BYTES)
    const end = start.indexOf(0x0a)
    let head: TraceRecord | undefined
    try {
      head = JSON.parse(start.subarray(0, end < 0 ? start.length : end).toString('utf8')) as TraceRecord
    } catch {
      // Every line parsed when verify read it: this one has changed since.
    }
    if (head?.type !== 'episode') throw new RecordingError(`${trace.path}: record 1 is not an episode record`)
    return head.episode
  }

  ids(): IterableIterator<string> {
    return this.traces().keys()
  }

  has(id: string): boolean {
    return this.traces().has(id)
  }

  /** The episode's replies; throws RecordingError when its trace cannot be replayed. */
  get(id: string): RecordedEpisode | undefined {
    const held = this.held.get(id)
    if (held) {
      this.held.delete(id)
      this.held.set(id, held)
      return held
    }
    const found = this.traces().get(id)
    if (!found) return undefined
    const { dir, trace } = found
    const bytes = this.files.read(join(dir, trace.path))
    if (!bytes || sha256(asText(bytes)) !== trace.sha256) throw new RecordingError(`${trace.path}: changed since it was verified`)
    const lines = bytes.toString('utf8').trimEnd().split('\n')
    const episode = recordedEpisode(trace.path, lines.map((l) => JSON.parse(l) as TraceRecord))
    this.held.set(id, episode)
    if (this.held.size > this.capacity) this.held.delete(this.held.keys().next().value as string)
    return episode
  }
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
 * Whether a replay writes the recorded trace otherwise: only when it holds provider records, told
 * from its bytes without decoding or parsing them. In JSON text an unescaped `"type":"provider"` is
 * a key and its value, never inside a string.
 */
export function rewrittenByReplay(bytes: Buffer): boolean {
  return bytes.includes('"type":"provider"')
}

/**
 * The trace a replay of an unchanged recorded trace writes, but for the wall-clock `ms` fields (kept
 * as recorded) and the chain hashes that cover them; undefined when that is the recorded trace itself
 * (rewrittenByReplay).
 */
export function replayedTrace(bytes: Buffer): { chained: ChainedText; records: TraceRecord[] } | undefined {
  if (!rewrittenByReplay(bytes)) return undefined
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
