/**
 * Whole files read into one reused buffer. Reading thousands of traces with readFileSync allocates
 * a fresh buffer per file, and on a large evidence folder that allocation costs several times the
 * read itself; one buffer that grows to the largest file costs it once.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

export class FileBytes {
  private buffer = Buffer.allocUnsafe(1024 * 1024)

  /**
   * The file's bytes: a view into the shared buffer, valid until the next read (copy what must
   * outlive it); undefined when there is no such file, which costs no separate check.
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
      for (let size = fstatSync(fd).size; ; ) {
        // One byte more than the file: a read that fills the buffer means the file grew meanwhile.
        if (size >= this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.max(size + 1, this.buffer.length * 2))
        let length = 0
        for (let n = 1; n > 0 && length < this.buffer.length; length += n) n = readSync(fd, this.buffer, length, this.buffer.length - length, length)
        if (length < this.buffer.length) return this.buffer.subarray(0, length)
        size = length
      }
    } finally {
      closeSync(fd)
    }
  }
}
