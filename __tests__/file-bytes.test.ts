/**
 * FileBytes: files read whole into one reused buffer, and in part; the buffer grows for a file larger
 * than it, whatever the file's size against the buffer's.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FileBytes } from '../src/file-bytes.js'

const dir = mkdtempSync(join(tmpdir(), 'sg-file-bytes-'))
const MB = 1024 * 1024

/** `size` bytes that differ from place to place, so a piece read twice or skipped shows. */
function file(name: string, size: number): { path: string; bytes: Buffer } {
  const bytes = Buffer.alloc(size)
  for (let i = 0; i < size; i++) bytes[i] = (i * 7 + (i >> 10)) & 0xff
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return { path, bytes }
}

describe('FileBytes', () => {
  it('reads a file whole at sizes around its buffer\'s, and after a larger one reads a small one again', () => {
    const files = new FileBytes()
    // The buffer starts at 1 MB: empty, small, one short of it, exactly it, one more, several times it.
    for (const size of [0, 5, MB - 1, MB, MB + 1, 3 * MB + 17, 12]) {
      const { path, bytes } = file(`f-${size}`, size)
      expect(Buffer.compare(files.read(path) as Buffer, bytes)).toBe(0)
    }
  })

  it('gives undefined for a missing file and throws for a folder', () => {
    const files = new FileBytes()
    expect(files.read(join(dir, 'missing'))).toBeUndefined()
    expect(() => files.read(dir)).toThrow()
  })

  it('reads the start and a slice of a file', () => {
    const { path, bytes } = file('part', 5000)
    const files = new FileBytes()
    expect(Buffer.compare(files.start(path, 100), bytes.subarray(0, 100))).toBe(0)
    expect(Buffer.compare(files.slice(path, 4990, 100), bytes.subarray(4990))).toBe(0)
  })
})
