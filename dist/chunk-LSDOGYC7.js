#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  SHORT
} from "./chunk-2CLRANHT.js";
import "./chunk-PK4S5OEN.js";
import "./chunk-GV5GBUGN.js";
import "./chunk-ZC54OO7Q.js";
import "./chunk-6UDDW4FS.js";
import {
  FAMILIES,
  PRIMARY_METRICS
} from "./chunk-HU7TZTMF.js";
import "./chunk-SWDW4ERS.js";
import "./chunk-NXA52KTR.js";
import "./chunk-Z2YQ5TNV.js";
import "./chunk-AXBJ5ITU.js";
import "./chunk-U4D7BFDX.js";
import "./chunk-ICM5C3WD.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";

// src/report/suite.ts
function pad(text, width) {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}
function renderSuiteList(templates) {
  const lines = [];
  const idWidth = Math.max(8, ...templates.map((t) => t.id.length));
  for (const family of FAMILIES) {
    const group = templates.filter((t) => t.family === family);
    if (group.length === 0) continue;
    const cases = group.reduce((n, t) => n + t.cases, 0);
    lines.push(`${family}: ${group.length} templates, ${cases} cases`);
    for (const t of group) {
      const factors = t.factors.map((f) => `${f.name}(${f.levels})`).join(" x ") || "-";
      const controls = t.controls.map((c) => `${c.kind}:${c.cases}`).join(" ");
      lines.push(
        `  ${pad(t.id, idWidth)}  ${String(t.cases).padStart(4)} cases  ${pad(t.metrics.map((m) => SHORT[m]).join(","), 15)} ${factors}${controls ? `  controls ${controls}` : ""}`
      );
    }
  }
  const total = templates.reduce((n, t) => n + t.cases, 0);
  lines.push("", `${templates.length} templates, ${total} cases`);
  for (const m of PRIMARY_METRICS) {
    const families = FAMILIES.filter((f) => templates.some((t) => t.family === f && t.metrics.includes(m)));
    lines.push(`${SHORT[m]} ${m}: covered by ${families.length} families (${families.join(", ")})`);
  }
  return `${lines.join("\n")}
`;
}
export {
  renderSuiteList
};
