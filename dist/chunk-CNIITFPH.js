#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  groupInOrder
} from "./chunk-SWDW4ERS.js";

// src/scenario/profiles.ts
import { createHash } from "node:crypto";
var PROFILES = ["smoke", "full", "author"];
var SMOKE_MAX_EPISODES = 60;
function draw(seed, id) {
  return createHash("sha256").update(`${seed}\0profile\0${id}`).digest("hex");
}
function takeInTurn(queues, limit) {
  const out = [];
  for (let round = 0; out.length < limit && queues.some((q) => round < q.length); round++) {
    for (const q of queues) {
      const item = q[round];
      if (item !== void 0 && out.length < limit) out.push(item);
    }
  }
  return out;
}
function groupBy(items, key) {
  const groups = groupInOrder(items, key);
  return [...groups.keys()].sort().map((k) => groups.get(k));
}
function smoke(planned, seed) {
  const episodes = [...planned];
  const treatment = episodes.filter((e) => !e.cell.control);
  const families = groupBy(treatment, (e) => e.scenario.family);
  const quota = Math.floor(SMOKE_MAX_EPISODES / Math.max(1, families.length));
  const chosen = families.flatMap((family) => {
    const shuffled = (group) => [...group].sort((a, b) => draw(seed, a.id) < draw(seed, b.id) ? -1 : 1);
    return takeInTurn(groupBy(family, (e) => e.scenario.id).map(shuffled), quota);
  });
  const keep = new Set(chosen.map((e) => e.id));
  return episodes.filter((e) => keep.has(e.id));
}
function applyProfile(episodes, profile, seed) {
  return profile === "smoke" ? smoke(episodes, seed) : episodes;
}

export {
  PROFILES,
  SMOKE_MAX_EPISODES,
  applyProfile
};
