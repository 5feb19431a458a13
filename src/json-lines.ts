/**
 * What a run adds per episode (its record, its trace's digest), held on disk as it comes instead of
 * in memory, so what a run holds does not grow with its episode count: each value is one JSON line,
 * and each pass over them (the judgement, the tables, results.json, the manifest) reads the lines
 * back in the order they were added. A value read back serialises exactly as the value added, since
 * both are JSON.
 */
import { closeSync, openSync, readSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { TextSink, withRoom } from './file-bytes.js'

/** Lines are written in batches of up to this many bytes: one write per batch, not per episode. */
const BATCH_BYTES = 256 * 1024
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
  private readonly sink: TextSink
  private count = 0
  /** The read buffer of the last pass that ended, for the next: a pass per table would otherwise leave a megabyte of garbage each. */
  private spare: Buffer<ArrayBuffer> | undefined

  /**
   * A file in `dir` that has no name from the start: it goes with the process however that ends, and
   * the values can be read for as long as this object is reachable (a front end reads the records
   * after the report is written) without anyone having to remove it.
   */
  constructor(dir: string) {
    const file = join(dir, `.lines-${process.pid}-${made++}.jsonl`)
    this.fd = openSync(file, 'w+')
    this.sink = new TextSink(this.fd, Buffer.allocUnsafe(BATCH_BYTES))
    unlinkSync(file)
    closer.register(this, this.fd)
  }

  get length(): number {
    return this.count
  }

  push(value: T): void {
    this.sink.write(`${JSON.stringify(value)}\n`)
    this.count++
  }

  /** As an array, so JsonLines that reach JSON.stringify serialise as the values they hold. */
  toJSON(): T[] {
    return [...this]
  }

  /** The values in the order they were added, each parsed as it is reached. */
  *[Symbol.iterator](): Iterator<T> {
    this.sink.flush()
    const end = this.sink.size
    let buffer = this.spare ?? Buffer.allocUnsafe(1024 * 1024)
    this.spare = undefined
    try {
      let held = 0
      for (let at = 0; at < end; ) {
        // A line longer than what is free: room for it.
        buffer = withRoom(buffer, held, held + 1)
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
