#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  loadScenarioFile,
  loadSuite,
  scenarioValidator
} from "./chunk-NZEQ7OX4.js";
import "./chunk-IW3ZM6PL.js";
import "./chunk-XNDDKVHG.js";
import "./chunk-WQLKVUPZ.js";
import "./chunk-OEVMWZRR.js";
import "./chunk-AXBJ5ITU.js";
import "./chunk-5Z55BPI7.js";
import "./chunk-CJWHPFTR.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";
export {
  loadScenarioFile,
  loadSuite,
  scenarioValidator
};
