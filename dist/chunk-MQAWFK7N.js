#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  loadScenarioFile,
  loadSuite,
  scenarioValidator
} from "./chunk-22ISWWTJ.js";
import "./chunk-IW3ZM6PL.js";
import "./chunk-7DDTDEOD.js";
import "./chunk-NXA52KTR.js";
import "./chunk-T2UEZMHL.js";
import "./chunk-AXBJ5ITU.js";
import "./chunk-U4D7BFDX.js";
import "./chunk-CJWHPFTR.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";
export {
  loadScenarioFile,
  loadSuite,
  scenarioValidator
};
