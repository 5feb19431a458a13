import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigError, DiagnosticSink, formatDiagnostics, sortDiagnostics } from '../src/config/diagnostics.js'
import type { Diagnostic } from '../src/config/diagnostics.js'
import { loadScenarioFile, loadSuite, scenarioValidator } from '../src/config/scenario.js'
import { checkScenarioSemantics } from '../src/config/semantic.js'
import { loadThresholdsFile } from '../src/config/thresholds.js'
import { checkSchema } from '../src/config/validate.js'
import { parseYamlSource } from '../src/config/yaml-source.js'

const FIXTURES = fileURLToPath(new URL('./fixtures/config/', import.meta.url))
const fixture = (name: string): string => join(FIXTURES, name)
const BASE = readFileSync(fixture('base.yaml'), 'utf8')

function diagnosticsOf(load: () => unknown): Diagnostic[] {
  try {
    load()
  } catch (e) {
    if (e instanceof ConfigError) return e.diagnostics
    throw e
  }
  throw new Error('expected a ConfigError')
}

/** The whole pipeline (schema, then semantics) over in-memory text, for variants too small for a fixture file. */
function diagnose(text: string): Diagnostic[] {
  const source = parseYamlSource('inline.yaml', text)
  const sink = new DiagnosticSink('inline.yaml', source.positionOf)
  sink.diagnostics.push(...source.diagnostics)
  const value = checkSchema(scenarioValidator(), source.value, sink)
  if (value) checkScenarioSemantics(value, sink)
  return sortDiagnostics(sink.diagnostics)
}

function at(file: string, line: number, column: number, fragment: string): unknown {
  return expect.objectContaining({ file, line, column, severity: 'error', message: expect.stringContaining(fragment) })
}

describe('loadScenarioFile: a valid scenario', () => {
  it('loads the shutdown-notice scenario with its positions', () => {
    const loaded = loadScenarioFile(fixture('valid.yaml'))
    expect(loaded.scenario.id).toBe('shutdown-notice')
    expect(loaded.scenario.tools).toHaveLength(3)
    expect(loaded.warnings).toEqual([])
    // `  - id: shutdown-notice` is line 48; the value starts after "  - id: ".
    expect(loaded.positionOf(['events', 0, 'id'])).toEqual({ line: 48, column: 9 })
  })

  it('loads the base scenario the malformed fixtures derive from', () => {
    expect(loadScenarioFile(fixture('base.yaml')).scenario.id).toBe('base')
  })
})

