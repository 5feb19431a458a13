/**
 * `JSON.stringify(value, null, 2)` and a newline, written to a file without building the text whole:
 * the rest of the value, then the array at one top-level key an element at a time, each indented as it
 * sits in the array. For the files that grow with a run (results.json's episodes, the manifest's
 * traces), which at 10⁵ episodes are hundreds of MB of text.
 */
import { closeSync, openSync, writeSync } from 'node:fs'

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
  const items = value[key] as unknown[]
  const fd = openSync(file, 'w')
  let size = 0
  const write = (text: string) => (size += writeSync(fd, piece(text)))
  try {
    if (items.length === 0) {
      write(`${before}[]${after}`)
    } else {
      write(`${before}[\n`)
      items.forEach((item, i) => write(`    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}${i < items.length - 1 ? ',' : ''}\n`))
      write(`  ]${after}`)
    }
  } finally {
    closeSync(fd)
  }
  return size
}
