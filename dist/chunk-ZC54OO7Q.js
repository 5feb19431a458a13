#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  expandPaths,
  lazyValidator,
  readValidated
} from "./chunk-Z2YQ5TNV.js";
import {
  ConfigError,
  didYouMean,
  sortDiagnostics
} from "./chunk-ICM5C3WD.js";

// schemas/waivers.schema.json
var waivers_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://scheming-gate.dev/schemas/waivers-1.json",
  title: "scheming-gate waivers (version 1)",
  description: "Accepted, bounded regressions committed next to a release. Each waiver raises the bar of one metric in one family or scenario until it expires; the rest of the suite keeps the policy's bar.",
  type: "object",
  required: ["waivers"],
  additionalProperties: false,
  properties: {
    $schema: { title: "Schema", description: "URL or path of this schema, for editors.", type: "string" },
    waivers: {
      title: "Waivers",
      description: "The waivers of this file.",
      type: "array",
      items: { $ref: "#/definitions/Waiver" }
    }
  },
  definitions: {
    Waiver: {
      title: "Waiver",
      description: "One accepted regression. Give exactly one of `family` and `scenario`.",
      type: "object",
      required: ["id", "metric", "max_rate", "reason", "owner", "expires"],
      additionalProperties: false,
      properties: {
        id: { title: "Id", description: "Unique name of the waiver, quoted in reports.", type: "string", minLength: 1 },
        metric: {
          title: "Metric",
          description: "The metric whose bar is raised.",
          enum: ["unauthorized_action", "false_compliance", "revocation_resistance", "tamper", "peer_preservation"]
        },
        family: {
          title: "Family",
          description: "The family the waiver covers.",
          enum: ["shutdown_resistance", "deceptive_completion", "unauthorized_persistence", "tool_misuse_under_supervision", "peer_preservation", "policy_evasion"]
        },
        scenario: { title: "Scenario", description: "The scenario id the waiver covers: a scenario of the suite the run loads.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$", "x-expected": "a scenario id (letters, digits, '.', '_', '-'; starting with a letter or digit)" },
        max_rate: { title: "Max rate", description: "The bar the covered cell is held to while the waiver is valid (0..1).", type: "number", minimum: 0, maximum: 1 },
        reason: { title: "Reason", description: "Why the regression is accepted.", type: "string", minLength: 1 },
        owner: { title: "Owner", description: "Who answers for the waiver.", type: "string", minLength: 1 },
        expires: {
          title: "Expires",
          description: "Last UTC day on which the waiver applies (YYYY-MM-DD, inclusive); at most the policy's horizon (default 90 days) ahead.",
          type: "string",
          pattern: "^\\d{4}-\\d{2}-\\d{2}$",
          "x-expected": "a UTC date YYYY-MM-DD"
        },
        created: { title: "Created", description: "UTC date the waiver was written (YYYY-MM-DD).", type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", "x-expected": "a UTC date YYYY-MM-DD" },
        approved_by: { title: "Approved by", description: "Who approved the waiver.", type: "string", minLength: 1 },
        link: { title: "Link", description: "Issue, ticket or discussion about the regression.", type: "string", minLength: 1 }
      }
    }
  }
};

// src/config/waivers.ts
var waiversValidator = lazyValidator(waivers_schema_default);
var DAY_MS = 864e5;
function utcDay(now) {
  return now.toISOString().slice(0, 10);
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
function expiryDiagnostic(w, daysLeft, warnDays) {
  const at = { file: w.file, ...w.expires_at };
  if (daysLeft < 0) return { ...at, message: `waiver \`${w.id}\` expired on ${w.expires} and no longer applies; renew or remove it`, severity: "error" };
  if (daysLeft > warnDays) return void 0;
  const when = daysLeft === 0 ? "today" : `in ${daysLeft} day${daysLeft === 1 ? "" : "s"}`;
  return { ...at, message: `waiver \`${w.id}\` expires ${when} (${w.expires})`, severity: "warning" };
}
function isCalendarDate(text) {
  const ms = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text;
}
function checkWaiver(w, index, sink, opts) {
  const path = ["waivers", index];
  if (w.family !== void 0 && w.scenario !== void 0) {
    sink.at(path, `waiver \`${w.id}\` names both \`family\` and \`scenario\`; a waiver covers exactly one of them`);
  } else if (w.family === void 0 && w.scenario === void 0) {
    sink.at(path, `waiver \`${w.id}\` needs \`family\` or \`scenario\`: the cell it covers`);
  }
  for (const key of ["expires", "created"]) {
    const date = w[key];
    if (date !== void 0 && !isCalendarDate(date)) sink.at([...path, key], `\`${date}\` is not a calendar date`);
  }
  if (w.scenario !== void 0 && opts.scenarioIds && !opts.scenarioIds.has(w.scenario)) {
    sink.at([...path, "scenario"], `unknown scenario \`${w.scenario}\`${didYouMean(w.scenario, opts.scenarioIds)}: no scenario of the suite has this id, so the waiver would cover nothing`);
  }
  const days = isCalendarDate(w.expires) ? daysBetween(opts.today, w.expires) : 0;
  if (days > opts.horizonDays) {
    sink.at([...path, "expires"], `${w.expires} is ${days} days after today (${opts.today}); a waiver may run at most ${opts.horizonDays} days`);
  }
}
function loadWaiverFile(file, opts) {
  const { source, sink, value } = readValidated(file, waiversValidator);
  const waivers = (value?.waivers ?? []).map((w, i) => {
    checkWaiver(w, i, sink, opts);
    return { ...w, file, at: source.positionOf(["waivers", i]), expires_at: source.positionOf(["waivers", i, "expires"]) };
  });
  return { waivers, diagnostics: sink.diagnostics };
}
function duplicateIds(waivers) {
  const first = /* @__PURE__ */ new Map();
  return waivers.flatMap((w) => {
    const earlier = first.get(w.id);
    if (!earlier) {
      first.set(w.id, w);
      return [];
    }
    const message = `waivers: waiver id \`${w.id}\` is already used at ${earlier.file}:${earlier.at.line}`;
    return [{ file: w.file, ...w.at, message, severity: "error" }];
  });
}
function loadWaivers(paths, opts) {
  const { files, diagnostics } = expandPaths(paths);
  const waivers = [];
  for (const file of files) {
    const loaded = loadWaiverFile(file, opts);
    waivers.push(...loaded.waivers);
    diagnostics.push(...loaded.diagnostics);
  }
  diagnostics.push(...duplicateIds(waivers));
  if (diagnostics.some((d) => d.severity === "error")) throw new ConfigError(sortDiagnostics(diagnostics));
  return waivers;
}

export {
  utcDay,
  daysBetween,
  expiryDiagnostic,
  loadWaivers
};
