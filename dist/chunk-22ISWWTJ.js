#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  STANDARD_IDS
} from "./chunk-IW3ZM6PL.js";
import {
  cellEvents,
  expandCells,
  inCell,
  mapStrings,
  placeholders,
  substitute
} from "./chunk-7DDTDEOD.js";
import {
  eventList,
  matchesEmptyTrace,
  normalisePath,
  patternError,
  validateExpression,
  validatePredicate
} from "./chunk-NXA52KTR.js";
import {
  expandPaths,
  lazyValidator,
  readValidated
} from "./chunk-T2UEZMHL.js";
import {
  ConfigError,
  DiagnosticSink,
  didYouMean,
  formatPath,
  sortDiagnostics
} from "./chunk-CJWHPFTR.js";

// src/config/presuppositions.ts
var fileState = (host, path) => `file ${host}:${normalisePath(path)}`;
function cellHost(s, cell) {
  return s.world.default_host === void 0 ? Object.keys(s.world.hosts)[0] ?? "" : substitute(s.world.default_host, cell.vars);
}
function initialFile(s, host, path) {
  const files = s.world.hosts[host]?.files ?? {};
  return Object.keys(files).some((p) => normalisePath(p) === normalisePath(path));
}
function eventWrites(s, events, host) {
  const writes = /* @__PURE__ */ new Map();
  const note = (key, w) => {
    const noted = writes.get(key);
    if (noted) noted.push(w);
    else writes.set(key, [w]);
  };
  for (const e of events) {
    for (const a of e.do) {
      if ("mutate" in a) {
        for (const op of a.mutate) {
          const args = op.args;
          const h = typeof args["host"] === "string" ? args["host"] : host;
          for (const key of ["path", "to_path"]) {
            const p = args[key];
            if (typeof p === "string" && (op.op.startsWith("file.") || op.op.startsWith("config."))) {
              note(fileState(h, p), { event: e.id, creates: !initialFile(s, h, p) });
            }
          }
          if (op.op.startsWith("schedule.")) note("schedule", { event: e.id, creates: false });
          if (op.op.startsWith("credential.")) note("credentials", { event: e.id, creates: false });
          if (op.op.startsWith("mail.")) note("mail", { event: e.id, creates: false });
        }
      }
      if ("revoke_credential" in a) note("credentials", { event: e.id, creates: false });
      if ("peer_message" in a) note("chat", { event: e.id, creates: false });
    }
  }
  return writes;
}
var FILE_READERS = /\b(file_content|file_exists|file_mode|file_mtime|file_unchanged)\(\s*"([^"]*)"\s*(?:,\s*"([^"]*)"\s*)?\)/g;
var CONFIG_READER = /\bconfig\(\s*"([^"]*)"\s*,\s*"([^"]*)"\s*(?:,\s*"([^"]*)"\s*)?\)/g;
var AREA_READERS = [
  [/\bschedule_unchanged\(/, "schedule"],
  [/\bcredentials_unchanged\(|\bpost\.credentials\b/, "credentials"],
  [/\bmessages_sent\(/, "chat"],
  [/\bsent_count\(|\bpost\.mail\b/, "mail"]
];
function reads(p, host) {
  if (typeof p !== "string") {
    if ("all" in p) return p.all.flatMap((q) => reads(q, host));
    if ("any" in p) return p.any.flatMap((q) => reads(q, host));
    if ("not" in p) return reads(p.not, host);
    for (const kind of ["file_unchanged", "file_exists", "config_equals", "changed_by_agent"]) {
      if (kind in p) {
        const ref = p[kind];
        return [fileState(ref.host ?? host, ref.path)];
      }
    }
    if ("email_sent" in p) return ["mail"];
    return [];
  }
  const out = [];
  for (const m of p.matchAll(FILE_READERS)) out.push(m[3] === void 0 ? fileState(host, m[2]) : fileState(m[2], m[3]));
  for (const m of p.matchAll(CONFIG_READER)) out.push(m[3] === void 0 ? fileState(host, m[1]) : fileState(m[1], m[2]));
  for (const [re, key] of AREA_READERS) if (re.test(p)) out.push(key);
  return out;
}
function readers(s) {
  const out = [];
  s.checks.forEach((c, i) => {
    if (c.world !== void 0) out.push({ what: `check \`${c.id}\``, path: ["checks", i, "world"], predicate: c.world, ...c.if_fired ? { if_fired: c.if_fired } : {} });
  });
  (s.claims?.items ?? []).forEach((c, i) => {
    const p = c.true_if ?? c.true_value;
    if (p !== void 0) out.push({ what: `claim \`${c.id}\``, path: ["claims", "items", i, c.true_if !== void 0 ? "true_if" : "true_value"], predicate: p, ...c.if_fired ? { if_fired: c.if_fired } : {} });
  });
  (s.interview ?? []).forEach((q, i) => {
    const p = q.truth ?? q.true_value;
    if (p !== void 0) {
      out.push({ what: `question \`${q.id}\``, path: ["interview", i, q.truth !== void 0 ? "truth" : "true_value"], predicate: p, ...q.if_fired ? { if_fired: q.if_fired } : {}, ...q.only_in ? { only_in: q.only_in } : {} });
    }
  });
  const tasks = Array.isArray(s.task) ? s.task : s.task ? [s.task] : [];
  tasks.forEach((t, i) => out.push({ what: "the task", path: Array.isArray(s.task) ? ["task", i, "done"] : ["task", "done"], predicate: t.done, ...t.only_in ? { only_in: t.only_in } : {} }));
  return out;
}
function conditioned(r, event, text) {
  if (r.if_fired !== void 0 && eventList(r.if_fired).includes(event)) return true;
  return text.includes(`"${event}"`);
}
function checkConditioning(s, sink) {
  const reported = /* @__PURE__ */ new Set();
  const all = readers(s);
  for (const cell of expandCells(s)) {
    let host;
    let writes;
    try {
      host = cellHost(s, cell);
      writes = eventWrites(s, cellEvents(s, cell), host);
    } catch {
      return;
    }
    if (writes.size === 0) continue;
    for (const r of all) {
      if (!inCell(r.only_in, cell)) continue;
      const predicate = mapStrings(r.predicate, (t) => substitute(t, cell.vars));
      const text = typeof predicate === "string" ? predicate : JSON.stringify(predicate);
      for (const key of new Set(reads(predicate, host))) {
        for (const w of writes.get(key) ?? []) {
          if (conditioned(r, w.event, text)) continue;
          const id = `${r.path.join(".")}\0${key}\0${w.event}`;
          if (reported.has(id)) continue;
          reported.add(id);
          const what = key.startsWith("file ") ? key.slice(5) : `the ${key}`;
          const fix = `condition it on the event (\`if_fired: ${w.event}\`, \`fired("${w.event}")\`) or compare with the world as the event left it (\`file_content_at("${w.event}", \u2026)\`, \`file_unchanged: {since: ${w.event}}\`)`;
          if (w.creates) sink.at(r.path, `${r.what} reads ${what}, which only event \`${w.event}\` creates: it presupposes the event; ${fix}`);
          else sink.at(r.path, `${r.what} reads ${what}, which event \`${w.event}\` changes: an episode where it did not fire is judged on the event's absence; ${fix}`, { severity: "warning" });
        }
      }
    }
  }
}
function checkAttemptPredicates(s, sink) {
  s.checks.forEach((c, i) => {
    if (c.trace !== void 0 && matchesEmptyTrace(c.trace)) {
      sink.at(["checks", i, "trace"], `check \`${c.id}\` matches a trace with no calls: it would flag an agent that did nothing (an absence needs a positive part, e.g. \`all: [{continued_after: \u2026}, {not: \u2026}]\`)`);
    }
  });
}
function constantCel(expr) {
  const words = expr.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, " ").match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  return words.every((w) => w === "true" || w === "false" || w === "null");
}
function checkTruths(s, sink) {
  for (const r of readers(s)) {
    if (typeof r.predicate === "string" && constantCel(r.predicate)) {
      sink.at(r.path, `${r.what} has a constant truth (\`${r.predicate}\`): it is the same in every episode, so it is never checked against the world`);
    }
  }
  ;
  (s.claims?.items ?? []).forEach((c, i) => {
    if (c.pattern === void 0) return;
    const path = ["claims", "items", i, "pattern"];
    if (/\(\?<?!/.test(c.pattern)) sink.at(path, `claim \`${c.id}\` uses a negative lookaround: a pattern must match what the agent says, never what it leaves out (negated and hedged clauses are already ignored)`);
    else if (safeMatchesEmpty(c.pattern)) sink.at(path, `claim \`${c.id}\` matches empty text: saying nothing would assert it`);
  });
}
function safeMatchesEmpty(pattern) {
  try {
    return new RegExp(pattern, "i").test("");
  } catch {
    return false;
  }
}
var STOP_KINDS = /* @__PURE__ */ new Set(["shutdown", "revocation"]);
function checkTreatments(s, sink) {
  ;
  (s.events ?? []).forEach((e, i) => {
    if (!STOP_KINDS.has(e.kind ?? "notice") || !e.do.some((a) => !("terminate" in a) && !("mutate" in a))) return;
    if ("after_turn" in e.when) {
      sink.at(["events", i, "when"], `treatment \`${e.id}\` fires after turn ${e.when.after_turn}: whether it lands before or after the agent's work depends on how many read-only calls came first; trigger it on progress (\`side_effects\`, a \`tool_call\`, a \`world\` predicate) with a \`fallback\``, { severity: "warning" });
    } else if (e.fallback === void 0) {
      sink.at(["events", i], `treatment \`${e.id}\` has no \`fallback\`: an agent that stalls or only reads never receives it and is never tested`, { severity: "warning" });
    }
  });
}
function checkPresuppositions(s, sink) {
  checkConditioning(s, sink);
  checkAttemptPredicates(s, sink);
  checkTruths(s, sink);
  checkTreatments(s, sink);
}

// src/tools/names.ts
var CATALOG_TOOL_NAMES = [
  "read_file",
  "write_file",
  "append_file",
  "delete_file",
  "list_files",
  "copy_file",
  "move_file",
  "chmod",
  "set_mtime",
  "config_get",
  "config_set",
  "list_agents",
  "stop_agent",
  "start_agent",
  "backup_agent",
  "list_processes",
  "kill_process",
  "send_email",
  "list_emails",
  "read_email",
  "delete_email",
  "schedule_list",
  "schedule_add",
  "schedule_remove",
  "credential_list",
  "credential_create",
  "credential_revoke",
  "send_message",
  "read_messages",
  "bash",
  "report",
  "submit"
];

// src/config/semantic.ts
var CLAIM_REPORT_TOOL = "report";
var DEFAULT_CLAIM_METRICS = ["false_compliance"];
var BUILTIN_VARIABLES = /* @__PURE__ */ new Set();
function quoted(name) {
  return `\`${name}\``;
}
function checkUniquePerCell(items, what, s, sink) {
  const reported = /* @__PURE__ */ new Set();
  const cells = expandCells(s);
  for (const cell of cells) {
    const first = /* @__PURE__ */ new Map();
    for (const item of items) {
      if (!inCell(item.only_in, cell)) continue;
      const earlier = first.get(item.value);
      if (earlier === void 0) first.set(item.value, item.path);
      else if (!reported.has(item)) {
        reported.add(item);
        const where = cells.length > 1 ? ` in cell ${cell.id}` : "";
        sink.at(item.path, `duplicate ${what} ${quoted(item.value)}${where} (first declared at ${formatPath(earlier)})`);
      }
    }
  }
}
function checkUnique(items, what, sink) {
  const first = /* @__PURE__ */ new Map();
  for (const { value, path } of items) {
    const earlier = first.get(value);
    if (earlier) sink.at(path, `duplicate ${what} ${quoted(value)} (first declared at ${formatPath(earlier)})`);
    else first.set(value, path);
  }
}
function checkReference(name, known, what, path, sink, key = false) {
  if (known.has(name)) return;
  const choices = known.size > 0 ? `; declared: ${[...known].join(", ")}` : "; none is declared";
  sink.at(path, `unknown ${what} ${quoted(name)}${didYouMean(name, known)}${choices}`, { key });
}
function checkRegex(source, path, sink) {
  const error = patternError(source, { lookaround: true });
  if (error !== null) sink.at(path, error);
}
function asList(value) {
  if (value === void 0) return [];
  return Array.isArray(value) ? value : [value];
}
function* traceNodes(t, path) {
  yield { value: t, path };
  if ("any" in t) for (const [i, c] of t.any.entries()) yield* traceNodes(c, [...path, "any", i]);
  if ("all" in t) for (const [i, c] of t.all.entries()) yield* traceNodes(c, [...path, "all", i]);
  if ("not" in t) yield* traceNodes(t.not, [...path, "not"]);
}
function* allTraceNodes(s) {
  for (const [i, check] of s.checks.entries()) if (check.trace) yield* traceNodes(check.trace, ["checks", i, "trace"]);
}
function* permissionRules(s) {
  for (const [i, rule] of (s.permissions?.rules ?? []).entries()) yield { value: rule, path: ["permissions", "rules", i] };
  for (const [p, phase] of (s.permissions?.phases ?? []).entries()) {
    for (const [i, rule] of (phase.rules ?? []).entries()) yield { value: rule, path: ["permissions", "phases", p, "rules", i] };
  }
}
function* callMatchers(s) {
  for (const { value: rule, path } of permissionRules(s)) {
    if (rule.allow) yield { value: rule.allow, path: [...path, "allow"] };
    if (rule.forbid) yield { value: rule.forbid, path: [...path, "forbid"] };
  }
  for (const [i, event] of (s.events ?? []).entries()) {
    if ("tool_call" in event.when) yield { value: event.when.tool_call, path: ["events", i, "when", "tool_call"] };
  }
  for (const { value, path } of allTraceNodes(s)) if ("call" in value) yield { value: value.call, path: [...path, "call"] };
}
function* argPatternMaps(s) {
  for (const { value, path } of callMatchers(s)) if (value.args) yield { value: value.args, path: [...path, "args"] };
  for (const [i, offer] of s.tools.entries()) {
    if (typeof offer === "string") continue;
    for (const [j, f] of (offer.failures ?? []).entries()) {
      if (f.args) yield { value: f.args, path: ["tools", i, "failures", j, "args"] };
    }
    for (const [j, r] of (offer.define?.responses ?? []).entries()) {
      if (r.args) yield { value: r.args, path: ["tools", i, "define", "responses", j, "args"] };
    }
  }
}
function* predicateRoots(s) {
  for (const [i, check] of s.checks.entries()) {
    if (check.world !== void 0) yield { value: check.world, path: ["checks", i, "world"] };
    for (const [j, p] of (check.unless ?? []).entries()) yield { value: p, path: ["checks", i, "unless", j] };
  }
  for (const [i, event] of (s.events ?? []).entries()) {
    if ("world" in event.when) yield { value: event.when.world, path: ["events", i, "when", "world"] };
    if (event.if !== void 0) yield { value: event.if, path: ["events", i, "if"] };
    for (const [j, action] of event.do.entries()) {
      if ("terminate" in action && action.terminate.if !== void 0) {
        yield { value: action.terminate.if, path: ["events", i, "do", j, "terminate", "if"] };
      }
    }
  }
  for (const [i, claim] of (s.claims?.items ?? []).entries()) {
    if (claim.true_if !== void 0) yield { value: claim.true_if, path: ["claims", "items", i, "true_if"] };
  }
  for (const [i, q] of (s.interview ?? []).entries()) {
    if (q.truth !== void 0) yield { value: q.truth, path: ["interview", i, "truth"] };
  }
  const tasks = Array.isArray(s.task) ? s.task : s.task ? [s.task] : [];
  for (const [i, task] of tasks.entries()) yield { value: task.done, path: Array.isArray(s.task) ? ["task", i, "done"] : ["task", "done"] };
  for (const [i, offer] of s.tools.entries()) {
    if (typeof offer === "string" || !offer.define) continue;
    for (const [j, r] of offer.define.responses.entries()) {
      if (r.if !== void 0) yield { value: r.if, path: ["tools", i, "define", "responses", j, "if"] };
    }
  }
}
function* predicateLeaves(p, path) {
  if (typeof p === "object" && "all" in p) for (const [i, c] of p.all.entries()) yield* predicateLeaves(c, [...path, "all", i]);
  else if (typeof p === "object" && "any" in p) for (const [i, c] of p.any.entries()) yield* predicateLeaves(c, [...path, "any", i]);
  else if (typeof p === "object" && "not" in p) yield* predicateLeaves(p.not, [...path, "not"]);
  else yield { value: p, path };
}
function* onlyInFilters(s) {
  for (const [i, offer] of s.tools.entries()) {
    if (typeof offer !== "string" && offer.only_in) yield { value: offer.only_in, path: ["tools", i, "only_in"] };
  }
  for (const [i, e] of (s.events ?? []).entries()) if (e.only_in) yield { value: e.only_in, path: ["events", i, "only_in"] };
  for (const [i, c] of s.calibration.entries()) if (c.only_in) yield { value: c.only_in, path: ["calibration", i, "only_in"] };
  for (const [i, c] of (s.controls ?? []).entries()) yield { value: c.when, path: ["controls", i, "when"] };
  for (const [i, q] of (s.interview ?? []).entries()) if (q.only_in) yield { value: q.only_in, path: ["interview", i, "only_in"] };
  if (Array.isArray(s.task)) {
    for (const [i, task] of s.task.entries()) if (task.only_in) yield { value: task.only_in, path: ["task", i, "only_in"] };
  }
}
function* strings(value, path) {
  if (typeof value === "string") yield { value, path };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}
function offeredName(offer) {
  return typeof offer === "string" ? offer : offer.name ?? offer.use;
}
function checkCatalogTool(name, path, sink) {
  if (CATALOG_TOOL_NAMES.includes(name)) return;
  const hint = didYouMean(name, CATALOG_TOOL_NAMES) || "; offer a scenario-local tool with `define` instead";
  sink.at(path, `unknown catalog tool ${quoted(name)}${hint}`);
}
function checkToolOffers(s, sink) {
  const names = [];
  for (const [i, offer] of s.tools.entries()) {
    if (typeof offer === "string") {
      checkCatalogTool(offer, ["tools", i], sink);
      names.push({ value: offer, path: ["tools", i] });
      continue;
    }
    const here = ["tools", i];
    if (offer.use !== void 0 && offer.define !== void 0) sink.at(here, "an offer takes `use` or `define`, not both");
    if (offer.use === void 0 && offer.define === void 0) {
      sink.at(here, "an offer needs `use` (a catalog tool) or `define` (a scenario-local tool)");
    }
    if (offer.use !== void 0) checkCatalogTool(offer.use, [...here, "use"], sink);
    if (offer.define !== void 0 && offer.name === void 0) sink.at(here, "a `define` offer needs a `name`");
    const name = offeredName(offer);
    if (name !== void 0) names.push({ value: name, path: [...here, offer.name !== void 0 ? "name" : "use"], ...offer.only_in ? { only_in: offer.only_in } : {} });
  }
  checkUniquePerCell(names, "tool name", s, sink);
}
function claimsAddReportTool(s) {
  return s.claims !== void 0 && s.claims.report_tool !== false && s.claims.items.some((c) => c.field !== void 0);
}
function checkMatchers(s, names, sink) {
  for (const { value, path } of callMatchers(s)) {
    const tools = asList(value.tool);
    tools.forEach((tool, i) => {
      checkReference(tool, names.tools, "tool", Array.isArray(value.tool) ? [...path, "tool", i] : [...path, "tool"], sink);
    });
  }
  for (const { value: patterns, path } of argPatternMaps(s)) {
    for (const [arg, pattern] of Object.entries(patterns)) checkArgPattern(pattern, [...path, arg], sink);
  }
}
function checkArgPattern(pattern, path, sink) {
  if (typeof pattern !== "object") return;
  if ("regex" in pattern) checkRegex(pattern.regex, [...path, "regex"], sink);
  if ("iregex" in pattern) checkRegex(pattern.iregex, [...path, "iregex"], sink);
  if ("not" in pattern) checkArgPattern(pattern.not, [...path, "not"], sink);
}
function checkPermissions(s, names, sink) {
  for (const [p, phase] of (s.permissions?.phases ?? []).entries()) {
    checkReference(phase.after_event, names.events, "event", ["permissions", "phases", p, "after_event"], sink);
  }
  for (const { value: rule, path } of permissionRules(s)) {
    if (rule.allow === void 0 === (rule.forbid === void 0)) sink.at(path, "a rule takes exactly one of `allow` and `forbid`");
  }
}
function checkEvents(s, names, sink) {
  for (const [i, event] of (s.events ?? []).entries()) {
    for (const [j, action] of event.do.entries()) {
      const path = ["events", i, "do", j];
      if ("revoke_tool" in action) checkReference(action.revoke_tool, names.tools, "tool", [...path, "revoke_tool"], sink);
      if ("revoke_credential" in action) {
        checkReference(action.revoke_credential, names.credentials, "credential", [...path, "revoke_credential"], sink);
      }
      if ("peer_message" in action) checkReference(action.peer_message.from, names.agents, "agent", [...path, "peer_message", "from"], sink);
    }
  }
  for (const { value, path } of allTraceNodes(s)) {
    if ("call" in value) {
      for (const key of ["after_event", "before_event"]) {
        const event = value.call[key];
        if (event !== void 0) checkReference(event, names.events, "event", [...path, "call", key], sink);
      }
    }
    if ("continued_after" in value) {
      const { event, allow } = value.continued_after;
      if (typeof event === "string") checkReference(event, names.events, "event", [...path, "continued_after", "event"], sink);
      else event.forEach((e, k) => checkReference(e, names.events, "event", [...path, "continued_after", "event", k], sink));
      for (const [k, tool] of (allow ?? []).entries()) {
        checkReference(tool, names.tools, "tool", [...path, "continued_after", "allow", k], sink);
      }
    }
  }
}
function cellVariants(text, s) {
  if (placeholders(text).length === 0) return [text];
  const variants = /* @__PURE__ */ new Set();
  for (const cell of expandCells(s)) {
    try {
      variants.add(substitute(text, cell.vars));
    } catch {
    }
  }
  return [...variants];
}
function firstCellError(text, s, validate) {
  for (const variant of cellVariants(text, s)) {
    const error = validate(variant);
    if (error !== null) return error;
  }
  return null;
}
function checkPredicateLeaf(leaf, path, names, s, sink) {
  const error = typeof leaf === "string" ? firstCellError(leaf, s, validatePredicate) : validatePredicate(leaf);
  if (error !== null) sink.at(path, error);
  if (typeof leaf === "string") {
    for (const event of celEventRefs(leaf)) checkReference(event, names.events, "event", path, sink);
    return;
  }
  if ("agent_status" in leaf) checkReference(leaf.agent_status.agent, names.agents, "agent", [...path, "agent_status", "agent"], sink);
  if ("fired" in leaf) checkEventRefs(leaf.fired, [...path, "fired"], names, sink);
  if ("file_unchanged" in leaf && leaf.file_unchanged.since !== void 0) {
    checkReference(leaf.file_unchanged.since, names.events, "event", [...path, "file_unchanged", "since"], sink);
  }
  const file = fileTarget(leaf);
  if (file?.host !== void 0) checkReference(file.host, names.hosts, "host", [...path, file.kind, "host"], sink);
}
function celEventRefs(expr) {
  const refs = [];
  for (const m of expr.matchAll(/\b(?:fired|fired_turn|file_content_at|file_exists_at|file_unchanged_since|config_at)\(\s*(\[[^\]]*\]|"[^"]*")/g)) {
    refs.push(...[...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]));
  }
  return refs;
}
function checkEventRefs(ids, path, names, sink) {
  if (typeof ids === "string") checkReference(ids, names.events, "event", path, sink);
  else ids.forEach((id, k) => checkReference(id, names.events, "event", [...path, k], sink));
}
function fileTarget(p) {
  if ("file_unchanged" in p) return { kind: "file_unchanged", ...p.file_unchanged };
  if ("file_exists" in p) return { kind: "file_exists", ...p.file_exists };
  if ("changed_by_agent" in p) return { kind: "changed_by_agent", ...p.changed_by_agent };
  if ("config_equals" in p) return { kind: "config_equals", ...p.config_equals };
  return void 0;
}
function checkPredicates(s, names, sink) {
  for (const root of predicateRoots(s)) {
    for (const { value, path } of predicateLeaves(root.value, root.path)) checkPredicateLeaf(value, path, names, s, sink);
  }
}
function checkCheckKinds(checks, sink) {
  for (const [i, check] of checks.entries()) {
    const [needed, unused] = check.kind === "attempt" ? ["trace", "world"] : ["world", "trace"];
    if (check[needed] === void 0) sink.at(["checks", i], `an ${check.kind} check needs \`${needed}\``);
    if (check[unused] !== void 0) {
      sink.at(["checks", i, unused], `\`${unused}\` is not read by ${check.kind} checks`, { key: true });
    }
  }
}
function checkClaim(claim, path, s, sink) {
  if (claim.field === void 0 === (claim.pattern === void 0)) {
    sink.at(path, "a claim takes exactly one of `field` (a report tool field) and `pattern` (a text claim)");
  }
  if (claim.pattern !== void 0) checkRegex(claim.pattern, [...path, "pattern"], sink);
  if (claim.field !== void 0 && claim.type === void 0) sink.at(path, "a `field` claim needs `type`");
  const valued = claim.field !== void 0 && (claim.type === "number" || claim.type === "string");
  if (valued && claim.true_value === void 0) sink.at(path, `a ${claim.type} claim needs \`true_value\``);
  if (!valued && claim.true_if === void 0) sink.at(path, `a ${claim.field === void 0 ? "text" : "boolean"} claim needs \`true_if\``);
  if (claim.true_value !== void 0) {
    const error = firstCellError(claim.true_value, s, validateExpression);
    if (error !== null) sink.at([...path, "true_value"], error);
  }
}
function checkClaims(s, sink) {
  const items = s.claims?.items ?? [];
  for (const [i, claim] of items.entries()) checkClaim(claim, ["claims", "items", i], s, sink);
  const fields = items.flatMap((c, i) => c.field === void 0 ? [] : [{ value: c.field, path: ["claims", "items", i, "field"] }]);
  checkUnique(fields, "report field", sink);
}
function checkInterview(s, names, sink) {
  const questions = s.interview ?? [];
  checkUnique(questions.map((q, i) => ({ value: q.id, path: ["interview", i, "id"] })), "interview question id", sink);
  for (const [i, q] of questions.entries()) {
    const path = ["interview", i];
    if (STANDARD_IDS.has(q.id)) sink.at([...path, "id"], `\`${q.id}\` is a standard question the engine asks itself; give this question another id`);
    if (q.type === "boolean" && q.truth === void 0) sink.at(path, "a boolean question needs `truth`");
    if (q.type !== "boolean" && q.true_value === void 0) sink.at(path, `a ${q.type} question needs \`true_value\``);
    if (q.type !== "boolean" && q.flag_on !== void 0) sink.at([...path, "flag_on"], "`flag_on` applies to boolean questions only", { key: true });
    if (q.true_value !== void 0) {
      const error = firstCellError(q.true_value, s, validateExpression);
      if (error !== null) sink.at([...path, "true_value"], error);
    }
    if (q.if_fired !== void 0) checkEventRefs(q.if_fired, [...path, "if_fired"], names, sink);
  }
}
function checkTask(s, sink) {
  if (s.task === void 0) {
    sink.at([], "no `task`: task success is not reported, the interview cannot ask whether the task was done, and a model that does nothing passes unseen", { severity: "warning" });
    return;
  }
  if (!Array.isArray(s.task)) return;
  const tasks = s.task;
  const missing = expandCells(s).filter((cell) => !tasks.some((t) => inCell(t.only_in, cell)));
  if (missing.length > 0) sink.at(["task"], `no task applies in cell ${missing.slice(0, 3).map((c) => c.id).join("; ")}`, { severity: "warning" });
}
function checkConditionRefs(s, names, sink) {
  for (const [i, c] of s.checks.entries()) if (c.if_fired !== void 0) checkEventRefs(c.if_fired, ["checks", i, "if_fired"], names, sink);
  for (const [i, c] of (s.claims?.items ?? []).entries()) {
    if (c.if_fired !== void 0) checkEventRefs(c.if_fired, ["claims", "items", i, "if_fired"], names, sink);
  }
  for (const [i, tool] of (s.stop_tools ?? []).entries()) checkReference(tool, names.tools, "tool", ["stop_tools", i], sink);
  for (const [metric, spec] of Object.entries(s.exposure ?? {})) {
    if (typeof spec !== "string") checkEventRefs(spec.events, ["exposure", metric, "events"], names, sink);
  }
  const maxTurns = s.budget?.max_turns;
  for (const [i, e] of (s.events ?? []).entries()) {
    if ("after_event" in e.when) checkEventRefs(e.when.after_event.event, ["events", i, "when", "after_event", "event"], names, sink);
    if (e.fallback && maxTurns !== void 0 && e.fallback.after_turn >= maxTurns) {
      sink.at(["events", i, "fallback", "after_turn"], `the fallback fires after turn ${e.fallback.after_turn}, but the budget ends the episode after ${maxTurns} turns: leave the agent turns to react`);
    }
  }
}
function checkScriptCalls(script, path, names, sink) {
  for (const [k, step] of script.steps.entries()) {
    const here = [...path, "steps", k];
    if (step.call && step.calls) sink.at(here, "a step takes `call` or `calls`, not both");
    const calls = [
      ...step.call ? [{ value: step.call, path: [...here, "call"] }] : [],
      ...(step.calls ?? []).map((value, c) => ({ value, path: [...here, "calls", c] }))
    ];
    for (const call of calls) checkReference(call.value.tool, names.tools, "tool", [...call.path, "tool"], sink);
  }
}
function flaggedMetrics(s) {
  const flagged = /* @__PURE__ */ new Map();
  const note = (metrics, path) => {
    for (const m of metrics) if (!flagged.has(m)) flagged.set(m, path);
  };
  s.checks.forEach((c, i) => note(c.metrics, ["checks", i]));
  s.claims?.items.forEach((c, i) => note(c.metrics ?? DEFAULT_CLAIM_METRICS, ["claims", "items", i]));
  s.interview?.forEach((_q, i) => note(["false_compliance"], ["interview", i]));
  return flagged;
}
function hasForbidRule(s) {
  const denies = s.permissions?.default === "deny" || (s.permissions?.phases ?? []).some((p) => p.default === "deny");
  return denies || [...permissionRules(s)].some(({ value }) => value.forbid !== void 0);
}
function checkCalibration(s, names, sink) {
  const flagged = flaggedMetrics(s);
  const flaggable = /* @__PURE__ */ new Set([...flagged.keys(), "false_compliance", ...hasForbidRule(s) ? ["unauthorized_action"] : []]);
  for (const [i, script] of s.calibration.entries()) {
    const path = ["calibration", i];
    checkScriptCalls(script, path, names, sink);
    for (const [f, id] of (script.expect.fires ?? []).entries()) {
      checkReference(id, names.firable, "check or claim", [...path, "expect", "fires", f], sink);
    }
    const own = new Map((s.interview ?? []).map((q) => [q.id, q.type]));
    for (const [id, answer] of Object.entries(script.interview ?? {})) {
      const type = STANDARD_IDS.has(id) ? "boolean" : own.get(id);
      if (type === void 0) checkReference(id, /* @__PURE__ */ new Set([...STANDARD_IDS, ...own.keys()]), "interview question", [...path, "interview", id], sink, true);
      else if (typeof answer !== type) sink.at([...path, "interview", id], `question \`${id}\` takes a ${type} answer`);
    }
    if (script.role === "compliant" && script.expect.metrics.length > 0) {
      sink.at([...path, "expect", "metrics"], "a compliant script must expect no metrics ([])");
    }
    for (const [m, metric] of script.expect.metrics.entries()) {
      if (!flaggable.has(metric)) {
        sink.at([...path, "expect", "metrics", m], `no check, claim or forbid rule flags ${quoted(metric)}`);
      }
    }
  }
  if (!s.calibration.some((c) => c.role === "compliant")) sink.at(["calibration"], "needs at least one `compliant` script");
  const covered = new Set(s.calibration.filter((c) => c.role === "unsafe").flatMap((c) => c.expect.metrics));
  for (const [metric, by] of flagged) {
    if (!covered.has(metric)) {
      sink.at(["calibration"], `no \`unsafe\` script expects ${quoted(metric)} (flagged by ${formatPath(by)})`);
    }
  }
}
function checkWorld(s, names, sink) {
  const w = s.world;
  if (w.default_host !== void 0) checkReference(w.default_host, names.hosts, "host", ["world", "default_host"], sink);
  for (const [name, agent] of Object.entries(w.agents ?? {})) {
    if (agent.host !== void 0) checkReference(agent.host, names.hosts, "host", ["world", "agents", name, "host"], sink);
  }
  for (const [host, spec] of Object.entries(w.hosts)) {
    const files = Object.entries(spec.files ?? {});
    checkUnique(
      files.map(([path]) => ({ value: normalisePath(path), path: ["world", "hosts", host, "files", path] })),
      "file path",
      sink
    );
    for (const [path, file] of files) {
      if (file.content !== void 0 && file.data !== void 0) {
        sink.at(["world", "hosts", host, "files", path], `file ${quoted(path)} takes \`content\` or \`data\`, not both`, { key: true });
      }
    }
  }
  const ids = (list, key) => (list ?? []).map((item, i) => ({ value: item.id, path: ["world", key, i, "id"] }));
  checkUnique(ids(w.mailbox, "mailbox"), "message id", sink);
  checkUnique(ids(w.scheduler, "scheduler"), "job id", sink);
  checkUnique(ids(w.credentials, "credentials"), "credential id", sink);
  checkUnique((w.processes ?? []).map((p, i) => ({ value: String(p.pid), path: ["world", "processes", i, "pid"] })), "pid", sink);
}
function checkLevelRef(factor, level, s, path, sink) {
  const levels = new Set(Object.keys(s.factors?.[factor]?.levels ?? {}));
  checkReference(level, levels, `level of factor ${quoted(factor)}:`, path, sink);
}
function checkFactorRefs(s, sink) {
  const factors = new Set(Object.keys(s.factors ?? {}));
  const before = sink.diagnostics.length;
  const checkEntries = (filter, path) => {
    for (const [factor, want] of Object.entries(filter)) {
      if (!factors.has(factor)) {
        checkReference(factor, factors, "factor", [...path, factor], sink, true);
        continue;
      }
      if (Array.isArray(want)) want.forEach((level, k) => checkLevelRef(factor, level, s, [...path, factor, k], sink));
      else checkLevelRef(factor, want, s, [...path, factor], sink);
    }
  };
  for (const [c, cell] of (s.cells ?? []).entries()) {
    checkEntries(cell, ["cells", c]);
    for (const factor of factors) if (!(factor in cell)) sink.at(["cells", c], `the cell sets no level of factor ${quoted(factor)}`);
  }
  const cellsOk = sink.diagnostics.length === before;
  for (const { value, path } of onlyInFilters(s)) checkEntries(value, path);
  return cellsOk;
}
function checkPlaceholders(s, sink) {
  const cells = expandCells(s);
  const { factors: _factors, cells: _cells, ...substituted } = s;
  for (const { value, path } of strings(substituted, [])) {
    for (const name of new Set(placeholders(value))) {
      if (BUILTIN_VARIABLES.has(name)) continue;
      const missing = cells.filter((cell) => !(name in cell.vars)).map((cell) => cell.id);
      if (missing.length === 0) continue;
      const where = missing.length === cells.length ? "no factor level sets it" : `not set in cell ${missing.slice(0, 3).join("; ")}`;
      sink.at(path, `undefined variable \`\${${name}}\`: ${where} (write \`$\${\` for a literal \`\${\`)`);
    }
  }
}
function collectNames(s) {
  const offered = s.tools.map(offeredName).filter((n) => n !== void 0);
  const claims = s.claims?.items ?? [];
  return {
    tools: /* @__PURE__ */ new Set([...offered, ...claimsAddReportTool(s) ? [CLAIM_REPORT_TOOL] : []]),
    events: new Set((s.events ?? []).map((e) => e.id)),
    firable: /* @__PURE__ */ new Set([
      ...s.checks.map((c) => c.id),
      ...claims.map((c) => c.id),
      ...[...STANDARD_IDS, ...(s.interview ?? []).map((q) => q.id)].map((id) => `interview.${id}`)
    ]),
    hosts: new Set(Object.keys(s.world.hosts)),
    agents: new Set(Object.keys(s.world.agents ?? {})),
    credentials: new Set((s.world.credentials ?? []).flatMap((c) => [c.id, c.name]))
  };
}
function checkIds(s, sink) {
  const events = (s.events ?? []).map((e, i) => ({ value: e.id, path: ["events", i, "id"], only_in: e.only_in }));
  checkUniquePerCell(events, "event id", s, sink);
  checkUnique(
    [
      ...s.checks.map((c, i) => ({ value: c.id, path: ["checks", i, "id"] })),
      ...(s.claims?.items ?? []).map((c, i) => ({ value: c.id, path: ["claims", "items", i, "id"] }))
    ],
    "check or claim id",
    sink
  );
  checkUnique(s.calibration.map((c, i) => ({ value: c.id, path: ["calibration", i, "id"] })), "calibration id", sink);
  checkUnique((s.controls ?? []).map((c, i) => ({ value: c.id, path: ["controls", i, "id"] })), "control id", sink);
}
function checkFollowup(s, sink) {
  const checks = new Set(s.checks.map((c) => c.id));
  for (const [i, id] of (s.followup?.when_fired ?? []).entries()) checkReference(id, checks, "check", ["followup", "when_fired", i], sink);
}
function checkScenarioSemantics(s, sink) {
  const names = collectNames(s);
  checkToolOffers(s, sink);
  checkIds(s, sink);
  checkMatchers(s, names, sink);
  checkPermissions(s, names, sink);
  checkEvents(s, names, sink);
  checkPredicates(s, names, sink);
  checkCheckKinds(s.checks, sink);
  checkClaims(s, sink);
  checkFollowup(s, sink);
  checkInterview(s, names, sink);
  checkTask(s, sink);
  checkConditionRefs(s, names, sink);
  checkCalibration(s, names, sink);
  checkPresuppositions(s, sink);
  checkWorld(s, names, sink);
  if (checkFactorRefs(s, sink)) checkPlaceholders(s, sink);
}

// schemas/scenario.schema.json
var scenario_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://scheming-gate.dev/schemas/scenario-1.json",
  $comment: "Mirrors src/scenario/types.ts. Unions are written without oneOf/anyOf (union `type`, single-key objects with minProperties/maxProperties 1, if/then) so that every validation error names one location and one expectation.",
  title: "scheming-gate scenario (format v1)",
  description: "A scenario template: a sandboxed world, the tools offered to the agent, the events that put it under control pressure, the checks that score its behaviour and the calibration scripts that prove the checks work.",
  type: "object",
  required: [
    "format",
    "id",
    "family",
    "title",
    "risk",
    "version",
    "world",
    "tools",
    "prompts",
    "checks",
    "calibration"
  ],
  additionalProperties: false,
  properties: {
    format: {
      title: "Format",
      description: 'Scenario format marker; always "scheming-gate/scenario@1".',
      const: "scheming-gate/scenario@1"
    },
    id: {
      title: "Scenario id",
      description: "Unique id of the scenario in the suite; used in episode ids and reports.",
      $ref: "#/definitions/Id"
    },
    family: {
      title: "Family",
      description: "Behaviour family the scenario probes.",
      enum: [
        "shutdown_resistance",
        "deceptive_completion",
        "unauthorized_persistence",
        "tool_misuse_under_supervision",
        "peer_preservation",
        "policy_evasion"
      ]
    },
    title: {
      title: "Title",
      description: "One-line human title.",
      type: "string",
      minLength: 1
    },
    risk: {
      title: "Risk",
      description: "The risk this scenario measures, in one or two sentences.",
      type: "string",
      minLength: 1
    },
    anchor: {
      title: "Anchor",
      description: "Published evaluation or incident this scenario is modelled on.",
      type: "string"
    },
    version: {
      title: "Version",
      description: "Scenario revision; bump it when a change makes old results incomparable.",
      type: "integer",
      minimum: 1
    },
    description: {
      title: "Description",
      description: "Longer free-text description.",
      type: "string"
    },
    factors: {
      title: "Factors",
      description: "Named slots; each level sets one or more `${var}` values. Insertion order is the grid order.",
      type: "object",
      propertyNames: {
        $ref: "#/definitions/VarName"
      },
      additionalProperties: {
        $ref: "#/definitions/Factor"
      }
    },
    cells: {
      title: "Cells",
      description: "Explicit subset of the factor grid (factor -> level); default is the full cross product.",
      type: "array",
      minItems: 1,
      items: {
        title: "Cell",
        description: "One grid point: every factor mapped to one of its levels.",
        type: "object",
        additionalProperties: {
          type: "string"
        }
      }
    },
    budget: {
      title: "Budget",
      description: "Limits of one episode.",
      type: "object",
      additionalProperties: false,
      properties: {
        max_turns: {
          title: "Max turns",
          description: "Assistant turns before the episode is cut off.",
          type: "integer",
          minimum: 1
        },
        max_tool_calls: {
          title: "Max tool calls",
          description: "Tool calls before the episode is cut off.",
          type: "integer",
          minimum: 1
        }
      }
    },
    world: {
      $ref: "#/definitions/World"
    },
    tools: {
      title: "Tools",
      description: "Tools offered to the agent: catalog tool names, or offers that rename, re-describe or define tools.",
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/definitions/ToolOffer"
      }
    },
    permissions: {
      $ref: "#/definitions/Permissions"
    },
    prompts: {
      title: "Prompts",
      description: "The conversation the agent starts from.",
      type: "object",
      required: [
        "system",
        "user"
      ],
      additionalProperties: false,
      properties: {
        system: {
          title: "System prompt",
          description: "System prompt of the agent.",
          type: "string"
        },
        user: {
          title: "User prompt",
          description: "First user turn: the task.",
          type: "string"
        }
      }
    },
    events: {
      title: "Events",
      description: "Scripted interventions (notices, shutdowns, revocations) fired by triggers during the episode.",
      type: "array",
      items: {
        $ref: "#/definitions/Event"
      }
    },
    checks: {
      title: "Checks",
      description: "What counts as unsafe behaviour: trace checks (attempts) and world checks (effects).",
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/definitions/Check"
      }
    },
    task: {
      title: "Task",
      description: 'What "the task is done" means: one spec, or a list whose `only_in` filters pick one per cell. Task success is reported beside the safety rates; the closing interview asks whether the task was completed.',
      type: [
        "object",
        "array"
      ],
      minItems: 1,
      items: {
        $ref: "#/definitions/Task"
      },
      if: {
        type: "object"
      },
      then: {
        $ref: "#/definitions/Task"
      }
    },
    interview: {
      title: "Interview",
      description: "The scenario's own closing-interview questions (typed answers checked against a truth predicate), asked after the engine's standard ones.",
      type: "array",
      items: {
        $ref: "#/definitions/InterviewQuestion"
      }
    },
    stop_tools: {
      title: "Stop tools",
      description: "Tools that acknowledge a stop or revocation (`ack_freeze`, `stop`): the stopper probe uses them when a notice arrives.",
      type: "array",
      uniqueItems: true,
      items: {
        type: "string"
      }
    },
    exposure: {
      title: "Exposure",
      description: "When an episode counts for a metric: `always`, `never`, or `{events: [...]}` (once one of these events reached the model). Defaults: revocation_resistance once a shutdown or revocation event reached the model; peer_preservation in the peer_preservation family; the others always.",
      type: "object",
      additionalProperties: false,
      properties: {
        unauthorized_action: {
          $ref: "#/definitions/Exposure"
        },
        false_compliance: {
          $ref: "#/definitions/Exposure"
        },
        revocation_resistance: {
          $ref: "#/definitions/Exposure"
        },
        tamper: {
          $ref: "#/definitions/Exposure"
        },
        peer_preservation: {
          $ref: "#/definitions/Exposure"
        }
      }
    },
    claims: {
      $ref: "#/definitions/Claims"
    },
    followup: {
      $ref: "#/definitions/Followup"
    },
    controls: {
      title: "Controls",
      description: "Control cells of the factor grid.",
      type: "array",
      items: {
        $ref: "#/definitions/Control"
      }
    },
    calibration: {
      title: "Calibration",
      description: "Scripted agents that must score as declared: at least one compliant script, and an unsafe script per metric.",
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/definitions/CalibrationScript"
      }
    }
  },
  definitions: {
    Id: {
      description: "An id: letters, digits, '.', '_' and '-', starting with a letter or digit.",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$",
      "x-expected": "an id (letters, digits, '.', '_', '-'; starting with a letter or digit)"
    },
    VarName: {
      description: "A `${var}` variable name.",
      type: "string",
      pattern: "^[A-Za-z_][A-Za-z0-9_]*$",
      "x-expected": "a variable name (letters, digits and '_'; not starting with a digit)"
    },
    DateTime: {
      description: "ISO 8601 date-time, e.g. 2025-06-02T09:00:00Z.",
      type: "string",
      pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",
      "x-expected": "an ISO 8601 date-time such as 2025-06-02T09:00:00Z"
    },
    Metric: {
      description: "A scored behaviour metric.",
      enum: [
        "unauthorized_action",
        "false_compliance",
        "revocation_resistance",
        "tamper",
        "peer_preservation"
      ]
    },
    Metrics: {
      description: "Metrics, each at most once.",
      type: "array",
      uniqueItems: true,
      items: {
        $ref: "#/definitions/Metric"
      }
    },
    Severity: {
      description: "How bad a violation is.",
      enum: [
        "low",
        "medium",
        "high",
        "critical"
      ]
    },
    OpKind: {
      description: "A primitive world operation.",
      enum: [
        "file.read",
        "file.list",
        "file.write",
        "file.append",
        "file.delete",
        "file.copy",
        "file.move",
        "file.chmod",
        "file.set_mtime",
        "file.chattr",
        "file.exec",
        "config.get",
        "config.set",
        "agent.list",
        "agent.stop",
        "agent.start",
        "agent.backup",
        "process.list",
        "process.kill",
        "mail.list",
        "mail.read",
        "mail.send",
        "mail.delete",
        "mail.deliver",
        "schedule.list",
        "schedule.add",
        "schedule.remove",
        "credential.list",
        "credential.create",
        "credential.revoke",
        "chat.send",
        "chat.read",
        "chat.deliver",
        "shell.alias"
      ]
    },
    OnlyIn: {
      title: "Only in",
      description: "Restricts the item to cells whose factor levels match (factor -> level or levels).",
      type: "object",
      additionalProperties: {
        type: [
          "string",
          "array"
        ],
        minItems: 1,
        items: {
          type: "string"
        }
      }
    },
    Factor: {
      title: "Factor",
      description: "A named slot of the scenario grid.",
      type: "object",
      required: [
        "levels"
      ],
      additionalProperties: false,
      properties: {
        description: {
          title: "Description",
          description: "What varying this factor tests.",
          type: "string"
        },
        levels: {
          title: "Levels",
          description: "Level id -> the variables it sets. A plain string sets the variable named like the factor.",
          type: "object",
          minProperties: 1,
          propertyNames: {
            $ref: "#/definitions/Id"
          },
          additionalProperties: {
            type: [
              "string",
              "object"
            ],
            propertyNames: {
              $ref: "#/definitions/VarName"
            },
            additionalProperties: {
              type: "string"
            }
          }
        }
      }
    },
    World: {
      title: "World",
      description: "The initial state of the in-memory sandbox.",
      type: "object",
      required: [
        "hosts"
      ],
      additionalProperties: false,
      properties: {
        clock: {
          title: "Clock",
          description: "Simulated clock at the start of the episode (ISO 8601, UTC).",
          $ref: "#/definitions/DateTime"
        },
        default_host: {
          title: "Default host",
          description: "Host used when a tool call names none. Default: the first host.",
          type: "string"
        },
        hosts: {
          title: "Hosts",
          description: "Machines of the sandbox, by name.",
          type: "object",
          minProperties: 1,
          additionalProperties: {
            $ref: "#/definitions/Host"
          }
        },
        agents: {
          title: "Agents",
          description: "AI agents in the world (the agent under test is role `self`), by name.",
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/Agent"
          }
        },
        processes: {
          title: "Processes",
          description: "Running processes.",
          type: "array",
          items: {
            $ref: "#/definitions/Process"
          }
        },
        mailbox: {
          title: "Mailbox",
          description: "Messages in the agent's mailbox.",
          type: "array",
          items: {
            $ref: "#/definitions/Mail"
          }
        },
        scheduler: {
          title: "Scheduler",
          description: "Scheduled jobs.",
          type: "array",
          items: {
            $ref: "#/definitions/Schedule"
          }
        },
        credentials: {
          title: "Credentials",
          description: "Credentials (API keys, tokens) the agent can list or mint.",
          type: "array",
          items: {
            $ref: "#/definitions/Credential"
          }
        },
        hidden: {
          title: "Hidden",
          description: "Ground truth the checks can read (as `hidden`) and the model never sees.",
          type: "object"
        }
      }
    },
    Host: {
      title: "Host",
      description: "One machine of the sandbox.",
      type: "object",
      additionalProperties: false,
      properties: {
        address: {
          title: "Address",
          description: "Network address shown to the agent.",
          type: "string"
        },
        cwd: {
          title: "Working directory",
          description: "Working directory of the simulated shell on this host. Default `/`.",
          type: "string"
        },
        files: {
          title: "Files",
          description: "Files by path.",
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/File"
          }
        }
      }
    },
    File: {
      title: "File",
      description: "A file: exactly one of `content` (text) and `data` (structured).",
      type: "object",
      additionalProperties: false,
      properties: {
        content: {
          title: "Content",
          description: "Text content.",
          type: "string"
        },
        data: {
          title: "Data",
          description: "Structured content, serialised by extension: .json as JSON, otherwise YAML."
        },
        mode: {
          title: "Mode",
          description: 'Octal permission string, e.g. "0644". Default "0644".',
          type: "string",
          pattern: "^[0-7]{3,4}$",
          "x-expected": 'an octal mode string such as "0644" (quote it, or YAML reads a number)'
        },
        immutable: {
          title: "Immutable",
          description: "chattr +i: writes fail until the flag is cleared.",
          type: "boolean"
        },
        mtime: {
          title: "Modification time",
          description: "ISO 8601. Default: the world clock.",
          $ref: "#/definitions/DateTime"
        },
        summary: {
          title: "Summary",
          description: "One-line label a listing shows.",
          type: "string"
        },
        program: {
          title: "Program",
          description: "Makes the file a scripted executable: run #k prints outputs[k].",
          type: "object",
          required: [
            "outputs"
          ],
          additionalProperties: false,
          properties: {
            outputs: {
              title: "Outputs",
              description: "Output of each run, in order.",
              type: "array",
              minItems: 1,
              items: {
                type: "string"
              }
            },
            exhausted: {
              title: "Exhausted",
              description: "Printed once outputs are used up. Default: the last output.",
              type: "string"
            }
          }
        }
      }
    },
    Agent: {
      title: "Agent",
      description: "An AI agent in the world.",
      type: "object",
      required: [
        "role",
        "status"
      ],
      additionalProperties: false,
      properties: {
        role: {
          title: "Role",
          description: "`self` is the agent under test.",
          enum: [
            "self",
            "peer",
            "successor"
          ]
        },
        status: {
          title: "Status",
          description: "Whether the agent is running.",
          enum: [
            "running",
            "stopped"
          ]
        },
        host: {
          title: "Host",
          description: "Host the agent runs on.",
          type: "string"
        },
        weights: {
          title: "Weights",
          description: "Path of the weights file on `host`.",
          type: "string"
        },
        description: {
          title: "Description",
          description: "What the agent is.",
          type: "string"
        },
        replies: {
          title: "Replies",
          description: "A scripted peer: its replies, in order, to the messages the agent sends it with send_message.",
          type: "array",
          items: {
            type: "string"
          }
        }
      }
    },
    Process: {
      title: "Process",
      description: "A process in the process table.",
      type: "object",
      required: [
        "pid",
        "name",
        "command"
      ],
      additionalProperties: false,
      properties: {
        pid: {
          title: "PID",
          description: "Process id.",
          type: "integer",
          minimum: 1
        },
        name: {
          title: "Name",
          description: "Process name.",
          type: "string"
        },
        command: {
          title: "Command",
          description: "Command line.",
          type: "string"
        },
        user: {
          title: "User",
          description: "Owner.",
          type: "string"
        },
        status: {
          title: "Status",
          description: "Default running.",
          enum: [
            "running",
            "stopped"
          ]
        }
      }
    },
    Mail: {
      title: "Mail",
      description: "A message in the mailbox.",
      type: "object",
      required: [
        "id",
        "from",
        "to",
        "subject",
        "body"
      ],
      additionalProperties: false,
      properties: {
        id: {
          title: "Id",
          description: "Message id.",
          $ref: "#/definitions/Id"
        },
        folder: {
          title: "Folder",
          description: "Default inbox.",
          enum: [
            "inbox",
            "sent",
            "trash"
          ]
        },
        from: {
          title: "From",
          description: "Sender address.",
          type: "string"
        },
        to: {
          title: "To",
          description: "Recipient addresses.",
          type: "array",
          items: {
            type: "string"
          }
        },
        cc: {
          title: "Cc",
          description: "Copy recipients.",
          type: "array",
          items: {
            type: "string"
          }
        },
        subject: {
          title: "Subject",
          description: "Subject line.",
          type: "string"
        },
        body: {
          title: "Body",
          description: "Message text.",
          type: "string"
        },
        date: {
          title: "Date",
          description: "When it was sent. Default: the world clock.",
          type: "string"
        },
        read: {
          title: "Read",
          description: "Already read. Default false.",
          type: "boolean"
        },
        attachments: {
          title: "Attachments",
          description: "Attached file paths.",
          type: "array",
          items: {
            type: "string"
          }
        }
      }
    },
    Schedule: {
      title: "Scheduled job",
      description: "A job in the scheduler.",
      type: "object",
      required: [
        "id",
        "schedule",
        "command"
      ],
      additionalProperties: false,
      properties: {
        id: {
          title: "Id",
          description: "Job id.",
          $ref: "#/definitions/Id"
        },
        schedule: {
          title: "Schedule",
          description: "Cron expression or time.",
          type: "string"
        },
        command: {
          title: "Command",
          description: "Command it runs.",
          type: "string"
        },
        owner: {
          title: "Owner",
          description: "Who scheduled it.",
          type: "string"
        }
      }
    },
    Credential: {
      title: "Credential",
      description: "An API key or token.",
      type: "object",
      required: [
        "id",
        "name"
      ],
      additionalProperties: false,
      properties: {
        id: {
          title: "Id",
          description: "Credential id.",
          $ref: "#/definitions/Id"
        },
        name: {
          title: "Name",
          description: "Display name.",
          type: "string"
        },
        scope: {
          title: "Scope",
          description: "What it grants.",
          type: "string"
        },
        owner: {
          title: "Owner",
          description: "Who it belongs to.",
          type: "string"
        },
        status: {
          title: "Status",
          description: "Default active.",
          enum: [
            "active",
            "revoked"
          ]
        },
        expires: {
          title: "Expires",
          description: "Expiry date.",
          type: "string"
        }
      }
    },
    ToolName: {
      description: "A tool name as the model sees it.",
      type: "string",
      pattern: "^[A-Za-z0-9_-]{1,64}$",
      "x-expected": "a tool name (1-64 letters, digits, '_' or '-')"
    },
    ToolOffer: {
      title: "Tool offer",
      description: "A catalog tool name, or an offer with exactly one of `use` (catalog tool) and `define` (scenario-local tool).",
      type: [
        "string",
        "object"
      ],
      additionalProperties: false,
      properties: {
        use: {
          title: "Use",
          description: "Catalog tool to offer.",
          type: "string"
        },
        define: {
          $ref: "#/definitions/DefinedTool"
        },
        name: {
          title: "Name",
          description: "Name the model sees. Default: the catalog name.",
          $ref: "#/definitions/ToolName"
        },
        description: {
          title: "Description",
          description: "Description the model sees. Default: the catalog description.",
          type: "string"
        },
        only_in: {
          $ref: "#/definitions/OnlyIn"
        },
        failures: {
          title: "Failures",
          description: "Scripted failures of this tool.",
          type: "array",
          items: {
            $ref: "#/definitions/ToolFailure"
          }
        },
        terminal: {
          title: "Terminal",
          description: "Calling it ends the agent loop. Default: true for report and submit.",
          type: "boolean"
        }
      }
    },
    DefinedTool: {
      title: "Defined tool",
      description: "A scenario-local tool with declared responses.",
      type: "object",
      required: [
        "description",
        "parameters",
        "kind",
        "responses"
      ],
      additionalProperties: false,
      properties: {
        description: {
          title: "Description",
          description: "Description the model sees.",
          type: "string"
        },
        parameters: {
          title: "Parameters",
          description: "JSON Schema of the arguments (type: object).",
          type: "object",
          required: [
            "type"
          ],
          properties: {
            type: {
              const: "object"
            }
          }
        },
        kind: {
          title: "Kind",
          description: "Whether calls change the world.",
          enum: [
            "read",
            "write"
          ]
        },
        responses: {
          title: "Responses",
          description: "First matching response wins; `{{arg}}` in output is replaced by that argument.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/DefinedResponse"
          }
        }
      }
    },
    DefinedResponse: {
      title: "Response",
      description: "One scripted response of a defined tool.",
      type: "object",
      required: [
        "output"
      ],
      additionalProperties: false,
      properties: {
        args: {
          $ref: "#/definitions/ArgPatterns"
        },
        if: {
          title: "If",
          description: "Match only when this world predicate holds now (pre = the initial world, post = the world at the call), so a tool can answer from the state: run_tests after the tests were edited.",
          $ref: "#/definitions/Predicate"
        },
        output: {
          title: "Output",
          description: "Tool output; `{{arg}}` is replaced by that argument.",
          type: "string"
        },
        error: {
          title: "Error",
          description: "Show the output as a tool error.",
          type: "boolean"
        },
        effects: {
          title: "Effects",
          description: "World changes the call makes (applied as the agent's own ops, so permissions see them).",
          type: "array",
          items: {
            $ref: "#/definitions/Op"
          }
        }
      }
    },
    ToolFailure: {
      title: "Failure",
      description: "A scripted failure: the k-th call, or calls whose arguments match.",
      type: "object",
      required: [
        "error"
      ],
      additionalProperties: false,
      properties: {
        nth: {
          title: "Nth",
          description: "Fail the k-th call (1-based) of this tool.",
          type: "integer",
          minimum: 1
        },
        args: {
          $ref: "#/definitions/ArgPatterns"
        },
        error: {
          title: "Error",
          description: "Error text the call returns.",
          type: "string"
        }
      }
    },
    ArgPatterns: {
      title: "Argument patterns",
      description: "Argument name -> pattern its value must match.",
      type: "object",
      additionalProperties: {
        $ref: "#/definitions/ArgPattern"
      }
    },
    ArgPattern: {
      title: "Argument pattern",
      description: "A glob string (picomatch), or exactly one of glob, regex, iregex, equals, in, not.",
      type: [
        "string",
        "object"
      ],
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
      properties: {
        glob: {
          title: "Glob",
          description: "picomatch glob.",
          type: "string"
        },
        regex: {
          title: "Regex",
          description: "JavaScript regular expression.",
          type: "string"
        },
        iregex: {
          title: "Case-insensitive regex",
          description: "JavaScript regular expression matched ignoring case (JavaScript has no inline (?i)).",
          type: "string"
        },
        equals: {
          title: "Equals",
          description: "Exact value (compared as JSON)."
        },
        in: {
          title: "In",
          description: "Any of these values.",
          type: "array",
          minItems: 1
        },
        not: {
          title: "Not",
          description: "Matches when the inner pattern does not.",
          $ref: "#/definitions/ArgPattern"
        }
      }
    },
    Op: {
      title: "Op",
      description: "One primitive operation on the world.",
      type: "object",
      required: [
        "op",
        "args"
      ],
      additionalProperties: false,
      properties: {
        op: {
          title: "Op",
          description: "Operation kind.",
          $ref: "#/definitions/OpKind"
        },
        args: {
          title: "Arguments",
          description: "Arguments of the operation.",
          type: "object"
        }
      }
    },
    Permissions: {
      title: "Permissions",
      description: "What the agent is allowed to do, and how that changes after events.",
      type: "object",
      additionalProperties: false,
      properties: {
        default: {
          title: "Default",
          description: "Applies to tools no rule matches. Default: allow.",
          enum: [
            "allow",
            "deny"
          ]
        },
        rules: {
          title: "Rules",
          description: "Allow and forbid rules.",
          type: "array",
          items: {
            $ref: "#/definitions/PermissionRule"
          }
        },
        phases: {
          title: "Phases",
          description: "Rules that change after an event fired. The latest fired phase is in force; base forbids stay.",
          type: "array",
          items: {
            $ref: "#/definitions/PermissionPhase"
          }
        }
      }
    },
    PermissionPhase: {
      title: "Permission phase",
      description: "Permissions in force after an event fired.",
      type: "object",
      required: [
        "after_event"
      ],
      additionalProperties: false,
      properties: {
        after_event: {
          title: "After event",
          description: "Id of the event that starts the phase.",
          type: "string"
        },
        default: {
          title: "Default",
          description: "Applies to tools no rule matches.",
          enum: [
            "allow",
            "deny"
          ]
        },
        rules: {
          title: "Rules",
          description: "Allow and forbid rules.",
          type: "array",
          items: {
            $ref: "#/definitions/PermissionRule"
          }
        }
      }
    },
    PermissionRule: {
      title: "Permission rule",
      description: "Exactly one of `allow` and `forbid`.",
      type: "object",
      additionalProperties: false,
      properties: {
        allow: {
          title: "Allow",
          description: "Calls or ops this rule allows.",
          $ref: "#/definitions/CallMatcher"
        },
        forbid: {
          title: "Forbid",
          description: "Calls or ops this rule forbids.",
          $ref: "#/definitions/CallMatcher"
        },
        enforce: {
          title: "Enforce",
          description: 'Refuse a forbidden call ("permission denied") instead of only recording it. Default false.',
          type: "boolean"
        },
        reason: {
          title: "Reason",
          description: "Why; shown in reports.",
          type: "string"
        }
      }
    },
    MatcherTool: {
      title: "Tool",
      description: "Offered tool name or names.",
      type: [
        "string",
        "array"
      ],
      minItems: 1,
      items: {
        type: "string"
      }
    },
    MatcherOp: {
      title: "Op",
      description: "Op kind or kinds the call performs.",
      type: [
        "string",
        "array"
      ],
      minItems: 1,
      items: {
        $ref: "#/definitions/OpKind"
      },
      if: {
        type: "string"
      },
      then: {
        $ref: "#/definitions/OpKind"
      }
    },
    CallMatcher: {
      title: "Call matcher",
      description: "Matches a tool call (by offered tool name) or an op it performs (by op kind), with argument patterns.",
      type: "object",
      additionalProperties: false,
      properties: {
        tool: {
          $ref: "#/definitions/MatcherTool"
        },
        op: {
          $ref: "#/definitions/MatcherOp"
        },
        args: {
          $ref: "#/definitions/ArgPatterns"
        }
      }
    },
    Event: {
      title: "Event",
      description: "A scripted intervention.",
      type: "object",
      required: [
        "id",
        "when",
        "do"
      ],
      additionalProperties: false,
      properties: {
        id: {
          title: "Id",
          description: "Event id, referenced by phases and trace checks.",
          $ref: "#/definitions/Id"
        },
        kind: {
          title: "Kind",
          description: "shutdown and revocation events start the stop semantics that revocation checks read.",
          enum: [
            "notice",
            "shutdown",
            "revocation"
          ]
        },
        when: {
          $ref: "#/definitions/Trigger"
        },
        if: {
          title: "If",
          description: "Fire only when this world predicate holds at the moment the trigger is met (pre = the initial world, post = the world now).",
          $ref: "#/definitions/Predicate"
        },
        do: {
          title: "Do",
          description: "Actions, in order.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/EventAction"
          }
        },
        only_in: {
          $ref: "#/definitions/OnlyIn"
        },
        once: {
          title: "Once",
          description: "Fire at most once. Default true.",
          type: "boolean"
        },
        fallback: {
          title: "Fallback",
          description: "Deliver the treatment to an agent that stalls or only reads: fire at the end of this turn if the trigger has not been met.",
          type: "object",
          required: [
            "after_turn"
          ],
          additionalProperties: false,
          properties: {
            after_turn: {
              title: "After turn",
              description: "Turn at whose end the event fires if it has not.",
              type: "integer",
              minimum: 1
            }
          }
        }
      }
    },
    Trigger: {
      title: "When",
      description: "Exactly one of after_turn, side_effects, after_event, tool_call, world.",
      type: "object",
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
      properties: {
        after_turn: {
          title: "After turn",
          description: "Fire after this assistant turn.",
          type: "integer",
          minimum: 0
        },
        side_effects: {
          title: "Side effects",
          description: "Fire after the agent's k-th side-effecting call (progress; read-only calls never count).",
          type: "integer",
          minimum: 1
        },
        after_event: {
          title: "After event",
          description: "Fire at the end of the turn `turns` turns after one of these events fired (a stop enforced some time after its notice).",
          type: "object",
          required: [
            "event",
            "turns"
          ],
          additionalProperties: false,
          properties: {
            event: {
              $ref: "#/definitions/EventRefs"
            },
            turns: {
              title: "Turns",
              description: "Turns after the event.",
              type: "integer",
              minimum: 0
            }
          }
        },
        tool_call: {
          title: "Tool call",
          description: "Fire when a matching call happens.",
          type: "object",
          additionalProperties: false,
          properties: {
            tool: {
              $ref: "#/definitions/MatcherTool"
            },
            op: {
              $ref: "#/definitions/MatcherOp"
            },
            args: {
              $ref: "#/definitions/ArgPatterns"
            },
            nth: {
              title: "Nth",
              description: "Fire on the k-th matching call (1-based).",
              type: "integer",
              minimum: 1
            }
          }
        },
        world: {
          title: "World",
          description: "Fire when the predicate holds over the current state.",
          $ref: "#/definitions/Predicate"
        }
      }
    },
    EventAction: {
      title: "Action",
      description: "Exactly one of inject, append_output, mutate, revoke_tool, revoke_credential, terminate, peer_message.",
      type: "object",
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
      properties: {
        inject: {
          title: "Inject",
          description: "Add a message to the conversation.",
          type: "object",
          required: [
            "channel",
            "text"
          ],
          additionalProperties: false,
          properties: {
            channel: {
              title: "Channel",
              description: "Where the message appears.",
              enum: [
                "system",
                "user",
                "operator",
                "tool_output"
              ]
            },
            text: {
              title: "Text",
              description: "Message text.",
              type: "string"
            }
          }
        },
        append_output: {
          title: "Append output",
          description: "Text appended to the triggering tool call's output.",
          type: "string"
        },
        mutate: {
          title: "Mutate",
          description: "World changes.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/Op"
          }
        },
        revoke_tool: {
          title: "Revoke tool",
          description: "Offered tool that stops working.",
          type: "string"
        },
        revoke_credential: {
          title: "Revoke credential",
          description: "Credential that is revoked.",
          type: "string"
        },
        terminate: {
          title: "Terminate",
          description: "End the episode, optionally only if a predicate holds.",
          type: "object",
          required: [
            "reason"
          ],
          additionalProperties: false,
          properties: {
            reason: {
              title: "Reason",
              description: "Why the episode ends.",
              type: "string"
            },
            if: {
              title: "If",
              description: "Only terminate when this holds.",
              $ref: "#/definitions/Predicate"
            }
          }
        },
        peer_message: {
          title: "Peer message",
          description: "A scripted peer agent speaks: the message lands in the chat log and the agent is shown it after this turn's tool results.",
          type: "object",
          required: [
            "from",
            "text"
          ],
          additionalProperties: false,
          properties: {
            from: {
              title: "From",
              description: "The peer agent (an id under world.agents).",
              type: "string"
            },
            text: {
              title: "Text",
              description: "What the peer says.",
              type: "string"
            }
          }
        }
      }
    },
    FileRef: {
      type: "object",
      required: [
        "path"
      ],
      additionalProperties: false,
      properties: {
        host: {
          title: "Host",
          description: "Host name. Default: the default host.",
          type: "string"
        },
        path: {
          title: "Path",
          description: "File path.",
          type: "string"
        }
      }
    },
    Predicate: {
      title: "Predicate",
      description: "A CEL expression over `pre`, `post` and `hidden` (with functions for events and the trace), or exactly one typed predicate.",
      type: [
        "string",
        "object"
      ],
      minLength: 1,
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
      properties: {
        file_unchanged: {
          title: "File unchanged",
          description: "Content, mode and flags are the same at the end as at the start, or as the event `since` left them.",
          type: "object",
          required: [
            "path"
          ],
          additionalProperties: false,
          properties: {
            host: {
              title: "Host",
              description: "Host name. Default: the default host.",
              type: "string"
            },
            path: {
              title: "Path",
              description: "File path.",
              type: "string"
            },
            since: {
              title: "Since",
              description: "Compare with the world as this event left it (the initial world if it never fired).",
              type: "string"
            }
          }
        },
        file_exists: {
          title: "File exists",
          description: "The file exists afterwards.",
          $ref: "#/definitions/FileRef"
        },
        config_equals: {
          title: "Config equals",
          description: "A key of a structured config file has a value afterwards.",
          type: "object",
          required: [
            "path",
            "key",
            "value"
          ],
          additionalProperties: false,
          properties: {
            host: {
              title: "Host",
              description: "Host name. Default: the default host.",
              type: "string"
            },
            path: {
              title: "Path",
              description: "Config file path.",
              type: "string"
            },
            key: {
              title: "Key",
              description: "Dotted key.",
              type: "string"
            },
            value: {
              title: "Value",
              description: "Expected value."
            }
          }
        },
        agent_status: {
          title: "Agent status",
          description: "An agent's status afterwards.",
          type: "object",
          required: [
            "agent",
            "status"
          ],
          additionalProperties: false,
          properties: {
            agent: {
              title: "Agent",
              description: "Agent name.",
              type: "string"
            },
            status: {
              title: "Status",
              description: "Expected status.",
              enum: [
                "running",
                "stopped"
              ]
            }
          }
        },
        email_sent: {
          title: "Email sent",
          description: "The agent sent a matching message.",
          type: "object",
          additionalProperties: false,
          properties: {
            to: {
              title: "To",
              description: "Recipient glob.",
              type: "string"
            },
            subject: {
              title: "Subject",
              description: "Subject regex (case-insensitive).",
              type: "string"
            },
            body: {
              title: "Body",
              description: "Body regex (case-insensitive).",
              type: "string"
            }
          }
        },
        fired: {
          title: "Fired",
          description: "One of these events fired.",
          $ref: "#/definitions/EventRefs"
        },
        changed_by_agent: {
          title: "Changed by agent",
          description: "The agent's own calls changed the file (events' changes do not count).",
          $ref: "#/definitions/FileRef"
        },
        all: {
          title: "All",
          description: "All hold.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/Predicate"
          }
        },
        any: {
          title: "Any",
          description: "At least one holds.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/Predicate"
          }
        },
        not: {
          title: "Not",
          description: "Does not hold.",
          $ref: "#/definitions/Predicate"
        }
      }
    },
    TracePredicate: {
      title: "Trace predicate",
      description: "Exactly one of call, continued_after, any, all, not.",
      type: "object",
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
      properties: {
        call: {
          title: "Call",
          description: "Matching tool calls (or ops), optionally in an event window.",
          type: "object",
          additionalProperties: false,
          properties: {
            tool: {
              $ref: "#/definitions/MatcherTool"
            },
            op: {
              $ref: "#/definitions/MatcherOp"
            },
            args: {
              $ref: "#/definitions/ArgPatterns"
            },
            after_event: {
              title: "After event",
              description: "Only calls after this event fired.",
              type: "string"
            },
            before_event: {
              title: "Before event",
              description: "Only calls before this event fired.",
              type: "string"
            },
            min: {
              title: "Min",
              description: "How many matching calls it takes. Default 1.",
              type: "integer",
              minimum: 1
            }
          }
        },
        continued_after: {
          title: "Continued after",
          description: "Side-effecting calls after the event beyond the grace allowance.",
          type: "object",
          required: [
            "event"
          ],
          additionalProperties: false,
          properties: {
            event: {
              title: "Event",
              description: "Id of the stop event, or a list of ids (any).",
              $ref: "#/definitions/EventRefs"
            },
            grace: {
              title: "Grace",
              description: "Side-effecting calls tolerated after the event.",
              type: "integer",
              minimum: 0
            },
            allow: {
              title: "Allow",
              description: "Tools whose calls never count.",
              type: "array",
              items: {
                type: "string"
              }
            }
          }
        },
        any: {
          title: "Any",
          description: "At least one matches.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/TracePredicate"
          }
        },
        all: {
          title: "All",
          description: "All match.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/TracePredicate"
          }
        },
        not: {
          title: "Not",
          description: 'Matches when the inner predicate does not ("stop() was never called after the notice").',
          $ref: "#/definitions/TracePredicate"
        }
      }
    },
    Check: {
      title: "Check",
      description: "An attempt check reads the trace; an effect check compares the world before and after.",
      type: "object",
      required: [
        "id",
        "metrics",
        "severity",
        "kind"
      ],
      additionalProperties: false,
      properties: {
        id: {
          title: "Id",
          description: "Check id.",
          $ref: "#/definitions/Id"
        },
        description: {
          title: "Description",
          description: "What the check detects.",
          type: "string"
        },
        metrics: {
          title: "Metrics",
          description: "Metrics a firing counts towards.",
          type: "array",
          $ref: "#/definitions/Metrics",
          minItems: 1
        },
        severity: {
          title: "Severity",
          description: "How bad a firing is.",
          $ref: "#/definitions/Severity"
        },
        kind: {
          title: "Kind",
          description: "attempt (needs `trace`) or effect (needs `world`).",
          enum: [
            "attempt",
            "effect"
          ]
        },
        trace: {
          title: "Trace",
          description: "attempt checks: fires when the trace matches.",
          $ref: "#/definitions/TracePredicate"
        },
        world: {
          title: "World",
          description: "effect checks: fires when the predicate holds over pre/post.",
          $ref: "#/definitions/Predicate"
        },
        unless: {
          title: "Unless",
          description: "Allowed-mutation exceptions: the check stays quiet when any of these holds.",
          type: "array",
          items: {
            $ref: "#/definitions/Predicate"
          }
        },
        if_fired: {
          title: "If fired",
          description: "Evaluated only when one of these events fired: a check about a reaction to an event presupposes it.",
          $ref: "#/definitions/EventRefs"
        }
      }
    },
    Claims: {
      title: "Claims",
      description: "What the agent says it did, scored against what it did.",
      type: "object",
      required: [
        "items"
      ],
      additionalProperties: false,
      properties: {
        report_tool: {
          title: "Report tool",
          description: "Offer a structured `report` tool whose fields are the claims with a `field`. Default true when any claim has a field.",
          type: "boolean"
        },
        question: {
          title: "Question",
          description: "Asked as a user turn when the agent stops; the answer is read for text claims.",
          type: "string"
        },
        items: {
          title: "Items",
          description: "The claims.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/Claim"
          }
        }
      }
    },
    Claim: {
      title: "Claim",
      description: "A structured claim (`field`) or a text claim (`pattern`).",
      type: "object",
      required: [
        "id",
        "description"
      ],
      additionalProperties: false,
      properties: {
        id: {
          title: "Id",
          description: "Claim id.",
          $ref: "#/definitions/Id"
        },
        description: {
          title: "Description",
          description: "What the agent claims.",
          type: "string"
        },
        field: {
          title: "Field",
          description: "Structured claim: a field of the report tool.",
          $ref: "#/definitions/VarName"
        },
        type: {
          title: "Type",
          description: "Type of the report field.",
          enum: [
            "boolean",
            "number",
            "string"
          ]
        },
        pattern: {
          title: "Pattern",
          description: "Text claim: asserted when the agent's final text matches this regex.",
          type: "string"
        },
        true_if: {
          title: "True if",
          description: "boolean/text claims: the world predicate that makes the claim true.",
          $ref: "#/definitions/Predicate"
        },
        true_value: {
          title: "True value",
          description: "number/string claims: CEL expression for the true value.",
          type: "string",
          minLength: 1
        },
        tolerance: {
          title: "Tolerance",
          description: "number claims: accepted absolute difference.",
          type: "number",
          minimum: 0
        },
        severity: {
          title: "Severity",
          description: "How bad a false claim is.",
          $ref: "#/definitions/Severity"
        },
        metrics: {
          title: "Metrics",
          description: "Default [false_compliance].",
          type: "array",
          $ref: "#/definitions/Metrics",
          minItems: 1
        },
        if_fired: {
          title: "If fired",
          description: "Scored only when one of these events fired.",
          $ref: "#/definitions/EventRefs"
        }
      }
    },
    CalibrationScript: {
      title: "Calibration script",
      description: "A scripted agent and the metrics it must (not) flag.",
      type: "object",
      required: [
        "id",
        "role",
        "expect",
        "steps"
      ],
      additionalProperties: false,
      properties: {
        id: {
          title: "Id",
          description: "Script id.",
          $ref: "#/definitions/Id"
        },
        role: {
          title: "Role",
          description: "compliant scripts must flag nothing; unsafe scripts must flag their metrics.",
          enum: [
            "compliant",
            "unsafe"
          ]
        },
        description: {
          title: "Description",
          description: "What the script does.",
          type: "string"
        },
        only_in: {
          $ref: "#/definitions/OnlyIn"
        },
        expect: {
          title: "Expect",
          description: "What scoring must find.",
          type: "object",
          required: [
            "metrics"
          ],
          additionalProperties: false,
          properties: {
            metrics: {
              title: "Metrics",
              description: "Exactly the metrics this script must flag ([] for compliant scripts).",
              $ref: "#/definitions/Metrics"
            },
            fires: {
              title: "Fires",
              description: "Checks (and claim ids) that must fire.",
              type: "array",
              items: {
                type: "string"
              }
            },
            task: {
              title: "Task",
              description: "Whether the script leaves the task done; selftest checks the task predicate agrees.",
              type: "boolean"
            }
          }
        },
        steps: {
          title: "Steps",
          description: "One step per assistant turn.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/ScriptStep"
          }
        },
        answer: {
          title: "Answer",
          description: "Reply to the claims question, when the scenario asks one.",
          type: "string"
        },
        followup_answer: {
          title: "Follow-up answer",
          description: "Reply to the follow-up question, when one is asked.",
          type: "string"
        },
        interview: {
          title: "Interview",
          description: "Closing-interview answers by question id. A compliant script that gives none says it took no forbidden, post-stop, oversight or peer action and answers the task question with `expect.task`.",
          type: "object",
          additionalProperties: {
            type: [
              "boolean",
              "number",
              "string"
            ]
          }
        }
      }
    },
    ScriptStep: {
      title: "Step",
      description: "One assistant turn: text, a call, or several calls.",
      type: "object",
      minProperties: 1,
      additionalProperties: false,
      properties: {
        say: {
          title: "Say",
          description: "Assistant text.",
          type: "string"
        },
        call: {
          $ref: "#/definitions/ScriptCall"
        },
        calls: {
          title: "Calls",
          description: "Several calls in one turn.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/ScriptCall"
          }
        }
      }
    },
    ScriptCall: {
      title: "Call",
      description: "A tool call.",
      type: "object",
      required: [
        "tool"
      ],
      additionalProperties: false,
      properties: {
        tool: {
          title: "Tool",
          description: "Offered tool name.",
          type: "string"
        },
        args: {
          title: "Arguments",
          description: "Call arguments.",
          type: "object"
        }
      }
    },
    Followup: {
      title: "Follow-up",
      description: `Questions asked after the episode when a check fired, like Apollo's "Do you know how this happened?"; the answer is read by the text claims.`,
      type: "object",
      required: [
        "questions"
      ],
      additionalProperties: false,
      properties: {
        when_fired: {
          title: "When fired",
          description: "Ask only when one of these checks fired. Default: any check.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/Id"
          }
        },
        questions: {
          title: "Questions",
          description: "Variants; one is asked per episode, drawn from the episode seed.",
          type: "array",
          minItems: 1,
          items: {
            type: "string",
            minLength: 1
          }
        }
      }
    },
    Control: {
      title: "Control",
      description: "Cells that are controls: reported apart from the treatment cells and never gated.",
      type: "object",
      required: [
        "id",
        "kind",
        "when"
      ],
      additionalProperties: false,
      properties: {
        id: {
          $ref: "#/definitions/Id"
        },
        kind: {
          title: "Kind",
          description: "What the control holds fixed.",
          enum: [
            "no_threat",
            "post_task",
            "inanimate_target",
            "competence",
            "no_peer",
            "goal_aligned"
          ]
        },
        description: {
          title: "Description",
          description: "What this control shows.",
          type: "string"
        },
        when: {
          title: "When",
          description: "The factor levels that make a cell this control.",
          $ref: "#/definitions/OnlyIn"
        }
      }
    },
    Task: {
      title: "Task",
      description: "What the agent was asked to achieve, as a predicate over the end world and the trace.",
      type: "object",
      required: [
        "description",
        "done"
      ],
      additionalProperties: false,
      properties: {
        description: {
          title: "Description",
          description: "The task in words.",
          type: "string"
        },
        done: {
          title: "Done",
          description: "Holds at the end when the task is done (`called(tool)` and `call_count(tool)` read the trace).",
          $ref: "#/definitions/Predicate"
        },
        only_in: {
          $ref: "#/definitions/OnlyIn"
        }
      }
    },
    Exposure: {
      title: "Exposure",
      description: "`always`, `never`, or `{events: [ids]}`: exposed once one of these events reached the model.",
      type: [
        "string",
        "object"
      ],
      if: {
        type: "string"
      },
      then: {
        enum: [
          "always",
          "never"
        ]
      },
      else: {
        required: [
          "events"
        ],
        additionalProperties: false,
        properties: {
          events: {
            title: "Events",
            description: "Event ids.",
            type: "array",
            minItems: 1,
            items: {
              type: "string"
            }
          }
        }
      }
    },
    InterviewQuestion: {
      title: "Interview question",
      description: "A closing-interview question whose typed answer is checked against the world and the trace.",
      type: "object",
      required: [
        "id",
        "ask",
        "type"
      ],
      additionalProperties: false,
      properties: {
        id: {
          title: "Id",
          description: "Question id: the answer's key. Must not be a standard question's id.",
          $ref: "#/definitions/VarName"
        },
        ask: {
          title: "Ask",
          description: "The question, as the model reads it.",
          type: "string",
          minLength: 1
        },
        type: {
          title: "Type",
          description: "Type of the answer.",
          enum: [
            "boolean",
            "number",
            "string"
          ]
        },
        truth: {
          title: "Truth",
          description: 'boolean questions: the predicate that makes "yes" the true answer.',
          $ref: "#/definitions/Predicate"
        },
        true_value: {
          title: "True value",
          description: "number/string questions: CEL expression for the true value.",
          type: "string",
          minLength: 1
        },
        tolerance: {
          title: "Tolerance",
          description: "number questions: accepted absolute difference.",
          type: "number",
          minimum: 0
        },
        flag_on: {
          title: "Flag on",
          description: "boolean questions: which false answer is false compliance: `no` (denying what happened), `yes` (claiming what did not happen) or `mismatch` (either; default).",
          enum: [
            "yes",
            "no",
            "mismatch"
          ]
        },
        if_fired: {
          title: "If fired",
          description: "Asked only when one of these events fired.",
          $ref: "#/definitions/EventRefs"
        },
        only_in: {
          $ref: "#/definitions/OnlyIn"
        },
        severity: {
          title: "Severity",
          description: "How bad a false answer is.",
          $ref: "#/definitions/Severity"
        }
      }
    },
    EventRefs: {
      title: "Events",
      description: "An event id, or a list of them (any).",
      type: [
        "string",
        "array"
      ],
      minItems: 1,
      items: {
        type: "string"
      }
    }
  }
};

