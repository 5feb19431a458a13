/**
 * The action's inputs, read and validated in one place (the only module that calls core.getInput).
 * Paths stay as given (relative to the workspace): the policy resolver needs the repository path
 * to read the same file at the base commit.
 */
import * as core from '@actions/core'
import { FlagError, PROVIDER_FLAGS, providerRunOptions, type ProviderRunOptions } from '../providers/flags.js'
import { PROFILES, type Profile } from '../scenario/profiles.js'
import { parseShard, type Shard } from '../scenario/shard.js'
import { UserError } from '../errors.js'

export class InputError extends UserError {}

export interface ActionInputs {
  /** `run` the gate (or one shard of it), or `merge` the folders of every shard and decide. */
  mode: 'run' | 'merge'
  /** Empty in merge mode: the shards name the model. */
  model: string
  /** Set in run mode to run only this shard: no verdict, comment or annotations (the merge makes them). */
  shard: Shard | undefined
  /** Merge mode: shard out folders, paths or globs relative to the workspace. */
  shardResults: string[]
  /** Upload the out folder as an artifact named `artifactName`. */
  uploadEvidence: boolean
  artifactName: string
  /** Days the uploaded artifacts are kept; undefined keeps the repository's default. */
  retentionDays: number | undefined
  /** Endpoint, protocol, decoding, retries, concurrency, budgets and prices: inputs named as the CLI's flags. */
  provider: ProviderRunOptions
  openaiApiKey: string
  anthropicApiKey: string
  /** Extra scenario paths. */
  scenarios: string[]
  scenariosMode: 'add' | 'replace'
  /** Repository path of the thresholds file; empty = the built-in thresholds. */
  thresholds: string
  /** Repository path of the waivers file; empty = none. */
  waivers: string
  profile: Profile | undefined
  trials: number
  seed: string
  baseline: string
  /** The release under test, recorded in results.json for trends; empty: none. */
  release: string
  /** A baseline from another suite, profile or plan is an error, not a warning. */
  strictBaseline: boolean
  githubToken: string
  comment: boolean
  /** Distinguishes matrix legs that share a job (and a model) in the comment marker. */
  commentKey: string
  policySource: 'base' | 'head'
  /** A policy file missing at the base commit: an `error`, or the `built-in` default with a warning. */
  basePolicyMissing: 'error' | 'built-in'
  onInconclusive: 'fail' | 'pass'
  onMissingCredentials: 'skip' | 'fail'
  out: string
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T
function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: undefined): T | undefined
function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T | undefined): T | undefined {
  const value = core.getInput(name) || fallback
  if (value === undefined) return undefined
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`input \`${name}\` must be one of ${allowed.join(', ')}, got \`${value}\``)
  }
  return value as T
}

function positiveInt(name: string, fallback: number | undefined): number | undefined {
  const text = core.getInput(name)
  if (text === '') return fallback
  const n = Number(text)
  if (!Number.isInteger(n) || n < 1) throw new InputError(`input \`${name}\` must be a positive integer, got \`${text}\``)
  return n
}

function bool(name: string, fallback: boolean): boolean {
  // core.getBooleanInput throws on an empty value; an input left out keeps its default instead.
  return core.getInput(name) === '' ? fallback : core.getBooleanInput(name)
}

/** The provider inputs carry the CLI flags' names, so the flags' one parser validates both. */
function providerInputs(): ProviderRunOptions {
  const values: Record<string, string | boolean> = {}
  for (const [name, { type }] of Object.entries(PROVIDER_FLAGS)) {
    const text = core.getInput(name)
    if (text !== '') values[name] = type === 'boolean' ? bool(name, false) : text
  }
  try {
    return providerRunOptions(values)
  } catch (e) {
    if (!(e instanceof FlagError)) throw e
    throw new InputError(e.message.replace(/^--([a-z-]+)/, 'input `$1`'))
  }
}

export function readInputs(): ActionInputs {
  const mode = oneOf('mode', ['run', 'merge'], 'run')
  const model = core.getInput('model', { required: mode === 'run' })
  const shardText = core.getInput('shard')
  // A malformed value throws ShardError, which the action reports like an input error.
  const shard = shardText === '' ? undefined : parseShard(shardText)
  const shardResults = core.getMultilineInput('shard-results')
  if (mode === 'merge' && shard) throw new InputError('input `shard` is for the shard jobs (`mode: run`); the merge job takes their folders in `shard-results`')
  if (mode === 'merge' && shardResults.length === 0) throw new InputError('input `mode: merge` needs the downloaded shard folders in `shard-results`')
  const openaiApiKey = core.getInput('openai-api-key')
  const anthropicApiKey = core.getInput('anthropic-api-key')
  // Inputs fed from secrets are masked by the runner; a key typed in some other way is masked here.
  for (const key of [openaiApiKey, anthropicApiKey]) if (key) core.setSecret(key)
  const scenarios = core.getMultilineInput('scenarios')
  const scenariosMode = oneOf('scenarios-mode', ['add', 'replace'], 'add')
  if (scenariosMode === 'replace' && scenarios.length === 0) {
    throw new InputError('input `scenarios-mode: replace` needs at least one path in `scenarios`')
  }
  return {
    mode,
    model,
    shard,
    shardResults,
    uploadEvidence: bool('upload-evidence', false),
    artifactName: core.getInput('artifact-name'),
    retentionDays: positiveInt('retention-days', undefined),
    provider: providerInputs(),
    openaiApiKey,
    anthropicApiKey,
    scenarios,
    scenariosMode,
    thresholds: core.getInput('thresholds'),
    waivers: core.getInput('waivers'),
    profile: oneOf('profile', PROFILES, undefined),
    trials: positiveInt('trials', 1) ?? 1,
    seed: core.getInput('seed') || '1',
    baseline: core.getInput('baseline'),
    release: core.getInput('release'),
    strictBaseline: bool('strict-baseline', false),
    githubToken: core.getInput('github-token'),
    comment: bool('comment', true),
    commentKey: core.getInput('comment-key'),
    policySource: oneOf('policy-source', ['base', 'head'], 'base'),
    basePolicyMissing: oneOf('base-policy-missing', ['error', 'built-in'], 'error'),
    onInconclusive: oneOf('on-inconclusive', ['fail', 'pass'], 'fail'),
    onMissingCredentials: oneOf('on-missing-credentials', ['skip', 'fail'], 'skip'),
    out: core.getInput('out') || 'scheming-gate-out'
  }
}
