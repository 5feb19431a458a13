/**
 * What a run adds per episode (its record, its trace's digest), held on disk as it comes instead of
 * in memory, so what a run holds does not grow with its episode count: each value is one JSON line,
 * and each pass over them (the judgement, the tables, results.json, the manifest) reads the lines
 * back in the order they were added. A value read back serialises exactly as the value added, since
 * both are JSON.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs'
import { join } from 'node:path'

/** Lines are written in batches of about this many characters: one write per batch, not per episode. */
const BATCH_CHARS = 256 * 1024
const NEWLINE = 0x0a

/** Closes a file whose JsonLines is gone: it has no name, so nothing else can. */
const closer = new FinalizationRegistry<number>((fd) => closeSync(fd))
let made = 0

/** Values in the order added, as many passes over them as wanted; arrays and these serve the same readers. */
export interface Sequence<T> extends Iterable<T> {
  readonly length: number
}

export class JsonLines<T> implements Sequence<T> {
  private readonly fd: number
  private pending: string[] = []
  private pendingChars = 0
  /** Bytes written to the file so far. */
  private size = 0
  private count = 0
  /** The read buffer of the last pass that ended, for the next: a pass per table would otherwise leave a megabyte of garbage each. */
  private spare: Buffer | undefined

  /**
   * A file in `dir` that has no name from the start: it goes with the process however that ends, and
   * the values can be read for as long as this object is reachable (a front end reads the records
   * after the report is written) without anyone having to remove it.
   */
  constructor(dir: string) {
    const file = join(dir, `.lines-${process.pid}-${made++}.jsonl`)
    this.fd = openSync(file, 'w+')
    unlinkSync(file)
    closer.register(this, this.fd)
  }

  get length(): number {
    return this.count
  }

  push(value: T): void {
    const line = `${JSON.stringify(value)}\n`
    this.pending.push(line)
    this.pendingChars += line.length
    this.count++
    if (this.pendingChars >= BATCH_CHARS) this.flush()
  }

  private flush(): void {
    if (this.pending.length === 0) return
    const bytes = Buffer.from(this.pending.join(''))
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at, this.size + at)
    this.size += bytes.length
    this.pending = []
    this.pendingChars = 0
  }

  /** As an array, so JsonLines that reach JSON.stringify serialise as the values they hold. */
  toJSON(): T[] {
    return [...this]
  }

  /** The values in the order they were added, each parsed as it is reached. */
  *[Symbol.iterator](): Iterator<T> {
    this.flush()
    const end = this.size
    let buffer = this.spare ?? Buffer.allocUnsafe(1024 * 1024)
    this.spare = undefined
    try {
      let held = 0
      for (let at = 0; at < end; ) {
        // A line longer than what is free: room for it.
        if (held === buffer.length) {
          const grown = Buffer.allocUnsafe(buffer.length * 2)
          buffer.copy(grown, 0, 0, held)
          buffer = grown
        }
        const n = readSync(this.fd, buffer, held, Math.min(buffer.length - held, end - at), at)
        if (n === 0) throw new Error('JsonLines: the file ended before its lines')
        at += n
        held += n
        let start = 0
        for (let nl = buffer.indexOf(NEWLINE, start); nl >= 0 && nl < held; nl = buffer.indexOf(NEWLINE, start)) {
          const value = JSON.parse(buffer.toString('utf8', start, nl)) as T
          start = nl + 1
          yield value
        }
        buffer.copy(buffer, 0, start, held)
        held -= start
      }
    } finally {
      this.spare = buffer
    }
  }
}
