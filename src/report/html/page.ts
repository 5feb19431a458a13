/**
 * report.html: one self-contained file (the viewer's script and style inline, the data embedded),
 * opened from disk or a downloaded artifact. A Content-Security-Policy allows only the page's own
 * script and style, by hash, and no load or connection of any kind; Trusted Types are required, so
 * even a stray HTML sink in the viewer throws instead of parsing model text as markup.
 */
import { createHash } from 'node:crypto'
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { constants, crc32, deflateRawSync, gzipSync } from 'node:zlib'
import { collectWhenGrown } from '../../bounded-heap.js'
import { FileBytes, forEachPiece } from '../../file-bytes.js'
import type { BuiltManifest, ReportTraces } from '../../evidence/manifest.js'
import { verifyEvidence } from '../../evidence/verify.js'
import { RESULTS_SCHEMA, type Results } from '../results.js'
import { VERSION } from '../../version.js'
import { ByteBuilder, episodeChunks, episodeIndex, overview, type ReportSource, type TraceSource } from './data.js'
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

/** How a gzipped blob sits in the page: one line of base64 in a data script element. */
function blob(id: string, gzipped: Buffer): string {
  return `<script type="application/gzip-base64" id="${id}">${gzipped.toString('base64')}</script>`
}

/** The page's last line; the trace chunks are the lines just before it. */
const PAGE_END = '</body></html>\n'

/**
 * Where the trace chunks wait for the page: they come after the episode index in it, but the index
 * is known only once every trace is read, so each chunk is packed as it fills and parked here, then
 * copied in after the index. So memory holds one chunk of traces, not all of them.
 */
function scratchFile(out: string): string {
  return join(out, `${REPORT_HTML}.chunks`)
}

/**
 * The first step of writing report.html: the traces packed into chunks and parked beside the page,
 * hashed as written, for the manifest to seal (ReportTraces) before the page is written around them.
 */
export function writeReportTraces(source: TraceSource): ReportTraces {
  const hash = createHash('sha256')
  const fd = openSync(scratchFile(source.out), 'w')
  let bytes = 0
  let id = 0
  try {
    const chunks = episodeChunks(source, (text) => {
      const line = `${blob(DATA_IDS.chunk(id++), gzipSync(text, { level: 9 }))}\n`
      hash.update(line)
      bytes += writeSync(fd, line)
      // A chunk's text is large enough to go straight to the old generation, where no young collection
      // frees it (nor the compressed bytes its objects hold): at 30× trials, 10 MB more at the end.
      collectWhenGrown()
    })
    return { bytes, sha256: hash.digest('hex'), chunks }
  } finally {
    closeSync(fd)
  }
}

/**
 * The first step taken from a recorded page instead: its trace chunks parked as they are, when they
 * are the ones its manifest sealed (`sealed`, with `episodes` episodes in all). The caller vouches
 * that the traces and their digests are the recording's; false, with nothing parked, otherwise.
 */
export function takeReportTraces(from: string, sealed: ReportTraces, out: string, episodes: number): boolean {
  const page = join(from, REPORT_HTML)
  if (sealed.chunks.reduce((a, b) => a + b, 0) !== episodes || !existsSync(page)) return false
  const size = statSync(page).size
  const start = size - PAGE_END.length - sealed.bytes
  if (start < 0 || new FileBytes().slice(page, size - PAGE_END.length, PAGE_END.length).toString('latin1') !== PAGE_END) return false
  const hash = createHash('sha256')
  const fd = openSync(scratchFile(out), 'w')
  try {
    forEachPiece(
      page,
      (piece) => {
        hash.update(piece)
        writeSync(fd, piece)
      },
      start,
      size - PAGE_END.length
    )
  } finally {
    closeSync(fd)
  }
  if (hash.digest('hex') === sealed.sha256) return true
  discardReportTraces(out)
  return false
}

/** Removes what the first step parked (the page's writing removes it too; this is for a failure between the steps). */
export function discardReportTraces(out: string): void {
  rmSync(scratchFile(out), { force: true })
}

/** The second step: the page written line by line around the parked trace chunks, which it then removes. */
function writePage(file: string, source: ReportSource, traces: ReportTraces, assets: ViewerAssets): void {
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
  const scratch = scratchFile(source.out)
  try {
    const index = new PiecewiseGzip()
    episodeIndex(source.results.episodes, traces.chunks, (json) => index.write(json))
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
      writeSync(fd, PAGE_END)
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
 * Writes report.html for results just written to `out` (by run, merge or rescore) around the trace
 * chunks parked for it (writeReportTraces or takeReportTraces), with the manifest just sealed, as the
 * sealing gave it: read back, a long run's manifest (tens of MB at 10⁵ episodes) would be held
 * twice, as text and parsed.
 */
export function writeReportHtml(out: string, results: Results, manifest: BuiltManifest, traces: ReportTraces, assets: ViewerAssets, now = new Date()): string {
  const file = join(out, REPORT_HTML)
  writePage(file, { out, results, manifest, verification: null, written: written(now) }, traces, assets)
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
  const traces = writeReportTraces({ out, episodes: results.episodes, traces: manifest?.traces ?? [], known: problems.length === 0 })
  writePage(file, { out, results, manifest: manifest ?? null, verification: { problems }, written: written(now) }, traces, assets)
  return { file, problems }
}
