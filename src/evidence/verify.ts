/**
 * verify: recomputes every digest of an evidence folder from the folder alone. Each problem names
 * the file and, for traces, the record (1-based line) that is wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { EVIDENCE_DIR } from '../report/evidence.js'
import { checkChain } from './chain.js'
import { FileBytes } from '../file-bytes.js'
import { MANIFEST_FILE, MANIFEST_TAIL, type Manifest, type TraceDigest } from './manifest.js'
import { asText, checkSeal, fileSha256, sha256 } from './seal.js'

export interface Verification {
  problems: string[]
  /** The manifest, when it could be read (even if altered: its entries still locate the files). */
  manifest?: Manifest
  /** The sha256 of manifest.json as sealed (null when missing or malformed). */
  digest?: string
  traces: number
  records: number
}

function readManifest(dir: string, problems: string[]): { manifest: Manifest; digest?: string } | undefined {
  const path = join(dir, MANIFEST_FILE)
  if (!existsSync(path)) {
    problems.push(`${MANIFEST_FILE}: missing file`)
    return undefined
  }
  const bytes = asText(readFileSync(path))
  const sealed = checkSeal(bytes, 'digest', MANIFEST_TAIL, true)
  if (!sealed.ok) problems.push(`${MANIFEST_FILE}: ${sealed.problem}`)
  try {
    const manifest = JSON.parse(bytes.toString('utf8')) as Manifest
    if (!Array.isArray(manifest.files) || !Array.isArray(manifest.traces)) throw new Error('no file lists')
    return sealed.ok ? { manifest, digest: sealed.digest } : { manifest }
  } catch {
    problems.push(`${MANIFEST_FILE}: not a readable manifest`)
    return undefined
  }
}

/** Sees each trace's bytes as verify reads them (valid only during the call), so a caller that needs them need not read the trace again. */
export type TraceVisitor = (trace: TraceDigest, text: Buffer) => void

function verifyTrace(dir: string, t: TraceDigest, problems: string[], files: FileBytes, visit?: TraceVisitor): number {
  const bytes = files.read(join(dir, t.path))
  if (!bytes) {
    problems.push(`${t.path}: missing file`)
    return 0
  }
  const text = asText(bytes)
  visit?.(t, text)
  const chain = checkChain(text)
  const found = chain.problems.map((p) => `${t.path}: record ${p.record}: ${p.message}`)
  if (chain.records < t.records) found.push(`${t.path}: record ${chain.records + 1}: missing (the manifest lists ${t.records} records, the file has ${chain.records})`)
  if (chain.records > t.records) found.push(`${t.path}: record ${t.records + 1}: extra (the manifest lists ${t.records} records, the file has ${chain.records})`)
  // The last record's seal may be intact yet not the one recorded: the whole chain was rewritten.
  if (found.length === 0 && chain.head !== t.head) found.push(`${t.path}: record ${chain.records}: manifest mismatch: the chain's last hash is not the one the manifest holds`)
  if (found.length === 0 && sha256(text) !== t.sha256) found.push(`${t.path}: manifest mismatch: sha256 differs`)
  problems.push(...found)
  return chain.records
}

export function verifyEvidence(dir: string, visit?: TraceVisitor): Verification {
  const problems: string[] = []
  const read = readManifest(dir, problems)
  if (!read) return { problems, traces: 0, records: 0 }
  const { manifest, digest } = read
  for (const f of manifest.files) {
    const path = join(dir, f.path)
    if (!existsSync(path)) problems.push(`${f.path}: missing file`)
    else if (fileSha256(path) !== f.sha256) problems.push(`${f.path}: manifest mismatch: sha256 differs (the file was altered)`)
  }
  let records = 0
  const files = new FileBytes()
  for (const t of manifest.traces) records += verifyTrace(dir, t, problems, files, visit)
  const listed = new Set(manifest.traces.map((t) => t.path))
  const evidence = join(dir, EVIDENCE_DIR)
  const present = existsSync(evidence) ? readdirSync(evidence).map((f) => `${EVIDENCE_DIR}/${f}`) : []
  for (const f of present.filter((p) => !listed.has(p)).sort()) problems.push(`${f}: extra file, not in the manifest`)
  return { problems, manifest, ...(digest ? { digest } : {}), traces: manifest.traces.length, records }
}
