/**
 * report.html: one self-contained file (the viewer's script and style inline, the data embedded),
 * opened from disk or a downloaded artifact. A Content-Security-Policy allows only the page's own
 * script and style, by hash, and no load or connection of any kind; Trusted Types are required, so
 * even a stray HTML sink in the viewer throws instead of parsing model text as markup.
 */
import { createHash } from 'node:crypto'
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { constants, crc32, deflateRawSync, gzipSync } from 'node:zlib'
import { forEachPiece } from '../../file-bytes.js'
import type { Manifest } from '../../evidence/manifest.js'
import { verifyEvidence } from '../../evidence/verify.js'
import { RESULTS_SCHEMA, type Results } from '../results.js'
import { VERSION } from '../../version.js'
import { ByteBuilder, episodeChunks, overview, type ReportSource } from './data.js'
import { DATA_IDS } from './model.js'
import { UserError } from '../../errors.js'

export const REPORT_HTML = 'report.html'

/** The viewer's bundle (built by scripts/build.mjs into dist/). */
export interface ViewerAssets {
  js: string
  css: string
}

export const VIEWER_FILES = { js: 'viewer.js', css: 'viewer.css' } as const

export function loadViewer(dir: string): ViewerAssets {
  return { js: readFileSync(join(dir, VIEWER_FILES.js), 'utf8'), css: readFileSync(join(dir, VIEWER_FILES.css), 'utf8') }
}

/** An out folder that cannot be made into a report (no results, or a shard's folder). */
export class ReportError extends UserError {}

function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * JSON inside a script element: every `<` escaped (as `\u003c`, which JSON.parse reads back), so
 * neither `</script>` nor `<!--` in model text can end or bend the element.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

/**
 * A gzip member written a piece at a time, for text too large to hold whole (the episode index of a
 * long run): each megabyte is deflated on its own and ended with a sync flush, not a final block, so
 * the pieces join into one deflate stream; only the compressed bytes are kept.
 */
class PiecewiseGzip {
  private readonly pending = new ByteBuilder()
  private readonly deflated: Buffer[] = []
  private crc = 0
  private size = 0

  write(text: string): void {
    this.pending.append(text)
    if (this.pending.length >= 1024 * 1024) this.flush()
  }

  /** The whole member: header, the deflated pieces, a final empty block, then the CRC-32 and length the format ends with. */
  end(): Buffer {
    this.flush()
    const trailer = Buffer.alloc(8)
    trailer.writeUInt32LE(this.crc >>> 0, 0)
    trailer.writeUInt32LE(this.size % 2 ** 32, 4)
    const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 3])
    return Buffer.concat([header, ...this.deflated, deflateRawSync(Buffer.alloc(0)), trailer])
  }

  private flush(): void {
    const bytes = this.pending.bytes
    if (bytes.length === 0) return
    this.deflated.push(deflateRawSync(bytes, { level: 9, finishFlush: constants.Z_SYNC_FLUSH }))
    this.crc = crc32(bytes, this.crc)
    this.size += bytes.length
    this.pending.truncate()
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** A bundle that could close its own element would let the data after it run as markup. */
function inlineSafe(text: string, tag: 'script' | 'style'): string {
  if (new RegExp(`</${tag}|<!--`, 'i').test(text)) throw new Error(`the viewer's ${tag} contains a sequence that would end its element`)
  return text
}

/**
 * Writes the page line by line. The trace chunks come after the episode index in the page, but the
 * index is known only once every trace is read: each chunk is packed as it fills and parked in a
 * scratch file beside the page, then copied in after the index. So memory holds one chunk of
 * traces, not all of them.
 */
function writeReport(file: string, source: ReportSource, assets: ViewerAssets): void {
  const data = overview(source)
  const js = inlineSafe(assets.js, 'script')
  const css = inlineSafe(assets.css, 'style')
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(js)}`,
    `style-src ${cspHash(css)}`,
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'"
  ].join('; ')
  const v = data.results.verdict.status.toUpperCase()
  const blob = (id: string, gzipped: Buffer) => `<script type="application/gzip-base64" id="${id}">${gzipped.toString('base64')}</script>`
  const scratch = `${file}.chunks`
  try {
    const parked = openSync(scratch, 'w')
    const index = new PiecewiseGzip()
    try {
      let chunks = 0
      episodeChunks(source, (text) => writeSync(parked, `${blob(DATA_IDS.chunk(chunks++), gzipSync(text, { level: 9 }))}\n`), (json) => index.write(json))
    } finally {
      closeSync(parked)
    }
    const lines = [
      '<!doctype html>',
      '<html lang="en"><head><meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      '<meta name="referrer" content="no-referrer">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>scheming-gate ${v}: ${escapeHtml(data.results.model)}</title>`,
      `<style>${css}</style>`,
      '</head><body>',
      `<noscript>This report needs JavaScript. results.json beside it holds the same results.</noscript>`,
      '<div id="app"></div>',
      `<script type="application/json" id="${DATA_IDS.overview}">${scriptJson(data)}</script>`,
      // The viewer runs before the blobs are parsed: the overview paints while megabytes of traces still load.
      `<script>${js}</script>`,
      blob(DATA_IDS.index, index.end())
    ]
    const fd = openSync(file, 'w')
    try {
      for (const line of lines) writeSync(fd, `${line}\n`)
      forEachPiece(scratch, (piece) => writeSync(fd, piece))
      writeSync(fd, '</body></html>\n')
    } finally {
      closeSync(fd)
    }
  } finally {
    rmSync(scratch, { force: true })
  }
}

function written(now: Date): ReportSource['written'] {
  return { by: `scheming-gate ${VERSION}`, at: now.toISOString() }
}

/**
 * Writes report.html for results just written to `out` (by run, merge or rescore) with the manifest
 * just sealed, as the sealing gave it: read back, a long run's manifest (tens of MB at 10⁵
 * episodes) would be held twice, as text and parsed.
 */
export function writeReportHtml(out: string, results: Results, manifest: Manifest, assets: ViewerAssets, now = new Date()): string {
  const file = join(out, REPORT_HTML)
  writeReport(file, { out, results, manifest, verification: null, written: written(now) }, assets)
  return file
}

/**
 * Writes report.html for an existing out folder. The folder is verified first and what verify
 * finds is shown at the top of the page: a reader must not take altered evidence for a run's.
 */
export function reportFolder(out: string, assets: ViewerAssets, now = new Date()): { file: string; problems: string[] } {
  const resultsFile = join(out, 'results.json')
  if (!existsSync(resultsFile)) {
    const shard = existsSync(join(out, 'shard.json')) ? ' (it is a shard\'s folder: merge the shards, then report the merged folder)' : ''
    throw new ReportError(`${out} has no results.json${shard}`)
  }
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as Results
  if (results.schema !== RESULTS_SCHEMA) throw new ReportError(`${resultsFile} is ${String(results.schema)}; this version reports ${RESULTS_SCHEMA}`)
  // verify reads the manifest even when it is altered (its entries still locate the files) and says so.
  const { problems, manifest } = verifyEvidence(out)
  const file = join(out, REPORT_HTML)
  writeReport(file, { out, results, manifest: manifest ?? null, verification: { problems }, written: written(now) }, assets)
  return { file, problems }
}
