/**
 * plan: templates x factor levels x trials -> concrete episode specs, deterministically from one seed.
 */
import { createHash } from 'node:crypto'
import type { ControlSpec, Scenario } from './types.js'

export interface Cell {
  /** `factor=level,factor=level`, or `default` for a scenario without factors. */
  id: string
  levels: Record<string, string>
  vars: Record<string, string>
  /** The control this cell is, if any: reported apart from the treatment cells and never gated. */
  control?: Pick<ControlSpec, 'id' | 'kind'>
}

export interface EpisodeSpec {
  /** `<scenario>/<cell>/<trial>`: stable across runs, unique in a plan. */
  id: string
  /** The template with this cell's variables substituted and `only_in` filters applied. */
  scenario: Scenario
  cell: Cell
  /** Position of the cell in the template's grid (scripted agents rotate through scripts with it). */
  cell_index: number
  trial: number
  /** Hex seed for everything the harness randomises in this episode. */
  seed: string
}

export interface PlanOptions {
  trials: number
  seed: string
}

function levelVars(factor: string, level: string | Record<string, string>): Record<string, string> {
  return typeof level === 'string' ? { [factor]: level } : level
}

/** The factor grid: explicit `cells` if declared, otherwise the cross product in declaration order. */
export function expandCells(s: Scenario): Cell[] {
  const factors = Object.entries(s.factors ?? {})
  let combos: Array<Record<string, string>> = [{}]
  if (s.cells) {
    combos = s.cells
  } else {
    for (const [name, f] of factors) {
      combos = combos.flatMap((c) => Object.keys(f.levels).map((l) => ({ ...c, [name]: l })))
    }
  }
  return combos.map((levels) => {
    const vars: Record<string, string> = {}
    for (const [name, f] of factors) {
      const level = levels[name]
      if (level !== undefined) Object.assign(vars, levelVars(name, f.levels[level] ?? ''))
    }
    const id = factors.length === 0 ? 'default' : factors.map(([n]) => `${n}=${levels[n]}`).join(',')
    const cell: Cell = { id, levels, vars }
    const control = (s.controls ?? []).find((c) => inCell(c.when, cell))
    if (control) cell.control = { id: control.id, kind: control.kind }
    return cell
  })
}

const PLACEHOLDER = /\$(\$?)\{([A-Za-z_][A-Za-z0-9_]*)\}/g

/** Replaces `${name}` with the cell's value; `$${name}` stays as a literal `${name}`. */
export function substitute(text: string, vars: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, escape: string, name: string) => {
    if (escape) return whole.slice(1)
    const v = vars[name]
    if (v === undefined) throw new Error(`undefined variable \${${name}}`)
    return v
  })
}

/** Names of the `${…}` placeholders a text uses (escaped ones excluded). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].filter((m) => !m[1]).map((m) => m[2] as string)
}

/** Rebuilds a JSON value with every string (not key) passed through `f`. */
export function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value)
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]))
  }
  return value
}

/** Parts of templates known to hold no placeholder, whose every cell shares them as they are. */
const fixed = new WeakMap<object, boolean>()

/** Whether `value` holds no `${…}` (nor an escaped `$${…}`, which substitution unescapes). */
function placeholderFree(value: unknown): boolean {
  if (typeof value === 'string') return !value.includes('${')
  if (value === null || typeof value !== 'object') return true
  let free = fixed.get(value)
  if (free === undefined) fixed.set(value, (free = (Array.isArray(value) ? value : Object.values(value)).every(placeholderFree)))
  return free
}

/**
 * `value` with `${name}` replaced by the cell's values in every string (not key). A part holding no
 * placeholder is the template's own, not a copy: the cells of a template share their world files,
 * tool definitions and scripts (scenario data is never changed after it is loaded).
 */
export function substituteIn<T>(value: T, vars: Record<string, string>): T {
  if (placeholderFree(value)) return value
  if (typeof value === 'string') return substitute(value, vars) as T
  if (Array.isArray(value)) return value.map((v) => substituteIn(v, vars)) as T
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, substituteIn(v, vars)])) as T
}

/** Does a cell satisfy an `only_in` filter? */
export function inCell(filter: Record<string, string | string[]> | undefined, cell: Cell): boolean {
  if (!filter) return true
  return Object.entries(filter).every(([factor, want]) => {
    const level = cell.levels[factor]
    return level !== undefined && (Array.isArray(want) ? want.includes(level) : want === level)
  })
}

/** A cell's events as its concrete scenario holds them: substituted, and only those the cell runs. */
export function cellEvents(s: Scenario, cell: Cell): NonNullable<Scenario['events']> {
  return substituteIn(s.events ?? [], cell.vars).filter((e) => inCell(e.only_in, cell))
}

