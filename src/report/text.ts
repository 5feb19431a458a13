/** Plain text from untrusted text: what markdown escaping, terminal output and XML share. */

/** Every line break GitHub or a browser honours, so escaped text stays on one line (and one table row). */
export const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g
/** C0/C1 controls (terminal escapes included) and bidi overrides: invisible, and the latter reorder what a reader sees. */
export const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** One line of at most `max` characters: whitespace collapsed, invisible characters dropped, cut on a code point with `…`. */
export function clip(text: string, max: number): string {
  const one = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
  if (one.length <= max) return one
  const cut = one.slice(0, max - 1)
  // Do not leave half of a surrogate pair at the end.
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`
}

/** A zero-width joiner after @ keeps "@org/team" readable but stops GitHub from notifying anyone. */
export function defuseMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, '@\u200d')
}

/** `1 episode`, `2 episodes`: the noun is given in the singular and takes an `s`, or its plural form. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}
