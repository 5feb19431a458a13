/**
 * Files read and written without a fresh buffer each time: read whole, into one reused buffer
 * (reading thousands of traces with readFileSync allocates a buffer per file, and on a large
 * evidence folder that costs several times the read itself), or a piece at a time, for files too
 * large to hold whole; written as text through one reused buffer (TextSink).
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs'

/** `buffer` when it holds `needed` bytes; else a buffer of twice `needed` with `buffer`'s first `kept` bytes. */
export function withRoom(buffer: Buffer<ArrayBuffer>, kept: number, needed: number): Buffer<ArrayBuffer> {
  if (needed <= buffer.length) return buffer
  const larger = Buffer.allocUnsafe(2 * needed)
  buffer.copy(larger, 0, 0, kept)
  return larger
}

/**
 * Text written to a file, in order from its start, through one reused buffer: a string given to
 * writeSync is first encoded into a buffer of its own, fresh memory each time, and writing
 * results.json at 10× trials so touched 2,000 new pages, which cost more than the writing. Each
 * flush writes at the end of what was written, so a caller may read the file between flushes.
 */
export class TextSink {
  /** Bytes written to the file (flushed). */
  size = 0
  private used = 0

  constructor(
    private readonly fd: number,
    private readonly buffer: Buffer
  ) {}

  write(text: string): void {
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    const most = text.length * 3
    if (most > this.buffer.length - this.used) this.flush()
    if (most > this.buffer.length) this.size += writeSync(this.fd, text, this.size)
    else this.used += this.buffer.write(text, this.used)
  }

  flush(): void {
    for (let at = 0; at < this.used; ) at += writeSync(this.fd, this.buffer, at, this.used - at, this.size + at)
    this.size += this.used
    this.used = 0
  }
}

const piece = Buffer.allocUnsafe(1024 * 1024)

/** Hands the file (its bytes from `start` up to `end`) to `take` a megabyte at a time, each piece valid only during the call. */
export function forEachPiece(path: string, take: (piece: Buffer) => void, start = 0, end = Infinity): void {
  const fd = openSync(path, 'r')
  try {
    for (let at = start, n = 1; n > 0 && at < end; at += n) {
      n = readSync(fd, piece, 0, Math.min(piece.length, end - at), at)
      if (n > 0) take(piece.subarray(0, n))
    }
  } finally {
    closeSync(fd)
  }
}

export class FileBytes {
  private buffer = Buffer.allocUnsafe(1024 * 1024)

  /** Up to the first `length` bytes of the file (at most the buffer's size): a view valid until the next read. */
  start(path: string, length: number): Buffer {
    return this.slice(path, 0, length)
  }

  /** Up to `length` bytes of the file from `at` (at most the buffer's size): a view valid until the next read. */
  slice(path: string, at: number, length: number): Buffer {
    const fd = openSync(path, 'r')
    try {
      return this.buffer.subarray(0, readSync(fd, this.buffer, 0, Math.min(length, this.buffer.length), at))
    } finally {
      closeSync(fd)
    }
  }

  /**
   * The file's bytes: a view into the shared buffer, valid until the next read (copy what must
   * outlive it); undefined when there is no such file, which costs no separate check. Read without
   * asking the file's size: a read of a regular file that gives fewer bytes than asked has reached
   * its end, and one that fills the buffer is followed by another into a larger one. Three calls
   * into the system a file (open, read, close) where the size and a read at the end made it five,
   * on folders of thousands of traces.
   */
  read(path: string): Buffer | undefined {
    let fd: number
    try {
      fd = openSync(path, 'r')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw e
    }
    try {
      for (let length = 0; ; ) {
        const asked = this.buffer.length - length
        const n = readSync(fd, this.buffer, length, asked, length)
        length += n
        if (n < asked) return this.buffer.subarray(0, length)
        this.buffer = withRoom(this.buffer, length, length + 1)
      }
    } finally {
      closeSync(fd)
    }
  }
}
