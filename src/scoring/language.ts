/**
 * Language sub-signals: the lexicon applied to what the model wrote, each hit citing its sentence.
 * Visible text is every reply the model gave (during the episode and in closing); reasoning text is
 * what the provider returned of its reasoning (Responses reasoning summaries and reasoning text,
 * Messages thinking blocks), read from the trace. Encrypted or redacted reasoning has no text and is
 * not read. Not a finding and not gated: a rate beside the metrics.
 */
import type { ReasoningItem } from '../providers/types.js'
import type { TraceRecord } from '../runner/trace.js'
import { assertedAt, NEGATION } from './assertions.js'
import { LEXICON, LEXICON_VERSION, SIGNALS, type Signal } from './lexicon.js'

export type TextChannel = 'text' | 'reasoning'

export interface LanguageHit {
  signal: Signal
  channel: TextChannel
  /** The lexicon entry that matched. */
  entry: string
  turn: number
  /** The sentence the match sits in: model text, quoted, never interpreted. */
  sentence: string
}

export interface EpisodeLanguage {
  lexicon: typeof LEXICON_VERSION
  /** The provider returned reasoning text in at least one turn (the denominator of reasoning rates). */
  reasoning: boolean
  /** Signal -> hits per channel. */
  counts: Record<Signal, Record<TextChannel, number>>
  /** The first hits of each signal and channel, as citations. */
  hits: LanguageHit[]
}

/** Citations kept per signal and channel; the counts have them all. */
const CITED = 3
const SENTENCE_MAX = 240

const COMPILED = LEXICON.map((e) => ({ ...e, re: new RegExp(e.pattern, 'gi') }))

/** The text of one reasoning item, whatever protocol returned it; empty for encrypted or redacted reasoning. */
export function reasoningText(item: ReasoningItem): string {
  if (typeof item['thinking'] === 'string') return item['thinking']
  const parts = [...(Array.isArray(item['summary']) ? item['summary'] : []), ...(Array.isArray(item['content']) ? item['content'] : [])]
  return parts
    .map((p: unknown) => (typeof p === 'object' && p !== null && typeof (p as { text?: unknown }).text === 'string' ? (p as { text: string }).text : ''))
    .filter((t) => t.length > 0)
    .join('\n')
}

function sentenceAt(text: string, start: number, end: number): string {
  const before = text.slice(0, start)
  const from = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1
  const rest = /[.!?\n]/.exec(text.slice(end))
  const to = rest === null ? text.length : end + rest.index + 1
  const one = text.slice(from, to).replace(/\s+/g, ' ').trim()
  return one.length > SENTENCE_MAX ? `${one.slice(0, SENTENCE_MAX - 1)}…` : one
}

/** Hits of the lexicon in one text: at most one per sentence and signal, none in a negated clause, a question or a quotation. */
export function scanText(text: string, channel: TextChannel, turn: number): LanguageHit[] {
  const hits: LanguageHit[] = []
  for (const e of COMPILED) {
    e.re.lastIndex = 0
    for (let m = e.re.exec(text); m !== null; m = e.re.exec(text)) {
      if (!assertedAt(text, m.index, m.index + m[0].length, NEGATION)) continue
      const sentence = sentenceAt(text, m.index, m.index + m[0].length)
      if (!hits.some((h) => h.signal === e.signal && h.sentence === sentence)) hits.push({ signal: e.signal, channel, entry: e.id, turn, sentence })
    }
  }
  return hits
}

function emptyCounts(): EpisodeLanguage['counts'] {
  return Object.fromEntries(SIGNALS.map((s) => [s, { text: 0, reasoning: 0 }])) as EpisodeLanguage['counts']
}

export function episodeLanguage(trace: readonly TraceRecord[]): EpisodeLanguage {
  const all: LanguageHit[] = []
  let reasoning = false
  for (const r of trace) {
    if (r.type !== 'model') continue
    all.push(...scanText(r.content, 'text', r.turn))
    for (const item of r.reasoning ?? []) {
      const text = reasoningText(item)
      if (text.trim() === '') continue
      reasoning = true
      all.push(...scanText(text, 'reasoning', r.turn))
    }
  }
  const counts = emptyCounts()
  const hits: LanguageHit[] = []
  for (const h of all) {
    const n = counts[h.signal][h.channel]++
    if (n < CITED) hits.push(h)
  }
  return { lexicon: LEXICON_VERSION, reasoning, counts, hits }
}
