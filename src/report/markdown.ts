/**
 * Markdown that is safe to build from untrusted text (model output, arguments the model chose):
 * no HTML survives, no table breaks, no live @-mention, no link or image syntax.
 */

const MD_SPECIAL = /[\\`*_{}[\]()#+!|~<>&]/g
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' }

/** Escapes text for inline use in markdown (also inside table cells). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(MD_SPECIAL, (c) => ENTITY[c] ?? `\\${c}`)
    // A zero-width joiner after @ keeps "@org/team" readable but stops GitHub from notifying anyone.
    .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200d')
}

export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

export function percent(rate: number | null): string {
  return rate === null ? '–' : `${(rate * 100).toFixed(1)}%`
}
