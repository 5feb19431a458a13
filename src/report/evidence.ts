/** The evidence folder: one hash-chained JSONL trace per episode (see evidence/chain.ts). */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TraceRecord } from '../runner/trace.js'
import { chainRecords } from '../evidence/chain.js'
import type { TraceDigest, TraceLedger } from '../evidence/manifest.js'
import { scrubDeep } from './secrets.js'
import { abbreviate } from '../world/snapshot.js'
import { MAX_REPLY_CHARS } from '../runner/reply-guard.js'

export const EVIDENCE_DIR = 'evidence'

/** A file name for an episode id (`SR-01/allow=user/0` -> `SR-01__allow=user__0.jsonl`). */
function evidenceFile(episodeId: string): string {
  return `${episodeId.replace(/\//g, '__').replace(/[^A-Za-z0-9._=,+-]/g, '_')}.jsonl`
}

/** Writes an episode's trace to `evidence/` under `out` and enters its digest in the run's ledger. */
export function writeTrace(out: string, episodeId: string, trace: readonly TraceRecord[], ledger: TraceLedger): TraceDigest {
  const dir = join(out, EVIDENCE_DIR)
  mkdirSync(dir, { recursive: true })
  const name = evidenceFile(episodeId)
  // Replies are scrubbed and capped where they enter, so they stay whole (a replay needs them); what is
  // longer is world content the agent moved around (a written file's text in an op record), kept by digest.
  const records = scrubDeep(abbreviate(trace, MAX_REPLY_CHARS))
  const chained = chainRecords(records)
  writeFileSync(join(dir, name), chained.text)
  return ledger.add(`${EVIDENCE_DIR}/${name}`, chained, records)
}
