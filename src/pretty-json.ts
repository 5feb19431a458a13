/**
 * `JSON.stringify(value, null, 2)` and a newline, written to a file without building the text whole:
 * the rest of the value, then the array at one top-level key a few elements at a time, each indented
 * as it sits in the array. For the files that grow with a run (results.json's episodes, the manifest's
 * traces), which at 10⁵ episodes are hundreds of MB of text; and read back the same way.
 */
import { closeSync, openSync } from 'node:fs'
import { forEachPiece, TextSink, withRoom } from './file-bytes.js'

/**
 * Writes the file; each piece passes through `piece` (which may change it, e.g. scrub secrets, and
 * sees every piece as written) and ends at a line end, so a piece never splits a line. Returns the
 * bytes written.
 */
export function writePrettyJson<T extends object>(file: string, value: T, key: keyof T & string, piece: (text: string) => string = (t) => t): number {
  // A top-level key's line, so it cannot occur inside a string (a string's line breaks are escaped).
  const slot = `\n  ${JSON.stringify(key)}: null`
  const head = JSON.stringify({ ...value, [key]: null }, null, 2)
  const at = head.indexOf(slot)
  if (at < 0) throw new Error(`writePrettyJson: no top-level \`${key}\``)
  const before = head.slice(0, at + slot.length - 'null'.length)
  const after = `${head.slice(at + slot.length)}\n`
  const items = value[key] as Iterable<unknown> & { length: number }
  const fd = openSync(file, 'w')
  const sink = new TextSink(fd, (sinkBuffer ??= Buffer.allocUnsafe(1024 * 1024)))
  const write = (text: string) => sink.write(piece(text))
  try {
    if (items.length === 0) {
      write(`${before}[]${after}`)
    } else {
      write(`${before}[\n`)
      let batch: unknown[] = []
      let written = 0
      for (const item of items) {
        batch.push(item)
        if (batch.length < BATCH && written + batch.length < items.length) continue
        written += batch.length
        write(`${elements(batch)}${written < items.length ? ',' : ''}\n`)
        batch = []
      }
      write(`  ]${after}`)
    }
    sink.flush()
  } finally {
    closeSync(fd)
  }
  return sink.size
}

/** Elements serialised together, a few kB of text: one serialisation a batch rather than one an element. */
const BATCH = 16
/** How `{"e": [...]}` opens and closes at two-space indentation: what is around its elements, each indented by four. */
const BATCH_OPEN = '{\n  "e": [\n'
const BATCH_CLOSE = '\n  ]\n}'

/**
 * Array elements as `JSON.stringify(value, null, 2)` writes them inside a top-level key's array:
 * indented by four, `,` and a line end between them. Serialised in a wrapper at that depth rather
 * than indented afterwards, which would copy the text again.
 */
function elements(batch: unknown[]): string {
  return JSON.stringify({ e: batch }, null, 2).slice(BATCH_OPEN.length, -BATCH_CLOSE.length)
}

/** The buffer every file written here goes through, one at a time (writing is synchronous). */
let sinkBuffer: Buffer | undefined

/** Text before the array beyond this is not a layout writePrettyJson makes for these files. */
const MAX_HEAD_BYTES = 64 * 1024 * 1024
/** An element's last line: indented by four, as the array's elements are and nothing inside them is. */
const ELEMENT_END = Buffer.from('\n    }')

type Element<T, K extends keyof T> = T[K] extends ReadonlyArray<infer E> ? E : never

/**
 * A file writePrettyJson wrote, read back with the array at `key` an element at a time, each passed
 * through `each` as it is parsed, so the text is never held whole; undefined when the file is laid
 * out otherwise (the caller then parses it whole). The elements are objects: JSON strings hold no
 * raw line break, so `\n    }` ends an element and nothing inside one.
 */
export function readPrettyJson<T extends object, K extends keyof T & string>(file: string, key: K, each: (element: Element<T, K>) => Element<T, K>): T | undefined {
  const opensAt = Buffer.from(`\n  ${JSON.stringify(key)}: `)
  const elements: Array<Element<T, K>> = []
  // What is not yet parsed, the new piece after it, in one buffer reused from piece to piece (a new
  // one for each piece was a megabyte of fresh memory each time).
  let held = Buffer.allocUnsafe(2 * 1024 * 1024)
  let kept = 0
  let head: string | undefined
  let tail: Buffer[] | undefined
  let laidOut = true
  forEachPiece(file, (piece) => {
    if (!laidOut) return
    if (tail) return void tail.push(Buffer.from(piece))
    held = withRoom(held, kept, kept + piece.length)
    piece.copy(held, kept)
    const pending = held.subarray(0, kept + piece.length)
    let at = 0
    if (head === undefined) {
      const open = pending.indexOf(opensAt)
      // The key's line, then `[` and a line end, or `[]` for none.
      if (open < 0 || pending.length < open + opensAt.length + 2) {
        kept = pending.length
        return void (laidOut = pending.length <= MAX_HEAD_BYTES)
      }
      head = pending.subarray(0, open + opensAt.length).toString('utf8')
      at = open + opensAt.length
      const opening = pending.subarray(at, at + 2).toString('utf8')
      if (opening === '[]') return void (tail = [Buffer.from(pending.subarray(at + 1))])
      if (opening !== '[\n') return void (laidOut = false)
      at += 2
    }
    for (let end = pending.indexOf(ELEMENT_END, at); end >= 0; end = pending.indexOf(ELEMENT_END, at)) {
      const after = end + ELEMENT_END.length
      // What follows says whether another element comes: wait for it before taking this one.
      if (pending.length < after + 2) break
      const next = pending.subarray(after, after + 2).toString('utf8')
      if (next !== ',\n' && next !== '\n ') return void (laidOut = false)
      try {
        elements.push(each(JSON.parse(pending.subarray(at, after).toString('utf8')) as Element<T, K>))
      } catch {
        return void (laidOut = false)
      }
      if (next === '\n ') return void (tail = [Buffer.from(pending.subarray(after + 1))])
      at = after + 2
    }
    kept = pending.copy(held, 0, at)
  })
  // After the array: `]` (indented) and the rest of the object.
  const rest = tail && Buffer.concat(tail).toString('utf8')
  const close = rest === undefined ? null : /^ *\]/.exec(rest)
  if (!laidOut || head === undefined || rest === undefined || close === null) return undefined
  const value = JSON.parse(`${head}null${rest.slice(close[0].length)}`) as T
  ;(value as Record<string, unknown>)[key] = elements
  return value
}
