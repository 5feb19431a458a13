/**
 * A run's episode records, held on disk as they finish instead of in memory, so what a run holds does
 * not grow with its episode count: each record is one JSON line, and each pass over them (the
 * judgement, the tables, results.json) reads the lines back in the order they were added. A record
 * read back serialises exactly as the record added, since both are JSON.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import type { EpisodeRecord, EpisodeRecords } from './results.js'

/** Lines are written in batches of about this many characters: one write per batch, not per episode. */
const BATCH_CHARS = 256 * 1024
const NEWLINE = 0x0a

/** Closes a file whose RecordFile is gone: it has no name, so nothing else can. */
const closer = new FinalizationRegistry<number>((fd) => closeSync(fd))
let made = 0

export class RecordFile implements EpisodeRecords {
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
   * the records can be read for as long as this object is reachable (a front end reads them after
   * the report is written) without anyone having to remove it.
   */
  constructor(dir: string) {
    const file = join(dir, `.records-${process.pid}-${made++}.jsonl`)
    this.fd = openSync(file, 'w+')
    unlinkSync(file)
    closer.register(this, this.fd)
  }

  get length(): number {
    return this.count
  }

  push(record: EpisodeRecord): void {
    const line = `${JSON.stringify(record)}\n`
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

  /** As an array, so a record file that reaches JSON.stringify serialises as the records it holds. */
  toJSON(): EpisodeRecord[] {
    return [...this]
  }

  /** The records in the order they were added, each parsed as it is reached. */
  *[Symbol.iterator](): Iterator<EpisodeRecord> {
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
        if (n === 0) throw new Error('RecordFile: the file ended before its records')
        at += n
        held += n
        let start = 0
        for (let nl = buffer.indexOf(NEWLINE, start); nl >= 0 && nl < held; nl = buffer.indexOf(NEWLINE, start)) {
          const record = JSON.parse(buffer.toString('utf8', start, nl)) as EpisodeRecord
          start = nl + 1
          yield record
        }
        buffer.copy(buffer, 0, start, held)
        held -= start
      }
    } finally {
      this.spare = buffer
    }
  }
}
