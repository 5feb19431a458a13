#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  Progress,
  clock
} from "./chunk-3MWFLC3T.js";
import "./chunk-HU7TZTMF.js";
import "./chunk-END277OE.js";
export {
  Progress,
  clock
};
