/**
 * FileBytes: files read whole into one reused buffer, and in part; the buffer grows for a file larger
 * than it, whatever the file's size against the buffer's.
 */
import { describe, expect, it } from '@jest/globals'
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FileBytes, TextSink } from '../src/file-bytes.js'

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

  it('writes text through its buffer in order: pieces that fit, that fill it, and longer ones written past it', () => {
    const path = join(dir, 'sink')
    const fd = openSync(path, 'w')
    // A 16-byte buffer: several-byte characters straddle its end, and the last pieces are longer than it.
    const sink = new TextSink(fd, Buffer.alloc(16))
    const pieces = ['ab', 'é🙂x', 'cdefg', '✓✓', 'h', 'a long piece of text', 'ij', 'ü'.repeat(9), 'k']
    for (const piece of pieces) sink.write(piece)
    sink.flush()
    closeSync(fd)
    expect(readFileSync(path, 'utf8')).toBe(pieces.join(''))
    expect(sink.size).toBe(Buffer.byteLength(pieces.join('')))
  })
})