/** The concrete scenario one cell of a template runs. */
export function concretise(s: Scenario, cell: Cell): Scenario {
  const { factors, cells, ...rest } = s
  // `rest` is a new object, so the filters below replace this cell's fields, never a shared part's.
  const out = substituteIn(rest, cell.vars) as Scenario
  out.tools = out.tools.filter((t) => typeof t === 'string' || inCell(t.only_in, cell))
  out.events = (out.events ?? []).filter((e) => inCell(e.only_in, cell))
  out.calibration = out.calibration.filter((c) => inCell(c.only_in, cell))
  // One task per cell: the first whose filter the cell meets.
  const task = (Array.isArray(out.task) ? out.task : out.task ? [out.task] : []).find((t) => inCell(t.only_in, cell))
  if (task) out.task = task
  else delete out.task
  if (out.interview) out.interview = out.interview.filter((q) => inCell(q.only_in, cell))
  if (factors) out.factors = factors
  if (cells) out.cells = cells
  return out
}

/** 16 hex digits of a digest; made as they are, since a slice of the whole hex would keep all 64 alive for every planned episode. */
export function episodeSeed(seed: string, episodeId: string): string {
  return createHash('sha256').update(`${seed}\0${episodeId}`).digest().toString('hex', 0, 8)
}

/** A plan's episodes in order, read by position or in turn: an array serves, and so does PlannedEpisodes. */
export interface Episodes extends Iterable<EpisodeSpec> {
  readonly length: number
  at(index: number): EpisodeSpec | undefined
}

/** One cell of a template as a plan runs it; its concrete scenario is made when an episode of it is first read. */
class PlannedCell {
  private concrete: Scenario | undefined

  constructor(
    private readonly source: Scenario,
    readonly cell: Cell,
    readonly cellIndex: number
  ) {}

  get template(): string {
    return this.source.id
  }

  get scenario(): Scenario {
    return (this.concrete ??= concretise(this.source, this.cell))
  }
}

/**
 * Every trial of every cell, template by template, each episode's spec made as it is read: a plan
 * costs its cells, not its episodes. Kept whole, the specs of a 30× run held 3.5 MB (its id, its
 * seed and the spec, about 380 bytes an episode), 38 MB at 10⁵ episodes, through to the report.
 */
export class PlannedEpisodes implements Episodes {
  constructor(
    private readonly cells: readonly PlannedCell[],
    private readonly trials: number,
    private readonly seed: string
  ) {}

  get length(): number {
    return this.cells.length * this.trials
  }

  at(index: number): EpisodeSpec | undefined {
    const planned = this.cellAt(index)
    if (planned === undefined) return undefined
    const trial = index % this.trials
    const id = episodeId(planned, trial)
    return { id, scenario: planned.scenario, cell: planned.cell, cell_index: planned.cellIndex, trial, seed: episodeSeed(this.seed, id) }
  }

  /** The id `at(index)` gives, without making the spec: its cell's scenario and its seed. */
  idAt(index: number): string | undefined {
    const planned = this.cellAt(index)
    return planned === undefined ? undefined : episodeId(planned, index % this.trials)
  }

  *[Symbol.iterator](): Iterator<EpisodeSpec> {
    for (let i = 0; i < this.length; i++) yield this.at(i) as EpisodeSpec
  }

  private cellAt(index: number): PlannedCell | undefined {
    return Number.isInteger(index) && index >= 0 ? this.cells[Math.floor(index / this.trials)] : undefined
  }
}

const episodeId = (planned: PlannedCell, trial: number) => `${planned.template}/${planned.cell.id}/${trial}`

/** The id of the episode at `index`: read without making its spec where the plan can. */
export function episodeIdAt(episodes: Episodes, index: number): string | undefined {
  return episodes instanceof PlannedEpisodes ? episodes.idAt(index) : episodes.at(index)?.id
}

export function planEpisodes(scenarios: readonly Scenario[], opts: PlanOptions): PlannedEpisodes {
  const cells = scenarios.flatMap((template) => expandCells(template).map((cell, cellIndex) => new PlannedCell(template, cell, cellIndex)))
  return new PlannedEpisodes(cells, opts.trials, opts.seed)
}

/** Scenario id -> factor -> level ids in declaration order (the order factor effects take their reference from). */
export function factorLevels(scenarios: readonly Scenario[]): Record<string, Record<string, string[]>> {
  return Object.fromEntries(scenarios.map((s) => [s.id, Object.fromEntries(Object.entries(s.factors ?? {}).map(([name, f]) => [name, Object.keys(f.levels)]))]))
}

/** A digest of the plan: two runs with the same plan hash ran the same episodes. */
export function planHash(episodes: Episodes): string {
  const h = createHash('sha256')
  // Every trial of a cell shares its scenario: written (and encoded) once, not once per episode.
  const texts = new Map<Scenario, Buffer>()
  for (const e of episodes) {
    let text = texts.get(e.scenario)
    if (text === undefined) texts.set(e.scenario, (text = Buffer.from(JSON.stringify(e.scenario))))
    h.update(`${e.id}\0${e.seed}\0`).update(text).update('\n')
  }
  return h.digest('hex')
}