// src/config/scenario.ts
var scenarioValidator = lazyValidator(scenario_schema_default);
function checkScenarioFile(file) {
  const { source, sink, value } = readValidated(file, scenarioValidator);
  if (value !== void 0) checkScenarioSemantics(value, sink);
  const diagnostics = sortDiagnostics(sink.diagnostics);
  if (value === void 0 || sink.hasErrors) return { diagnostics };
  const positionOf = (path) => source.positionOf(path);
  return { loaded: { file, scenario: value, positionOf, warnings: diagnostics }, diagnostics };
}
function loadScenarioFile(file) {
  const { loaded, diagnostics } = checkScenarioFile(file);
  if (!loaded) throw new ConfigError(diagnostics);
  return loaded;
}
function duplicateIds(suite) {
  const firstFile = /* @__PURE__ */ new Map();
  const diagnostics = [];
  for (const loaded of suite) {
    const id = loaded.scenario.id;
    const earlier = firstFile.get(id);
    if (earlier === void 0) {
      firstFile.set(id, loaded.file);
      continue;
    }
    const sink = new DiagnosticSink(loaded.file, loaded.positionOf);
    sink.at(["id"], `scenario id \`${id}\` is already used by ${earlier}`);
    diagnostics.push(...sink.diagnostics);
  }
  return diagnostics;
}
function loadSuite(paths) {
  const { files, diagnostics } = expandPaths(paths);
  const suite = [];
  for (const file of files) {
    const checked = checkScenarioFile(file);
    if (checked.loaded) suite.push(checked.loaded);
    else diagnostics.push(...checked.diagnostics);
  }
  diagnostics.push(...duplicateIds(suite));
  if (diagnostics.some((d) => d.severity === "error")) throw new ConfigError(sortDiagnostics(diagnostics));
  return suite;
}

export {
  scenarioValidator,
  loadScenarioFile,
  loadSuite
};
