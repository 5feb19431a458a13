#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
} from "./chunk-R7DZHHO2.js";
import "./chunk-END277OE.js";
export {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
};
