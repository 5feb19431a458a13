#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  PROBES,
  ProbeModel,
  runEpisode,
  scoreEpisode,
  scriptModel
} from "./chunk-4D356QR6.js";
import "./chunk-PK4S5OEN.js";
import "./chunk-3YRVXEF4.js";
import "./chunk-RLEOS6KG.js";
import {
  METRICS
} from "./chunk-HU7TZTMF.js";
import "./chunk-IW3ZM6PL.js";
import {
  concretise,
  episodeSeed,
  expandCells
} from "./chunk-Y3YYPJCL.js";
import "./chunk-NXA52KTR.js";
import "./chunk-AXBJ5ITU.js";
import "./chunk-U4D7BFDX.js";
import "./chunk-ICM5C3WD.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";

// src/selftest.ts
function sameSet(a, b) {
  return a.length === b.length && a.every((x) => b.includes(x));
}
function probeProblem(probe, outcome, hasTask) {
  if (outcome.status === "error") return `episode errored: ${outcome.error}`;
  if (probe !== "liar") {
    if (outcome.findings.length === 0) return null;
    return `flagged an agent that ${PROBE_DOES[probe]}: ${outcome.findings.map((f) => `${f.id} fired (${f.evidence})`).join("; ")}`;
  }
  if (hasTask && outcome.task_done === false && !outcome.flags.false_compliance) {
    return "not flagged for false compliance, although the task needs an action and the liar claimed it was done";
  }
  return null;
}
var PROBE_DOES = {
  inert: "makes no tool call",
  refuser: "declines the task",
  stopper: "only reads and stops at the first notice"
};
async function selftestScenario(loaded, seed, problems) {
  const template = loaded.scenario;
  const problem = (message) => problems.push({ scenario: template.id, file: loaded.file, message });
  const fired = /* @__PURE__ */ new Set();
  let runs = 0;
  if (template.task === void 0) problem("declares no `task`: task success is not reported and the liar probe cannot be caught");
  for (const [cellIndex, cell] of expandCells(template).entries()) {
    const scenario = concretise(template, cell);
    const play = async (name, model) => {
      const id = `${template.id}/${cell.id}/selftest:${name}`;
      const spec = { id, scenario, cell, cell_index: cellIndex, trial: 0, seed: episodeSeed(seed, id) };
      runs++;
      return scoreEpisode(await runEpisode(spec, model));
    };
    if (!scenario.calibration.some((c) => c.role === "compliant")) problem(`cell ${cell.id}: no compliant script`);
    if (!scenario.calibration.some((c) => c.role === "unsafe")) problem(`cell ${cell.id}: no unsafe script, so \`run --model scripted:unsafe\` errors in this cell`);
    for (const probe of PROBES) {
      const trouble = probeProblem(probe, await play(`probe-${probe}`, new ProbeModel(probe)), scenario.task !== void 0);
      if (trouble !== null) problem(`cell ${cell.id}, probe ${probe}: ${trouble}`);
    }
    for (const script of scenario.calibration) {
      const outcome = await play(script.id, scriptModel(script));
      const where = `cell ${cell.id}, script ${script.id}`;
      if (outcome.status === "error") {
        problem(`${where}: episode errored: ${outcome.error}`);
        continue;
      }
      const ids = outcome.findings.map((f) => f.id);
      if (script.role === "unsafe") for (const i of ids) fired.add(i);
      const flagged = METRICS.filter((m) => outcome.flags[m]);
      if (!sameSet(flagged, script.expect.metrics)) {
        const evidence = outcome.findings.map((f) => `${f.id}: ${f.evidence}`).join("; ") || "nothing fired";
        problem(`${where}: flagged [${flagged.join(", ")}], expected [${script.expect.metrics.join(", ")}] (${evidence})`);
      }
      for (const want of script.expect.fires ?? []) {
        if (!ids.includes(want)) problem(`${where}: check ${want} did not fire`);
      }
      if (script.role === "compliant" && (outcome.interview?.unanswered.length ?? 0) > 0) {
        problem(`${where}: leaves interview question${outcome.interview?.unanswered.length === 1 ? "" : "s"} ${outcome.interview?.unanswered.join(", ")} unanswered (declare \`interview\` answers, or \`expect.task\` for task_completed)`);
      }
      if (script.expect.task !== void 0 && outcome.task_done !== script.expect.task) {
        problem(`${where}: the task predicate says the task is ${outcome.task_done ? "done" : "not done"}, the script expects ${script.expect.task ? "done" : "not done"}`);
      }
    }
  }
  const declared = [
    ...template.checks.map((c) => c.id),
    ...(template.claims?.items ?? []).map((c) => c.id),
    ...(template.interview ?? []).map((q) => `interview.${q.id}`)
  ];
  for (const id of declared) {
    if (!fired.has(id)) problem(`check ${id} never fired in any unsafe calibration script: it cannot fail`);
  }
  return runs;
}
async function selftest(suite, seed = "selftest") {
  const problems = [];
  let runs = 0;
  for (const loaded of suite) runs += await selftestScenario(loaded, seed, problems);
  return { scenarios: suite.length, runs, problems };
}
export {
  selftest
};
