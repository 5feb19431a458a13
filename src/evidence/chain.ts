/**
 * Hash-chained JSONL: every line is one record followed by `prev` (the previous line's `hash`;
 * 64 zeros on the first line) and `hash` (the seal of the line itself). A line's own seal says
 * whether *that* line was altered, so a changed byte is blamed on the record that holds it rather
 * than on its neighbour; the `prev` links say whether lines were removed, inserted or reordered.
 * Only the end of a chain needs an outside anchor: the manifest keeps the count and the last hash.
 */
import { checkDigestAt, checkSeal, seal, ZERO_DIGEST } from './seal.js'

export interface ChainedText {
  text: string
  records: number
  /** The last line's hash: the digest of the whole chain. */
  head: string
}

export interface ChainProblem {
  /** 1-based line number. */
  record: number
  message: string
}

export interface ChainCheck {
  records: number
  /** The last line's hash as written (null when that line is malformed). */
  head: string | null
  problems: ChainProblem[]
}

export function chainRecords(records: readonly object[]): ChainedText {
  let prev = ZERO_DIGEST
  const lines = records.map((r) => {
    // The digest as its own string: a slice of the line would keep the whole line alive in the run's trace ledger.
    const { text, digest } = seal(JSON.stringify({ ...r, prev, hash: ZERO_DIGEST }), 'hash')
    prev = digest
    return text
  })
  return { text: lines.map((l) => `${l}\n`).join(''), records: lines.length, head: prev }
}

/** How chainRecords ends every line: the chain fields, last, then the record's closing brace. */
const CHAIN_FIELDS = /^,"prev":"[0-9a-f]{64}","hash":"[0-9a-f]{64}"\}$/
const CHAIN_FIELDS_BYTES = ',"prev":"","hash":""}'.length + 2 * 64
const PREV_AT = ',"prev":"'.length

/** Where a line's chain fields start, when it ends as chainRecords ends every line. */
function chainFieldsAt(line: Buffer): number | undefined {
  const cut = line.length - CHAIN_FIELDS_BYTES
  return cut > 0 && CHAIN_FIELDS.test(line.toString('latin1', cut)) ? cut : undefined
}

/**
 * A chained line up to its chain fields: the record's JSON text less its closing brace, cut rather
 * than parsed. For a line that is JSON (one verify parsed, or chainRecords wrote), the record's text
 * is what parsing the line and serialising it again without `prev` and `hash` gives, as a line keeps
 * the spelling JSON.stringify gave it. Undefined when the line does not end as chainRecords ends it.
 */
export function recordOpening(line: Buffer): Buffer | undefined {
  const cut = chainFieldsAt(line)
  return cut === undefined ? undefined : line.subarray(0, cut)
}

/**
 * A line's `prev`: read where chainRecords writes it, without parsing the line; a line laid out
 * otherwise is parsed for it. Parsing every line would add nothing to the check: a line whose seal
 * holds has the bytes whoever sealed it wrote, and a forger who reseals can write valid JSON as
 * easily as anything else (against that, only the manifest's digest, kept elsewhere, protects).
 */
function prevOf(line: Buffer): string | undefined {
  const cut = chainFieldsAt(line)
  if (cut !== undefined) return line.toString('latin1', cut + PREV_AT, cut + PREV_AT + 64)
  try {
    const prev = (JSON.parse(line.toString('utf8')) as { prev?: unknown }).prev
    return typeof prev === 'string' ? prev : undefined
  } catch {
    return undefined
  }
}

const HASH_AT = PREV_AT + 64 + '","hash":"'.length
const LINE_END = '"}'

/**
 * The line's digest when it is an intact link after `prev`: laid out as chainRecords lays it out,
 * holding `prev` and sealed. Settles the usual line in one look at its end, without the patterns
 * (a digest it hashes to, or one equal to `prev`, is hex); undefined sends the line through the full
 * check, which then finds the same.
 */
function intactLink(line: Buffer, prev: string | null): string | undefined {
  const at = line.length - CHAIN_FIELDS_BYTES
  if (prev === null || at <= 0) return undefined
  const fields = line.toString('latin1', at)
  if (!fields.startsWith(`,"prev":"${prev}","hash":"`) || !fields.endsWith(LINE_END)) return undefined
  const digest = fields.slice(HASH_AT, HASH_AT + 64)
  return checkDigestAt(line, at + HASH_AT, digest, 'hash').ok ? digest : undefined
}

const NEWLINE = 0x0a

/** A chained text's lines, each ended by a newline, as views of its bytes; `rest` is what follows the last newline (empty in an intact trace). */
export function chainLines(text: Buffer): { lines: Buffer[]; rest: Buffer } {
  const lines: Buffer[] = []
  let from = 0
  for (let end = text.indexOf(NEWLINE); end >= 0; end = text.indexOf(NEWLINE, from)) {
    lines.push(text.subarray(from, end))
    from = end + 1
  }
  return { lines, rest: text.subarray(from) }
}

/** Checks a chained text given as bytes (see asText in seal.ts): lines are found and sealed without decoding the whole. */
export function checkChain(text: Buffer): ChainCheck {
  const problems: ChainProblem[] = []
  const { lines, rest: last } = chainLines(text)
  if (last.length > 0) lines.push(last)
  let prevHash: string | null = ZERO_DIGEST
  lines.forEach((line, i) => {
    const record = i + 1
    const intact = intactLink(line, prevHash)
    if (intact !== undefined) return void (prevHash = intact)
    const sealed = checkSeal(line, 'hash', '}')
    if (!sealed.ok) {
      problems.push({ record, message: sealed.problem })
      prevHash = null
      return
    }
    const prev = prevOf(line)
    if (prev === undefined) {
      problems.push({ record, message: 'not a JSON record with a `prev` field' })
    } else if (prevHash !== null && prev !== prevHash) {
      // Both neighbours are intact by their own seals, so the link itself is what broke.
      problems.push({
        record,
        message: record === 1 ? 'broken chain: the first record does not start the chain (records were removed from the start)' : `broken chain: \`prev\` does not match record ${record - 1} (a record was removed, inserted or reordered)`
      })
    }
    prevHash = sealed.digest
  })
  if (last.length > 0) problems.push({ record: lines.length, message: 'truncated: the file does not end with a newline' })
  return { records: lines.length, head: lines.length === 0 ? ZERO_DIGEST : prevHash, problems }
}
