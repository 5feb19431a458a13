/**
 * Seals: a text that carries its own sha256. The digest field is written as 64 zeros, the whole
 * text is hashed, and the zeros are replaced by the digest; checking reverses that. Byte-exact on
 * purpose: no re-serialisation, so a changed space or key order is caught like any other byte.
 */
import { isUtf8 } from 'node:buffer'
import { createHash, hash } from 'node:crypto'
import { forEachPiece } from '../file-bytes.js'

export const ZERO_DIGEST = '0'.repeat(64)

/** One-shot: for the short texts a trace's every line is, three times as fast as a Hash object. */
export function sha256(data: string | Buffer): string {
  return hash('sha256', data)
}

/** The sha256 of a file, read a piece at a time: a large results.json is hashed without being held whole. */
export function fileSha256(path: string): string {
  const hash = createHash('sha256')
  forEachPiece(path, (piece) => hash.update(piece))
  return hash.digest('hex')
}

/** `"name":"` (compact) or `"name": "` (pretty): how the digest field opens in the text. */
function opening(name: string, pretty: boolean): string {
  return pretty ? `"${name}": "` : `"${name}":"`
}

/** Fills the last `name` field, written as 64 zeros, with the digest of the whole text; returns the sealed text and the digest. */
export function seal(text: string, name: string, pretty = false): { text: string; digest: string } {
  const at = text.lastIndexOf(opening(name, pretty) + ZERO_DIGEST)
  if (at < 0) throw new Error(`seal: no zeroed \`${name}\` field to fill`)
  const start = at + opening(name, pretty).length
  const digest = sha256(text)
  return { text: text.slice(0, start) + digest + text.slice(start + 64), digest }
}

export type SealCheck = { ok: true; digest: string } | { ok: false; problem: string }

/**
 * A file's bytes as its text reads: bytes that are not UTF-8 are read with replacement characters,
 * as a text read gives them, so a check sees what a reader of the text would.
 */
export function asText(bytes: Buffer): Buffer {
  return isUtf8(bytes) ? bytes : Buffer.from(bytes.toString('utf8'))
}

/**
 * Checks a sealed text (as bytes: see asText) whose `name` field closes it (`tail` is what follows
 * the digest's closing quote). The field must be last, so a forged copy of it earlier in the text
 * cannot be picked. Works on bytes so that checking thousands of lines decodes none of them.
 */
export function checkSeal(bytes: Buffer, name: string, tail: string, pretty = false): SealCheck {
  const open = opening(name, pretty)
  const at = bytes.length - tail.length - 1 - 64 - open.length
  const start = at + open.length
  const digest = at < 0 ? '' : bytes.toString('latin1', start, start + 64)
  if (at < 0 || bytes.toString('latin1', start + 64) !== `"${tail}` || bytes.toString('latin1', at, start) !== open || !/^[0-9a-f]{64}$/.test(digest)) {
    return { ok: false, problem: `its \`${name}\` field is missing or malformed` }
  }
  return checkDigestAt(bytes, start, digest, name)
}

/**
 * The rest of checkSeal, for a caller that has already found the `name` field last in the text and
 * read its `digest` (64 lowercase hex digits) at `start`: does the text hash to it?
 */
export function checkDigestAt(bytes: Buffer, start: number, digest: string, name: string): SealCheck {
  return sha256(zeroedCopy(bytes, start)) === digest ? { ok: true, digest } : { ok: false, problem: `altered: its content does not match its \`${name}\`` }
}

/** Reused by every check: a trace holds thousands of lines, each hashed once with its digest zeroed. */
let scratch = Buffer.allocUnsafe(64 * 1024)

/** `bytes` with the 64 digest characters at `start` written as zeros, in the shared scratch buffer (valid until the next call). */
function zeroedCopy(bytes: Buffer, start: number): Buffer {
  if (scratch.length < bytes.length) scratch = Buffer.allocUnsafe(Math.max(bytes.length, scratch.length * 2))
  bytes.copy(scratch)
  scratch.write(ZERO_DIGEST, start, 'latin1')
  return scratch.subarray(0, bytes.length)
}
