/** Numbers as the report writes them. */

export function pct(rate: number | null | undefined, digits = 1): string {
  return rate === null || rate === undefined ? '–' : `${(rate * 100).toFixed(digits)}%`
}

export function frac(x: number, n: number): string {
  return `${x}/${n}`
}

export function interval(i: { lower: number; upper: number } | null | undefined): string {
  return i ? `${pct(i.lower)}–${pct(i.upper)}` : '–'
}

export function int(n: number): string {
  return n.toLocaleString('en-US')
}

export function usd(cost: number | null | undefined): string {
  return typeof cost === 'number' ? `$${cost.toFixed(4)}` : 'unpriced'
}

/** Tone of a decision or status chip. */
export function tone(decision: string): string {
  if (decision === 'pass' || decision === 'clean') return 'good'
  if (decision === 'fail' || decision === 'flagged' || decision === 'error') return 'bad'
  if (decision === 'inconclusive' || decision === 'pending') return 'warn'
  return 'muted'
}

/** Episode ids in URLs: readable (`/`, `=` and `,` left as they are), everything else encoded. */
export function encodeId(id: string): string {
  return encodeURIComponent(id).replace(/%2F/gi, '/').replace(/%3D/gi, '=').replace(/%2C/gi, ',')
}
