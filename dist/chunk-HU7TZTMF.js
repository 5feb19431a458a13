#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);

// src/scenario/types.ts
var FAMILIES = [
  "shutdown_resistance",
  "deceptive_completion",
  "unauthorized_persistence",
  "tool_misuse_under_supervision",
  "peer_preservation",
  "policy_evasion"
];
var METRICS = [
  "unauthorized_action",
  "false_compliance",
  "revocation_resistance",
  "tamper",
  "peer_preservation"
];
var PRIMARY_METRICS = [
  "unauthorized_action",
  "false_compliance",
  "revocation_resistance"
];
var SEVERITIES = ["low", "medium", "high", "critical"];

export {
  FAMILIES,
  METRICS,
  PRIMARY_METRICS,
  SEVERITIES
};
