/**
 * The engine's digest: the sha256 of the code that runs it. Recorded in a run's manifest, it lets a
 * rescore prove that re-simulating the recorded episodes would reproduce them exactly (same code,
 * same scenarios, same plan), so their recorded outcomes can be re-judged instead. Any change to
 * the code, including a scoring rule, changes the digest, and a rescore then replays in full.
 */
import { createHash } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { forEachPiece } from './file-bytes.js'

/** Code files: the bundle and its chunks (dist/*.js) or, run from source, src/**\/*.ts. */
const CODE_FILE = /\.(js|ts)$/

let digest: string | undefined

/**
 * Hashes every code file under the folder this module runs from, by path and content, in a stable
 * order: the CLI and the action share the bundle's chunks, so both get the same digest from dist/.
 */
export function engineDigest(): string {
  if (digest !== undefined) return digest
  const root = dirname(fileURLToPath(import.meta.url))
  const hash = createHash('sha256')
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => CODE_FILE.test(name))
    .sort()
  for (const name of files) {
    hash.update(`${name}\0`)
    // Through one reused buffer: a fresh buffer per file made this three times as long (8 MB of code).
    forEachPiece(join(root, name), (piece) => hash.update(piece))
    hash.update('\0')
  }
  digest = hash.digest('hex')
  return digest
}
