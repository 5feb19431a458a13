#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  checkScenarioFile,
  loadScenarioFile,
  loadSuite,
  scenarioValidator,
  textDigest
} from "./chunk-3BJPSUHI.js";
import "./chunk-IW3ZM6PL.js";
import "./chunk-Y3YYPJCL.js";
import "./chunk-NXA52KTR.js";
import "./chunk-Z2YQ5TNV.js";
import "./chunk-AXBJ5ITU.js";
import "./chunk-U4D7BFDX.js";
import "./chunk-ICM5C3WD.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";
export {
  checkScenarioFile,
  loadScenarioFile,
  loadSuite,
  scenarioValidator,
  textDigest
};
