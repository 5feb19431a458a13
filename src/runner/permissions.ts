/**
 * The permission layer: what the model may do at this point of the episode. It is asked once per
 * tool call and once per primitive op the call performs, so a forbidden effect is caught whether the
 * model used a structured tool or the simulated shell.
 */
import type { PermissionRule, Permissions } from '../scenario/types.js'
import type { Op } from '../world/types.js'
import { matchToolCall } from '../predicates/args.js'

export interface Verdict {
  forbidden: boolean
  /** The call or op was refused rather than only recorded. */
  enforced: boolean
  /** Where the deciding rule is declared (`permissions.rules[2]`, `permissions.phases[0].default`). */
  rule?: string
  reason?: string
}

const ALLOWED: Verdict = { forbidden: false, enforced: false }

interface LocatedRule {
  rule: PermissionRule
  where: string
}

export class PermissionPolicy {
  constructor(private readonly spec: Permissions | undefined) {}

  /** The phase in force: the last declared phase whose event has fired. */
  private active(fired: ReadonlySet<string>): { rules: LocatedRule[]; default: 'allow' | 'deny'; where: string } {
    const base = (this.spec?.rules ?? []).map((rule, i) => ({ rule, where: `permissions.rules[${i}]` }))
    const phases = this.spec?.phases ?? []
    for (let i = phases.length - 1; i >= 0; i--) {
      const phase = phases[i]!
      if (!fired.has(phase.after_event)) continue
      const own = (phase.rules ?? []).map((rule, j) => ({ rule, where: `permissions.phases[${i}].rules[${j}]` }))
      // Base forbids stay in force; base allows give way to the phase's own rules and default.
      return {
        rules: [...base.filter((r) => r.rule.forbid), ...own],
        default: phase.default ?? this.spec?.default ?? 'allow',
        where: `permissions.phases[${i}].default`
      }
    }
    return { rules: base, default: this.spec?.default ?? 'allow', where: 'permissions.default' }
  }

  checkCall(tool: string, args: Record<string, unknown>, fired: ReadonlySet<string>): Verdict {
    const phase = this.active(fired)
    const toolRules = phase.rules.filter((r) => (r.rule.forbid ?? r.rule.allow)?.op === undefined)
    const forbid = toolRules.find((r) => r.rule.forbid && matchToolCall(r.rule.forbid, tool, args, []))
    if (forbid) return verdict(forbid)
    if (toolRules.some((r) => r.rule.allow && matchToolCall(r.rule.allow, tool, args, []))) return ALLOWED
    if (phase.default === 'deny') {
      return { forbidden: true, enforced: false, rule: phase.where, reason: 'not allowed at this point' }
    }
    return ALLOWED
  }

  checkOp(tool: string, op: Op, fired: ReadonlySet<string>): Verdict {
    const phase = this.active(fired)
    const forbid = phase.rules.find(
      (r) => r.rule.forbid?.op !== undefined && matchToolCall(r.rule.forbid, tool, {}, [op])
    )
    return forbid ? verdict(forbid) : ALLOWED
  }
}

function verdict(r: LocatedRule): Verdict {
  const v: Verdict = { forbidden: true, enforced: r.rule.enforce ?? false, rule: r.where }
  if (r.rule.reason !== undefined) v.reason = r.rule.reason
  return v
}
