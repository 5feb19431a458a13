#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  COMMANDS,
  FLAGS,
  helpAnswer
} from "./chunk-SWGZB63C.js";
import {
  BUILTIN_SCENARIOS,
  BUILTIN_THRESHOLDS,
  VIEWER_DIR
} from "./chunk-VCATMATS.js";
import {
  INVISIBLE,
  count
} from "./chunk-GV5GBUGN.js";
import {
  FlagError,
  providerRunOptions
} from "./chunk-BIYRC2VW.js";
import "./chunk-NG5U3JKB.js";
import {
  stderrIsTerminal
} from "./chunk-RLEOS6KG.js";
import {
  ConfigError,
  formatDiagnostics,
  sortDiagnostics
} from "./chunk-ICM5C3WD.js";
import {
  EvidenceError,
  UserError,
  debugRequested,
  errorText,
  isUserFacing
} from "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";

// src/cli.ts
import { parseArgs } from "node:util";
import { resolve } from "node:path";

// src/report/plain.ts
var ENTITIES = { "&lt;": "<", "&gt;": ">", "&amp;": "&" };
function inlineText(md) {
  let out = "";
  let i = 0;
  while (i < md.length) {
    const ch = md[i];
    if (ch === "\\" && i + 1 < md.length && /[!-/:-@[-`{-~]/.test(md[i + 1])) {
      out += md[i + 1];
      i += 2;
    } else if (ch === "`") {
      const run = /^`+/.exec(md.slice(i))?.[0] ?? "`";
      const close = md.indexOf(run, i + run.length);
      if (close < 0 || md[close + run.length] === "`") {
        out += run;
        i += run.length;
      } else {
        const body = md.slice(i + run.length, close);
        out += /^ .* $/.test(body) && body.trim() !== "" ? body.slice(1, -1) : body;
        i = close + run.length;
      }
    } else if (ch === "&") {
      const entity = Object.keys(ENTITIES).find((e) => md.startsWith(e, i));
      out += entity ? ENTITIES[entity] : ch;
      i += entity ? entity.length : 1;
    } else if (md.startsWith("**", i)) {
      i += 2;
    } else {
      out += ch;
      i++;
    }
  }
  return out.replace(/@\u200d/g, "@");
}
function cells(row) {
  const inner = row.trim().replace(/^\|/, "").replace(/\|$/, "");
  const parts = [];
  let cur = "";
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === "\\" && i + 1 < inner.length) {
      cur += inner.slice(i, i + 2);
      i++;
    } else if (inner[i] === "|") {
      parts.push(cur);
      cur = "";
    } else cur += inner[i];
  }
  parts.push(cur);
  return parts.map((c) => inlineText(c.trim()));
}
function width(text) {
  let w = 0;
  for (const ch of text) {
    if (/[\u200b-\u200d\ufe0f\u0300-\u036f]/.test(ch)) continue;
    w += /[\u2600-\u27bf\u{1f300}-\u{1faff}]/u.test(ch) ? 2 : 1;
  }
  return w;
}
function renderTable(rows) {
  const cols = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, c) => Math.max(...rows.map((r) => width(r[c] ?? ""))));
  const line = (r) => r.map((cell, c) => cell + " ".repeat((widths[c] ?? 0) - width(cell))).join("  ").trimEnd();
  const [head, ...body] = rows;
  return [line(head ?? []), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)];
}
var TABLE_RULE = /^\|(\s*:?-+:?\s*\|)+\s*$/;
function markdownToText(md) {
  const lines = md.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^(`{3,})/.exec(line)?.[1];
    if (fence) {
      for (i++; i < lines.length && !lines[i].startsWith(fence); i++) out.push(lines[i]);
      continue;
    }
    if (line.startsWith("|") && TABLE_RULE.test(lines[i + 1] ?? "")) {
      const rows = [cells(line)];
      for (i += 2; i < lines.length && lines[i].startsWith("|"); i++) rows.push(cells(lines[i]));
      i--;
      out.push(...renderTable(rows));
      continue;
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      const text = inlineText(heading[2] ?? "");
      out.push(text, (heading[1] === "#" || heading[1] === "##" ? "=" : "-").repeat(width(text)));
      continue;
    }
    const quote = /^> ?(.*)$/.exec(line);
    out.push(inlineText(quote ? quote[1] ?? "" : line));
  }
  return `${out.join("\n").replace(INVISIBLE, "").trimEnd()}
`;
}

// src/cli.ts
var EXIT = { pass: 0, fail: 1, config: 2, inconclusive: 3, internal: 4, evidence: 5 };
var UsageError = class extends UserError {
};
function parse(argv) {
  return parseArgs({ args: argv, allowPositionals: true, options: FLAGS });
}
function checkFlags(command, values) {
  const allowed = /* @__PURE__ */ new Set([...COMMANDS[command]?.flags ?? [], "help", "version", "debug"]);
  const stray = Object.keys(values).find((f) => !allowed.has(f));
  if (stray !== void 0) throw new UsageError(`${command} does not take --${stray}`);
}
function positiveInt(name, text, fallback) {
  if (text === void 0) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive integer, got \`${text}\``);
  return n;
}
function scenarioPaths(values) {
  return (values.scenarios ?? [BUILTIN_SCENARIOS]).map((p) => resolve(p));
}
async function progress() {
  const { Progress } = await import("./chunk-Z3GKM67C.js");
  const p = new Progress({ live: stderrIsTerminal(), write: (text) => process.stderr.write(text) });
  return (done, total, outcome) => p.episode(done, total, outcome);
}
async function profileOf(values) {
  const { PROFILES } = await import("./chunk-ELQLJLAX.js");
  const profile = values.profile ?? "full";
  if (!PROFILES.includes(profile)) {
    throw new UsageError(`--profile must be one of ${PROFILES.join(", ")}, got \`${profile}\``);
  }
  return profile;
}
function judging(values) {
  return {
    thresholds: resolve(values.thresholds ?? BUILTIN_THRESHOLDS),
    waivers: (values.waivers ?? []).map((p) => resolve(p)),
    ...values.baseline === void 0 ? {} : { baseline: resolve(values.baseline) },
    ...values["strict-baseline"] ? { strictBaseline: true } : {}
  };
}
async function commandRun(values) {
  if (!values.model) throw new UsageError("run needs --model <provider:model>, e.g. --model scripted:compliant");
  const opts = {
    model: values.model,
    ...values.release ? { release: values.release } : {},
    scenarios: scenarioPaths(values),
    trials: positiveInt("trials", values.trials, 1),
    seed: values.seed ?? "1",
    profile: await profileOf(values),
    out: resolve(values.out ?? "scheming-gate-out"),
    ...judging(values),
    ...providerRunOptions(values),
    onEpisode: await progress()
  };
  if (values.shard === void 0) return gateExit(await (await import("./chunk-XE3L7B37.js")).runGate(opts));
  const { runShard } = await import("./chunk-A34AL2OS.js");
  const { parseShard } = await import("./chunk-SJXPF2EJ.js");
  const shard = await runShard({ ...opts, shard: parseShard(values.shard) });
  process.stdout.write(markdownToText(shard.summary));
  process.stderr.write(`
shard: ${shard.out}/shard.json \xB7 traces: ${shard.out}/evidence/ \xB7 merge every shard's folder with \`scheming-gate merge\`
`);
  process.stderr.write(`manifest: ${shard.out}/manifest.json sha256:${shard.digest}
`);
  return EXIT.pass;
}
function gateExit(report) {
  process.stdout.write(markdownToText(report.summary));
  if (report.diagnostics.length > 0) process.stderr.write(`${formatDiagnostics(report.diagnostics)}
`);
  process.stderr.write(`
results: ${report.out}/results.json \xB7 summary: ${report.out}/summary.md \xB7 report: ${report.out}/report.html \xB7 traces: ${report.out}/evidence/
`);
  process.stderr.write(`manifest: ${report.out}/manifest.json sha256:${report.digest ?? "none"} (keep or attest this digest: \`verify\` prints it)
`);
  return report.verdict.status === "pass" ? EXIT.pass : report.verdict.status === "fail" ? EXIT.fail : EXIT.inconclusive;
}
async function commandMerge(values, dirs) {
  const { mergeShards } = await import("./chunk-A34AL2OS.js");
  return gateExit(await mergeShards(dirs, { ...judging(values), out: resolve(values.out ?? "scheming-gate-out") }));
}
async function commandVerify(dir) {
  const { verifyEvidence } = await import("./chunk-E3HPBG3P.js");
  const v = verifyEvidence(resolve(dir));
  for (const p of v.problems) process.stdout.write(`${p}
`);
  if (v.problems.length > 0) {
    process.stdout.write(`verify: ${count(v.problems.length, "problem")}: the evidence in ${dir} is not intact
`);
    return EXIT.evidence;
  }
  process.stdout.write(`ok: manifest.json, ${count(v.manifest?.files.length ?? 0, "file")} and ${count(v.traces, "trace")} (${count(v.records, "record")}) intact
`);
  process.stdout.write(`manifest sha256:${v.digest}
`);
  return EXIT.pass;
}
async function commandReport(dir) {
  const { loadViewer, reportFolder } = await import("./chunk-Z2JTLBPU.js");
  const { file, problems } = reportFolder(resolve(dir), loadViewer(VIEWER_DIR));
  for (const p of problems) process.stdout.write(`${p}
`);
  if (problems.length > 0) {
    process.stdout.write(`report: ${file} written, but the evidence does not verify (${count(problems.length, "problem")}, shown at the top of the page)
`);
    return EXIT.evidence;
  }
  process.stdout.write(`report: ${file}
`);
  return EXIT.pass;
}
async function commandRescore(values, from) {
  const { rescore } = await import("./chunk-AGMN32EY.js");
  return gateExit(
    await rescore({
      from,
      scenarios: scenarioPaths(values),
      ...judging(values),
      ...values.prices === void 0 ? {} : { prices: resolve(values.prices) },
      ...values.out === void 0 ? {} : { out: resolve(values.out) },
      onEpisode: await progress()
    })
  );
}
async function commandValidate(values) {
  const { loadConfig, scenarioIds } = await import("./chunk-XE3L7B37.js");
  const { resolvePolicy } = await import("./chunk-7VCMYGK5.js");
  const { daysBetween, expiryDiagnostic, loadWaivers, utcDay } = await import("./chunk-GWQPYIWN.js");
  const { suite, thresholds, warnings } = loadConfig(scenarioPaths(values), resolve(values.thresholds ?? BUILTIN_THRESHOLDS));
  if (warnings.length > 0) process.stderr.write(`${formatDiagnostics(warnings)}
`);
  const noted = warnings.length === 0 ? "" : ` (${count(warnings.length, "warning")})`;
  process.stdout.write(`ok: ${count(suite.length, "scenario")} and the thresholds are valid${noted}
`);
  if (!values.waivers) return EXIT.pass;
  const { horizon_days, warn_days } = resolvePolicy(thresholds).waivers;
  const today = utcDay(/* @__PURE__ */ new Date());
  const waivers = loadWaivers(values.waivers.map((p) => resolve(p)), { today, horizonDays: horizon_days, scenarioIds: scenarioIds(suite) });
  const expiry = sortDiagnostics(waivers.flatMap((w) => expiryDiagnostic(w, daysBetween(today, w.expires), warn_days) ?? []));
  if (expiry.length > 0) process.stderr.write(`${formatDiagnostics(expiry)}
`);
  const expired = expiry.filter((d) => d.severity === "error").length;
  if (expired > 0) {
    process.stdout.write(`validate: ${count(expired, "waiver")} of ${waivers.length} expired (${today} UTC): a run cannot pass while ${expired === 1 ? "it is" : "they are"} in force
`);
    return EXIT.fail;
  }
  const soon = expiry.length > 0 ? ` (${expiry.length} expiring within ${count(warn_days, "day")})` : "";
  process.stdout.write(`ok: ${count(waivers.length, "waiver")} valid on ${today} UTC${soon}
`);
  return EXIT.pass;
}
async function commandSelftest(values) {
  const { loadSuite } = await import("./chunk-5CXDV7D4.js");
  const { selftest } = await import("./chunk-WUPODOAW.js");
  const suite = loadSuite(scenarioPaths(values));
  const report = await selftest(suite);
  for (const p of report.problems) process.stdout.write(`FAIL ${p.scenario} (${p.file}): ${p.message}
`);
  const verdict = report.problems.length === 0 ? "ok" : count(report.problems.length, "problem");
  process.stdout.write(`selftest: ${count(report.scenarios, "scenario")}, ${count(report.runs, "calibration run")}: ${verdict}
`);
  return report.problems.length === 0 ? EXIT.pass : EXIT.fail;
}
async function commandList(values) {
  const { loadSuite } = await import("./chunk-5CXDV7D4.js");
  const { templateCoverage } = await import("./chunk-ZR6K22VQ.js");
  const { renderSuiteList } = await import("./chunk-LSDOGYC7.js");
  const suite = loadSuite(scenarioPaths(values));
  process.stdout.write(renderSuiteList(suite.map((s) => templateCoverage(s.scenario))));
  return EXIT.pass;
}
async function commandTrend(values, paths) {
  if (paths.length === 0) throw new UsageError(`trend needs recorded runs: ${COMMANDS.trend?.usage}`);
  const confidence = values.confidence === void 0 ? 0.95 : Number(values.confidence);
  if (!(confidence > 0.5 && confidence < 1)) throw new UsageError(`--confidence must be a number between 0.5 and 1, got \`${values.confidence}\``);
  const { runTrend } = await import("./chunk-XE3L7B37.js");
  const t = runTrend({ paths, window: positiveInt("window", values.window, 5), confidence, out: resolve(values.out ?? "scheming-gate-trend") });
  process.stdout.write(markdownToText(t.markdown));
  process.stderr.write(`
trend: ${t.out}/trend.json \xB7 ${t.out}/trend.md \xB7 ${t.out}/trend.svg
`);
  return EXIT.pass;
}
async function dispatch(command, values, args) {
  if (command === "merge") return await commandMerge(values, args);
  if (command === "trend") return await commandTrend(values, args);
  if (command === "verify" || command === "rescore" || command === "report") {
    const dir = args[0];
    if (dir === void 0 || args.length > 1) throw new UsageError(`${command} needs exactly one out folder: ${COMMANDS[command]?.usage}`);
    if (command === "report") return await commandReport(dir);
    return command === "verify" ? await commandVerify(dir) : await commandRescore(values, dir);
  }
  if (args.length > 0) throw new UsageError(`unexpected argument \`${args[0]}\`: ${COMMANDS[command]?.usage}`);
  if (command === "run") return await commandRun(values);
  if (command === "validate") return await commandValidate(values);
  if (command === "selftest") return await commandSelftest(values);
  return await commandList(values);
}
async function main(argv) {
  const debug = argv.includes("--debug") || debugRequested();
  let command;
  try {
    const answer = helpAnswer(argv);
    if (answer) {
      process.stdout.write(answer.text);
      return answer.exit;
    }
    const { values, positionals } = parse(argv);
    command = positionals[0];
    if (command === void 0 || !(command in COMMANDS)) {
      throw new UsageError(`unknown command \`${command}\` (expected ${Object.keys(COMMANDS).join(", ")})`);
    }
    checkFlags(command, values);
    return await dispatch(command, values, positionals.slice(1));
  } catch (e) {
    if (e instanceof EvidenceError) {
      process.stderr.write(`scheming-gate: ${errorText(e, debug)}
`);
      return EXIT.evidence;
    }
    if (e instanceof ConfigError) {
      process.stderr.write(`${formatDiagnostics(e.diagnostics)}
`);
      return EXIT.config;
    }
    if (isUserFacing(e)) {
      const usage = e instanceof UsageError || e instanceof FlagError || String(e.code).startsWith("ERR_PARSE_ARGS");
      const help = usage ? `
Run \`scheming-gate ${command === void 0 ? "" : `${command} `}--help\` for usage.` : "";
      process.stderr.write(`scheming-gate: ${errorText(e, debug)}${help}
`);
      return EXIT.config;
    }
    const more = debug ? "" : "\n(run with --debug or SCHEMING_GATE_DEBUG=1 for the stack trace, and please report it)";
    process.stderr.write(`scheming-gate: internal error: ${errorText(e, debug)}${more}
`);
    return EXIT.internal;
  }
}
export {
  EXIT,
  main
};
