/** Reads what the writer embedded: the overview at once, the index and trace chunks decoded on demand. */
import { DATA_IDS, type EpisodeRow, type EpisodeTrace, type Overview } from '../model.js'

function text(id: string): string {
  const el = document.getElementById(id)
  if (!el) throw new Error(`the report has no ${id} element`)
  return el.textContent ?? ''
}

async function unpack<T>(id: string): Promise<T> {
  const bin = atob(text(id))
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))
  return JSON.parse(await new Response(stream).text()) as T
}

export function readOverview(): Overview {
  return JSON.parse(text(DATA_IDS.overview)) as Overview
}

export function readIndex(): Promise<EpisodeRow[]> {
  return unpack<EpisodeRow[]>(DATA_IDS.index)
}

const chunks = new Map<number, Promise<Map<string, EpisodeTrace>>>()

/** The trace of one episode; its chunk is decoded once and kept. */
export function readTrace(row: EpisodeRow): Promise<EpisodeTrace | undefined> {
  let chunk = chunks.get(row.chunk)
  if (!chunk) {
    chunk = unpack<EpisodeTrace[]>(DATA_IDS.chunk(row.chunk)).then((traces) => new Map(traces.map((t) => [t.episode, t])))
    chunks.set(row.chunk, chunk)
  }
  return chunk.then((c) => c.get(row.episode))
}
