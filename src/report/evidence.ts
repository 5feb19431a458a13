/** The evidence folder: one hash-chained JSONL trace per episode (see evidence/chain.ts). */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TraceRecord } from '../runner/trace.js'
import { chainRecords } from '../evidence/chain.js'
import type { TraceDigest, TraceLedger } from '../evidence/manifest.js'
import { scrubDeep } from './secrets.js'
import { abbreviate } from '../world/snapshot.js'
import { MAX_REPLY_CHARS } from '../runner/reply-guard.js'

export const EVIDENCE_DIR = 'evidence'

/**
 * An episode's trace path in the out folder (`SR-01/allow=user/0` -> `evidence/SR-01__allow=user__0.jsonl`).
 * Joined, not concatenated: the run keeps this string for every episode until its report (as the
 * record's `evidence` and the digest's path), and a concatenation would also keep its parts.
 */
export function evidencePath(episodeId: string): string {
  return [EVIDENCE_DIR, '/', episodeId.replace(/\//g, '__').replace(/[^A-Za-z0-9._=,+-]/g, '_'), '.jsonl'].join('')
}

/** Empties (or makes) `evidence/` under `out` for a run's traces: made once, not by each trace written into it. */
export function freshEvidenceDir(out: string): void {
  rmSync(join(out, EVIDENCE_DIR), { recursive: true, force: true })
  mkdirSync(join(out, EVIDENCE_DIR), { recursive: true })
}

/** Writes an episode's trace to `evidence/` under `out` (see freshEvidenceDir) and enters its digest in the run's ledger. */
export function writeTrace(out: string, episodeId: string, trace: readonly TraceRecord[], ledger: TraceLedger): TraceDigest {
  const path = evidencePath(episodeId)
  // Replies are scrubbed and capped where they enter, so they stay whole (a replay needs them); what is
  // longer is world content the agent moved around (a written file's text in an op record), kept by digest.
  const records = scrubDeep(abbreviate(trace, MAX_REPLY_CHARS))
  const chained = chainRecords(records)
  writeFileSync(join(out, path), chained.text)
  return ledger.add(path, chained, records)
}