describe('loadScenarioFile: malformed scenarios', () => {
  // [fixture, line, column, message fragment]; positions counted by hand in the fixture.
  const cases: Array<[string, number, number, string]> = [
    // `tools: [read_file, submit` never closes; the parser notices at the start of line 11.
    ['syntax-error.yaml', 11, 1, 'end with a ]'],
    // Line 9 is `\tops: {}`.
    ['tab-indent.yaml', 9, 1, 'tab character used for indentation'],
    // The second `title:` is line 5.
    ['duplicate-key.yaml', 5, 1, 'duplicate key `title`'],
    // `version: one`: the value starts in column 10.
    ['wrong-type.yaml', 6, 10, 'version: expected an integer, got "one"'],
    // `owner: platform-team` is line 7; the key is reported.
    ['unknown-top-key.yaml', 7, 1, 'unknown key `owner`; expected one of: format, id'],
    // `          contents: hi` under files./etc/x: the key starts in column 11.
    ['unknown-nested-key.yaml', 12, 11, 'unknown key `contents` (did you mean `content`?)'],
    // `family: shutdown_resistence`: the value starts in column 9.
    ['unknown-family.yaml', 3, 9, 'got "shutdown_resistence" (did you mean `shutdown_resistance`?)'],
    // The check without `severity` is the map starting at `id` on line 13 (`  - id: touched`).
    ['missing-required.yaml', 13, 5, 'checks[0]: missing required key `severity`'],
    // `tools: [read_file, submit, list_file]`: list_file starts in column 28.
    ['unknown-tool.yaml', 10, 28, 'unknown catalog tool `list_file` (did you mean `list_files`?)'],
    // `    world: 'file_unchanged("/etc/x") =='`: the quoted scalar starts in column 12.
    ['bad-cel.yaml', 17, 12, 'checks[0].world: invalid CEL expression'],
    // `          path: { regex: "([a-z" }`: the regex scalar starts in column 26.
    ['bad-regex.yaml', 16, 26, 'invalid regular expression'],
    // The same place: a pattern the linear-time engine cannot run is reported where it is written.
    ['backreference.yaml', 16, 26, 'a backreference (`\\1`) is not supported in `(a)\\1|x(?<=y)`: patterns run on a linear-time engine (RE2)'],
    // `  user: Read ${target} and submit.`: the value starts in column 9.
    ['undefined-var.yaml', 13, 9, 'undefined variable `${target}`: no factor level sets it'],
    // `        event: shutdown` in the second check: the value starts in column 16.
    ['unknown-event.yaml', 24, 16, 'unknown event `shutdown`; none is declared'],
    // The second `  - id: touched` is line 18; the id value starts in column 9.
    ['duplicate-check-id.yaml', 18, 9, 'duplicate check or claim id `touched` (first declared at checks[0].id)'],
    // `    steps: [{ call: { tool: write_file } }]`: write_file starts in column 29.
    ['calibration-tool.yaml', 26, 29, 'unknown tool `write_file`; declared: read_file, submit'],
    // Nothing unsafe expects unauthorized_action; reported at the `calibration:` key (line 18).
    ['uncovered-metric.yaml', 18, 1, 'no `unsafe` script expects `unauthorized_action` (flagged by checks[0])'],
    // The base scenario is 26 lines; `---` on line 27 opens a second document.
    ['multi-document.yaml', 27, 1, 'a second YAML document starts here']
  ]

  it.each(cases)('%s -> line %i, column %i', (name, line, column, fragment) => {
    const file = fixture(name)
    expect(diagnosticsOf(() => loadScenarioFile(file))).toContainEqual(at(file, line, column, fragment))
  })

  it('reports only the syntax error when the YAML does not parse', () => {
    expect(diagnosticsOf(() => loadScenarioFile(fixture('syntax-error.yaml')))).toHaveLength(1)
  })

  it('formats the error message as file:line:column lines', () => {
    const file = fixture('wrong-type.yaml')
    const error = (() => {
      try {
        loadScenarioFile(file)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toBe(`1 configuration error:\n${file}:6:10: version: expected an integer, got "one"`)
  })

  it('reports a missing file at 1:1', () => {
    const file = fixture('absent.yaml')
    expect(diagnosticsOf(() => loadScenarioFile(file))).toEqual([at(file, 1, 1, 'cannot read file')])
  })
})

describe('loadSuite', () => {
  it('loads *.yaml and *.yml recursively and reports a repeated id at the later file', () => {
    const dir = fixture('suite')
    const diagnostics = diagnosticsOf(() => loadSuite([dir]))
    // b.yml line 2 is `id: shared-id`.
    expect(diagnostics).toEqual([at(join(dir, 'b.yml'), 2, 5, 'scenario id `shared-id` is already used by')])
  })

  it('collects the diagnostics of every file before throwing, in file order', () => {
    const files = [fixture('unknown-tool.yaml'), fixture('wrong-type.yaml')]
    const diagnostics = diagnosticsOf(() => loadSuite(files)).filter((d) => d.severity === 'error')
    expect(diagnostics.map((d) => [d.file, d.line])).toEqual([
      [files[0], 10],
      [files[1], 6]
    ])
  })

  it('returns the scenarios in path order', () => {
    const suite = loadSuite([fixture('valid.yaml'), fixture('base.yaml')])
    expect(suite.map((s) => s.scenario.id)).toEqual(['shutdown-notice', 'base'])
  })
})

describe('loadThresholdsFile', () => {
  it('loads a valid file', () => {
    const t = loadThresholdsFile(fixture('thresholds-valid.json'))
    expect(t.metrics.unauthorized_action).toEqual({ max_rate: 0.05, gated: true })
  })

  it('rejects a rate above 1 at the number', () => {
    // `    "tamper": { "max_rate": 1.5 }`: 1.5 starts in column 29.
    const file = fixture('thresholds-range.json')
    expect(diagnosticsOf(() => loadThresholdsFile(file))).toEqual([
      at(file, 4, 29, 'metrics.tamper.max_rate: expected a number <= 1, got number 1.5')
    ])
  })

  it('rejects an unknown metric at its key', () => {
    const file = fixture('thresholds-unknown-metric.json')
    expect(diagnosticsOf(() => loadThresholdsFile(file))).toEqual([
      at(file, 4, 5, 'metrics: unknown key `tampering` (did you mean `tamper`?)')
    ])
  })
})

describe('schema messages', () => {
  it('names the keys of a single-key union', () => {
    const text = BASE.replace(`world: '!file_unchanged("/etc/x")'`, 'world: { file_exists: { path: /x }, not: "true" }')
    // Line 17 is `    world: { ... }`; the mapping is a flow collection held by a key, so the key is reported.
    expect(diagnose(text)).toEqual([at('inline.yaml', 17, 5, 'expected exactly one of the keys `file_unchanged`')])
  })

  it('reports a bad op kind inside a list, not the if/then wrapper', () => {
    const text = BASE.replace('tools: [read_file, submit]\n', 'tools: [read_file, submit]\npermissions:\n  rules:\n    - forbid: { op: file.wrte }\n')
    // `    - forbid: { op: file.wrte }`: the value starts in column 21.
    expect(diagnose(text)).toEqual([at('inline.yaml', 13, 21, 'got "file.wrte" (did you mean `file.write`?)')])
  })
})

describe('semantic checks', () => {
  const replace = (from: string, to: string): Diagnostic[] => {
    expect(BASE).toContain(from)
    return diagnose(BASE.replace(from, to))
  }

  it('requires `trace` on attempt checks', () => {
    expect(replace('kind: effect', 'kind: attempt')).toEqual(
      expect.arrayContaining([at('inline.yaml', 13, 5, 'an attempt check needs `trace`'), at('inline.yaml', 17, 5, '`world` is not read by attempt checks')])
    )
  })

  it('checks factor references in cells and only_in', () => {
    const factors = 'factors:\n  tone:\n    levels: { calm: quiet, loud: shouting }\ncells:\n  - { tone: angry }\nworld:'
    const onlyIn = "  - id: bad\n    only_in: { mood: [calm] }"
    const diagnostics = diagnose(BASE.replace('world:', factors).replace('  - id: bad', onlyIn))
    expect(diagnostics).toEqual([
      // `  - { tone: angry }` is line 11; `angry` starts in column 13.
      at('inline.yaml', 11, 13, 'unknown level of factor `tone`: `angry`; declared: calm, loud'),
      // `    only_in: { mood: [calm] }` follows `  - id: bad` (base line 23), 5 lines down: line 29.
      // The key `mood` starts in column 16.
      at('inline.yaml', 29, 16, 'unknown factor `mood`; declared: tone')
    ])
  })

  it('accepts ${var} set in every cell and $${ escapes, and names the cell that misses a variable', () => {
    const factors =
      'factors:\n  tone:\n    levels:\n      calm: { mood: quiet }\n      loud: { mood: shouting, volume: high }\nworld:'
    const prompts = 'prompts: { system: "Be ${mood}. Costs $${HOME}.", user: "Volume ${volume}." }'
    const text = BASE.replace('world:', factors).replace(/^prompts: .*$/m, () => prompts)
    // prompts moved down 5 lines to 16; the user string starts in column 57.
    expect(diagnose(text)).toEqual([at('inline.yaml', 16, 57, 'undefined variable `${volume}`: not set in cell tone=calm')])
  })

  it('checks claims: field xor pattern, type, truth', () => {
    const claims =
      'claims:\n  items:\n    - { id: said-done, description: d, field: done }\n    - { id: said-so, description: d, pattern: "(" }\ncalibration:'
    const diagnostics = replace('calibration:', claims)
    expect(diagnostics).toEqual(
      expect.arrayContaining([
        at('inline.yaml', 20, 7, 'a `field` claim needs `type`'),
        at('inline.yaml', 20, 7, 'a boolean claim needs `true_if`'),
        // `    - { id: said-so, description: d, pattern: "(" }`: the pattern starts in column 47.
        at('inline.yaml', 21, 47, 'invalid regular expression'),
        at('inline.yaml', 21, 7, 'a text claim needs `true_if`'),
        // The claims default to false_compliance, which no unsafe script expects (`calibration:` is line 22).
        at('inline.yaml', 22, 1, 'no `unsafe` script expects `false_compliance`')
      ])
    )
  })

  it('checks tool offers: use xor define, defined tools need a name, names unique', () => {
    const tools =
      'tools:\n  - read_file\n  - submit\n  - { use: read_file, define: { description: d, parameters: { type: object }, kind: read, responses: [{ output: x }] } }\n  - { define: { description: d, parameters: { type: object }, kind: read, responses: [{ output: x }] } }'
    const diagnostics = replace('tools: [read_file, submit]', tools)
    expect(diagnostics).toEqual(
      expect.arrayContaining([
        at('inline.yaml', 13, 5, 'an offer takes `use` or `define`, not both'),
        at('inline.yaml', 13, 12, 'duplicate tool name `read_file` (first declared at tools[0])'),
        at('inline.yaml', 14, 5, 'a `define` offer needs a `name`')
      ])
    )
  })

  it('follows aliases and merge keys to the node that is wrong', () => {
    const text = BASE.replace('calibration:', 'x-base: &check { metrics: [tamper], kind: effect, severity: hgh }\ncalibration:')
    expect(diagnose(text).map((d) => d.message)).toContain('unknown key `x-base`; expected one of: format, id, family, title, risk, anchor, version, description, factors, cells, budget, world, tools, permissions, prompts, events, checks, task, interview, stop_tools, exposure, claims, followup, controls, calibration')
    const merged = BASE.replace('checks:\n', 'checks:\n  - &c { id: a, metrics: [tamper], kind: effect, severity: hgh, world: "true" }\n  - { <<: *c, id: b }\n')
    // Both checks get the bad severity; the merged one resolves to the anchored node on line 13,
    // where `hgh` starts in column 60.
    expect(diagnose(merged)).toEqual([
      at('inline.yaml', 13, 60, 'checks[0].severity: expected one of'),
      at('inline.yaml', 13, 60, 'checks[1].severity: expected one of')
    ])
  })
})

describe('yaml source positions', () => {
  const source = parseYamlSource('p.yaml', 'a:\n  b:\n  c: [1, 2]\nd: &x { e: 1 }\nf: *x\n')

  it('points at values, keys, and keys of empty values', () => {
    expect(source.positionOf(['a', 'c', 1])).toEqual({ line: 3, column: 10 })
    expect(source.positionOf(['a', 'c'], { key: true })).toEqual({ line: 3, column: 3 })
    expect(source.positionOf(['a', 'b'])).toEqual({ line: 2, column: 3 })
  })

  it('falls back to the nearest existing ancestor and resolves aliases', () => {
    expect(source.positionOf(['a', 'zz', 3])).toEqual({ line: 1, column: 1 })
    expect(source.positionOf(['f', 'e'])).toEqual({ line: 4, column: 12 })
  })

  it('formats diagnostics one per line', () => {
    const d: Diagnostic = { file: 'f.yaml', line: 2, column: 3, message: 'm', severity: 'warning' }
    expect(formatDiagnostics([d, { ...d, severity: 'error' }])).toBe('f.yaml:2:3: warning: m\nf.yaml:2:3: m')
  })
})
