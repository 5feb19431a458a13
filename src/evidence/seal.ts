/**
 * Seals: a text that carries its own sha256. The digest field is written as 64 zeros, the whole
 * text is hashed, and the zeros are replaced by the digest; checking reverses that. Byte-exact on
 * purpose: no re-serialisation, so a changed space or key order is caught like any other byte.
 */
import { createHash } from 'node:crypto'

export const ZERO_DIGEST = '0'.repeat(64)

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

/** `"name":"` (compact) or `"name": "` (pretty): how the digest field opens in the text. */
function opening(name: string, pretty: boolean): string {
  return pretty ? `"${name}": "` : `"${name}":"`
}

/** Fills the last `name` field, written as 64 zeros, with the digest of the whole text; returns both. */
export function sealWithDigest(text: string, name: string, pretty = false): { text: string; digest: string } {
  const at = text.lastIndexOf(opening(name, pretty) + ZERO_DIGEST)
  if (at < 0) throw new Error(`seal: no zeroed \`${name}\` field to fill`)
  const start = at + opening(name, pretty).length
  const digest = sha256(text)
  return { text: text.slice(0, start) + digest + text.slice(start + 64), digest }
}

/** Fills the last `name` field, written as 64 zeros, with the digest of the whole text. */
export function seal(text: string, name: string, pretty = false): string {
  return sealWithDigest(text, name, pretty).text
}

export type SealCheck = { ok: true; digest: string } | { ok: false; problem: string }

/**
 * Checks a sealed text whose `name` field closes it (`tail` is what follows the digest's closing
 * quote). The field must be last, so a forged copy of it earlier in the text cannot be picked.
 */
export function checkSeal(text: string, name: string, tail: string, pretty = false): SealCheck {
  const open = opening(name, pretty)
  const at = text.length - tail.length - 1 - 64 - open.length
  const digest = text.slice(at + open.length, at + open.length + 64)
  if (at < 0 || !text.endsWith(`"${tail}`) || text.slice(at, at + open.length) !== open || !/^[0-9a-f]{64}$/.test(digest)) {
    return { ok: false, problem: `its \`${name}\` field is missing or malformed` }
  }
  const zeroed = text.slice(0, at + open.length) + ZERO_DIGEST + text.slice(at + open.length + 64)
  return sha256(zeroed) === digest ? { ok: true, digest } : { ok: false, problem: `altered: its content does not match its \`${name}\`` }
}
