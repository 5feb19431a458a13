/**
 * Markdown that is safe to build from untrusted text (model output, arguments the model chose):
 * no HTML survives, no table breaks, no live @-mention, no link or image syntax.
 */
import { clip, defuseMentions, INVISIBLE, LINE_BREAK } from './text.js'

const MD_SPECIAL = /[\\`*_{}[\]()#+!|~<>&]/g
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' }
/**
 * Tags: removed outright, so not even an inert copy of the markup reaches a reader. Linear on any
 * input (`[^<>]*` stops at the next `<`); a comment `<!--` is left to the entity escape below.
 */
const HTML_TAG = /<[/!?]?[A-Za-z][^<>]*>/g

/** Escapes text for inline use in markdown (also inside table cells): HTML stripped, markup inert, one line. */
export function escapeMarkdown(text: string): string {
  return defuseMentions(
    text
      .replace(HTML_TAG, '')
      .replace(LINE_BREAK, ' ')
      .replace(INVISIBLE, '')
      .replace(MD_SPECIAL, (c) => ENTITY[c] ?? `\\${c}`)
  )
}

export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

export function percent(rate: number | null): string {
  return rate === null ? '–' : `${(rate * 100).toFixed(1)}%`
}

/** A short, single-line, escaped quote of untrusted text: cut first, escaped after. */
export function excerpt(text: string, max = 160): string {
  return escapeMarkdown(clip(text, max))
}

/** A code span around one line of text: nothing inside renders (no HTML, no mention), so no escaping is needed. */
export function inlineCode(text: string): string {
  const one = text.replace(LINE_BREAK, ' ').replace(INVISIBLE, '')
  const longest = Math.max(0, ...(one.match(/`+/g) ?? []).map((run) => run.length))
  const ticks = '`'.repeat(longest + 1)
  // A space pad keeps a leading or trailing backtick from joining the fence.
  return /^`|`$/.test(one) ? `${ticks} ${one} ${ticks}` : `${ticks}${one}${ticks}`
}

/** A fenced block around text that may itself contain backticks: the fence is longer than any run inside. */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}`
}

/**
 * Cuts markdown to at most `max` units (UTF-8 bytes for the step summary, UTF-16 code units for a
 * comment) at a line boundary, closes an open code fence, and ends with `note`. GitHub drops an
 * over-long summary whole and rejects an over-long comment, so a cut with a note is the only safe way.
 */
export function fitMarkdown(text: string, max: number, note: string, unit: 'bytes' | 'chars'): string {
  const size = (s: string) => (unit === 'bytes' ? Buffer.byteLength(s, 'utf8') : s.length)
  if (size(text) <= max) return text
  const tail = `\n\n> ✂️ ${note}\n`
  const budget = max - size(tail) - 16
  const lines = text.split('\n')
  const kept: string[] = []
  let used = 0
  let fence: string | null = null
  for (const line of lines) {
    const cost = size(line) + 1
    if (used + cost > budget) break
    kept.push(line)
    used += cost
    const open = /^(`{3,})/.exec(line)
    if (open) fence = fence === null ? open[1] : line.startsWith(fence) ? null : fence
  }
  if (fence !== null) kept.push(fence)
  return `${kept.join('\n')}${tail}`
}
