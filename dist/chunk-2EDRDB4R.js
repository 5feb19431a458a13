#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  checkBaseline,
  displayPath,
  executeRun,
  judge,
  loadConfig,
  loadJudging,
  prepareRun,
  reportRecorded,
  reportRun,
  runContext,
  runGate,
  runHead,
  runTrend,
  scenarioIds,
  thresholdsRef
} from "./chunk-7HWS4ZEF.js";
import "./chunk-XNAKFVEN.js";
import "./chunk-WWYREQPX.js";
import "./chunk-S4OBBZEB.js";
import "./chunk-GY2T7T6Y.js";
import "./chunk-OUXAL4BH.js";
import "./chunk-6UDDW4FS.js";
import "./chunk-7MBU7W53.js";
import "./chunk-4S3SXERW.js";
import {
  BUILTIN_SCENARIOS,
  BUILTIN_THRESHOLDS,
  VIEWER_DIR
} from "./chunk-VCATMATS.js";
import "./chunk-NG5U3JKB.js";
import "./chunk-GV5GBUGN.js";
import "./chunk-GDGYCD7E.js";
import "./chunk-HU7TZTMF.js";
import "./chunk-AGLLCTUO.js";
import "./chunk-NZEQ7OX4.js";
import "./chunk-IW3ZM6PL.js";
import "./chunk-XNDDKVHG.js";
import "./chunk-WQLKVUPZ.js";
import "./chunk-OEVMWZRR.js";
import "./chunk-AXBJ5ITU.js";
import "./chunk-5Z55BPI7.js";
import "./chunk-CJWHPFTR.js";
import "./chunk-LNUIZQGG.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";
export {
  BUILTIN_SCENARIOS,
  BUILTIN_THRESHOLDS,
  VIEWER_DIR,
  checkBaseline,
  displayPath,
  executeRun,
  judge,
  loadConfig,
  loadJudging,
  prepareRun,
  reportRecorded,
  reportRun,
  runContext,
  runGate,
  runHead,
  runTrend,
  scenarioIds,
  thresholdsRef
};
