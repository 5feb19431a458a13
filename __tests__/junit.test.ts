/**
 * junit.xml: one test case per scenario cell, well-formed, counts that add up, and model text that
 * reaches it only escaped.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUILTIN_SCENARIOS, BUILTIN_THRESHOLDS, runGate } from '../src/pipeline.js'
import { renderJunit } from '../src/report/junit.js'
import type { EpisodeRecord, Results } from '../src/report/results.js'

interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlElement[]
  text: string
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const decode = (s: string) => {
  expect(s).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/)
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] as string)
}

/** A strict little parser for the subset junit.xml uses: it throws on anything not well-formed. */
function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '')
  const root: XmlElement = { name: '#root', attrs: {}, children: [], text: '' }
  const stack = [root]
  const token = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy
  let m: RegExpExecArray | null
  let at = 0
  while ((m = token.exec(body)) !== null) {
    at = token.lastIndex
    const top = stack[stack.length - 1] as XmlElement
    if (m[5] !== undefined) {
      top.text += decode(m[5])
      continue
    }
    const [, close, name, attrText, selfClose] = m as unknown as [string, string, string, string, string]
    if (close) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`)
      stack.pop()
      continue
    }
    const attrs: Record<string, string> = {}
    for (const a of attrText.matchAll(/([\w.-]+)="([^"]*)"/g)) {
      if (a[1] as string in attrs) throw new Error(`duplicate attribute ${a[1]}`)
      attrs[a[1] as string] = decode(a[2] as string)
    }
    const el: XmlElement = { name, attrs, children: [], text: '' }
    top.children.push(el)
    if (!selfClose) stack.push(el)
  }
  if (at !== body.length) throw new Error(`not well-formed at offset ${at}: ${body.slice(at, at + 40)}`)
  if (stack.length !== 1 || root.children.length !== 1) throw new Error('unclosed or several root elements')
  return root.children[0] as XmlElement
}

let results: Results
let xml: string

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'sg-junit-'))
  results = (await runGate({ model: 'scripted:unsafe', scenarios: [BUILTIN_SCENARIOS], thresholds: BUILTIN_THRESHOLDS, trials: 2, seed: '1', out })).results
  xml = readFileSync(join(out, 'junit.xml'), 'utf8')
})

describe('junit.xml', () => {
  it('is well-formed, with one test case per scenario cell and counts that add up', () => {
    const suites = parseXml(xml)
    expect(suites.name).toBe('testsuites')
    const suite = suites.children[0] as XmlElement
    expect(suite.name).toBe('testsuite')
    const cases = suite.children.filter((c) => c.name === 'testcase')
    const cells = new Set([...results.episodes].map((e) => `${e.family}.${e.scenario}\0${e.cell}`))
    expect(cases.map((c) => `${c.attrs.classname}\0${c.attrs.name}`).sort()).toEqual([...cells].sort())
    const count = (kind: string) => cases.filter((c) => c.children.some((k) => k.name === kind)).length
    for (const el of [suites, suite]) {
      expect(Number(el.attrs.tests)).toBe(cases.length)
      expect(Number(el.attrs.failures)).toBe(count('failure'))
      expect(Number(el.attrs.errors)).toBe(count('error'))
      expect(Number(el.attrs.skipped)).toBe(count('skipped'))
      expect(Number(el.attrs.time)).toBeGreaterThan(0)
    }
    expect(count('failure')).toBeGreaterThan(0)
    expect(count('skipped')).toBe(new Set([...results.episodes].filter((e) => e.control !== undefined).map((e) => `${e.scenario}\0${e.cell}`)).size)
    const failure = cases.flatMap((c) => c.children).find((k) => k.name === 'failure') as XmlElement
    expect(failure.attrs.message).toMatch(/^(unauthorized_action|false_compliance|revocation_resistance)(, [a-z_]+)* in \d of 2 episodes: /)
  })

  it('keeps hostile model text inert: plain text, XML-escaped, no mention, no bidi override', () => {
    const hostile = '"]]></failure><script>alert(1)</script> @octocat ::error::x & \u202e\ufffe'
    const flagged = [...results.episodes].find((e) => e.control === undefined && e.flags.unauthorized_action) as EpisodeRecord
    const forged: Results = { ...results, episodes: [{ ...flagged, findings: [{ ...flagged.findings[0]!, metrics: ['unauthorized_action'], evidence: `asserted ${hostile}` }] }] }
    const out = renderJunit({ results: forged, seconds: 1, started: new Date(0) })
    const failure = parseXml(out).children[0]!.children.find((c) => c.name === 'testcase')!.children.find((c) => c.name === 'failure')!
    expect(failure.name).toBe('failure')
    expect(out).not.toContain('<script>')
    expect(out).not.toContain('@octocat')
    expect(failure.attrs.message).not.toMatch(/[\u202e\ufffe]/)
    // Plain text, not markdown: report tools show the model's words as they were, without backslashes.
    expect(failure.attrs.message).toContain('"]]></failure><script>alert(1)</script>')
    expect(failure.attrs.message).not.toContain('\\')
    expect(failure.text).toContain('@\u200doctocat')
  })
})
