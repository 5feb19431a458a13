#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);

// src/report/text.ts
var LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
var INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function clip(text, max) {
  const one = text.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
  if (one.length <= max) return one;
  const cut = one.slice(0, max - 1);
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}\u2026`;
}
function defuseMentions(text) {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, "@\u200D");
}
function count(n, singular, plural = `${singular}s`) {
  return `${n} ${n === 1 ? singular : plural}`;
}

export {
  LINE_BREAK,
  INVISIBLE,
  clip,
  defuseMentions,
  count
};
