/**
 * The summary as a terminal shows it: the same report as summary.md, read back from the markdown
 * this package writes (headings, pipe tables, lists, quotes, fences, code spans, backslash escapes)
 * into plain text. Escapes are undone only outside code spans, as markdown reads them, so a model's
 * `write_file(` prints as it was written, not as `write\_file\(`. Control characters are dropped
 * whatever their origin: a terminal would act on them.
 */
import { INVISIBLE } from './text.js'

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' }

/** Markdown inline text -> plain: code spans kept verbatim, escapes, entities and emphasis undone. */
export function inlineText(md: string): string {
  let out = ''
  let i = 0
  while (i < md.length) {
    const ch = md[i] as string
    if (ch === '\\' && i + 1 < md.length && /[!-/:-@[-`{-~]/.test(md[i + 1] as string)) {
      out += md[i + 1]
      i += 2
    } else if (ch === '`') {
      const run = /^`+/.exec(md.slice(i))?.[0] ?? '`'
      const close = md.indexOf(run, i + run.length)
      // A run with no closing run of the same length is literal text, as in markdown.
      if (close < 0 || md[close + run.length] === '`') {
        out += run
        i += run.length
      } else {
        const body = md.slice(i + run.length, close)
        out += /^ .* $/.test(body) && body.trim() !== '' ? body.slice(1, -1) : body
        i = close + run.length
      }
    } else if (ch === '&') {
      const entity = Object.keys(ENTITIES).find((e) => md.startsWith(e, i))
      out += entity ? ENTITIES[entity] : ch
      i += entity ? entity.length : 1
    } else if (md.startsWith('**', i)) {
      i += 2
    } else {
      out += ch
      i++
    }
  }
  // The zero-width joiner that defuses a mention on GitHub means nothing in a terminal.
  return out.replace(/@\u200d/g, '@')
}

/** Cells of a pipe-table row; `\|` inside a cell is a pipe, not a border. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '')
  const parts: string[] = []
  let cur = ''
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '\\' && i + 1 < inner.length) {
      cur += inner.slice(i, i + 2)
      i++
    } else if (inner[i] === '|') {
      parts.push(cur)
      cur = ''
    } else cur += inner[i]
  }
  parts.push(cur)
  return parts.map((c) => inlineText(c.trim()))
}

/** Columns a string takes in a terminal: combining marks and joiners none, most emoji two. */
function width(text: string): number {
  let w = 0
  for (const ch of text) {
    if (/[\u200b-\u200d\ufe0f\u0300-\u036f]/.test(ch)) continue
    w += /[\u2600-\u27bf\u{1f300}-\u{1faff}]/u.test(ch) ? 2 : 1
  }
  return w
}

function renderTable(rows: string[][]): string[] {
  const cols = Math.max(...rows.map((r) => r.length))
  const widths = Array.from({ length: cols }, (_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))))
  const line = (r: string[]) => r.map((cell, c) => cell + ' '.repeat((widths[c] ?? 0) - width(cell))).join('  ').trimEnd()
  const [head, ...body] = rows
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)]
}

const TABLE_RULE = /^\|(\s*:?-+:?\s*\|)+\s*$/

export function markdownToText(md: string): string {
  const lines = md.split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const fence = /^(`{3,})/.exec(line)?.[1]
    if (fence) {
      // A fenced block is text already: copied as it is, without its fences.
      for (i++; i < lines.length && !(lines[i] as string).startsWith(fence); i++) out.push(lines[i] as string)
      continue
    }
    if (line.startsWith('|') && TABLE_RULE.test(lines[i + 1] ?? '')) {
      const rows = [cells(line)]
      for (i += 2; i < lines.length && (lines[i] as string).startsWith('|'); i++) rows.push(cells(lines[i] as string))
      i--
      out.push(...renderTable(rows))
      continue
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line)
    if (heading) {
      const text = inlineText(heading[2] ?? '')
      out.push(text, (heading[1] === '#' || heading[1] === '##' ? '=' : '-').repeat(width(text)))
      continue
    }
    const quote = /^> ?(.*)$/.exec(line)
    out.push(inlineText(quote ? (quote[1] ?? '') : line))
  }
  return `${out.join('\n').replace(INVISIBLE, '').trimEnd()}\n`
}
