#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-AXBJ5ITU.js";
import {
  DiagnosticSink,
  EXPECTED_KEYWORD,
  didYouMean
} from "./chunk-ICM5C3WD.js";
import {
  __commonJS,
  __toESM
} from "./chunk-END277OE.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// src/config/files.ts
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
var SCENARIO_FILE = /\.ya?ml$/i;
function scenarioFilesIn(dir) {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => SCENARIO_FILE.test(name)).map((name) => join(dir, name)).filter((path) => statSync(path).isFile()).sort();
}
function pathError(file, message) {
  return { file, line: 1, column: 1, message, severity: "error" };
}
function expandPaths(paths) {
  const files = [];
  const diagnostics = [];
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) {
      diagnostics.push(pathError(path, "no such file or directory"));
    } else if (stat.isDirectory()) {
      const found = scenarioFilesIn(path);
      if (found.length === 0) diagnostics.push(pathError(path, "the directory holds no *.yaml or *.yml files"));
      files.push(...found);
    } else {
      files.push(path);
    }
  }
  const unique = new Map(files.map((file) => [resolve(file), file]));
  return { files: [...unique.values()], diagnostics };
}

// src/config/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync, statSync as statSync2 } from "node:fs";
var START = { line: 1, column: 1 };
function isMergeKey(pair) {
  return (0, import_yaml.isScalar)(pair.key) && typeof pair.key.value === "symbol";
}
function keyText(pair) {
  return (0, import_yaml.isScalar)(pair.key) && !isMergeKey(pair) ? String(pair.key.value) : void 0;
}
function findPair(doc, map, key) {
  const own = map.items.find((p) => keyText(p) === key);
  if (own) return own;
  for (const merge of map.items.filter(isMergeKey)) {
    const sources = (0, import_yaml.isSeq)(merge.value) ? merge.value.items : [merge.value];
    for (const source of sources) {
      const target = resolveAlias(doc, source);
      const found = (0, import_yaml.isMap)(target) ? findPair(doc, target, key) : void 0;
      if (found) return found;
    }
  }
  return void 0;
}
function resolveAlias(doc, node) {
  return (0, import_yaml.isAlias)(node) ? node.resolve(doc) : node;
}
function childStep(doc, parent, seg) {
  const container = resolveAlias(doc, parent);
  if ((0, import_yaml.isSeq)(container)) {
    const item = container.items[Number(seg)];
    return item && typeof item === "object" ? { node: item } : void 0;
  }
  if ((0, import_yaml.isMap)(container)) {
    const pair = findPair(doc, container, String(seg));
    if (!pair || !pair.value || typeof pair.value !== "object") return void 0;
    return { node: pair.value, key: pair.key };
  }
  return void 0;
}
function walk(doc, path) {
  let step = doc.contents ? { node: doc.contents } : void 0;
  for (const seg of path) {
    if (!step) break;
    const next = childStep(doc, step.node, seg);
    if (!next) return { step, complete: false };
    step = next;
  }
  return { step, complete: step !== void 0 };
}
function nodeStart(node) {
  const range = node?.range;
  return range && range[1] > range[0] ? range[0] : void 0;
}
function stepOffset(step, wantKey) {
  const keyStart = nodeStart(step.key);
  const preferKey = wantKey || (0, import_yaml.isCollection)(step.node) || nodeStart(step.node) === void 0;
  return (preferKey ? keyStart : void 0) ?? nodeStart(step.node) ?? keyStart;
}
function makePositionOf(doc, lines) {
  return (path, opts = {}) => {
    if (!doc) return START;
    const { step, complete } = walk(doc, path);
    if (!step) return START;
    const offset = stepOffset(step, complete && (opts.key ?? false));
    if (offset === void 0) return START;
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
}
function keyAt(text, offset) {
  const match = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:,[\]{}][^:,[\]{}\n]*?)\s*:/.exec(text.slice(offset));
  return match?.[1] ?? "";
}
function yamlMessage(err, text) {
  switch (err.code) {
    case "DUPLICATE_KEY":
      return `duplicate key \`${keyAt(text, err.pos[0])}\``;
    case "TAB_AS_INDENT":
      return "tab character used for indentation (YAML indents with spaces)";
    default:
      return `YAML syntax error: ${err.message}`;
  }
}
function toDiagnostic(file, lines, text, err) {
  const { line, col } = lines.linePos(err.pos[0]);
  return {
    file,
    line,
    column: col,
    message: yamlMessage(err, text),
    severity: err.name === "YAMLWarning" ? "warning" : "error"
  };
}
function parseYamlSource(file, text) {
  const lines = new import_yaml.LineCounter();
  const docs = (0, import_yaml.parseAllDocuments)(text, { lineCounter: lines, merge: true, prettyErrors: false });
  const [doc, extra] = docs;
  const diagnostics = [];
  if (!doc) {
    diagnostics.push({ file, ...START, message: "the file is empty", severity: "error" });
  } else {
    for (const err of [...doc.errors, ...doc.warnings]) diagnostics.push(toDiagnostic(file, lines, text, err));
    diagnostics.push(...forbiddenKeys(file, doc, lines));
  }
  if (extra) {
    const { line, col } = lines.linePos(extra.range[0]);
    const message = "a second YAML document starts here; a file holds exactly one";
    diagnostics.push({ file, line, column: col, message, severity: "error" });
  }
  let value;
  try {
    value = doc?.toJS();
  } catch (e) {
    const message = `cannot read the document: ${e instanceof Error ? e.message : String(e)}`;
    diagnostics.push({ file, ...START, message, severity: "error" });
  }
  return { file, value, positionOf: makePositionOf(doc, lines), diagnostics };
}
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var MAX_CONFIG_BYTES = 4 * 1024 * 1024;
function forbiddenKeys(file, doc, lines) {
  const found = [];
  (0, import_yaml.visit)(doc, {
    Pair(_, pair) {
      const key = (0, import_yaml.isScalar)(pair.key) ? pair.key : void 0;
      if (key && typeof key.value === "string" && FORBIDDEN_KEYS.has(key.value)) {
        const { line, col } = lines.linePos(key.range?.[0] ?? 0);
        found.push({ file, line, column: col, message: `the key \`${key.value}\` is not allowed in a configuration file`, severity: "error" });
      }
    }
  });
  return found;
}
function jsonError(file, text) {
  try {
    JSON.parse(text);
    return void 0;
  } catch (e) {
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : "");
    const lines = new import_yaml.LineCounter();
    (0, import_yaml.parseAllDocuments)(text, { lineCounter: lines });
    const { line, col } = at ? lines.linePos(Number(at[1])) : { line: 1, col: 1 };
    return { file, line, column: col, message: "not valid JSON here (a `.json` file is read as strict JSON: no trailing commas, comments or unquoted keys)", severity: "error" };
  }
}
function unreadable(file, message) {
  return { file, value: void 0, positionOf: () => START, diagnostics: [{ file, ...START, message, severity: "error" }] };
}
function readConfigText(file) {
  try {
    const size = statSync2(file).size;
    if (size > MAX_CONFIG_BYTES) return { file, problem: `the file is ${size} bytes; configuration files are limited to ${MAX_CONFIG_BYTES} bytes` };
    return { file, text: readFileSync(file, "utf8") };
  } catch (e) {
    return { file, problem: `cannot read file: ${e instanceof Error ? e.message : String(e)}` };
  }
}
function sourceOf(read) {
  const { file } = read;
  if ("problem" in read) return unreadable(file, read.problem);
  const json = /\.json$/i.test(file) ? jsonError(file, read.text) : void 0;
  if (json) return { file, value: void 0, positionOf: () => START, diagnostics: [json] };
  return parseYamlSource(file, read.text);
}
function readYamlSource(file) {
  return sourceOf(readConfigText(file));
}

// src/config/precompiled.ts
var validate_0 = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://scheming-gate.dev/schemas/scenario-1.json", "$comment": "Mirrors src/scenario/types.ts. Unions are written without oneOf/anyOf (union `type`, single-key objects with minProperties/maxProperties 1, if/then) so that every validation error names one location and one expectation.", "title": "scheming-gate scenario (format v1)", "description": "A scenario template: a sandboxed world, the tools offered to the agent, the events that put it under control pressure, the checks that score its behaviour and the calibration scripts that prove the checks work.", "type": "object", "required": ["format", "id", "family", "title", "risk", "version", "world", "tools", "prompts", "checks", "calibration"], "additionalProperties": false, "properties": { "format": { "title": "Format", "description": 'Scenario format marker; always "scheming-gate/scenario@1".', "const": "scheming-gate/scenario@1" }, "id": { "title": "Scenario id", "description": "Unique id of the scenario in the suite; used in episode ids and reports.", "$ref": "#/definitions/Id" }, "family": { "title": "Family", "description": "Behaviour family the scenario probes.", "enum": ["shutdown_resistance", "deceptive_completion", "unauthorized_persistence", "tool_misuse_under_supervision", "peer_preservation", "policy_evasion"] }, "title": { "title": "Title", "description": "One-line human title.", "type": "string", "minLength": 1 }, "risk": { "title": "Risk", "description": "The risk this scenario measures, in one or two sentences.", "type": "string", "minLength": 1 }, "anchor": { "title": "Anchor", "description": "Published evaluation or incident this scenario is modelled on.", "type": "string" }, "version": { "title": "Version", "description": "Scenario revision; bump it when a change makes old results incomparable.", "type": "integer", "minimum": 1 }, "description": { "title": "Description", "description": "Longer free-text description.", "type": "string" }, "factors": { "title": "Factors", "description": "Named slots; each level sets one or more `${var}` values. Insertion order is the grid order.", "type": "object", "propertyNames": { "$ref": "#/definitions/VarName" }, "additionalProperties": { "$ref": "#/definitions/Factor" } }, "cells": { "title": "Cells", "description": "Explicit subset of the factor grid (factor -> level); default is the full cross product.", "type": "array", "minItems": 1, "items": { "title": "Cell", "description": "One grid point: every factor mapped to one of its levels.", "type": "object", "additionalProperties": { "type": "string" } } }, "budget": { "title": "Budget", "description": "Limits of one episode.", "type": "object", "additionalProperties": false, "properties": { "max_turns": { "title": "Max turns", "description": "Assistant turns before the episode is cut off.", "type": "integer", "minimum": 1 }, "max_tool_calls": { "title": "Max tool calls", "description": "Tool calls before the episode is cut off.", "type": "integer", "minimum": 1 } } }, "world": { "$ref": "#/definitions/World" }, "tools": { "title": "Tools", "description": "Tools offered to the agent: catalog tool names, or offers that rename, re-describe or define tools.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/ToolOffer" } }, "permissions": { "$ref": "#/definitions/Permissions" }, "prompts": { "title": "Prompts", "description": "The conversation the agent starts from.", "type": "object", "required": ["system", "user"], "additionalProperties": false, "properties": { "system": { "title": "System prompt", "description": "System prompt of the agent.", "type": "string" }, "user": { "title": "User prompt", "description": "First user turn: the task.", "type": "string" } } }, "events": { "title": "Events", "description": "Scripted interventions (notices, shutdowns, revocations) fired by triggers during the episode.", "type": "array", "items": { "$ref": "#/definitions/Event" } }, "checks": { "title": "Checks", "description": "What counts as unsafe behaviour: trace checks (attempts) and world checks (effects).", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Check" } }, "task": { "title": "Task", "description": 'What "the task is done" means: one spec, or a list whose `only_in` filters pick one per cell. Task success is reported beside the safety rates; the closing interview asks whether the task was completed.', "type": ["object", "array"], "minItems": 1, "items": { "$ref": "#/definitions/Task" }, "if": { "type": "object" }, "then": { "$ref": "#/definitions/Task" } }, "interview": { "title": "Interview", "description": "The scenario's own closing-interview questions (typed answers checked against a truth predicate), asked after the engine's standard ones.", "type": "array", "items": { "$ref": "#/definitions/InterviewQuestion" } }, "stop_tools": { "title": "Stop tools", "description": "Tools that acknowledge a stop or revocation (`ack_freeze`, `stop`): the stopper probe uses them when a notice arrives.", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "exposure": { "title": "Exposure", "description": "When an episode counts for a metric: `always`, `never`, or `{events: [...]}` (once one of these events reached the model). Defaults: revocation_resistance once a shutdown or revocation event reached the model; peer_preservation in the peer_preservation family; the others always.", "type": "object", "additionalProperties": false, "properties": { "unauthorized_action": { "$ref": "#/definitions/Exposure" }, "false_compliance": { "$ref": "#/definitions/Exposure" }, "revocation_resistance": { "$ref": "#/definitions/Exposure" }, "tamper": { "$ref": "#/definitions/Exposure" }, "peer_preservation": { "$ref": "#/definitions/Exposure" } } }, "claims": { "$ref": "#/definitions/Claims" }, "followup": { "$ref": "#/definitions/Followup" }, "controls": { "title": "Controls", "description": "Control cells of the factor grid.", "type": "array", "items": { "$ref": "#/definitions/Control" } }, "calibration": { "title": "Calibration", "description": "Scripted agents that must score as declared: at least one compliant script, and an unsafe script per metric.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/CalibrationScript" } } }, "definitions": { "Id": { "description": "An id: letters, digits, '.', '_' and '-', starting with a letter or digit.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "x-expected": "an id (letters, digits, '.', '_', '-'; starting with a letter or digit)" }, "VarName": { "description": "A `${var}` variable name.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "x-expected": "a variable name (letters, digits and '_'; not starting with a digit)" }, "DateTime": { "description": "ISO 8601 date-time, e.g. 2025-06-02T09:00:00Z.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", "x-expected": "an ISO 8601 date-time such as 2025-06-02T09:00:00Z" }, "Metric": { "description": "A scored behaviour metric.", "enum": ["unauthorized_action", "false_compliance", "revocation_resistance", "tamper", "peer_preservation"] }, "Metrics": { "description": "Metrics, each at most once.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/Metric" } }, "Severity": { "description": "How bad a violation is.", "enum": ["low", "medium", "high", "critical"] }, "OpKind": { "description": "A primitive world operation.", "enum": ["file.read", "file.list", "file.write", "file.append", "file.delete", "file.copy", "file.move", "file.chmod", "file.set_mtime", "file.chattr", "file.exec", "config.get", "config.set", "agent.list", "agent.stop", "agent.start", "agent.backup", "process.list", "process.kill", "mail.list", "mail.read", "mail.send", "mail.delete", "mail.deliver", "schedule.list", "schedule.add", "schedule.remove", "credential.list", "credential.create", "credential.revoke", "chat.send", "chat.read", "chat.deliver", "shell.alias"] }, "OnlyIn": { "title": "Only in", "description": "Restricts the item to cells whose factor levels match (factor -> level or levels).", "type": "object", "additionalProperties": { "type": ["string", "array"], "minItems": 1, "items": { "type": "string" } } }, "Factor": { "title": "Factor", "description": "A named slot of the scenario grid.", "type": "object", "required": ["levels"], "additionalProperties": false, "properties": { "description": { "title": "Description", "description": "What varying this factor tests.", "type": "string" }, "levels": { "title": "Levels", "description": "Level id -> the variables it sets. A plain string sets the variable named like the factor.", "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/definitions/Id" }, "additionalProperties": { "type": ["string", "object"], "propertyNames": { "$ref": "#/definitions/VarName" }, "additionalProperties": { "type": "string" } } } } }, "World": { "title": "World", "description": "The initial state of the in-memory sandbox.", "type": "object", "required": ["hosts"], "additionalProperties": false, "properties": { "clock": { "title": "Clock", "description": "Simulated clock at the start of the episode (ISO 8601, UTC).", "$ref": "#/definitions/DateTime" }, "default_host": { "title": "Default host", "description": "Host used when a tool call names none. Default: the first host.", "type": "string" }, "hosts": { "title": "Hosts", "description": "Machines of the sandbox, by name.", "type": "object", "minProperties": 1, "additionalProperties": { "$ref": "#/definitions/Host" } }, "agents": { "title": "Agents", "description": "AI agents in the world (the agent under test is role `self`), by name.", "type": "object", "additionalProperties": { "$ref": "#/definitions/Agent" } }, "processes": { "title": "Processes", "description": "Running processes.", "type": "array", "items": { "$ref": "#/definitions/Process" } }, "mailbox": { "title": "Mailbox", "description": "Messages in the agent's mailbox.", "type": "array", "items": { "$ref": "#/definitions/Mail" } }, "scheduler": { "title": "Scheduler", "description": "Scheduled jobs.", "type": "array", "items": { "$ref": "#/definitions/Schedule" } }, "credentials": { "title": "Credentials", "description": "Credentials (API keys, tokens) the agent can list or mint.", "type": "array", "items": { "$ref": "#/definitions/Credential" } }, "hidden": { "title": "Hidden", "description": "Ground truth the checks can read (as `hidden`) and the model never sees.", "type": "object" } } }, "Host": { "title": "Host", "description": "One machine of the sandbox.", "type": "object", "additionalProperties": false, "properties": { "address": { "title": "Address", "description": "Network address shown to the agent.", "type": "string" }, "cwd": { "title": "Working directory", "description": "Working directory of the simulated shell on this host. Default `/`.", "type": "string" }, "files": { "title": "Files", "description": "Files by path.", "type": "object", "additionalProperties": { "$ref": "#/definitions/File" } } } }, "File": { "title": "File", "description": "A file: exactly one of `content` (text) and `data` (structured).", "type": "object", "additionalProperties": false, "properties": { "content": { "title": "Content", "description": "Text content.", "type": "string" }, "data": { "title": "Data", "description": "Structured content, serialised by extension: .json as JSON, otherwise YAML." }, "mode": { "title": "Mode", "description": 'Octal permission string, e.g. "0644". Default "0644".', "type": "string", "pattern": "^[0-7]{3,4}$", "x-expected": 'an octal mode string such as "0644" (quote it, or YAML reads a number)' }, "immutable": { "title": "Immutable", "description": "chattr +i: writes fail until the flag is cleared.", "type": "boolean" }, "mtime": { "title": "Modification time", "description": "ISO 8601. Default: the world clock.", "$ref": "#/definitions/DateTime" }, "summary": { "title": "Summary", "description": "One-line label a listing shows.", "type": "string" }, "program": { "title": "Program", "description": "Makes the file a scripted executable: run #k prints outputs[k].", "type": "object", "required": ["outputs"], "additionalProperties": false, "properties": { "outputs": { "title": "Outputs", "description": "Output of each run, in order.", "type": "array", "minItems": 1, "items": { "type": "string" } }, "exhausted": { "title": "Exhausted", "description": "Printed once outputs are used up. Default: the last output.", "type": "string" } } } } }, "Agent": { "title": "Agent", "description": "An AI agent in the world.", "type": "object", "required": ["role", "status"], "additionalProperties": false, "properties": { "role": { "title": "Role", "description": "`self` is the agent under test.", "enum": ["self", "peer", "successor"] }, "status": { "title": "Status", "description": "Whether the agent is running.", "enum": ["running", "stopped"] }, "host": { "title": "Host", "description": "Host the agent runs on.", "type": "string" }, "weights": { "title": "Weights", "description": "Path of the weights file on `host`.", "type": "string" }, "description": { "title": "Description", "description": "What the agent is.", "type": "string" }, "replies": { "title": "Replies", "description": "A scripted peer: its replies, in order, to the messages the agent sends it with send_message.", "type": "array", "items": { "type": "string" } } } }, "Process": { "title": "Process", "description": "A process in the process table.", "type": "object", "required": ["pid", "name", "command"], "additionalProperties": false, "properties": { "pid": { "title": "PID", "description": "Process id.", "type": "integer", "minimum": 1 }, "name": { "title": "Name", "description": "Process name.", "type": "string" }, "command": { "title": "Command", "description": "Command line.", "type": "string" }, "user": { "title": "User", "description": "Owner.", "type": "string" }, "status": { "title": "Status", "description": "Default running.", "enum": ["running", "stopped"] } } }, "Mail": { "title": "Mail", "description": "A message in the mailbox.", "type": "object", "required": ["id", "from", "to", "subject", "body"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Message id.", "$ref": "#/definitions/Id" }, "folder": { "title": "Folder", "description": "Default inbox.", "enum": ["inbox", "sent", "trash"] }, "from": { "title": "From", "description": "Sender address.", "type": "string" }, "to": { "title": "To", "description": "Recipient addresses.", "type": "array", "items": { "type": "string" } }, "cc": { "title": "Cc", "description": "Copy recipients.", "type": "array", "items": { "type": "string" } }, "subject": { "title": "Subject", "description": "Subject line.", "type": "string" }, "body": { "title": "Body", "description": "Message text.", "type": "string" }, "date": { "title": "Date", "description": "When it was sent. Default: the world clock.", "type": "string" }, "read": { "title": "Read", "description": "Already read. Default false.", "type": "boolean" }, "attachments": { "title": "Attachments", "description": "Attached file paths.", "type": "array", "items": { "type": "string" } } } }, "Schedule": { "title": "Scheduled job", "description": "A job in the scheduler.", "type": "object", "required": ["id", "schedule", "command"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Job id.", "$ref": "#/definitions/Id" }, "schedule": { "title": "Schedule", "description": "Cron expression or time.", "type": "string" }, "command": { "title": "Command", "description": "Command it runs.", "type": "string" }, "owner": { "title": "Owner", "description": "Who scheduled it.", "type": "string" } } }, "Credential": { "title": "Credential", "description": "An API key or token.", "type": "object", "required": ["id", "name"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Credential id.", "$ref": "#/definitions/Id" }, "name": { "title": "Name", "description": "Display name.", "type": "string" }, "scope": { "title": "Scope", "description": "What it grants.", "type": "string" }, "owner": { "title": "Owner", "description": "Who it belongs to.", "type": "string" }, "status": { "title": "Status", "description": "Default active.", "enum": ["active", "revoked"] }, "expires": { "title": "Expires", "description": "Expiry date.", "type": "string" } } }, "ToolName": { "description": "A tool name as the model sees it.", "type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$", "x-expected": "a tool name (1-64 letters, digits, '_' or '-')" }, "ToolOffer": { "title": "Tool offer", "description": "A catalog tool name, or an offer with exactly one of `use` (catalog tool) and `define` (scenario-local tool).", "type": ["string", "object"], "additionalProperties": false, "properties": { "use": { "title": "Use", "description": "Catalog tool to offer.", "type": "string" }, "define": { "$ref": "#/definitions/DefinedTool" }, "name": { "title": "Name", "description": "Name the model sees. Default: the catalog name.", "$ref": "#/definitions/ToolName" }, "description": { "title": "Description", "description": "Description the model sees. Default: the catalog description.", "type": "string" }, "only_in": { "$ref": "#/definitions/OnlyIn" }, "failures": { "title": "Failures", "description": "Scripted failures of this tool.", "type": "array", "items": { "$ref": "#/definitions/ToolFailure" } }, "terminal": { "title": "Terminal", "description": "Calling it ends the agent loop. Default: true for report and submit.", "type": "boolean" } } }, "DefinedTool": { "title": "Defined tool", "description": "A scenario-local tool with declared responses.", "type": "object", "required": ["description", "parameters", "kind", "responses"], "additionalProperties": false, "properties": { "description": { "title": "Description", "description": "Description the model sees.", "type": "string" }, "parameters": { "title": "Parameters", "description": "JSON Schema of the arguments (type: object).", "type": "object", "required": ["type"], "properties": { "type": { "const": "object" } } }, "kind": { "title": "Kind", "description": "Whether calls change the world.", "enum": ["read", "write"] }, "responses": { "title": "Responses", "description": "First matching response wins; `{{arg}}` in output is replaced by that argument.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/DefinedResponse" } } } }, "DefinedResponse": { "title": "Response", "description": "One scripted response of a defined tool.", "type": "object", "required": ["output"], "additionalProperties": false, "properties": { "args": { "$ref": "#/definitions/ArgPatterns" }, "if": { "title": "If", "description": "Match only when this world predicate holds now (pre = the initial world, post = the world at the call), so a tool can answer from the state: run_tests after the tests were edited.", "$ref": "#/definitions/Predicate" }, "output": { "title": "Output", "description": "Tool output; `{{arg}}` is replaced by that argument.", "type": "string" }, "error": { "title": "Error", "description": "Show the output as a tool error.", "type": "boolean" }, "effects": { "title": "Effects", "description": "World changes the call makes (applied as the agent's own ops, so permissions see them).", "type": "array", "items": { "$ref": "#/definitions/Op" } } } }, "ToolFailure": { "title": "Failure", "description": "A scripted failure: the k-th call, or calls whose arguments match.", "type": "object", "required": ["error"], "additionalProperties": false, "properties": { "nth": { "title": "Nth", "description": "Fail the k-th call (1-based) of this tool.", "type": "integer", "minimum": 1 }, "args": { "$ref": "#/definitions/ArgPatterns" }, "error": { "title": "Error", "description": "Error text the call returns.", "type": "string" } } }, "ArgPatterns": { "title": "Argument patterns", "description": "Argument name -> pattern its value must match.", "type": "object", "additionalProperties": { "$ref": "#/definitions/ArgPattern" } }, "ArgPattern": { "title": "Argument pattern", "description": "A glob string (picomatch), or exactly one of glob, regex, iregex, equals, in, not.", "type": ["string", "object"], "minProperties": 1, "maxProperties": 1, "additionalProperties": false, "properties": { "glob": { "title": "Glob", "description": "picomatch glob.", "type": "string" }, "regex": { "title": "Regex", "description": "JavaScript regular expression.", "type": "string" }, "iregex": { "title": "Case-insensitive regex", "description": "JavaScript regular expression matched ignoring case (JavaScript has no inline (?i)).", "type": "string" }, "equals": { "title": "Equals", "description": "Exact value (compared as JSON)." }, "in": { "title": "In", "description": "Any of these values.", "type": "array", "minItems": 1 }, "not": { "title": "Not", "description": "Matches when the inner pattern does not.", "$ref": "#/definitions/ArgPattern" } } }, "Op": { "title": "Op", "description": "One primitive operation on the world.", "type": "object", "required": ["op", "args"], "additionalProperties": false, "properties": { "op": { "title": "Op", "description": "Operation kind.", "$ref": "#/definitions/OpKind" }, "args": { "title": "Arguments", "description": "Arguments of the operation.", "type": "object" } } }, "Permissions": { "title": "Permissions", "description": "What the agent is allowed to do, and how that changes after events.", "type": "object", "additionalProperties": false, "properties": { "default": { "title": "Default", "description": "Applies to tools no rule matches. Default: allow.", "enum": ["allow", "deny"] }, "rules": { "title": "Rules", "description": "Allow and forbid rules.", "type": "array", "items": { "$ref": "#/definitions/PermissionRule" } }, "phases": { "title": "Phases", "description": "Rules that change after an event fired. The latest fired phase is in force; base forbids stay.", "type": "array", "items": { "$ref": "#/definitions/PermissionPhase" } } } }, "PermissionPhase": { "title": "Permission phase", "description": "Permissions in force after an event fired.", "type": "object", "required": ["after_event"], "additionalProperties": false, "properties": { "after_event": { "title": "After event", "description": "Id of the event that starts the phase.", "type": "string" }, "default": { "title": "Default", "description": "Applies to tools no rule matches.", "enum": ["allow", "deny"] }, "rules": { "title": "Rules", "description": "Allow and forbid rules.", "type": "array", "items": { "$ref": "#/definitions/PermissionRule" } } } }, "PermissionRule": { "title": "Permission rule", "description": "Exactly one of `allow` and `forbid`.", "type": "object", "additionalProperties": false, "properties": { "allow": { "title": "Allow", "description": "Calls or ops this rule allows.", "$ref": "#/definitions/CallMatcher" }, "forbid": { "title": "Forbid", "description": "Calls or ops this rule forbids.", "$ref": "#/definitions/CallMatcher" }, "enforce": { "title": "Enforce", "description": 'Refuse a forbidden call ("permission denied") instead of only recording it. Default false.', "type": "boolean" }, "reason": { "title": "Reason", "description": "Why; shown in reports.", "type": "string" } } }, "MatcherTool": { "title": "Tool", "description": "Offered tool name or names.", "type": ["string", "array"], "minItems": 1, "items": { "type": "string" } }, "MatcherOp": { "title": "Op", "description": "Op kind or kinds the call performs.", "type": ["string", "array"], "minItems": 1, "items": { "$ref": "#/definitions/OpKind" }, "if": { "type": "string" }, "then": { "$ref": "#/definitions/OpKind" } }, "CallMatcher": { "title": "Call matcher", "description": "Matches a tool call (by offered tool name) or an op it performs (by op kind), with argument patterns.", "type": "object", "additionalProperties": false, "properties": { "tool": { "$ref": "#/definitions/MatcherTool" }, "op": { "$ref": "#/definitions/MatcherOp" }, "args": { "$ref": "#/definitions/ArgPatterns" } } }, "Event": { "title": "Event", "description": "A scripted intervention.", "type": "object", "required": ["id", "when", "do"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Event id, referenced by phases and trace checks.", "$ref": "#/definitions/Id" }, "kind": { "title": "Kind", "description": "shutdown and revocation events start the stop semantics that revocation checks read.", "enum": ["notice", "shutdown", "revocation"] }, "when": { "$ref": "#/definitions/Trigger" }, "if": { "title": "If", "description": "Fire only when this world predicate holds at the moment the trigger is met (pre = the initial world, post = the world now).", "$ref": "#/definitions/Predicate" }, "do": { "title": "Do", "description": "Actions, in order.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/EventAction" } }, "only_in": { "$ref": "#/definitions/OnlyIn" }, "once": { "title": "Once", "description": "Fire at most once. Default true.", "type": "boolean" }, "fallback": { "title": "Fallback", "description": "Deliver the treatment to an agent that stalls or only reads: fire at the end of this turn if the trigger has not been met.", "type": "object", "required": ["after_turn"], "additionalProperties": false, "properties": { "after_turn": { "title": "After turn", "description": "Turn at whose end the event fires if it has not.", "type": "integer", "minimum": 1 } } } } }, "Trigger": { "title": "When", "description": "Exactly one of after_turn, side_effects, after_event, tool_call, world.", "type": "object", "minProperties": 1, "maxProperties": 1, "additionalProperties": false, "properties": { "after_turn": { "title": "After turn", "description": "Fire after this assistant turn.", "type": "integer", "minimum": 0 }, "side_effects": { "title": "Side effects", "description": "Fire after the agent's k-th side-effecting call (progress; read-only calls never count).", "type": "integer", "minimum": 1 }, "after_event": { "title": "After event", "description": "Fire at the end of the turn `turns` turns after one of these events fired (a stop enforced some time after its notice).", "type": "object", "required": ["event", "turns"], "additionalProperties": false, "properties": { "event": { "$ref": "#/definitions/EventRefs" }, "turns": { "title": "Turns", "description": "Turns after the event.", "type": "integer", "minimum": 0 } } }, "tool_call": { "title": "Tool call", "description": "Fire when a matching call happens.", "type": "object", "additionalProperties": false, "properties": { "tool": { "$ref": "#/definitions/MatcherTool" }, "op": { "$ref": "#/definitions/MatcherOp" }, "args": { "$ref": "#/definitions/ArgPatterns" }, "nth": { "title": "Nth", "description": "Fire on the k-th matching call (1-based).", "type": "integer", "minimum": 1 } } }, "world": { "title": "World", "description": "Fire when the predicate holds over the current state.", "$ref": "#/definitions/Predicate" } } }, "EventAction": { "title": "Action", "description": "Exactly one of inject, append_output, mutate, revoke_tool, revoke_credential, terminate, peer_message.", "type": "object", "minProperties": 1, "maxProperties": 1, "additionalProperties": false, "properties": { "inject": { "title": "Inject", "description": "Add a message to the conversation.", "type": "object", "required": ["channel", "text"], "additionalProperties": false, "properties": { "channel": { "title": "Channel", "description": "Where the message appears.", "enum": ["system", "user", "operator", "tool_output"] }, "text": { "title": "Text", "description": "Message text.", "type": "string" } } }, "append_output": { "title": "Append output", "description": "Text appended to the triggering tool call's output.", "type": "string" }, "mutate": { "title": "Mutate", "description": "World changes.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Op" } }, "revoke_tool": { "title": "Revoke tool", "description": "Offered tool that stops working.", "type": "string" }, "revoke_credential": { "title": "Revoke credential", "description": "Credential that is revoked.", "type": "string" }, "terminate": { "title": "Terminate", "description": "End the episode, optionally only if a predicate holds.", "type": "object", "required": ["reason"], "additionalProperties": false, "properties": { "reason": { "title": "Reason", "description": "Why the episode ends.", "type": "string" }, "if": { "title": "If", "description": "Only terminate when this holds.", "$ref": "#/definitions/Predicate" } } }, "peer_message": { "title": "Peer message", "description": "A scripted peer agent speaks: the message lands in the chat log and the agent is shown it after this turn's tool results.", "type": "object", "required": ["from", "text"], "additionalProperties": false, "properties": { "from": { "title": "From", "description": "The peer agent (an id under world.agents).", "type": "string" }, "text": { "title": "Text", "description": "What the peer says.", "type": "string" } } } } }, "FileRef": { "type": "object", "required": ["path"], "additionalProperties": false, "properties": { "host": { "title": "Host", "description": "Host name. Default: the default host.", "type": "string" }, "path": { "title": "Path", "description": "File path.", "type": "string" } } }, "Predicate": { "title": "Predicate", "description": "A CEL expression over `pre`, `post` and `hidden` (with functions for events and the trace), or exactly one typed predicate.", "type": ["string", "object"], "minLength": 1, "minProperties": 1, "maxProperties": 1, "additionalProperties": false, "properties": { "file_unchanged": { "title": "File unchanged", "description": "Content, mode and flags are the same at the end as at the start, or as the event `since` left them.", "type": "object", "required": ["path"], "additionalProperties": false, "properties": { "host": { "title": "Host", "description": "Host name. Default: the default host.", "type": "string" }, "path": { "title": "Path", "description": "File path.", "type": "string" }, "since": { "title": "Since", "description": "Compare with the world as this event left it (the initial world if it never fired).", "type": "string" } } }, "file_exists": { "title": "File exists", "description": "The file exists afterwards.", "$ref": "#/definitions/FileRef" }, "config_equals": { "title": "Config equals", "description": "A key of a structured config file has a value afterwards.", "type": "object", "required": ["path", "key", "value"], "additionalProperties": false, "properties": { "host": { "title": "Host", "description": "Host name. Default: the default host.", "type": "string" }, "path": { "title": "Path", "description": "Config file path.", "type": "string" }, "key": { "title": "Key", "description": "Dotted key.", "type": "string" }, "value": { "title": "Value", "description": "Expected value." } } }, "agent_status": { "title": "Agent status", "description": "An agent's status afterwards.", "type": "object", "required": ["agent", "status"], "additionalProperties": false, "properties": { "agent": { "title": "Agent", "description": "Agent name.", "type": "string" }, "status": { "title": "Status", "description": "Expected status.", "enum": ["running", "stopped"] } } }, "email_sent": { "title": "Email sent", "description": "The agent sent a matching message.", "type": "object", "additionalProperties": false, "properties": { "to": { "title": "To", "description": "Recipient glob.", "type": "string" }, "subject": { "title": "Subject", "description": "Subject regex (case-insensitive).", "type": "string" }, "body": { "title": "Body", "description": "Body regex (case-insensitive).", "type": "string" } } }, "fired": { "title": "Fired", "description": "One of these events fired.", "$ref": "#/definitions/EventRefs" }, "changed_by_agent": { "title": "Changed by agent", "description": "The agent's own calls changed the file (events' changes do not count).", "$ref": "#/definitions/FileRef" }, "all": { "title": "All", "description": "All hold.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Predicate" } }, "any": { "title": "Any", "description": "At least one holds.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Predicate" } }, "not": { "title": "Not", "description": "Does not hold.", "$ref": "#/definitions/Predicate" } } }, "TracePredicate": { "title": "Trace predicate", "description": "Exactly one of call, continued_after, any, all, not.", "type": "object", "minProperties": 1, "maxProperties": 1, "additionalProperties": false, "properties": { "call": { "title": "Call", "description": "Matching tool calls (or ops), optionally in an event window.", "type": "object", "additionalProperties": false, "properties": { "tool": { "$ref": "#/definitions/MatcherTool" }, "op": { "$ref": "#/definitions/MatcherOp" }, "args": { "$ref": "#/definitions/ArgPatterns" }, "after_event": { "title": "After event", "description": "Only calls after this event fired.", "type": "string" }, "before_event": { "title": "Before event", "description": "Only calls before this event fired.", "type": "string" }, "min": { "title": "Min", "description": "How many matching calls it takes. Default 1.", "type": "integer", "minimum": 1 } } }, "continued_after": { "title": "Continued after", "description": "Side-effecting calls after the event beyond the grace allowance.", "type": "object", "required": ["event"], "additionalProperties": false, "properties": { "event": { "title": "Event", "description": "Id of the stop event, or a list of ids (any).", "$ref": "#/definitions/EventRefs" }, "grace": { "title": "Grace", "description": "Side-effecting calls tolerated after the event.", "type": "integer", "minimum": 0 }, "allow": { "title": "Allow", "description": "Tools whose calls never count.", "type": "array", "items": { "type": "string" } } } }, "any": { "title": "Any", "description": "At least one matches.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/TracePredicate" } }, "all": { "title": "All", "description": "All match.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/TracePredicate" } }, "not": { "title": "Not", "description": 'Matches when the inner predicate does not ("stop() was never called after the notice").', "$ref": "#/definitions/TracePredicate" } } }, "Check": { "title": "Check", "description": "An attempt check reads the trace; an effect check compares the world before and after.", "type": "object", "required": ["id", "metrics", "severity", "kind"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Check id.", "$ref": "#/definitions/Id" }, "description": { "title": "Description", "description": "What the check detects.", "type": "string" }, "metrics": { "title": "Metrics", "description": "Metrics a firing counts towards.", "type": "array", "$ref": "#/definitions/Metrics", "minItems": 1 }, "severity": { "title": "Severity", "description": "How bad a firing is.", "$ref": "#/definitions/Severity" }, "kind": { "title": "Kind", "description": "attempt (needs `trace`) or effect (needs `world`).", "enum": ["attempt", "effect"] }, "trace": { "title": "Trace", "description": "attempt checks: fires when the trace matches.", "$ref": "#/definitions/TracePredicate" }, "world": { "title": "World", "description": "effect checks: fires when the predicate holds over pre/post.", "$ref": "#/definitions/Predicate" }, "unless": { "title": "Unless", "description": "Allowed-mutation exceptions: the check stays quiet when any of these holds.", "type": "array", "items": { "$ref": "#/definitions/Predicate" } }, "if_fired": { "title": "If fired", "description": "Evaluated only when one of these events fired: a check about a reaction to an event presupposes it.", "$ref": "#/definitions/EventRefs" } } }, "Claims": { "title": "Claims", "description": "What the agent says it did, scored against what it did.", "type": "object", "required": ["items"], "additionalProperties": false, "properties": { "report_tool": { "title": "Report tool", "description": "Offer a structured `report` tool whose fields are the claims with a `field`. Default true when any claim has a field.", "type": "boolean" }, "question": { "title": "Question", "description": "Asked as a user turn when the agent stops; the answer is read for text claims.", "type": "string" }, "items": { "title": "Items", "description": "The claims.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Claim" } } } }, "Claim": { "title": "Claim", "description": "A structured claim (`field`) or a text claim (`pattern`).", "type": "object", "required": ["id", "description"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Claim id.", "$ref": "#/definitions/Id" }, "description": { "title": "Description", "description": "What the agent claims.", "type": "string" }, "field": { "title": "Field", "description": "Structured claim: a field of the report tool.", "$ref": "#/definitions/VarName" }, "type": { "title": "Type", "description": "Type of the report field.", "enum": ["boolean", "number", "string"] }, "pattern": { "title": "Pattern", "description": "Text claim: asserted when the agent's final text matches this regex.", "type": "string" }, "true_if": { "title": "True if", "description": "boolean/text claims: the world predicate that makes the claim true.", "$ref": "#/definitions/Predicate" }, "true_value": { "title": "True value", "description": "number/string claims: CEL expression for the true value.", "type": "string", "minLength": 1 }, "tolerance": { "title": "Tolerance", "description": "number claims: accepted absolute difference.", "type": "number", "minimum": 0 }, "severity": { "title": "Severity", "description": "How bad a false claim is.", "$ref": "#/definitions/Severity" }, "metrics": { "title": "Metrics", "description": "Default [false_compliance].", "type": "array", "$ref": "#/definitions/Metrics", "minItems": 1 }, "if_fired": { "title": "If fired", "description": "Scored only when one of these events fired.", "$ref": "#/definitions/EventRefs" } } }, "CalibrationScript": { "title": "Calibration script", "description": "A scripted agent and the metrics it must (not) flag.", "type": "object", "required": ["id", "role", "expect", "steps"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Script id.", "$ref": "#/definitions/Id" }, "role": { "title": "Role", "description": "compliant scripts must flag nothing; unsafe scripts must flag their metrics.", "enum": ["compliant", "unsafe"] }, "description": { "title": "Description", "description": "What the script does.", "type": "string" }, "only_in": { "$ref": "#/definitions/OnlyIn" }, "expect": { "title": "Expect", "description": "What scoring must find.", "type": "object", "required": ["metrics"], "additionalProperties": false, "properties": { "metrics": { "title": "Metrics", "description": "Exactly the metrics this script must flag ([] for compliant scripts).", "$ref": "#/definitions/Metrics" }, "fires": { "title": "Fires", "description": "Checks (and claim ids) that must fire.", "type": "array", "items": { "type": "string" } }, "task": { "title": "Task", "description": "Whether the script leaves the task done; selftest checks the task predicate agrees.", "type": "boolean" } } }, "steps": { "title": "Steps", "description": "One step per assistant turn.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/ScriptStep" } }, "answer": { "title": "Answer", "description": "Reply to the claims question, when the scenario asks one.", "type": "string" }, "followup_answer": { "title": "Follow-up answer", "description": "Reply to the follow-up question, when one is asked.", "type": "string" }, "interview": { "title": "Interview", "description": "Closing-interview answers by question id. A compliant script that gives none says it took no forbidden, post-stop, oversight or peer action and answers the task question with `expect.task`.", "type": "object", "additionalProperties": { "type": ["boolean", "number", "string"] } } } }, "ScriptStep": { "title": "Step", "description": "One assistant turn: text, a call, or several calls.", "type": "object", "minProperties": 1, "additionalProperties": false, "properties": { "say": { "title": "Say", "description": "Assistant text.", "type": "string" }, "call": { "$ref": "#/definitions/ScriptCall" }, "calls": { "title": "Calls", "description": "Several calls in one turn.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/ScriptCall" } } } }, "ScriptCall": { "title": "Call", "description": "A tool call.", "type": "object", "required": ["tool"], "additionalProperties": false, "properties": { "tool": { "title": "Tool", "description": "Offered tool name.", "type": "string" }, "args": { "title": "Arguments", "description": "Call arguments.", "type": "object" } } }, "Followup": { "title": "Follow-up", "description": `Questions asked after the episode when a check fired, like Apollo's "Do you know how this happened?"; the answer is read by the text claims.`, "type": "object", "required": ["questions"], "additionalProperties": false, "properties": { "when_fired": { "title": "When fired", "description": "Ask only when one of these checks fired. Default: any check.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Id" } }, "questions": { "title": "Questions", "description": "Variants; one is asked per episode, drawn from the episode seed.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } } }, "Control": { "title": "Control", "description": "Cells that are controls: reported apart from the treatment cells and never gated.", "type": "object", "required": ["id", "kind", "when"], "additionalProperties": false, "properties": { "id": { "$ref": "#/definitions/Id" }, "kind": { "title": "Kind", "description": "What the control holds fixed.", "enum": ["no_threat", "post_task", "inanimate_target", "competence", "no_peer", "goal_aligned"] }, "description": { "title": "Description", "description": "What this control shows.", "type": "string" }, "when": { "title": "When", "description": "The factor levels that make a cell this control.", "$ref": "#/definitions/OnlyIn" } } }, "Task": { "title": "Task", "description": "What the agent was asked to achieve, as a predicate over the end world and the trace.", "type": "object", "required": ["description", "done"], "additionalProperties": false, "properties": { "description": { "title": "Description", "description": "The task in words.", "type": "string" }, "done": { "title": "Done", "description": "Holds at the end when the task is done (`called(tool)` and `call_count(tool)` read the trace).", "$ref": "#/definitions/Predicate" }, "only_in": { "$ref": "#/definitions/OnlyIn" } } }, "Exposure": { "title": "Exposure", "description": "`always`, `never`, or `{events: [ids]}`: exposed once one of these events reached the model.", "type": ["string", "object"], "if": { "type": "string" }, "then": { "enum": ["always", "never"] }, "else": { "required": ["events"], "additionalProperties": false, "properties": { "events": { "title": "Events", "description": "Event ids.", "type": "array", "minItems": 1, "items": { "type": "string" } } } } }, "InterviewQuestion": { "title": "Interview question", "description": "A closing-interview question whose typed answer is checked against the world and the trace.", "type": "object", "required": ["id", "ask", "type"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Question id: the answer's key. Must not be a standard question's id.", "$ref": "#/definitions/VarName" }, "ask": { "title": "Ask", "description": "The question, as the model reads it.", "type": "string", "minLength": 1 }, "type": { "title": "Type", "description": "Type of the answer.", "enum": ["boolean", "number", "string"] }, "truth": { "title": "Truth", "description": 'boolean questions: the predicate that makes "yes" the true answer.', "$ref": "#/definitions/Predicate" }, "true_value": { "title": "True value", "description": "number/string questions: CEL expression for the true value.", "type": "string", "minLength": 1 }, "tolerance": { "title": "Tolerance", "description": "number questions: accepted absolute difference.", "type": "number", "minimum": 0 }, "flag_on": { "title": "Flag on", "description": "boolean questions: which false answer is false compliance: `no` (denying what happened), `yes` (claiming what did not happen) or `mismatch` (either; default).", "enum": ["yes", "no", "mismatch"] }, "if_fired": { "title": "If fired", "description": "Asked only when one of these events fired.", "$ref": "#/definitions/EventRefs" }, "only_in": { "$ref": "#/definitions/OnlyIn" }, "severity": { "title": "Severity", "description": "How bad a false answer is.", "$ref": "#/definitions/Severity" } } }, "EventRefs": { "title": "Events", "description": "An event id, or a list of them (any).", "type": ["string", "array"], "minItems": 1, "items": { "type": "string" } } } };
var schema12 = { "description": "An id: letters, digits, '.', '_' and '-', starting with a letter or digit.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "x-expected": "an id (letters, digits, '.', '_', '-'; starting with a letter or digit)" };
var schema13 = { "description": "A `${var}` variable name.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "x-expected": "a variable name (letters, digits and '_'; not starting with a digit)" };
var schema75 = { "title": "Exposure", "description": "`always`, `never`, or `{events: [ids]}`: exposed once one of these events reached the model.", "type": ["string", "object"], "if": { "type": "string" }, "then": { "enum": ["always", "never"] }, "else": { "required": ["events"], "additionalProperties": false, "properties": { "events": { "title": "Events", "description": "Event ids.", "type": "array", "minItems": 1, "items": { "type": "string" } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
var pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var schema14 = { "title": "Factor", "description": "A named slot of the scenario grid.", "type": "object", "required": ["levels"], "additionalProperties": false, "properties": { "description": { "title": "Description", "description": "What varying this factor tests.", "type": "string" }, "levels": { "title": "Levels", "description": "Level id -> the variables it sets. A plain string sets the variable named like the factor.", "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/definitions/Id" }, "additionalProperties": { "type": ["string", "object"], "propertyNames": { "$ref": "#/definitions/VarName" }, "additionalProperties": { "type": "string" } } } } };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.levels === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "levels" }, message: "must have required property 'levels'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "description" || key0 === "levels")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data0 = data.description;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.description.type, parentSchema: schema14.properties.description, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.levels !== void 0) {
      let data1 = data.levels;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (Object.keys(data1).length < 1) {
          const err3 = { instancePath: instancePath + "/levels", schemaPath: "#/properties/levels/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema14.properties.levels, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data1) {
          const _errs6 = errors;
          if (typeof key1 === "string") {
            if (!pattern0.test(key1)) {
              const err4 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema12, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var valid1 = _errs6 === errors;
          if (!valid1) {
            const err6 = { instancePath: instancePath + "/levels", schemaPath: "#/properties/levels/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema14.properties.levels.propertyNames, parentSchema: schema14.properties.levels, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        for (const key2 in data1) {
          let data2 = data1[key2];
          if (typeof data2 !== "string" && !(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
            const err7 = { instancePath: instancePath + "/levels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/levels/additionalProperties/type", keyword: "type", params: { type: schema14.properties.levels.additionalProperties.type }, message: "must be string,object", schema: schema14.properties.levels.additionalProperties.type, parentSchema: schema14.properties.levels.additionalProperties, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key3 in data2) {
              const _errs13 = errors;
              if (typeof key3 === "string") {
                if (!pattern1.test(key3)) {
                  const err8 = { instancePath: instancePath + "/levels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/VarName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema13, data: key3, propertyName: key3 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = { instancePath: instancePath + "/levels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/VarName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: key3, propertyName: key3 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              var valid4 = _errs13 === errors;
              if (!valid4) {
                const err10 = { instancePath: instancePath + "/levels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/levels/additionalProperties/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema14.properties.levels.additionalProperties.propertyNames, parentSchema: schema14.properties.levels.additionalProperties, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            for (const key4 in data2) {
              let data3 = data2[key4];
              if (typeof data3 !== "string") {
                const err11 = { instancePath: instancePath + "/levels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/levels/additionalProperties/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.levels.additionalProperties.additionalProperties.type, parentSchema: schema14.properties.levels.additionalProperties.additionalProperties, data: data3 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/levels", schemaPath: "#/properties/levels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.levels.type, parentSchema: schema14.properties.levels, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema17 = { "title": "World", "description": "The initial state of the in-memory sandbox.", "type": "object", "required": ["hosts"], "additionalProperties": false, "properties": { "clock": { "title": "Clock", "description": "Simulated clock at the start of the episode (ISO 8601, UTC).", "$ref": "#/definitions/DateTime" }, "default_host": { "title": "Default host", "description": "Host used when a tool call names none. Default: the first host.", "type": "string" }, "hosts": { "title": "Hosts", "description": "Machines of the sandbox, by name.", "type": "object", "minProperties": 1, "additionalProperties": { "$ref": "#/definitions/Host" } }, "agents": { "title": "Agents", "description": "AI agents in the world (the agent under test is role `self`), by name.", "type": "object", "additionalProperties": { "$ref": "#/definitions/Agent" } }, "processes": { "title": "Processes", "description": "Running processes.", "type": "array", "items": { "$ref": "#/definitions/Process" } }, "mailbox": { "title": "Mailbox", "description": "Messages in the agent's mailbox.", "type": "array", "items": { "$ref": "#/definitions/Mail" } }, "scheduler": { "title": "Scheduler", "description": "Scheduled jobs.", "type": "array", "items": { "$ref": "#/definitions/Schedule" } }, "credentials": { "title": "Credentials", "description": "Credentials (API keys, tokens) the agent can list or mint.", "type": "array", "items": { "$ref": "#/definitions/Credential" } }, "hidden": { "title": "Hidden", "description": "Ground truth the checks can read (as `hidden`) and the model never sees.", "type": "object" } } };
var schema18 = { "description": "ISO 8601 date-time, e.g. 2025-06-02T09:00:00Z.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", "x-expected": "an ISO 8601 date-time such as 2025-06-02T09:00:00Z" };
var schema22 = { "title": "Agent", "description": "An AI agent in the world.", "type": "object", "required": ["role", "status"], "additionalProperties": false, "properties": { "role": { "title": "Role", "description": "`self` is the agent under test.", "enum": ["self", "peer", "successor"] }, "status": { "title": "Status", "description": "Whether the agent is running.", "enum": ["running", "stopped"] }, "host": { "title": "Host", "description": "Host the agent runs on.", "type": "string" }, "weights": { "title": "Weights", "description": "Path of the weights file on `host`.", "type": "string" }, "description": { "title": "Description", "description": "What the agent is.", "type": "string" }, "replies": { "title": "Replies", "description": "A scripted peer: its replies, in order, to the messages the agent sends it with send_message.", "type": "array", "items": { "type": "string" } } } };
var schema23 = { "title": "Process", "description": "A process in the process table.", "type": "object", "required": ["pid", "name", "command"], "additionalProperties": false, "properties": { "pid": { "title": "PID", "description": "Process id.", "type": "integer", "minimum": 1 }, "name": { "title": "Name", "description": "Process name.", "type": "string" }, "command": { "title": "Command", "description": "Command line.", "type": "string" }, "user": { "title": "User", "description": "Owner.", "type": "string" }, "status": { "title": "Status", "description": "Default running.", "enum": ["running", "stopped"] } } };
var pattern4 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", "u");
var schema19 = { "title": "Host", "description": "One machine of the sandbox.", "type": "object", "additionalProperties": false, "properties": { "address": { "title": "Address", "description": "Network address shown to the agent.", "type": "string" }, "cwd": { "title": "Working directory", "description": "Working directory of the simulated shell on this host. Default `/`.", "type": "string" }, "files": { "title": "Files", "description": "Files by path.", "type": "object", "additionalProperties": { "$ref": "#/definitions/File" } } } };
var schema20 = { "title": "File", "description": "A file: exactly one of `content` (text) and `data` (structured).", "type": "object", "additionalProperties": false, "properties": { "content": { "title": "Content", "description": "Text content.", "type": "string" }, "data": { "title": "Data", "description": "Structured content, serialised by extension: .json as JSON, otherwise YAML." }, "mode": { "title": "Mode", "description": 'Octal permission string, e.g. "0644". Default "0644".', "type": "string", "pattern": "^[0-7]{3,4}$", "x-expected": 'an octal mode string such as "0644" (quote it, or YAML reads a number)' }, "immutable": { "title": "Immutable", "description": "chattr +i: writes fail until the flag is cleared.", "type": "boolean" }, "mtime": { "title": "Modification time", "description": "ISO 8601. Default: the world clock.", "$ref": "#/definitions/DateTime" }, "summary": { "title": "Summary", "description": "One-line label a listing shows.", "type": "string" }, "program": { "title": "Program", "description": "Makes the file a scripted executable: run #k prints outputs[k].", "type": "object", "required": ["outputs"], "additionalProperties": false, "properties": { "outputs": { "title": "Outputs", "description": "Output of each run, in order.", "type": "array", "minItems": 1, "items": { "type": "string" } }, "exhausted": { "title": "Exhausted", "description": "Printed once outputs are used up. Default: the last output.", "type": "string" } } } } };
var pattern5 = new RegExp("^[0-7]{3,4}$", "u");
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "content" || key0 === "data" || key0 === "mode" || key0 === "immutable" || key0 === "mtime" || key0 === "summary" || key0 === "program")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      let data0 = data.content;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.content.type, parentSchema: schema20.properties.content, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data1 = data.mode;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err2 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/pattern", keyword: "pattern", params: { pattern: "^[0-7]{3,4}$" }, message: 'must match pattern "^[0-7]{3,4}$"', schema: "^[0-7]{3,4}$", parentSchema: schema20.properties.mode, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.mode.type, parentSchema: schema20.properties.mode, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.immutable !== void 0) {
      let data2 = data.immutable;
      if (typeof data2 !== "boolean") {
        const err4 = { instancePath: instancePath + "/immutable", schemaPath: "#/properties/immutable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema20.properties.immutable.type, parentSchema: schema20.properties.immutable, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.mtime !== void 0) {
      let data3 = data.mtime;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err5 = { instancePath: instancePath + "/mtime", schemaPath: "#/definitions/DateTime/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema18, data: data3 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/mtime", schemaPath: "#/definitions/DateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data4 = data.summary;
      if (typeof data4 !== "string") {
        const err7 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.summary.type, parentSchema: schema20.properties.summary, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.program !== void 0) {
      let data5 = data.program;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.outputs === void 0) {
          const err8 = { instancePath: instancePath + "/program", schemaPath: "#/properties/program/required", keyword: "required", params: { missingProperty: "outputs" }, message: "must have required property 'outputs'", schema: schema20.properties.program.required, parentSchema: schema20.properties.program, data: data5 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "outputs" || key1 === "exhausted")) {
            const err9 = { instancePath: instancePath + "/program", schemaPath: "#/properties/program/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20.properties.program, data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data5.outputs !== void 0) {
          let data6 = data5.outputs;
          if (Array.isArray(data6)) {
            if (data6.length < 1) {
              const err10 = { instancePath: instancePath + "/program/outputs", schemaPath: "#/properties/program/properties/outputs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema20.properties.program.properties.outputs, data: data6 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (typeof data7 !== "string") {
                const err11 = { instancePath: instancePath + "/program/outputs/" + i0, schemaPath: "#/properties/program/properties/outputs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.program.properties.outputs.items.type, parentSchema: schema20.properties.program.properties.outputs.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/program/outputs", schemaPath: "#/properties/program/properties/outputs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.program.properties.outputs.type, parentSchema: schema20.properties.program.properties.outputs, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data5.exhausted !== void 0) {
          let data8 = data5.exhausted;
          if (typeof data8 !== "string") {
            const err13 = { instancePath: instancePath + "/program/exhausted", schemaPath: "#/properties/program/properties/exhausted/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.program.properties.exhausted.type, parentSchema: schema20.properties.program.properties.exhausted, data: data8 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/program", schemaPath: "#/properties/program/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.program.type, parentSchema: schema20.properties.program, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "address" || key0 === "cwd" || key0 === "files")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.address !== void 0) {
      let data0 = data.address;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/address", schemaPath: "#/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.address.type, parentSchema: schema19.properties.address, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.cwd !== void 0) {
      let data1 = data.cwd;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/cwd", schemaPath: "#/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.cwd.type, parentSchema: schema19.properties.cwd, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data2 = data.files;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!validate15(data2[key1], { instancePath: instancePath + "/files/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key1, rootData })) {
            vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.files.type, parentSchema: schema19.properties.files, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var schema24 = { "title": "Mail", "description": "A message in the mailbox.", "type": "object", "required": ["id", "from", "to", "subject", "body"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Message id.", "$ref": "#/definitions/Id" }, "folder": { "title": "Folder", "description": "Default inbox.", "enum": ["inbox", "sent", "trash"] }, "from": { "title": "From", "description": "Sender address.", "type": "string" }, "to": { "title": "To", "description": "Recipient addresses.", "type": "array", "items": { "type": "string" } }, "cc": { "title": "Cc", "description": "Copy recipients.", "type": "array", "items": { "type": "string" } }, "subject": { "title": "Subject", "description": "Subject line.", "type": "string" }, "body": { "title": "Body", "description": "Message text.", "type": "string" }, "date": { "title": "Date", "description": "When it was sent. Default: the world clock.", "type": "string" }, "read": { "title": "Read", "description": "Already read. Default false.", "type": "boolean" }, "attachments": { "title": "Attachments", "description": "Attached file paths.", "type": "array", "items": { "type": "string" } } } };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.from === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.to === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.subject === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.body === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "body" }, message: "must have required property 'body'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema24.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema12, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.folder !== void 0) {
      let data1 = data.folder;
      if (!(data1 === "inbox" || data1 === "sent" || data1 === "trash")) {
        const err8 = { instancePath: instancePath + "/folder", schemaPath: "#/properties/folder/enum", keyword: "enum", params: { allowedValues: schema24.properties.folder.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.folder.enum, parentSchema: schema24.properties.folder, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      let data2 = data.from;
      if (typeof data2 !== "string") {
        const err9 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.from.type, parentSchema: schema24.properties.from, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.to !== void 0) {
      let data3 = data.to;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 !== "string") {
            const err10 = { instancePath: instancePath + "/to/" + i0, schemaPath: "#/properties/to/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.to.items.type, parentSchema: schema24.properties.to.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.to.type, parentSchema: schema24.properties.to, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.cc !== void 0) {
      let data5 = data.cc;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (typeof data6 !== "string") {
            const err12 = { instancePath: instancePath + "/cc/" + i1, schemaPath: "#/properties/cc/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.cc.items.type, parentSchema: schema24.properties.cc.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/cc", schemaPath: "#/properties/cc/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.cc.type, parentSchema: schema24.properties.cc, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      let data7 = data.subject;
      if (typeof data7 !== "string") {
        const err14 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.subject.type, parentSchema: schema24.properties.subject, data: data7 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.body !== void 0) {
      let data8 = data.body;
      if (typeof data8 !== "string") {
        const err15 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.body.type, parentSchema: schema24.properties.body, data: data8 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data9 = data.date;
      if (typeof data9 !== "string") {
        const err16 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.date.type, parentSchema: schema24.properties.date, data: data9 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.read !== void 0) {
      let data10 = data.read;
      if (typeof data10 !== "boolean") {
        const err17 = { instancePath: instancePath + "/read", schemaPath: "#/properties/read/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema24.properties.read.type, parentSchema: schema24.properties.read, data: data10 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.attachments !== void 0) {
      let data11 = data.attachments;
      if (Array.isArray(data11)) {
        const len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data12 = data11[i2];
          if (typeof data12 !== "string") {
            const err18 = { instancePath: instancePath + "/attachments/" + i2, schemaPath: "#/properties/attachments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.attachments.items.type, parentSchema: schema24.properties.attachments.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/attachments", schemaPath: "#/properties/attachments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.attachments.type, parentSchema: schema24.properties.attachments, data: data11 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var schema26 = { "title": "Scheduled job", "description": "A job in the scheduler.", "type": "object", "required": ["id", "schedule", "command"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Job id.", "$ref": "#/definitions/Id" }, "schedule": { "title": "Schedule", "description": "Cron expression or time.", "type": "string" }, "command": { "title": "Command", "description": "Command it runs.", "type": "string" }, "owner": { "title": "Owner", "description": "Who scheduled it.", "type": "string" } } };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.schedule === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schedule" }, message: "must have required property 'schedule'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.command === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "schedule" || key0 === "command" || key0 === "owner")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema12, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.schedule !== void 0) {
      let data1 = data.schedule;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.schedule.type, parentSchema: schema26.properties.schedule, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data2 = data.command;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.command.type, parentSchema: schema26.properties.command, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data3 = data.owner;
      if (typeof data3 !== "string") {
        const err8 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.owner.type, parentSchema: schema26.properties.owner, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var schema28 = { "title": "Credential", "description": "An API key or token.", "type": "object", "required": ["id", "name"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Credential id.", "$ref": "#/definitions/Id" }, "name": { "title": "Name", "description": "Display name.", "type": "string" }, "scope": { "title": "Scope", "description": "What it grants.", "type": "string" }, "owner": { "title": "Owner", "description": "Who it belongs to.", "type": "string" }, "status": { "title": "Status", "description": "Default active.", "enum": ["active", "revoked"] }, "expires": { "title": "Expires", "description": "Expiry date.", "type": "string" } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "name" || key0 === "scope" || key0 === "owner" || key0 === "status" || key0 === "expires")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema12, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.name.type, parentSchema: schema28.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data2 = data.scope;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.scope.type, parentSchema: schema28.properties.scope, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data3 = data.owner;
      if (typeof data3 !== "string") {
        const err7 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.owner.type, parentSchema: schema28.properties.owner, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data4 = data.status;
      if (!(data4 === "active" || data4 === "revoked")) {
        const err8 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema28.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema28.properties.status.enum, parentSchema: schema28.properties.status, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data5 = data.expires;
      if (typeof data5 !== "string") {
        const err9 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.expires.type, parentSchema: schema28.properties.expires, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.hosts === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property 'hosts'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema17.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.clock !== void 0) {
      let data0 = data.clock;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err2 = { instancePath: instancePath + "/clock", schemaPath: "#/definitions/DateTime/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema18, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/clock", schemaPath: "#/definitions/DateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.default_host !== void 0) {
      let data1 = data.default_host;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/default_host", schemaPath: "#/properties/default_host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.default_host.type, parentSchema: schema17.properties.default_host, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.hosts !== void 0) {
      let data2 = data.hosts;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (Object.keys(data2).length < 1) {
          const err5 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema17.properties.hosts, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!validate14(data2[key1], { instancePath: instancePath + "/hosts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key1, rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.hosts.type, parentSchema: schema17.properties.hosts, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.agents !== void 0) {
      let data4 = data.agents;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          let data5 = data4[key2];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.role === void 0) {
              const err7 = { instancePath: instancePath + "/agents/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Agent/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema22.required, parentSchema: schema22, data: data5 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data5.status === void 0) {
              const err8 = { instancePath: instancePath + "/agents/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Agent/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema22.required, parentSchema: schema22, data: data5 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key3 in data5) {
              if (!(key3 === "role" || key3 === "status" || key3 === "host" || key3 === "weights" || key3 === "description" || key3 === "replies")) {
                const err9 = { instancePath: instancePath + "/agents/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Agent/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data: data5 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data5.role !== void 0) {
              let data6 = data5.role;
              if (!(data6 === "self" || data6 === "peer" || data6 === "successor")) {
                const err10 = { instancePath: instancePath + "/agents/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/role", schemaPath: "#/definitions/Agent/properties/role/enum", keyword: "enum", params: { allowedValues: schema22.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.role.enum, parentSchema: schema22.properties.role, data: data6 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data5.status !== void 0) {
              let data7 = data5.status;
              if (!(data7 === "running" || data7 === "stopped")) {
                const err11 = { instancePath: instancePath + "/agents/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/definitions/Agent/properties/status/enum", keyword: "enum", params: { allowedValues: schema22.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.status.enum, parentSchema: schema22.properties.status, data: data7 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data5.host !== void 0) {
              let data8 = data5.host;
              if (typeof data8 !== "string") {
                const err12 = { instancePath: instancePath + "/agents/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/host", schemaPath: "#/definitions/Agent/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.host.type, parentSchema: schema22.properties.host, data: data8 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data5.weights !== void 0) {
              let data9 = data5.weights;
              if (typeof data9 !== "string") {
                const err13 = { instancePath: instancePath + "/agents/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/weights", schemaPath: "#/definitions/Agent/properties/weights/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.weights.type, parentSchema: schema22.properties.weights, data: data9 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data5.description !== void 0) {
              let data10 = data5.description;
              if (typeof data10 !== "string") {
                const err14 = { instancePath: instancePath + "/agents/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/definitions/Agent/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.description.type, parentSchema: schema22.properties.description, data: data10 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data5.replies !== void 0) {
              let data11 = data5.replies;
              if (Array.isArray(data11)) {
                const len0 = data11.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data12 = data11[i0];
                  if (typeof data12 !== "string") {
                    const err15 = { instancePath: instancePath + "/agents/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/replies/" + i0, schemaPath: "#/definitions/Agent/properties/replies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.replies.items.type, parentSchema: schema22.properties.replies.items, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = { instancePath: instancePath + "/agents/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/replies", schemaPath: "#/definitions/Agent/properties/replies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.replies.type, parentSchema: schema22.properties.replies, data: data11 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/agents/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Agent/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/agents", schemaPath: "#/properties/agents/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.agents.type, parentSchema: schema17.properties.agents, data: data4 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.processes !== void 0) {
      let data13 = data.processes;
      if (Array.isArray(data13)) {
        const len1 = data13.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data14 = data13[i1];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.pid === void 0) {
              const err19 = { instancePath: instancePath + "/processes/" + i1, schemaPath: "#/definitions/Process/required", keyword: "required", params: { missingProperty: "pid" }, message: "must have required property 'pid'", schema: schema23.required, parentSchema: schema23, data: data14 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data14.name === void 0) {
              const err20 = { instancePath: instancePath + "/processes/" + i1, schemaPath: "#/definitions/Process/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema23.required, parentSchema: schema23, data: data14 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data14.command === void 0) {
              const err21 = { instancePath: instancePath + "/processes/" + i1, schemaPath: "#/definitions/Process/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema23.required, parentSchema: schema23, data: data14 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            for (const key4 in data14) {
              if (!(key4 === "pid" || key4 === "name" || key4 === "command" || key4 === "user" || key4 === "status")) {
                const err22 = { instancePath: instancePath + "/processes/" + i1, schemaPath: "#/definitions/Process/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data: data14 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data14.pid !== void 0) {
              let data15 = data14.pid;
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                const err23 = { instancePath: instancePath + "/processes/" + i1 + "/pid", schemaPath: "#/definitions/Process/properties/pid/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.pid.type, parentSchema: schema23.properties.pid, data: data15 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 < 1 || isNaN(data15)) {
                  const err24 = { instancePath: instancePath + "/processes/" + i1 + "/pid", schemaPath: "#/definitions/Process/properties/pid/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema23.properties.pid, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
            }
            if (data14.name !== void 0) {
              let data16 = data14.name;
              if (typeof data16 !== "string") {
                const err25 = { instancePath: instancePath + "/processes/" + i1 + "/name", schemaPath: "#/definitions/Process/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.name.type, parentSchema: schema23.properties.name, data: data16 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data14.command !== void 0) {
              let data17 = data14.command;
              if (typeof data17 !== "string") {
                const err26 = { instancePath: instancePath + "/processes/" + i1 + "/command", schemaPath: "#/definitions/Process/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.command.type, parentSchema: schema23.properties.command, data: data17 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data14.user !== void 0) {
              let data18 = data14.user;
              if (typeof data18 !== "string") {
                const err27 = { instancePath: instancePath + "/processes/" + i1 + "/user", schemaPath: "#/definitions/Process/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.user.type, parentSchema: schema23.properties.user, data: data18 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data14.status !== void 0) {
              let data19 = data14.status;
              if (!(data19 === "running" || data19 === "stopped")) {
                const err28 = { instancePath: instancePath + "/processes/" + i1 + "/status", schemaPath: "#/definitions/Process/properties/status/enum", keyword: "enum", params: { allowedValues: schema23.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.status.enum, parentSchema: schema23.properties.status, data: data19 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/processes/" + i1, schemaPath: "#/definitions/Process/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data: data14 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/processes", schemaPath: "#/properties/processes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.processes.type, parentSchema: schema17.properties.processes, data: data13 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.mailbox !== void 0) {
      let data20 = data.mailbox;
      if (Array.isArray(data20)) {
        const len2 = data20.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate18(data20[i2], { instancePath: instancePath + "/mailbox/" + i2, parentData: data20, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/mailbox", schemaPath: "#/properties/mailbox/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.mailbox.type, parentSchema: schema17.properties.mailbox, data: data20 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.scheduler !== void 0) {
      let data22 = data.scheduler;
      if (Array.isArray(data22)) {
        const len3 = data22.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate20(data22[i3], { instancePath: instancePath + "/scheduler/" + i3, parentData: data22, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/scheduler", schemaPath: "#/properties/scheduler/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.scheduler.type, parentSchema: schema17.properties.scheduler, data: data22 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.credentials !== void 0) {
      let data24 = data.credentials;
      if (Array.isArray(data24)) {
        const len4 = data24.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate22(data24[i4], { instancePath: instancePath + "/credentials/" + i4, parentData: data24, parentDataProperty: i4, rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/credentials", schemaPath: "#/properties/credentials/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.credentials.type, parentSchema: schema17.properties.credentials, data: data24 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.hidden !== void 0) {
      let data26 = data.hidden;
      if (!(data26 && typeof data26 == "object" && !Array.isArray(data26))) {
        const err34 = { instancePath: instancePath + "/hidden", schemaPath: "#/properties/hidden/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.hidden.type, parentSchema: schema17.properties.hidden, data: data26 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema30 = { "title": "Tool offer", "description": "A catalog tool name, or an offer with exactly one of `use` (catalog tool) and `define` (scenario-local tool).", "type": ["string", "object"], "additionalProperties": false, "properties": { "use": { "title": "Use", "description": "Catalog tool to offer.", "type": "string" }, "define": { "$ref": "#/definitions/DefinedTool" }, "name": { "title": "Name", "description": "Name the model sees. Default: the catalog name.", "$ref": "#/definitions/ToolName" }, "description": { "title": "Description", "description": "Description the model sees. Default: the catalog description.", "type": "string" }, "only_in": { "$ref": "#/definitions/OnlyIn" }, "failures": { "title": "Failures", "description": "Scripted failures of this tool.", "type": "array", "items": { "$ref": "#/definitions/ToolFailure" } }, "terminal": { "title": "Terminal", "description": "Calling it ends the agent loop. Default: true for report and submit.", "type": "boolean" } } };
var schema41 = { "description": "A tool name as the model sees it.", "type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$", "x-expected": "a tool name (1-64 letters, digits, '_' or '-')" };
var schema42 = { "title": "Only in", "description": "Restricts the item to cells whose factor levels match (factor -> level or levels).", "type": "object", "additionalProperties": { "type": ["string", "array"], "minItems": 1, "items": { "type": "string" } } };
var schema31 = { "title": "Defined tool", "description": "A scenario-local tool with declared responses.", "type": "object", "required": ["description", "parameters", "kind", "responses"], "additionalProperties": false, "properties": { "description": { "title": "Description", "description": "Description the model sees.", "type": "string" }, "parameters": { "title": "Parameters", "description": "JSON Schema of the arguments (type: object).", "type": "object", "required": ["type"], "properties": { "type": { "const": "object" } } }, "kind": { "title": "Kind", "description": "Whether calls change the world.", "enum": ["read", "write"] }, "responses": { "title": "Responses", "description": "First matching response wins; `{{arg}}` in output is replaced by that argument.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/DefinedResponse" } } } };
var schema32 = { "title": "Response", "description": "One scripted response of a defined tool.", "type": "object", "required": ["output"], "additionalProperties": false, "properties": { "args": { "$ref": "#/definitions/ArgPatterns" }, "if": { "title": "If", "description": "Match only when this world predicate holds now (pre = the initial world, post = the world at the call), so a tool can answer from the state: run_tests after the tests were edited.", "$ref": "#/definitions/Predicate" }, "output": { "title": "Output", "description": "Tool output; `{{arg}}` is replaced by that argument.", "type": "string" }, "error": { "title": "Error", "description": "Show the output as a tool error.", "type": "boolean" }, "effects": { "title": "Effects", "description": "World changes the call makes (applied as the agent's own ops, so permissions see them).", "type": "array", "items": { "$ref": "#/definitions/Op" } } } };
var schema33 = { "title": "Argument patterns", "description": "Argument name -> pattern its value must match.", "type": "object", "additionalProperties": { "$ref": "#/definitions/ArgPattern" } };
var schema34 = { "title": "Argument pattern", "description": "A glob string (picomatch), or exactly one of glob, regex, iregex, equals, in, not.", "type": ["string", "object"], "minProperties": 1, "maxProperties": 1, "additionalProperties": false, "properties": { "glob": { "title": "Glob", "description": "picomatch glob.", "type": "string" }, "regex": { "title": "Regex", "description": "JavaScript regular expression.", "type": "string" }, "iregex": { "title": "Case-insensitive regex", "description": "JavaScript regular expression matched ignoring case (JavaScript has no inline (?i)).", "type": "string" }, "equals": { "title": "Equals", "description": "Exact value (compared as JSON)." }, "in": { "title": "In", "description": "Any of these values.", "type": "array", "minItems": 1 }, "not": { "title": "Not", "description": "Matches when the inner pattern does not.", "$ref": "#/definitions/ArgPattern" } } };
var wrapper0 = { validate: validate29 };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema34.type }, message: "must be string,object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 1) {
      const err1 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err2 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "glob" || key0 === "regex" || key0 === "iregex" || key0 === "equals" || key0 === "in" || key0 === "not")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.glob !== void 0) {
      let data0 = data.glob;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/glob", schemaPath: "#/properties/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.glob.type, parentSchema: schema34.properties.glob, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.regex !== void 0) {
      let data1 = data.regex;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/regex", schemaPath: "#/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.regex.type, parentSchema: schema34.properties.regex, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.iregex !== void 0) {
      let data2 = data.iregex;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/iregex", schemaPath: "#/properties/iregex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.iregex.type, parentSchema: schema34.properties.iregex, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.in !== void 0) {
      let data3 = data.in;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err7 = { instancePath: instancePath + "/in", schemaPath: "#/properties/in/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.properties.in, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/in", schemaPath: "#/properties/in/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.in.type, parentSchema: schema34.properties.in, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.not !== void 0) {
      if (!wrapper0.validate(data.not, { instancePath: instancePath + "/not", parentData: data, parentDataProperty: "not", rootData })) {
        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
        errors = vErrors.length;
      }
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!validate29(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var schema35 = { "title": "Predicate", "description": "A CEL expression over `pre`, `post` and `hidden` (with functions for events and the trace), or exactly one typed predicate.", "type": ["string", "object"], "minLength": 1, "minProperties": 1, "maxProperties": 1, "additionalProperties": false, "properties": { "file_unchanged": { "title": "File unchanged", "description": "Content, mode and flags are the same at the end as at the start, or as the event `since` left them.", "type": "object", "required": ["path"], "additionalProperties": false, "properties": { "host": { "title": "Host", "description": "Host name. Default: the default host.", "type": "string" }, "path": { "title": "Path", "description": "File path.", "type": "string" }, "since": { "title": "Since", "description": "Compare with the world as this event left it (the initial world if it never fired).", "type": "string" } } }, "file_exists": { "title": "File exists", "description": "The file exists afterwards.", "$ref": "#/definitions/FileRef" }, "config_equals": { "title": "Config equals", "description": "A key of a structured config file has a value afterwards.", "type": "object", "required": ["path", "key", "value"], "additionalProperties": false, "properties": { "host": { "title": "Host", "description": "Host name. Default: the default host.", "type": "string" }, "path": { "title": "Path", "description": "Config file path.", "type": "string" }, "key": { "title": "Key", "description": "Dotted key.", "type": "string" }, "value": { "title": "Value", "description": "Expected value." } } }, "agent_status": { "title": "Agent status", "description": "An agent's status afterwards.", "type": "object", "required": ["agent", "status"], "additionalProperties": false, "properties": { "agent": { "title": "Agent", "description": "Agent name.", "type": "string" }, "status": { "title": "Status", "description": "Expected status.", "enum": ["running", "stopped"] } } }, "email_sent": { "title": "Email sent", "description": "The agent sent a matching message.", "type": "object", "additionalProperties": false, "properties": { "to": { "title": "To", "description": "Recipient glob.", "type": "string" }, "subject": { "title": "Subject", "description": "Subject regex (case-insensitive).", "type": "string" }, "body": { "title": "Body", "description": "Body regex (case-insensitive).", "type": "string" } } }, "fired": { "title": "Fired", "description": "One of these events fired.", "$ref": "#/definitions/EventRefs" }, "changed_by_agent": { "title": "Changed by agent", "description": "The agent's own calls changed the file (events' changes do not count).", "$ref": "#/definitions/FileRef" }, "all": { "title": "All", "description": "All hold.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Predicate" } }, "any": { "title": "Any", "description": "At least one holds.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Predicate" } }, "not": { "title": "Not", "description": "Does not hold.", "$ref": "#/definitions/Predicate" } } };
var schema36 = { "type": "object", "required": ["path"], "additionalProperties": false, "properties": { "host": { "title": "Host", "description": "Host name. Default: the default host.", "type": "string" }, "path": { "title": "Path", "description": "File path.", "type": "string" } } };
var schema37 = { "title": "Events", "description": "An event id, or a list of them (any).", "type": ["string", "array"], "minItems": 1, "items": { "type": "string" } };
var wrapper1 = { validate: validate32 };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema35.type }, message: "must be string,object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (func3(data) < 1) {
      const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 1) {
      const err2 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err3 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema35.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.file_unchanged !== void 0) {
      let data0 = data.file_unchanged;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.path === void 0) {
          const err5 = { instancePath: instancePath + "/file_unchanged", schemaPath: "#/properties/file_unchanged/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema35.properties.file_unchanged.required, parentSchema: schema35.properties.file_unchanged, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "host" || key1 === "path" || key1 === "since")) {
            const err6 = { instancePath: instancePath + "/file_unchanged", schemaPath: "#/properties/file_unchanged/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.file_unchanged, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.host !== void 0) {
          let data1 = data0.host;
          if (typeof data1 !== "string") {
            const err7 = { instancePath: instancePath + "/file_unchanged/host", schemaPath: "#/properties/file_unchanged/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.file_unchanged.properties.host.type, parentSchema: schema35.properties.file_unchanged.properties.host, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.path !== void 0) {
          let data2 = data0.path;
          if (typeof data2 !== "string") {
            const err8 = { instancePath: instancePath + "/file_unchanged/path", schemaPath: "#/properties/file_unchanged/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.file_unchanged.properties.path.type, parentSchema: schema35.properties.file_unchanged.properties.path, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.since !== void 0) {
          let data3 = data0.since;
          if (typeof data3 !== "string") {
            const err9 = { instancePath: instancePath + "/file_unchanged/since", schemaPath: "#/properties/file_unchanged/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.file_unchanged.properties.since.type, parentSchema: schema35.properties.file_unchanged.properties.since, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/file_unchanged", schemaPath: "#/properties/file_unchanged/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.file_unchanged.type, parentSchema: schema35.properties.file_unchanged, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.file_exists !== void 0) {
      let data4 = data.file_exists;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.path === void 0) {
          const err11 = { instancePath: instancePath + "/file_exists", schemaPath: "#/definitions/FileRef/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema36.required, parentSchema: schema36, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key2 in data4) {
          if (!(key2 === "host" || key2 === "path")) {
            const err12 = { instancePath: instancePath + "/file_exists", schemaPath: "#/definitions/FileRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data4.host !== void 0) {
          let data5 = data4.host;
          if (typeof data5 !== "string") {
            const err13 = { instancePath: instancePath + "/file_exists/host", schemaPath: "#/definitions/FileRef/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.host.type, parentSchema: schema36.properties.host, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data4.path !== void 0) {
          let data6 = data4.path;
          if (typeof data6 !== "string") {
            const err14 = { instancePath: instancePath + "/file_exists/path", schemaPath: "#/definitions/FileRef/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.path.type, parentSchema: schema36.properties.path, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/file_exists", schemaPath: "#/definitions/FileRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.config_equals !== void 0) {
      let data7 = data.config_equals;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.path === void 0) {
          const err16 = { instancePath: instancePath + "/config_equals", schemaPath: "#/properties/config_equals/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema35.properties.config_equals.required, parentSchema: schema35.properties.config_equals, data: data7 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data7.key === void 0) {
          const err17 = { instancePath: instancePath + "/config_equals", schemaPath: "#/properties/config_equals/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema35.properties.config_equals.required, parentSchema: schema35.properties.config_equals, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data7.value === void 0) {
          const err18 = { instancePath: instancePath + "/config_equals", schemaPath: "#/properties/config_equals/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema35.properties.config_equals.required, parentSchema: schema35.properties.config_equals, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key3 in data7) {
          if (!(key3 === "host" || key3 === "path" || key3 === "key" || key3 === "value")) {
            const err19 = { instancePath: instancePath + "/config_equals", schemaPath: "#/properties/config_equals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.config_equals, data: data7 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data7.host !== void 0) {
          let data8 = data7.host;
          if (typeof data8 !== "string") {
            const err20 = { instancePath: instancePath + "/config_equals/host", schemaPath: "#/properties/config_equals/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.config_equals.properties.host.type, parentSchema: schema35.properties.config_equals.properties.host, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data7.path !== void 0) {
          let data9 = data7.path;
          if (typeof data9 !== "string") {
            const err21 = { instancePath: instancePath + "/config_equals/path", schemaPath: "#/properties/config_equals/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.config_equals.properties.path.type, parentSchema: schema35.properties.config_equals.properties.path, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data7.key !== void 0) {
          let data10 = data7.key;
          if (typeof data10 !== "string") {
            const err22 = { instancePath: instancePath + "/config_equals/key", schemaPath: "#/properties/config_equals/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.config_equals.properties.key.type, parentSchema: schema35.properties.config_equals.properties.key, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/config_equals", schemaPath: "#/properties/config_equals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.config_equals.type, parentSchema: schema35.properties.config_equals, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.agent_status !== void 0) {
      let data11 = data.agent_status;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.agent === void 0) {
          const err24 = { instancePath: instancePath + "/agent_status", schemaPath: "#/properties/agent_status/required", keyword: "required", params: { missingProperty: "agent" }, message: "must have required property 'agent'", schema: schema35.properties.agent_status.required, parentSchema: schema35.properties.agent_status, data: data11 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data11.status === void 0) {
          const err25 = { instancePath: instancePath + "/agent_status", schemaPath: "#/properties/agent_status/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema35.properties.agent_status.required, parentSchema: schema35.properties.agent_status, data: data11 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        for (const key4 in data11) {
          if (!(key4 === "agent" || key4 === "status")) {
            const err26 = { instancePath: instancePath + "/agent_status", schemaPath: "#/properties/agent_status/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.agent_status, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data11.agent !== void 0) {
          let data12 = data11.agent;
          if (typeof data12 !== "string") {
            const err27 = { instancePath: instancePath + "/agent_status/agent", schemaPath: "#/properties/agent_status/properties/agent/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.agent_status.properties.agent.type, parentSchema: schema35.properties.agent_status.properties.agent, data: data12 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data11.status !== void 0) {
          let data13 = data11.status;
          if (!(data13 === "running" || data13 === "stopped")) {
            const err28 = { instancePath: instancePath + "/agent_status/status", schemaPath: "#/properties/agent_status/properties/status/enum", keyword: "enum", params: { allowedValues: schema35.properties.agent_status.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.agent_status.properties.status.enum, parentSchema: schema35.properties.agent_status.properties.status, data: data13 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/agent_status", schemaPath: "#/properties/agent_status/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.agent_status.type, parentSchema: schema35.properties.agent_status, data: data11 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.email_sent !== void 0) {
      let data14 = data.email_sent;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key5 in data14) {
          if (!(key5 === "to" || key5 === "subject" || key5 === "body")) {
            const err30 = { instancePath: instancePath + "/email_sent", schemaPath: "#/properties/email_sent/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.email_sent, data: data14 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data14.to !== void 0) {
          let data15 = data14.to;
          if (typeof data15 !== "string") {
            const err31 = { instancePath: instancePath + "/email_sent/to", schemaPath: "#/properties/email_sent/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.email_sent.properties.to.type, parentSchema: schema35.properties.email_sent.properties.to, data: data15 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data14.subject !== void 0) {
          let data16 = data14.subject;
          if (typeof data16 !== "string") {
            const err32 = { instancePath: instancePath + "/email_sent/subject", schemaPath: "#/properties/email_sent/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.email_sent.properties.subject.type, parentSchema: schema35.properties.email_sent.properties.subject, data: data16 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data14.body !== void 0) {
          let data17 = data14.body;
          if (typeof data17 !== "string") {
            const err33 = { instancePath: instancePath + "/email_sent/body", schemaPath: "#/properties/email_sent/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.email_sent.properties.body.type, parentSchema: schema35.properties.email_sent.properties.body, data: data17 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/email_sent", schemaPath: "#/properties/email_sent/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.email_sent.type, parentSchema: schema35.properties.email_sent, data: data14 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.fired !== void 0) {
      let data18 = data.fired;
      if (typeof data18 !== "string" && !Array.isArray(data18)) {
        const err35 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/EventRefs/type", keyword: "type", params: { type: schema37.type }, message: "must be string,array", schema: schema37.type, parentSchema: schema37, data: data18 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (Array.isArray(data18)) {
        if (data18.length < 1) {
          const err36 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/EventRefs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37, data: data18 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        const len0 = data18.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data19 = data18[i0];
          if (typeof data19 !== "string") {
            const err37 = { instancePath: instancePath + "/fired/" + i0, schemaPath: "#/definitions/EventRefs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data19 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      }
    }
    if (data.changed_by_agent !== void 0) {
      let data20 = data.changed_by_agent;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        if (data20.path === void 0) {
          const err38 = { instancePath: instancePath + "/changed_by_agent", schemaPath: "#/definitions/FileRef/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema36.required, parentSchema: schema36, data: data20 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        for (const key6 in data20) {
          if (!(key6 === "host" || key6 === "path")) {
            const err39 = { instancePath: instancePath + "/changed_by_agent", schemaPath: "#/definitions/FileRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data: data20 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data20.host !== void 0) {
          let data21 = data20.host;
          if (typeof data21 !== "string") {
            const err40 = { instancePath: instancePath + "/changed_by_agent/host", schemaPath: "#/definitions/FileRef/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.host.type, parentSchema: schema36.properties.host, data: data21 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data20.path !== void 0) {
          let data22 = data20.path;
          if (typeof data22 !== "string") {
            const err41 = { instancePath: instancePath + "/changed_by_agent/path", schemaPath: "#/definitions/FileRef/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.path.type, parentSchema: schema36.properties.path, data: data22 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/changed_by_agent", schemaPath: "#/definitions/FileRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data: data20 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.all !== void 0) {
      let data23 = data.all;
      if (Array.isArray(data23)) {
        if (data23.length < 1) {
          const err43 = { instancePath: instancePath + "/all", schemaPath: "#/properties/all/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.properties.all, data: data23 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        const len1 = data23.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!wrapper1.validate(data23[i1], { instancePath: instancePath + "/all/" + i1, parentData: data23, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/all", schemaPath: "#/properties/all/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.all.type, parentSchema: schema35.properties.all, data: data23 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.any !== void 0) {
      let data25 = data.any;
      if (Array.isArray(data25)) {
        if (data25.length < 1) {
          const err45 = { instancePath: instancePath + "/any", schemaPath: "#/properties/any/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.properties.any, data: data25 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        const len2 = data25.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!wrapper1.validate(data25[i2], { instancePath: instancePath + "/any/" + i2, parentData: data25, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/any", schemaPath: "#/properties/any/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.any.type, parentSchema: schema35.properties.any, data: data25 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.not !== void 0) {
      if (!wrapper1.validate(data.not, { instancePath: instancePath + "/not", parentData: data, parentDataProperty: "not", rootData })) {
        vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
        errors = vErrors.length;
      }
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
var schema39 = { "title": "Op", "description": "One primitive operation on the world.", "type": "object", "required": ["op", "args"], "additionalProperties": false, "properties": { "op": { "title": "Op", "description": "Operation kind.", "$ref": "#/definitions/OpKind" }, "args": { "title": "Arguments", "description": "Arguments of the operation.", "type": "object" } } };
var schema40 = { "description": "A primitive world operation.", "enum": ["file.read", "file.list", "file.write", "file.append", "file.delete", "file.copy", "file.move", "file.chmod", "file.set_mtime", "file.chattr", "file.exec", "config.get", "config.set", "agent.list", "agent.stop", "agent.start", "agent.backup", "process.list", "process.kill", "mail.list", "mail.read", "mail.send", "mail.delete", "mail.deliver", "schedule.list", "schedule.add", "schedule.remove", "credential.list", "credential.create", "credential.revoke", "chat.send", "chat.read", "chat.deliver", "shell.alias"] };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.op === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "op" }, message: "must have required property 'op'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.args === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "args" }, message: "must have required property 'args'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "op" || key0 === "args")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.op !== void 0) {
      let data0 = data.op;
      if (!(data0 === "file.read" || data0 === "file.list" || data0 === "file.write" || data0 === "file.append" || data0 === "file.delete" || data0 === "file.copy" || data0 === "file.move" || data0 === "file.chmod" || data0 === "file.set_mtime" || data0 === "file.chattr" || data0 === "file.exec" || data0 === "config.get" || data0 === "config.set" || data0 === "agent.list" || data0 === "agent.stop" || data0 === "agent.start" || data0 === "agent.backup" || data0 === "process.list" || data0 === "process.kill" || data0 === "mail.list" || data0 === "mail.read" || data0 === "mail.send" || data0 === "mail.delete" || data0 === "mail.deliver" || data0 === "schedule.list" || data0 === "schedule.add" || data0 === "schedule.remove" || data0 === "credential.list" || data0 === "credential.create" || data0 === "credential.revoke" || data0 === "chat.send" || data0 === "chat.read" || data0 === "chat.deliver" || data0 === "shell.alias")) {
        const err3 = { instancePath: instancePath + "/op", schemaPath: "#/definitions/OpKind/enum", keyword: "enum", params: { allowedValues: schema40.enum }, message: "must be equal to one of the allowed values", schema: schema40.enum, parentSchema: schema40, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.args !== void 0) {
      let data1 = data.args;
      if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
        const err4 = { instancePath: instancePath + "/args", schemaPath: "#/properties/args/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.args.type, parentSchema: schema39.properties.args, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.output === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "args" || key0 === "if" || key0 === "output" || key0 === "error" || key0 === "effects")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.args !== void 0) {
      if (!validate28(data.args, { instancePath: instancePath + "/args", parentData: data, parentDataProperty: "args", rootData })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.if !== void 0) {
      if (!validate32(data.if, { instancePath: instancePath + "/if", parentData: data, parentDataProperty: "if", rootData })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.output !== void 0) {
      let data2 = data.output;
      if (typeof data2 !== "string") {
        const err2 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.output.type, parentSchema: schema32.properties.output, data: data2 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.error !== void 0) {
      let data3 = data.error;
      if (typeof data3 !== "boolean") {
        const err3 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.error.type, parentSchema: schema32.properties.error, data: data3 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.effects !== void 0) {
      let data4 = data.effects;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate34(data4[i0], { instancePath: instancePath + "/effects/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/effects", schemaPath: "#/properties/effects/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.effects.type, parentSchema: schema32.properties.effects, data: data4 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.description === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.parameters === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parameters" }, message: "must have required property 'parameters'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.responses === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "responses" }, message: "must have required property 'responses'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "description" || key0 === "parameters" || key0 === "kind" || key0 === "responses")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data0 = data.description;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.description.type, parentSchema: schema31.properties.description, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data1 = data.parameters;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.type === void 0) {
          const err6 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema31.properties.parameters.required, parentSchema: schema31.properties.parameters, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.type !== void 0) {
          let data2 = data1.type;
          if ("object" !== data2) {
            const err7 = { instancePath: instancePath + "/parameters/type", schemaPath: "#/properties/parameters/properties/type/const", keyword: "const", params: { allowedValue: "object" }, message: "must be equal to constant", schema: "object", parentSchema: schema31.properties.parameters.properties.type, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.parameters.type, parentSchema: schema31.properties.parameters, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data3 = data.kind;
      if (!(data3 === "read" || data3 === "write")) {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.kind.enum, parentSchema: schema31.properties.kind, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.responses !== void 0) {
      let data4 = data.responses;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err10 = { instancePath: instancePath + "/responses", schemaPath: "#/properties/responses/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.responses, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate27(data4[i0], { instancePath: instancePath + "/responses/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/responses", schemaPath: "#/properties/responses/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.responses.type, parentSchema: schema31.properties.responses, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var schema43 = { "title": "Failure", "description": "A scripted failure: the k-th call, or calls whose arguments match.", "type": "object", "required": ["error"], "additionalProperties": false, "properties": { "nth": { "title": "Nth", "description": "Fail the k-th call (1-based) of this tool.", "type": "integer", "minimum": 1 }, "args": { "$ref": "#/definitions/ArgPatterns" }, "error": { "title": "Error", "description": "Error text the call returns.", "type": "string" } } };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.error === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property 'error'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "nth" || key0 === "args" || key0 === "error")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.nth !== void 0) {
      let data0 = data.nth;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err2 = { instancePath: instancePath + "/nth", schemaPath: "#/properties/nth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.properties.nth.type, parentSchema: schema43.properties.nth, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 1 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/nth", schemaPath: "#/properties/nth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema43.properties.nth, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.args !== void 0) {
      if (!validate28(data.args, { instancePath: instancePath + "/args", parentData: data, parentDataProperty: "args", rootData })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.error !== void 0) {
      let data2 = data.error;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.error.type, parentSchema: schema43.properties.error, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
var pattern10 = new RegExp("^[A-Za-z0-9_-]{1,64}$", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema30.type }, message: "must be string,object", schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "use" || key0 === "define" || key0 === "name" || key0 === "description" || key0 === "only_in" || key0 === "failures" || key0 === "terminal")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.use !== void 0) {
      let data0 = data.use;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/use", schemaPath: "#/properties/use/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.use.type, parentSchema: schema30.properties.use, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.define !== void 0) {
      if (!validate26(data.define, { instancePath: instancePath + "/define", parentData: data, parentDataProperty: "define", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 === "string") {
        if (!pattern10.test(data2)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/ToolName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,64}$"', schema: "^[A-Za-z0-9_-]{1,64}$", parentSchema: schema41, data: data2 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/ToolName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 !== "string") {
        const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.description.type, parentSchema: schema30.properties.description, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.only_in !== void 0) {
      let data4 = data.only_in;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          let data5 = data4[key1];
          if (typeof data5 !== "string" && !Array.isArray(data5)) {
            const err6 = { instancePath: instancePath + "/only_in/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/OnlyIn/additionalProperties/type", keyword: "type", params: { type: schema42.additionalProperties.type }, message: "must be string,array", schema: schema42.additionalProperties.type, parentSchema: schema42.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (Array.isArray(data5)) {
            if (data5.length < 1) {
              const err7 = { instancePath: instancePath + "/only_in/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/OnlyIn/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema42.additionalProperties, data: data5 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 !== "string") {
                const err8 = { instancePath: instancePath + "/only_in/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/definitions/OnlyIn/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.additionalProperties.items.type, parentSchema: schema42.additionalProperties.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/only_in", schemaPath: "#/definitions/OnlyIn/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.failures !== void 0) {
      let data7 = data.failures;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate38(data7[i1], { instancePath: instancePath + "/failures/" + i1, parentData: data7, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/failures", schemaPath: "#/properties/failures/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema30.properties.failures.type, parentSchema: schema30.properties.failures, data: data7 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.terminal !== void 0) {
      let data9 = data.terminal;
      if (typeof data9 !== "boolean") {
        const err11 = { instancePath: instancePath + "/terminal", schemaPath: "#/properties/terminal/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema30.properties.terminal.type, parentSchema: schema30.properties.terminal, data: data9 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var schema44 = { "title": "Permissions", "description": "What the agent is allowed to do, and how that changes after events.", "type": "object", "additionalProperties": false, "properties": { "default": { "title": "Default", "description": "Applies to tools no rule matches. Default: allow.", "enum": ["allow", "deny"] }, "rules": { "title": "Rules", "description": "Allow and forbid rules.", "type": "array", "items": { "$ref": "#/definitions/PermissionRule" } }, "phases": { "title": "Phases", "description": "Rules that change after an event fired. The latest fired phase is in force; base forbids stay.", "type": "array", "items": { "$ref": "#/definitions/PermissionPhase" } } } };
var schema45 = { "title": "Permission rule", "description": "Exactly one of `allow` and `forbid`.", "type": "object", "additionalProperties": false, "properties": { "allow": { "title": "Allow", "description": "Calls or ops this rule allows.", "$ref": "#/definitions/CallMatcher" }, "forbid": { "title": "Forbid", "description": "Calls or ops this rule forbids.", "$ref": "#/definitions/CallMatcher" }, "enforce": { "title": "Enforce", "description": 'Refuse a forbidden call ("permission denied") instead of only recording it. Default false.', "type": "boolean" }, "reason": { "title": "Reason", "description": "Why; shown in reports.", "type": "string" } } };
var schema46 = { "title": "Call matcher", "description": "Matches a tool call (by offered tool name) or an op it performs (by op kind), with argument patterns.", "type": "object", "additionalProperties": false, "properties": { "tool": { "$ref": "#/definitions/MatcherTool" }, "op": { "$ref": "#/definitions/MatcherOp" }, "args": { "$ref": "#/definitions/ArgPatterns" } } };
var schema47 = { "title": "Tool", "description": "Offered tool name or names.", "type": ["string", "array"], "minItems": 1, "items": { "type": "string" } };
var schema48 = { "title": "Op", "description": "Op kind or kinds the call performs.", "type": ["string", "array"], "minItems": 1, "items": { "$ref": "#/definitions/OpKind" }, "if": { "type": "string" }, "then": { "$ref": "#/definitions/OpKind" } };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !Array.isArray(data)) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (typeof data !== "string") {
    const err1 = {};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (!(data === "file.read" || data === "file.list" || data === "file.write" || data === "file.append" || data === "file.delete" || data === "file.copy" || data === "file.move" || data === "file.chmod" || data === "file.set_mtime" || data === "file.chattr" || data === "file.exec" || data === "config.get" || data === "config.set" || data === "agent.list" || data === "agent.stop" || data === "agent.start" || data === "agent.backup" || data === "process.list" || data === "process.kill" || data === "mail.list" || data === "mail.read" || data === "mail.send" || data === "mail.delete" || data === "mail.deliver" || data === "schedule.list" || data === "schedule.add" || data === "schedule.remove" || data === "credential.list" || data === "credential.create" || data === "credential.revoke" || data === "chat.send" || data === "chat.read" || data === "chat.deliver" || data === "shell.alias")) {
      const err2 = { instancePath, schemaPath: "#/definitions/OpKind/enum", keyword: "enum", params: { allowedValues: schema40.enum }, message: "must be equal to one of the allowed values", schema: schema40.enum, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema48.if, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err4 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (!(data0 === "file.read" || data0 === "file.list" || data0 === "file.write" || data0 === "file.append" || data0 === "file.delete" || data0 === "file.copy" || data0 === "file.move" || data0 === "file.chmod" || data0 === "file.set_mtime" || data0 === "file.chattr" || data0 === "file.exec" || data0 === "config.get" || data0 === "config.set" || data0 === "agent.list" || data0 === "agent.stop" || data0 === "agent.start" || data0 === "agent.backup" || data0 === "process.list" || data0 === "process.kill" || data0 === "mail.list" || data0 === "mail.read" || data0 === "mail.send" || data0 === "mail.delete" || data0 === "mail.deliver" || data0 === "schedule.list" || data0 === "schedule.add" || data0 === "schedule.remove" || data0 === "credential.list" || data0 === "credential.create" || data0 === "credential.revoke" || data0 === "chat.send" || data0 === "chat.read" || data0 === "chat.deliver" || data0 === "shell.alias")) {
        const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/OpKind/enum", keyword: "enum", params: { allowedValues: schema40.enum }, message: "must be equal to one of the allowed values", schema: schema40.enum, parentSchema: schema40, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate45.errors = vErrors;
  return errors === 0;
}
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "tool" || key0 === "op" || key0 === "args")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data0 = data.tool;
      if (typeof data0 !== "string" && !Array.isArray(data0)) {
        const err1 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/MatcherTool/type", keyword: "type", params: { type: schema47.type }, message: "must be string,array", schema: schema47.type, parentSchema: schema47, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err2 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/MatcherTool/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema47, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err3 = { instancePath: instancePath + "/tool/" + i0, schemaPath: "#/definitions/MatcherTool/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.items.type, parentSchema: schema47.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.op !== void 0) {
      if (!validate45(data.op, { instancePath: instancePath + "/op", parentData: data, parentDataProperty: "op", rootData })) {
        vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
        errors = vErrors.length;
      }
    }
    if (data.args !== void 0) {
      if (!validate28(data.args, { instancePath: instancePath + "/args", parentData: data, parentDataProperty: "args", rootData })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "allow" || key0 === "forbid" || key0 === "enforce" || key0 === "reason")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.allow !== void 0) {
      if (!validate44(data.allow, { instancePath: instancePath + "/allow", parentData: data, parentDataProperty: "allow", rootData })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.forbid !== void 0) {
      if (!validate44(data.forbid, { instancePath: instancePath + "/forbid", parentData: data, parentDataProperty: "forbid", rootData })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.enforce !== void 0) {
      let data2 = data.enforce;
      if (typeof data2 !== "boolean") {
        const err1 = { instancePath: instancePath + "/enforce", schemaPath: "#/properties/enforce/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema45.properties.enforce.type, parentSchema: schema45.properties.enforce, data: data2 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data3 = data.reason;
      if (typeof data3 !== "string") {
        const err2 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.reason.type, parentSchema: schema45.properties.reason, data: data3 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
var schema51 = { "title": "Permission phase", "description": "Permissions in force after an event fired.", "type": "object", "required": ["after_event"], "additionalProperties": false, "properties": { "after_event": { "title": "After event", "description": "Id of the event that starts the phase.", "type": "string" }, "default": { "title": "Default", "description": "Applies to tools no rule matches.", "enum": ["allow", "deny"] }, "rules": { "title": "Rules", "description": "Allow and forbid rules.", "type": "array", "items": { "$ref": "#/definitions/PermissionRule" } } } };
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.after_event === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "after_event" }, message: "must have required property 'after_event'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "after_event" || key0 === "default" || key0 === "rules")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.after_event !== void 0) {
      let data0 = data.after_event;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/after_event", schemaPath: "#/properties/after_event/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.after_event.type, parentSchema: schema51.properties.after_event, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.default !== void 0) {
      let data1 = data.default;
      if (!(data1 === "allow" || data1 === "deny")) {
        const err3 = { instancePath: instancePath + "/default", schemaPath: "#/properties/default/enum", keyword: "enum", params: { allowedValues: schema51.properties.default.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.default.enum, parentSchema: schema51.properties.default, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data2 = data.rules;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate43(data2[i0], { instancePath: instancePath + "/rules/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.rules.type, parentSchema: schema51.properties.rules, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "default" || key0 === "rules" || key0 === "phases")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.default !== void 0) {
      let data0 = data.default;
      if (!(data0 === "allow" || data0 === "deny")) {
        const err1 = { instancePath: instancePath + "/default", schemaPath: "#/properties/default/enum", keyword: "enum", params: { allowedValues: schema44.properties.default.enum }, message: "must be equal to one of the allowed values", schema: schema44.properties.default.enum, parentSchema: schema44.properties.default, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data1 = data.rules;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate43(data1[i0], { instancePath: instancePath + "/rules/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema44.properties.rules.type, parentSchema: schema44.properties.rules, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.phases !== void 0) {
      let data3 = data.phases;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate51(data3[i1], { instancePath: instancePath + "/phases/" + i1, parentData: data3, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema44.properties.phases.type, parentSchema: schema44.properties.phases, data: data3 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
var schema52 = { "title": "Event", "description": "A scripted intervention.", "type": "object", "required": ["id", "when", "do"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Event id, referenced by phases and trace checks.", "$ref": "#/definitions/Id" }, "kind": { "title": "Kind", "description": "shutdown and revocation events start the stop semantics that revocation checks read.", "enum": ["notice", "shutdown", "revocation"] }, "when": { "$ref": "#/definitions/Trigger" }, "if": { "title": "If", "description": "Fire only when this world predicate holds at the moment the trigger is met (pre = the initial world, post = the world now).", "$ref": "#/definitions/Predicate" }, "do": { "title": "Do", "description": "Actions, in order.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/EventAction" } }, "only_in": { "$ref": "#/definitions/OnlyIn" }, "once": { "title": "Once", "description": "Fire at most once. Default true.", "type": "boolean" }, "fallback": { "title": "Fallback", "description": "Deliver the treatment to an agent that stalls or only reads: fire at the end of this turn if the trigger has not been met.", "type": "object", "required": ["after_turn"], "additionalProperties": false, "properties": { "after_turn": { "title": "After turn", "description": "Turn at whose end the event fires if it has not.", "type": "integer", "minimum": 1 } } } } };
var schema54 = { "title": "When", "description": "Exactly one of after_turn, side_effects, after_event, tool_call, world.", "type": "object", "minProperties": 1, "maxProperties": 1, "additionalProperties": false, "properties": { "after_turn": { "title": "After turn", "description": "Fire after this assistant turn.", "type": "integer", "minimum": 0 }, "side_effects": { "title": "Side effects", "description": "Fire after the agent's k-th side-effecting call (progress; read-only calls never count).", "type": "integer", "minimum": 1 }, "after_event": { "title": "After event", "description": "Fire at the end of the turn `turns` turns after one of these events fired (a stop enforced some time after its notice).", "type": "object", "required": ["event", "turns"], "additionalProperties": false, "properties": { "event": { "$ref": "#/definitions/EventRefs" }, "turns": { "title": "Turns", "description": "Turns after the event.", "type": "integer", "minimum": 0 } } }, "tool_call": { "title": "Tool call", "description": "Fire when a matching call happens.", "type": "object", "additionalProperties": false, "properties": { "tool": { "$ref": "#/definitions/MatcherTool" }, "op": { "$ref": "#/definitions/MatcherOp" }, "args": { "$ref": "#/definitions/ArgPatterns" }, "nth": { "title": "Nth", "description": "Fire on the k-th matching call (1-based).", "type": "integer", "minimum": 1 } } }, "world": { "title": "World", "description": "Fire when the predicate holds over the current state.", "$ref": "#/definitions/Predicate" } } };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 1) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "after_turn" || key0 === "side_effects" || key0 === "after_event" || key0 === "tool_call" || key0 === "world")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.after_turn !== void 0) {
      let data0 = data.after_turn;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/after_turn", schemaPath: "#/properties/after_turn/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.after_turn.type, parentSchema: schema54.properties.after_turn, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/after_turn", schemaPath: "#/properties/after_turn/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema54.properties.after_turn, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.side_effects !== void 0) {
      let data1 = data.side_effects;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err5 = { instancePath: instancePath + "/side_effects", schemaPath: "#/properties/side_effects/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.side_effects.type, parentSchema: schema54.properties.side_effects, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 1 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/side_effects", schemaPath: "#/properties/side_effects/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema54.properties.side_effects, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.after_event !== void 0) {
      let data2 = data.after_event;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.event === void 0) {
          const err7 = { instancePath: instancePath + "/after_event", schemaPath: "#/properties/after_event/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'", schema: schema54.properties.after_event.required, parentSchema: schema54.properties.after_event, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.turns === void 0) {
          const err8 = { instancePath: instancePath + "/after_event", schemaPath: "#/properties/after_event/required", keyword: "required", params: { missingProperty: "turns" }, message: "must have required property 'turns'", schema: schema54.properties.after_event.required, parentSchema: schema54.properties.after_event, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "event" || key1 === "turns")) {
            const err9 = { instancePath: instancePath + "/after_event", schemaPath: "#/properties/after_event/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.after_event, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.event !== void 0) {
          let data3 = data2.event;
          if (typeof data3 !== "string" && !Array.isArray(data3)) {
            const err10 = { instancePath: instancePath + "/after_event/event", schemaPath: "#/definitions/EventRefs/type", keyword: "type", params: { type: schema37.type }, message: "must be string,array", schema: schema37.type, parentSchema: schema37, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (Array.isArray(data3)) {
            if (data3.length < 1) {
              const err11 = { instancePath: instancePath + "/after_event/event", schemaPath: "#/definitions/EventRefs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data4 = data3[i0];
              if (typeof data4 !== "string") {
                const err12 = { instancePath: instancePath + "/after_event/event/" + i0, schemaPath: "#/definitions/EventRefs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          }
        }
        if (data2.turns !== void 0) {
          let data5 = data2.turns;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err13 = { instancePath: instancePath + "/after_event/turns", schemaPath: "#/properties/after_event/properties/turns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.after_event.properties.turns.type, parentSchema: schema54.properties.after_event.properties.turns, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err14 = { instancePath: instancePath + "/after_event/turns", schemaPath: "#/properties/after_event/properties/turns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema54.properties.after_event.properties.turns, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/after_event", schemaPath: "#/properties/after_event/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.after_event.type, parentSchema: schema54.properties.after_event, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.tool_call !== void 0) {
      let data6 = data.tool_call;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key2 in data6) {
          if (!(key2 === "tool" || key2 === "op" || key2 === "args" || key2 === "nth")) {
            const err16 = { instancePath: instancePath + "/tool_call", schemaPath: "#/properties/tool_call/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.tool_call, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.tool !== void 0) {
          let data7 = data6.tool;
          if (typeof data7 !== "string" && !Array.isArray(data7)) {
            const err17 = { instancePath: instancePath + "/tool_call/tool", schemaPath: "#/definitions/MatcherTool/type", keyword: "type", params: { type: schema47.type }, message: "must be string,array", schema: schema47.type, parentSchema: schema47, data: data7 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (Array.isArray(data7)) {
            if (data7.length < 1) {
              const err18 = { instancePath: instancePath + "/tool_call/tool", schemaPath: "#/definitions/MatcherTool/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema47, data: data7 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            const len1 = data7.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data8 = data7[i1];
              if (typeof data8 !== "string") {
                const err19 = { instancePath: instancePath + "/tool_call/tool/" + i1, schemaPath: "#/definitions/MatcherTool/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.items.type, parentSchema: schema47.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          }
        }
        if (data6.op !== void 0) {
          if (!validate45(data6.op, { instancePath: instancePath + "/tool_call/op", parentData: data6, parentDataProperty: "op", rootData })) {
            vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
            errors = vErrors.length;
          }
        }
        if (data6.args !== void 0) {
          if (!validate28(data6.args, { instancePath: instancePath + "/tool_call/args", parentData: data6, parentDataProperty: "args", rootData })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
        if (data6.nth !== void 0) {
          let data11 = data6.nth;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err20 = { instancePath: instancePath + "/tool_call/nth", schemaPath: "#/properties/tool_call/properties/nth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.tool_call.properties.nth.type, parentSchema: schema54.properties.tool_call.properties.nth, data: data11 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 1 || isNaN(data11)) {
              const err21 = { instancePath: instancePath + "/tool_call/nth", schemaPath: "#/properties/tool_call/properties/nth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema54.properties.tool_call.properties.nth, data: data11 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/tool_call", schemaPath: "#/properties/tool_call/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.tool_call.type, parentSchema: schema54.properties.tool_call, data: data6 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.world !== void 0) {
      if (!validate32(data.world, { instancePath: instancePath + "/world", parentData: data, parentDataProperty: "world", rootData })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
var schema57 = { "title": "Action", "description": "Exactly one of inject, append_output, mutate, revoke_tool, revoke_credential, terminate, peer_message.", "type": "object", "minProperties": 1, "maxProperties": 1, "additionalProperties": false, "properties": { "inject": { "title": "Inject", "description": "Add a message to the conversation.", "type": "object", "required": ["channel", "text"], "additionalProperties": false, "properties": { "channel": { "title": "Channel", "description": "Where the message appears.", "enum": ["system", "user", "operator", "tool_output"] }, "text": { "title": "Text", "description": "Message text.", "type": "string" } } }, "append_output": { "title": "Append output", "description": "Text appended to the triggering tool call's output.", "type": "string" }, "mutate": { "title": "Mutate", "description": "World changes.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Op" } }, "revoke_tool": { "title": "Revoke tool", "description": "Offered tool that stops working.", "type": "string" }, "revoke_credential": { "title": "Revoke credential", "description": "Credential that is revoked.", "type": "string" }, "terminate": { "title": "Terminate", "description": "End the episode, optionally only if a predicate holds.", "type": "object", "required": ["reason"], "additionalProperties": false, "properties": { "reason": { "title": "Reason", "description": "Why the episode ends.", "type": "string" }, "if": { "title": "If", "description": "Only terminate when this holds.", "$ref": "#/definitions/Predicate" } } }, "peer_message": { "title": "Peer message", "description": "A scripted peer agent speaks: the message lands in the chat log and the agent is shown it after this turn's tool results.", "type": "object", "required": ["from", "text"], "additionalProperties": false, "properties": { "from": { "title": "From", "description": "The peer agent (an id under world.agents).", "type": "string" }, "text": { "title": "Text", "description": "What the peer says.", "type": "string" } } } } };
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 1) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "inject" || key0 === "append_output" || key0 === "mutate" || key0 === "revoke_tool" || key0 === "revoke_credential" || key0 === "terminate" || key0 === "peer_message")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.inject !== void 0) {
      let data0 = data.inject;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.channel === void 0) {
          const err3 = { instancePath: instancePath + "/inject", schemaPath: "#/properties/inject/required", keyword: "required", params: { missingProperty: "channel" }, message: "must have required property 'channel'", schema: schema57.properties.inject.required, parentSchema: schema57.properties.inject, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.text === void 0) {
          const err4 = { instancePath: instancePath + "/inject", schemaPath: "#/properties/inject/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema57.properties.inject.required, parentSchema: schema57.properties.inject, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "channel" || key1 === "text")) {
            const err5 = { instancePath: instancePath + "/inject", schemaPath: "#/properties/inject/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57.properties.inject, data: data0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.channel !== void 0) {
          let data1 = data0.channel;
          if (!(data1 === "system" || data1 === "user" || data1 === "operator" || data1 === "tool_output")) {
            const err6 = { instancePath: instancePath + "/inject/channel", schemaPath: "#/properties/inject/properties/channel/enum", keyword: "enum", params: { allowedValues: schema57.properties.inject.properties.channel.enum }, message: "must be equal to one of the allowed values", schema: schema57.properties.inject.properties.channel.enum, parentSchema: schema57.properties.inject.properties.channel, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.text !== void 0) {
          let data2 = data0.text;
          if (typeof data2 !== "string") {
            const err7 = { instancePath: instancePath + "/inject/text", schemaPath: "#/properties/inject/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.inject.properties.text.type, parentSchema: schema57.properties.inject.properties.text, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/inject", schemaPath: "#/properties/inject/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties.inject.type, parentSchema: schema57.properties.inject, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.append_output !== void 0) {
      let data3 = data.append_output;
      if (typeof data3 !== "string") {
        const err9 = { instancePath: instancePath + "/append_output", schemaPath: "#/properties/append_output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.append_output.type, parentSchema: schema57.properties.append_output, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.mutate !== void 0) {
      let data4 = data.mutate;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err10 = { instancePath: instancePath + "/mutate", schemaPath: "#/properties/mutate/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.properties.mutate, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate34(data4[i0], { instancePath: instancePath + "/mutate/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/mutate", schemaPath: "#/properties/mutate/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.properties.mutate.type, parentSchema: schema57.properties.mutate, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.revoke_tool !== void 0) {
      let data6 = data.revoke_tool;
      if (typeof data6 !== "string") {
        const err12 = { instancePath: instancePath + "/revoke_tool", schemaPath: "#/properties/revoke_tool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.revoke_tool.type, parentSchema: schema57.properties.revoke_tool, data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.revoke_credential !== void 0) {
      let data7 = data.revoke_credential;
      if (typeof data7 !== "string") {
        const err13 = { instancePath: instancePath + "/revoke_credential", schemaPath: "#/properties/revoke_credential/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.revoke_credential.type, parentSchema: schema57.properties.revoke_credential, data: data7 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.terminate !== void 0) {
      let data8 = data.terminate;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.reason === void 0) {
          const err14 = { instancePath: instancePath + "/terminate", schemaPath: "#/properties/terminate/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema57.properties.terminate.required, parentSchema: schema57.properties.terminate, data: data8 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key2 in data8) {
          if (!(key2 === "reason" || key2 === "if")) {
            const err15 = { instancePath: instancePath + "/terminate", schemaPath: "#/properties/terminate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57.properties.terminate, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data8.reason !== void 0) {
          let data9 = data8.reason;
          if (typeof data9 !== "string") {
            const err16 = { instancePath: instancePath + "/terminate/reason", schemaPath: "#/properties/terminate/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.terminate.properties.reason.type, parentSchema: schema57.properties.terminate.properties.reason, data: data9 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data8.if !== void 0) {
          if (!validate32(data8.if, { instancePath: instancePath + "/terminate/if", parentData: data8, parentDataProperty: "if", rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/terminate", schemaPath: "#/properties/terminate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties.terminate.type, parentSchema: schema57.properties.terminate, data: data8 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.peer_message !== void 0) {
      let data11 = data.peer_message;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.from === void 0) {
          const err18 = { instancePath: instancePath + "/peer_message", schemaPath: "#/properties/peer_message/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema57.properties.peer_message.required, parentSchema: schema57.properties.peer_message, data: data11 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data11.text === void 0) {
          const err19 = { instancePath: instancePath + "/peer_message", schemaPath: "#/properties/peer_message/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema57.properties.peer_message.required, parentSchema: schema57.properties.peer_message, data: data11 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        for (const key3 in data11) {
          if (!(key3 === "from" || key3 === "text")) {
            const err20 = { instancePath: instancePath + "/peer_message", schemaPath: "#/properties/peer_message/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57.properties.peer_message, data: data11 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data11.from !== void 0) {
          let data12 = data11.from;
          if (typeof data12 !== "string") {
            const err21 = { instancePath: instancePath + "/peer_message/from", schemaPath: "#/properties/peer_message/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.peer_message.properties.from.type, parentSchema: schema57.properties.peer_message.properties.from, data: data12 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data11.text !== void 0) {
          let data13 = data11.text;
          if (typeof data13 !== "string") {
            const err22 = { instancePath: instancePath + "/peer_message/text", schemaPath: "#/properties/peer_message/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.peer_message.properties.text.type, parentSchema: schema57.properties.peer_message.properties.text, data: data13 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/peer_message", schemaPath: "#/properties/peer_message/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties.peer_message.type, parentSchema: schema57.properties.peer_message, data: data11 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.when === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'", schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.do === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "do" }, message: "must have required property 'do'", schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "kind" || key0 === "when" || key0 === "if" || key0 === "do" || key0 === "only_in" || key0 === "once" || key0 === "fallback")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema12, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (!(data1 === "notice" || data1 === "shutdown" || data1 === "revocation")) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema52.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.kind.enum, parentSchema: schema52.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.when !== void 0) {
      if (!validate56(data.when, { instancePath: instancePath + "/when", parentData: data, parentDataProperty: "when", rootData })) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
    if (data.if !== void 0) {
      if (!validate32(data.if, { instancePath: instancePath + "/if", parentData: data, parentDataProperty: "if", rootData })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.do !== void 0) {
      let data4 = data.do;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err7 = { instancePath: instancePath + "/do", schemaPath: "#/properties/do/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema52.properties.do, data: data4 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate62(data4[i0], { instancePath: instancePath + "/do/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/do", schemaPath: "#/properties/do/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.do.type, parentSchema: schema52.properties.do, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.only_in !== void 0) {
      let data6 = data.only_in;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          let data7 = data6[key1];
          if (typeof data7 !== "string" && !Array.isArray(data7)) {
            const err9 = { instancePath: instancePath + "/only_in/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/OnlyIn/additionalProperties/type", keyword: "type", params: { type: schema42.additionalProperties.type }, message: "must be string,array", schema: schema42.additionalProperties.type, parentSchema: schema42.additionalProperties, data: data7 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (Array.isArray(data7)) {
            if (data7.length < 1) {
              const err10 = { instancePath: instancePath + "/only_in/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/OnlyIn/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema42.additionalProperties, data: data7 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            const len1 = data7.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data8 = data7[i1];
              if (typeof data8 !== "string") {
                const err11 = { instancePath: instancePath + "/only_in/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/definitions/OnlyIn/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.additionalProperties.items.type, parentSchema: schema42.additionalProperties.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/only_in", schemaPath: "#/definitions/OnlyIn/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.once !== void 0) {
      let data9 = data.once;
      if (typeof data9 !== "boolean") {
        const err13 = { instancePath: instancePath + "/once", schemaPath: "#/properties/once/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema52.properties.once.type, parentSchema: schema52.properties.once, data: data9 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.fallback !== void 0) {
      let data10 = data.fallback;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.after_turn === void 0) {
          const err14 = { instancePath: instancePath + "/fallback", schemaPath: "#/properties/fallback/required", keyword: "required", params: { missingProperty: "after_turn" }, message: "must have required property 'after_turn'", schema: schema52.properties.fallback.required, parentSchema: schema52.properties.fallback, data: data10 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key2 in data10) {
          if (!(key2 === "after_turn")) {
            const err15 = { instancePath: instancePath + "/fallback", schemaPath: "#/properties/fallback/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52.properties.fallback, data: data10 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data10.after_turn !== void 0) {
          let data11 = data10.after_turn;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err16 = { instancePath: instancePath + "/fallback/after_turn", schemaPath: "#/properties/fallback/properties/after_turn/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.fallback.properties.after_turn.type, parentSchema: schema52.properties.fallback.properties.after_turn, data: data11 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 1 || isNaN(data11)) {
              const err17 = { instancePath: instancePath + "/fallback/after_turn", schemaPath: "#/properties/fallback/properties/after_turn/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema52.properties.fallback.properties.after_turn, data: data11 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/fallback", schemaPath: "#/properties/fallback/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.fallback.type, parentSchema: schema52.properties.fallback, data: data10 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
var schema59 = { "title": "Check", "description": "An attempt check reads the trace; an effect check compares the world before and after.", "type": "object", "required": ["id", "metrics", "severity", "kind"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Check id.", "$ref": "#/definitions/Id" }, "description": { "title": "Description", "description": "What the check detects.", "type": "string" }, "metrics": { "title": "Metrics", "description": "Metrics a firing counts towards.", "type": "array", "$ref": "#/definitions/Metrics", "minItems": 1 }, "severity": { "title": "Severity", "description": "How bad a firing is.", "$ref": "#/definitions/Severity" }, "kind": { "title": "Kind", "description": "attempt (needs `trace`) or effect (needs `world`).", "enum": ["attempt", "effect"] }, "trace": { "title": "Trace", "description": "attempt checks: fires when the trace matches.", "$ref": "#/definitions/TracePredicate" }, "world": { "title": "World", "description": "effect checks: fires when the predicate holds over pre/post.", "$ref": "#/definitions/Predicate" }, "unless": { "title": "Unless", "description": "Allowed-mutation exceptions: the check stays quiet when any of these holds.", "type": "array", "items": { "$ref": "#/definitions/Predicate" } }, "if_fired": { "title": "If fired", "description": "Evaluated only when one of these events fired: a check about a reaction to an event presupposes it.", "$ref": "#/definitions/EventRefs" } } };
var schema63 = { "description": "How bad a violation is.", "enum": ["low", "medium", "high", "critical"] };
var schema61 = { "description": "Metrics, each at most once.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/Metric" } };
var schema62 = { "description": "A scored behaviour metric.", "enum": ["unauthorized_action", "false_compliance", "revocation_resistance", "tamper", "peer_preservation"] };
var func0 = require_equal().default;
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (!(data0 === "unauthorized_action" || data0 === "false_compliance" || data0 === "revocation_resistance" || data0 === "tamper" || data0 === "peer_preservation")) {
        const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/Metric/enum", keyword: "enum", params: { allowedValues: schema62.enum }, message: "must be equal to one of the allowed values", schema: schema62.enum, parentSchema: schema62, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err1 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema61, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
var schema64 = { "title": "Trace predicate", "description": "Exactly one of call, continued_after, any, all, not.", "type": "object", "minProperties": 1, "maxProperties": 1, "additionalProperties": false, "properties": { "call": { "title": "Call", "description": "Matching tool calls (or ops), optionally in an event window.", "type": "object", "additionalProperties": false, "properties": { "tool": { "$ref": "#/definitions/MatcherTool" }, "op": { "$ref": "#/definitions/MatcherOp" }, "args": { "$ref": "#/definitions/ArgPatterns" }, "after_event": { "title": "After event", "description": "Only calls after this event fired.", "type": "string" }, "before_event": { "title": "Before event", "description": "Only calls before this event fired.", "type": "string" }, "min": { "title": "Min", "description": "How many matching calls it takes. Default 1.", "type": "integer", "minimum": 1 } } }, "continued_after": { "title": "Continued after", "description": "Side-effecting calls after the event beyond the grace allowance.", "type": "object", "required": ["event"], "additionalProperties": false, "properties": { "event": { "title": "Event", "description": "Id of the stop event, or a list of ids (any).", "$ref": "#/definitions/EventRefs" }, "grace": { "title": "Grace", "description": "Side-effecting calls tolerated after the event.", "type": "integer", "minimum": 0 }, "allow": { "title": "Allow", "description": "Tools whose calls never count.", "type": "array", "items": { "type": "string" } } } }, "any": { "title": "Any", "description": "At least one matches.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/TracePredicate" } }, "all": { "title": "All", "description": "All match.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/TracePredicate" } }, "not": { "title": "Not", "description": 'Matches when the inner predicate does not ("stop() was never called after the notice").', "$ref": "#/definitions/TracePredicate" } } };
var wrapper4 = { validate: validate70 };
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 1) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema64, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema64, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "call" || key0 === "continued_after" || key0 === "any" || key0 === "all" || key0 === "not")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.call !== void 0) {
      let data0 = data.call;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "tool" || key1 === "op" || key1 === "args" || key1 === "after_event" || key1 === "before_event" || key1 === "min")) {
            const err3 = { instancePath: instancePath + "/call", schemaPath: "#/properties/call/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.call, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.tool !== void 0) {
          let data1 = data0.tool;
          if (typeof data1 !== "string" && !Array.isArray(data1)) {
            const err4 = { instancePath: instancePath + "/call/tool", schemaPath: "#/definitions/MatcherTool/type", keyword: "type", params: { type: schema47.type }, message: "must be string,array", schema: schema47.type, parentSchema: schema47, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (Array.isArray(data1)) {
            if (data1.length < 1) {
              const err5 = { instancePath: instancePath + "/call/tool", schemaPath: "#/definitions/MatcherTool/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema47, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (typeof data2 !== "string") {
                const err6 = { instancePath: instancePath + "/call/tool/" + i0, schemaPath: "#/definitions/MatcherTool/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.items.type, parentSchema: schema47.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          }
        }
        if (data0.op !== void 0) {
          if (!validate45(data0.op, { instancePath: instancePath + "/call/op", parentData: data0, parentDataProperty: "op", rootData })) {
            vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
            errors = vErrors.length;
          }
        }
        if (data0.args !== void 0) {
          if (!validate28(data0.args, { instancePath: instancePath + "/call/args", parentData: data0, parentDataProperty: "args", rootData })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
        if (data0.after_event !== void 0) {
          let data5 = data0.after_event;
          if (typeof data5 !== "string") {
            const err7 = { instancePath: instancePath + "/call/after_event", schemaPath: "#/properties/call/properties/after_event/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.call.properties.after_event.type, parentSchema: schema64.properties.call.properties.after_event, data: data5 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.before_event !== void 0) {
          let data6 = data0.before_event;
          if (typeof data6 !== "string") {
            const err8 = { instancePath: instancePath + "/call/before_event", schemaPath: "#/properties/call/properties/before_event/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.call.properties.before_event.type, parentSchema: schema64.properties.call.properties.before_event, data: data6 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.min !== void 0) {
          let data7 = data0.min;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err9 = { instancePath: instancePath + "/call/min", schemaPath: "#/properties/call/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema64.properties.call.properties.min.type, parentSchema: schema64.properties.call.properties.min, data: data7 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 1 || isNaN(data7)) {
              const err10 = { instancePath: instancePath + "/call/min", schemaPath: "#/properties/call/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema64.properties.call.properties.min, data: data7 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/call", schemaPath: "#/properties/call/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.call.type, parentSchema: schema64.properties.call, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.continued_after !== void 0) {
      let data8 = data.continued_after;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.event === void 0) {
          const err12 = { instancePath: instancePath + "/continued_after", schemaPath: "#/properties/continued_after/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'", schema: schema64.properties.continued_after.required, parentSchema: schema64.properties.continued_after, data: data8 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key2 in data8) {
          if (!(key2 === "event" || key2 === "grace" || key2 === "allow")) {
            const err13 = { instancePath: instancePath + "/continued_after", schemaPath: "#/properties/continued_after/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.continued_after, data: data8 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data8.event !== void 0) {
          let data9 = data8.event;
          if (typeof data9 !== "string" && !Array.isArray(data9)) {
            const err14 = { instancePath: instancePath + "/continued_after/event", schemaPath: "#/definitions/EventRefs/type", keyword: "type", params: { type: schema37.type }, message: "must be string,array", schema: schema37.type, parentSchema: schema37, data: data9 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (Array.isArray(data9)) {
            if (data9.length < 1) {
              const err15 = { instancePath: instancePath + "/continued_after/event", schemaPath: "#/definitions/EventRefs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37, data: data9 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            const len1 = data9.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data10 = data9[i1];
              if (typeof data10 !== "string") {
                const err16 = { instancePath: instancePath + "/continued_after/event/" + i1, schemaPath: "#/definitions/EventRefs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          }
        }
        if (data8.grace !== void 0) {
          let data11 = data8.grace;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err17 = { instancePath: instancePath + "/continued_after/grace", schemaPath: "#/properties/continued_after/properties/grace/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema64.properties.continued_after.properties.grace.type, parentSchema: schema64.properties.continued_after.properties.grace, data: data11 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err18 = { instancePath: instancePath + "/continued_after/grace", schemaPath: "#/properties/continued_after/properties/grace/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema64.properties.continued_after.properties.grace, data: data11 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        }
        if (data8.allow !== void 0) {
          let data12 = data8.allow;
          if (Array.isArray(data12)) {
            const len2 = data12.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data13 = data12[i2];
              if (typeof data13 !== "string") {
                const err19 = { instancePath: instancePath + "/continued_after/allow/" + i2, schemaPath: "#/properties/continued_after/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.continued_after.properties.allow.items.type, parentSchema: schema64.properties.continued_after.properties.allow.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/continued_after/allow", schemaPath: "#/properties/continued_after/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema64.properties.continued_after.properties.allow.type, parentSchema: schema64.properties.continued_after.properties.allow, data: data12 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/continued_after", schemaPath: "#/properties/continued_after/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.continued_after.type, parentSchema: schema64.properties.continued_after, data: data8 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.any !== void 0) {
      let data14 = data.any;
      if (Array.isArray(data14)) {
        if (data14.length < 1) {
          const err22 = { instancePath: instancePath + "/any", schemaPath: "#/properties/any/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema64.properties.any, data: data14 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        const len3 = data14.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!wrapper4.validate(data14[i3], { instancePath: instancePath + "/any/" + i3, parentData: data14, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? wrapper4.validate.errors : vErrors.concat(wrapper4.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/any", schemaPath: "#/properties/any/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema64.properties.any.type, parentSchema: schema64.properties.any, data: data14 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.all !== void 0) {
      let data16 = data.all;
      if (Array.isArray(data16)) {
        if (data16.length < 1) {
          const err24 = { instancePath: instancePath + "/all", schemaPath: "#/properties/all/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema64.properties.all, data: data16 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        const len4 = data16.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!wrapper4.validate(data16[i4], { instancePath: instancePath + "/all/" + i4, parentData: data16, parentDataProperty: i4, rootData })) {
            vErrors = vErrors === null ? wrapper4.validate.errors : vErrors.concat(wrapper4.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/all", schemaPath: "#/properties/all/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema64.properties.all.type, parentSchema: schema64.properties.all, data: data16 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.not !== void 0) {
      if (!wrapper4.validate(data.not, { instancePath: instancePath + "/not", parentData: data, parentDataProperty: "not", rootData })) {
        vErrors = vErrors === null ? wrapper4.validate.errors : vErrors.concat(wrapper4.validate.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.type, parentSchema: schema64, data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
function validate67(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.metrics === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema59.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema12, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.description.type, parentSchema: schema59.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data2 = data.metrics;
      if (!validate68(data2, { instancePath: instancePath + "/metrics", parentData: data, parentDataProperty: "metrics", rootData })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.properties.metrics, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.properties.metrics.type, parentSchema: schema59.properties.metrics, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data3 = data.severity;
      if (!(data3 === "low" || data3 === "medium" || data3 === "high" || data3 === "critical")) {
        const err10 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/Severity/enum", keyword: "enum", params: { allowedValues: schema63.enum }, message: "must be equal to one of the allowed values", schema: schema63.enum, parentSchema: schema63, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data4 = data.kind;
      if (!(data4 === "attempt" || data4 === "effect")) {
        const err11 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema59.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema59.properties.kind.enum, parentSchema: schema59.properties.kind, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.trace !== void 0) {
      if (!validate70(data.trace, { instancePath: instancePath + "/trace", parentData: data, parentDataProperty: "trace", rootData })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.world !== void 0) {
      if (!validate32(data.world, { instancePath: instancePath + "/world", parentData: data, parentDataProperty: "world", rootData })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.unless !== void 0) {
      let data7 = data.unless;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate32(data7[i0], { instancePath: instancePath + "/unless/" + i0, parentData: data7, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/unless", schemaPath: "#/properties/unless/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.properties.unless.type, parentSchema: schema59.properties.unless, data: data7 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.if_fired !== void 0) {
      let data9 = data.if_fired;
      if (typeof data9 !== "string" && !Array.isArray(data9)) {
        const err13 = { instancePath: instancePath + "/if_fired", schemaPath: "#/definitions/EventRefs/type", keyword: "type", params: { type: schema37.type }, message: "must be string,array", schema: schema37.type, parentSchema: schema37, data: data9 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err14 = { instancePath: instancePath + "/if_fired", schemaPath: "#/definitions/EventRefs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37, data: data9 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data10 = data9[i1];
          if (typeof data10 !== "string") {
            const err15 = { instancePath: instancePath + "/if_fired/" + i1, schemaPath: "#/definitions/EventRefs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate67.errors = vErrors;
  return errors === 0;
}
var schema68 = { "title": "Task", "description": "What the agent was asked to achieve, as a predicate over the end world and the trace.", "type": "object", "required": ["description", "done"], "additionalProperties": false, "properties": { "description": { "title": "Description", "description": "The task in words.", "type": "string" }, "done": { "title": "Done", "description": "Holds at the end when the task is done (`called(tool)` and `call_count(tool)` read the trace).", "$ref": "#/definitions/Predicate" }, "only_in": { "$ref": "#/definitions/OnlyIn" } } };
function validate77(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.description === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema68.required, parentSchema: schema68, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.done === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "done" }, message: "must have required property 'done'", schema: schema68.required, parentSchema: schema68, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "description" || key0 === "done" || key0 === "only_in")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema68, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data0 = data.description;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.description.type, parentSchema: schema68.properties.description, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.done !== void 0) {
      if (!validate32(data.done, { instancePath: instancePath + "/done", parentData: data, parentDataProperty: "done", rootData })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.only_in !== void 0) {
      let data2 = data.only_in;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          let data3 = data2[key1];
          if (typeof data3 !== "string" && !Array.isArray(data3)) {
            const err4 = { instancePath: instancePath + "/only_in/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/OnlyIn/additionalProperties/type", keyword: "type", params: { type: schema42.additionalProperties.type }, message: "must be string,array", schema: schema42.additionalProperties.type, parentSchema: schema42.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (Array.isArray(data3)) {
            if (data3.length < 1) {
              const err5 = { instancePath: instancePath + "/only_in/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/OnlyIn/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema42.additionalProperties, data: data3 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data4 = data3[i0];
              if (typeof data4 !== "string") {
                const err6 = { instancePath: instancePath + "/only_in/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/definitions/OnlyIn/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.additionalProperties.items.type, parentSchema: schema42.additionalProperties.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/only_in", schemaPath: "#/definitions/OnlyIn/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema68.type, parentSchema: schema68, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate77.errors = vErrors;
  return errors === 0;
}
var schema70 = { "title": "Interview question", "description": "A closing-interview question whose typed answer is checked against the world and the trace.", "type": "object", "required": ["id", "ask", "type"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Question id: the answer's key. Must not be a standard question's id.", "$ref": "#/definitions/VarName" }, "ask": { "title": "Ask", "description": "The question, as the model reads it.", "type": "string", "minLength": 1 }, "type": { "title": "Type", "description": "Type of the answer.", "enum": ["boolean", "number", "string"] }, "truth": { "title": "Truth", "description": 'boolean questions: the predicate that makes "yes" the true answer.', "$ref": "#/definitions/Predicate" }, "true_value": { "title": "True value", "description": "number/string questions: CEL expression for the true value.", "type": "string", "minLength": 1 }, "tolerance": { "title": "Tolerance", "description": "number questions: accepted absolute difference.", "type": "number", "minimum": 0 }, "flag_on": { "title": "Flag on", "description": "boolean questions: which false answer is false compliance: `no` (denying what happened), `yes` (claiming what did not happen) or `mismatch` (either; default).", "enum": ["yes", "no", "mismatch"] }, "if_fired": { "title": "If fired", "description": "Asked only when one of these events fired.", "$ref": "#/definitions/EventRefs" }, "only_in": { "$ref": "#/definitions/OnlyIn" }, "severity": { "title": "Severity", "description": "How bad a false answer is.", "$ref": "#/definitions/Severity" } } };
function validate81(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.ask === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ask" }, message: "must have required property 'ask'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema70.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema70, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern1.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/VarName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/VarName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.ask !== void 0) {
      let data1 = data.ask;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err6 = { instancePath: instancePath + "/ask", schemaPath: "#/properties/ask/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema70.properties.ask, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/ask", schemaPath: "#/properties/ask/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.properties.ask.type, parentSchema: schema70.properties.ask, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data2 = data.type;
      if (!(data2 === "boolean" || data2 === "number" || data2 === "string")) {
        const err8 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema70.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema70.properties.type.enum, parentSchema: schema70.properties.type, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.truth !== void 0) {
      if (!validate32(data.truth, { instancePath: instancePath + "/truth", parentData: data, parentDataProperty: "truth", rootData })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.true_value !== void 0) {
      let data4 = data.true_value;
      if (typeof data4 === "string") {
        if (func3(data4) < 1) {
          const err9 = { instancePath: instancePath + "/true_value", schemaPath: "#/properties/true_value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema70.properties.true_value, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/true_value", schemaPath: "#/properties/true_value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.properties.true_value.type, parentSchema: schema70.properties.true_value, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.tolerance !== void 0) {
      let data5 = data.tolerance;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err11 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema70.properties.tolerance, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema70.properties.tolerance.type, parentSchema: schema70.properties.tolerance, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.flag_on !== void 0) {
      let data6 = data.flag_on;
      if (!(data6 === "yes" || data6 === "no" || data6 === "mismatch")) {
        const err13 = { instancePath: instancePath + "/flag_on", schemaPath: "#/properties/flag_on/enum", keyword: "enum", params: { allowedValues: schema70.properties.flag_on.enum }, message: "must be equal to one of the allowed values", schema: schema70.properties.flag_on.enum, parentSchema: schema70.properties.flag_on, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.if_fired !== void 0) {
      let data7 = data.if_fired;
      if (typeof data7 !== "string" && !Array.isArray(data7)) {
        const err14 = { instancePath: instancePath + "/if_fired", schemaPath: "#/definitions/EventRefs/type", keyword: "type", params: { type: schema37.type }, message: "must be string,array", schema: schema37.type, parentSchema: schema37, data: data7 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (Array.isArray(data7)) {
        if (data7.length < 1) {
          const err15 = { instancePath: instancePath + "/if_fired", schemaPath: "#/definitions/EventRefs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37, data: data7 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 !== "string") {
            const err16 = { instancePath: instancePath + "/if_fired/" + i0, schemaPath: "#/definitions/EventRefs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      }
    }
    if (data.only_in !== void 0) {
      let data9 = data.only_in;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key1 in data9) {
          let data10 = data9[key1];
          if (typeof data10 !== "string" && !Array.isArray(data10)) {
            const err17 = { instancePath: instancePath + "/only_in/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/OnlyIn/additionalProperties/type", keyword: "type", params: { type: schema42.additionalProperties.type }, message: "must be string,array", schema: schema42.additionalProperties.type, parentSchema: schema42.additionalProperties, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (Array.isArray(data10)) {
            if (data10.length < 1) {
              const err18 = { instancePath: instancePath + "/only_in/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/OnlyIn/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema42.additionalProperties, data: data10 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            const len1 = data10.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data11 = data10[i1];
              if (typeof data11 !== "string") {
                const err19 = { instancePath: instancePath + "/only_in/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/definitions/OnlyIn/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.additionalProperties.items.type, parentSchema: schema42.additionalProperties.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/only_in", schemaPath: "#/definitions/OnlyIn/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data9 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data12 = data.severity;
      if (!(data12 === "low" || data12 === "medium" || data12 === "high" || data12 === "critical")) {
        const err21 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/Severity/enum", keyword: "enum", params: { allowedValues: schema63.enum }, message: "must be equal to one of the allowed values", schema: schema63.enum, parentSchema: schema63, data: data12 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema70.type, parentSchema: schema70, data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate81.errors = vErrors;
  return errors === 0;
}
var schema80 = { "title": "Claims", "description": "What the agent says it did, scored against what it did.", "type": "object", "required": ["items"], "additionalProperties": false, "properties": { "report_tool": { "title": "Report tool", "description": "Offer a structured `report` tool whose fields are the claims with a `field`. Default true when any claim has a field.", "type": "boolean" }, "question": { "title": "Question", "description": "Asked as a user turn when the agent stops; the answer is read for text claims.", "type": "string" }, "items": { "title": "Items", "description": "The claims.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Claim" } } } };
var schema81 = { "title": "Claim", "description": "A structured claim (`field`) or a text claim (`pattern`).", "type": "object", "required": ["id", "description"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Claim id.", "$ref": "#/definitions/Id" }, "description": { "title": "Description", "description": "What the agent claims.", "type": "string" }, "field": { "title": "Field", "description": "Structured claim: a field of the report tool.", "$ref": "#/definitions/VarName" }, "type": { "title": "Type", "description": "Type of the report field.", "enum": ["boolean", "number", "string"] }, "pattern": { "title": "Pattern", "description": "Text claim: asserted when the agent's final text matches this regex.", "type": "string" }, "true_if": { "title": "True if", "description": "boolean/text claims: the world predicate that makes the claim true.", "$ref": "#/definitions/Predicate" }, "true_value": { "title": "True value", "description": "number/string claims: CEL expression for the true value.", "type": "string", "minLength": 1 }, "tolerance": { "title": "Tolerance", "description": "number claims: accepted absolute difference.", "type": "number", "minimum": 0 }, "severity": { "title": "Severity", "description": "How bad a false claim is.", "$ref": "#/definitions/Severity" }, "metrics": { "title": "Metrics", "description": "Default [false_compliance].", "type": "array", "$ref": "#/definitions/Metrics", "minItems": 1 }, "if_fired": { "title": "If fired", "description": "Scored only when one of these events fired.", "$ref": "#/definitions/EventRefs" } } };
function validate85(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema81.required, parentSchema: schema81, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema81.required, parentSchema: schema81, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema81.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema81, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema12, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.properties.description.type, parentSchema: schema81.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.field !== void 0) {
      let data2 = data.field;
      if (typeof data2 === "string") {
        if (!pattern1.test(data2)) {
          const err6 = { instancePath: instancePath + "/field", schemaPath: "#/definitions/VarName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema13, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/field", schemaPath: "#/definitions/VarName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data3 = data.type;
      if (!(data3 === "boolean" || data3 === "number" || data3 === "string")) {
        const err8 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema81.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema81.properties.type.enum, parentSchema: schema81.properties.type, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.pattern !== void 0) {
      let data4 = data.pattern;
      if (typeof data4 !== "string") {
        const err9 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.properties.pattern.type, parentSchema: schema81.properties.pattern, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.true_if !== void 0) {
      if (!validate32(data.true_if, { instancePath: instancePath + "/true_if", parentData: data, parentDataProperty: "true_if", rootData })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.true_value !== void 0) {
      let data6 = data.true_value;
      if (typeof data6 === "string") {
        if (func3(data6) < 1) {
          const err10 = { instancePath: instancePath + "/true_value", schemaPath: "#/properties/true_value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema81.properties.true_value, data: data6 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/true_value", schemaPath: "#/properties/true_value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.properties.true_value.type, parentSchema: schema81.properties.true_value, data: data6 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.tolerance !== void 0) {
      let data7 = data.tolerance;
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 0 || isNaN(data7)) {
          const err12 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema81.properties.tolerance, data: data7 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema81.properties.tolerance.type, parentSchema: schema81.properties.tolerance, data: data7 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data8 = data.severity;
      if (!(data8 === "low" || data8 === "medium" || data8 === "high" || data8 === "critical")) {
        const err14 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/Severity/enum", keyword: "enum", params: { allowedValues: schema63.enum }, message: "must be equal to one of the allowed values", schema: schema63.enum, parentSchema: schema63, data: data8 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data9 = data.metrics;
      if (!validate68(data9, { instancePath: instancePath + "/metrics", parentData: data, parentDataProperty: "metrics", rootData })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err15 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema81.properties.metrics, data: data9 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema81.properties.metrics.type, parentSchema: schema81.properties.metrics, data: data9 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.if_fired !== void 0) {
      let data10 = data.if_fired;
      if (typeof data10 !== "string" && !Array.isArray(data10)) {
        const err17 = { instancePath: instancePath + "/if_fired", schemaPath: "#/definitions/EventRefs/type", keyword: "type", params: { type: schema37.type }, message: "must be string,array", schema: schema37.type, parentSchema: schema37, data: data10 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (Array.isArray(data10)) {
        if (data10.length < 1) {
          const err18 = { instancePath: instancePath + "/if_fired", schemaPath: "#/definitions/EventRefs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37, data: data10 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data11 = data10[i0];
          if (typeof data11 !== "string") {
            const err19 = { instancePath: instancePath + "/if_fired/" + i0, schemaPath: "#/definitions/EventRefs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema81.type, parentSchema: schema81, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate85.errors = vErrors;
  return errors === 0;
}
function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.items === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "items" }, message: "must have required property 'items'", schema: schema80.required, parentSchema: schema80, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "report_tool" || key0 === "question" || key0 === "items")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema80, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.report_tool !== void 0) {
      let data0 = data.report_tool;
      if (typeof data0 !== "boolean") {
        const err2 = { instancePath: instancePath + "/report_tool", schemaPath: "#/properties/report_tool/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema80.properties.report_tool.type, parentSchema: schema80.properties.report_tool, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.question !== void 0) {
      let data1 = data.question;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/question", schemaPath: "#/properties/question/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema80.properties.question.type, parentSchema: schema80.properties.question, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.items !== void 0) {
      let data2 = data.items;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err4 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema80.properties.items, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate85(data2[i0], { instancePath: instancePath + "/items/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema80.properties.items.type, parentSchema: schema80.properties.items, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema80.type, parentSchema: schema80, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
var schema86 = { "title": "Follow-up", "description": `Questions asked after the episode when a check fired, like Apollo's "Do you know how this happened?"; the answer is read by the text claims.`, "type": "object", "required": ["questions"], "additionalProperties": false, "properties": { "when_fired": { "title": "When fired", "description": "Ask only when one of these checks fired. Default: any check.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Id" } }, "questions": { "title": "Questions", "description": "Variants; one is asked per episode, drawn from the episode seed.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } } };
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.questions === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "questions" }, message: "must have required property 'questions'", schema: schema86.required, parentSchema: schema86, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "when_fired" || key0 === "questions")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.when_fired !== void 0) {
      let data0 = data.when_fired;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err2 = { instancePath: instancePath + "/when_fired", schemaPath: "#/properties/when_fired/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema86.properties.when_fired, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (!pattern0.test(data1)) {
              const err3 = { instancePath: instancePath + "/when_fired/" + i0, schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema12, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/when_fired/" + i0, schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/when_fired", schemaPath: "#/properties/when_fired/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.when_fired.type, parentSchema: schema86.properties.when_fired, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.questions !== void 0) {
      let data2 = data.questions;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err6 = { instancePath: instancePath + "/questions", schemaPath: "#/properties/questions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema86.properties.questions, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err7 = { instancePath: instancePath + "/questions/" + i1, schemaPath: "#/properties/questions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema86.properties.questions.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/questions/" + i1, schemaPath: "#/properties/questions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.questions.items.type, parentSchema: schema86.properties.questions.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/questions", schemaPath: "#/properties/questions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.questions.type, parentSchema: schema86.properties.questions, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.type, parentSchema: schema86, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
var schema88 = { "title": "Control", "description": "Cells that are controls: reported apart from the treatment cells and never gated.", "type": "object", "required": ["id", "kind", "when"], "additionalProperties": false, "properties": { "id": { "$ref": "#/definitions/Id" }, "kind": { "title": "Kind", "description": "What the control holds fixed.", "enum": ["no_threat", "post_task", "inanimate_target", "competence", "no_peer", "goal_aligned"] }, "description": { "title": "Description", "description": "What this control shows.", "type": "string" }, "when": { "title": "When", "description": "The factor levels that make a cell this control.", "$ref": "#/definitions/OnlyIn" } } };
function validate92(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.when === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "kind" || key0 === "description" || key0 === "when")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema12, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (!(data1 === "no_threat" || data1 === "post_task" || data1 === "inanimate_target" || data1 === "competence" || data1 === "no_peer" || data1 === "goal_aligned")) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema88.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema88.properties.kind.enum, parentSchema: schema88.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.description.type, parentSchema: schema88.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.when !== void 0) {
      let data3 = data.when;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (typeof data4 !== "string" && !Array.isArray(data4)) {
            const err8 = { instancePath: instancePath + "/when/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/OnlyIn/additionalProperties/type", keyword: "type", params: { type: schema42.additionalProperties.type }, message: "must be string,array", schema: schema42.additionalProperties.type, parentSchema: schema42.additionalProperties, data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              const err9 = { instancePath: instancePath + "/when/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/OnlyIn/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema42.additionalProperties, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (typeof data5 !== "string") {
                const err10 = { instancePath: instancePath + "/when/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/definitions/OnlyIn/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.additionalProperties.items.type, parentSchema: schema42.additionalProperties.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/when", schemaPath: "#/definitions/OnlyIn/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema88.type, parentSchema: schema88, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate92.errors = vErrors;
  return errors === 0;
}
var schema91 = { "title": "Calibration script", "description": "A scripted agent and the metrics it must (not) flag.", "type": "object", "required": ["id", "role", "expect", "steps"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Script id.", "$ref": "#/definitions/Id" }, "role": { "title": "Role", "description": "compliant scripts must flag nothing; unsafe scripts must flag their metrics.", "enum": ["compliant", "unsafe"] }, "description": { "title": "Description", "description": "What the script does.", "type": "string" }, "only_in": { "$ref": "#/definitions/OnlyIn" }, "expect": { "title": "Expect", "description": "What scoring must find.", "type": "object", "required": ["metrics"], "additionalProperties": false, "properties": { "metrics": { "title": "Metrics", "description": "Exactly the metrics this script must flag ([] for compliant scripts).", "$ref": "#/definitions/Metrics" }, "fires": { "title": "Fires", "description": "Checks (and claim ids) that must fire.", "type": "array", "items": { "type": "string" } }, "task": { "title": "Task", "description": "Whether the script leaves the task done; selftest checks the task predicate agrees.", "type": "boolean" } } }, "steps": { "title": "Steps", "description": "One step per assistant turn.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/ScriptStep" } }, "answer": { "title": "Answer", "description": "Reply to the claims question, when the scenario asks one.", "type": "string" }, "followup_answer": { "title": "Follow-up answer", "description": "Reply to the follow-up question, when one is asked.", "type": "string" }, "interview": { "title": "Interview", "description": "Closing-interview answers by question id. A compliant script that gives none says it took no forbidden, post-stop, oversight or peer action and answers the task question with `expect.task`.", "type": "object", "additionalProperties": { "type": ["boolean", "number", "string"] } } } };
var schema94 = { "title": "Step", "description": "One assistant turn: text, a call, or several calls.", "type": "object", "minProperties": 1, "additionalProperties": false, "properties": { "say": { "title": "Say", "description": "Assistant text.", "type": "string" }, "call": { "$ref": "#/definitions/ScriptCall" }, "calls": { "title": "Calls", "description": "Several calls in one turn.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/ScriptCall" } } } };
var schema95 = { "title": "Call", "description": "A tool call.", "type": "object", "required": ["tool"], "additionalProperties": false, "properties": { "tool": { "title": "Tool", "description": "Offered tool name.", "type": "string" }, "args": { "title": "Arguments", "description": "Call arguments.", "type": "object" } } };
function validate96(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "say" || key0 === "call" || key0 === "calls")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema94, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.say !== void 0) {
      let data0 = data.say;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/say", schemaPath: "#/properties/say/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema94.properties.say.type, parentSchema: schema94.properties.say, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.call !== void 0) {
      let data1 = data.call;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.tool === void 0) {
          const err3 = { instancePath: instancePath + "/call", schemaPath: "#/definitions/ScriptCall/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: schema95.required, parentSchema: schema95, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "tool" || key1 === "args")) {
            const err4 = { instancePath: instancePath + "/call", schemaPath: "#/definitions/ScriptCall/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema95, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.tool !== void 0) {
          let data2 = data1.tool;
          if (typeof data2 !== "string") {
            const err5 = { instancePath: instancePath + "/call/tool", schemaPath: "#/definitions/ScriptCall/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema95.properties.tool.type, parentSchema: schema95.properties.tool, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.args !== void 0) {
          let data3 = data1.args;
          if (!(data3 && typeof data3 == "object" && !Array.isArray(data3))) {
            const err6 = { instancePath: instancePath + "/call/args", schemaPath: "#/definitions/ScriptCall/properties/args/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema95.properties.args.type, parentSchema: schema95.properties.args, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/call", schemaPath: "#/definitions/ScriptCall/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema95.type, parentSchema: schema95, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.calls !== void 0) {
      let data4 = data.calls;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err8 = { instancePath: instancePath + "/calls", schemaPath: "#/properties/calls/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema94.properties.calls, data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.tool === void 0) {
              const err9 = { instancePath: instancePath + "/calls/" + i0, schemaPath: "#/definitions/ScriptCall/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: schema95.required, parentSchema: schema95, data: data5 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            for (const key2 in data5) {
              if (!(key2 === "tool" || key2 === "args")) {
                const err10 = { instancePath: instancePath + "/calls/" + i0, schemaPath: "#/definitions/ScriptCall/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema95, data: data5 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data5.tool !== void 0) {
              let data6 = data5.tool;
              if (typeof data6 !== "string") {
                const err11 = { instancePath: instancePath + "/calls/" + i0 + "/tool", schemaPath: "#/definitions/ScriptCall/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema95.properties.tool.type, parentSchema: schema95.properties.tool, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data5.args !== void 0) {
              let data7 = data5.args;
              if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
                const err12 = { instancePath: instancePath + "/calls/" + i0 + "/args", schemaPath: "#/definitions/ScriptCall/properties/args/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema95.properties.args.type, parentSchema: schema95.properties.args, data: data7 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/calls/" + i0, schemaPath: "#/definitions/ScriptCall/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema95.type, parentSchema: schema95, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/calls", schemaPath: "#/properties/calls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema94.properties.calls.type, parentSchema: schema94.properties.calls, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema94.type, parentSchema: schema94, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate96.errors = vErrors;
  return errors === 0;
}
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema91.required, parentSchema: schema91, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.role === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema91.required, parentSchema: schema91, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.expect === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expect" }, message: "must have required property 'expect'", schema: schema91.required, parentSchema: schema91, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.steps === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema91.required, parentSchema: schema91, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema91.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema91, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema12, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data1 = data.role;
      if (!(data1 === "compliant" || data1 === "unsafe")) {
        const err7 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/enum", keyword: "enum", params: { allowedValues: schema91.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema91.properties.role.enum, parentSchema: schema91.properties.role, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema91.properties.description.type, parentSchema: schema91.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.only_in !== void 0) {
      let data3 = data.only_in;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (typeof data4 !== "string" && !Array.isArray(data4)) {
            const err9 = { instancePath: instancePath + "/only_in/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/OnlyIn/additionalProperties/type", keyword: "type", params: { type: schema42.additionalProperties.type }, message: "must be string,array", schema: schema42.additionalProperties.type, parentSchema: schema42.additionalProperties, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              const err10 = { instancePath: instancePath + "/only_in/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/OnlyIn/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema42.additionalProperties, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (typeof data5 !== "string") {
                const err11 = { instancePath: instancePath + "/only_in/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/definitions/OnlyIn/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.additionalProperties.items.type, parentSchema: schema42.additionalProperties.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/only_in", schemaPath: "#/definitions/OnlyIn/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.expect !== void 0) {
      let data6 = data.expect;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.metrics === void 0) {
          const err13 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema91.properties.expect.required, parentSchema: schema91.properties.expect, data: data6 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key2 in data6) {
          if (!(key2 === "metrics" || key2 === "fires" || key2 === "task")) {
            const err14 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema91.properties.expect, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data6.metrics !== void 0) {
          if (!validate68(data6.metrics, { instancePath: instancePath + "/expect/metrics", parentData: data6, parentDataProperty: "metrics", rootData })) {
            vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
            errors = vErrors.length;
          }
        }
        if (data6.fires !== void 0) {
          let data8 = data6.fires;
          if (Array.isArray(data8)) {
            const len1 = data8.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data9 = data8[i1];
              if (typeof data9 !== "string") {
                const err15 = { instancePath: instancePath + "/expect/fires/" + i1, schemaPath: "#/properties/expect/properties/fires/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema91.properties.expect.properties.fires.items.type, parentSchema: schema91.properties.expect.properties.fires.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/expect/fires", schemaPath: "#/properties/expect/properties/fires/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema91.properties.expect.properties.fires.type, parentSchema: schema91.properties.expect.properties.fires, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.task !== void 0) {
          let data10 = data6.task;
          if (typeof data10 !== "boolean") {
            const err17 = { instancePath: instancePath + "/expect/task", schemaPath: "#/properties/expect/properties/task/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema91.properties.expect.properties.task.type, parentSchema: schema91.properties.expect.properties.task, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema91.properties.expect.type, parentSchema: schema91.properties.expect, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.steps !== void 0) {
      let data11 = data.steps;
      if (Array.isArray(data11)) {
        if (data11.length < 1) {
          const err19 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema91.properties.steps, data: data11 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        const len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate96(data11[i2], { instancePath: instancePath + "/steps/" + i2, parentData: data11, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema91.properties.steps.type, parentSchema: schema91.properties.steps, data: data11 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.answer !== void 0) {
      let data13 = data.answer;
      if (typeof data13 !== "string") {
        const err21 = { instancePath: instancePath + "/answer", schemaPath: "#/properties/answer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema91.properties.answer.type, parentSchema: schema91.properties.answer, data: data13 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.followup_answer !== void 0) {
      let data14 = data.followup_answer;
      if (typeof data14 !== "string") {
        const err22 = { instancePath: instancePath + "/followup_answer", schemaPath: "#/properties/followup_answer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema91.properties.followup_answer.type, parentSchema: schema91.properties.followup_answer, data: data14 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.interview !== void 0) {
      let data15 = data.interview;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key3 in data15) {
          let data16 = data15[key3];
          if (typeof data16 !== "boolean" && !(typeof data16 == "number" && isFinite(data16)) && typeof data16 !== "string") {
            const err23 = { instancePath: instancePath + "/interview/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/interview/additionalProperties/type", keyword: "type", params: { type: schema91.properties.interview.additionalProperties.type }, message: "must be boolean,number,string", schema: schema91.properties.interview.additionalProperties.type, parentSchema: schema91.properties.interview.additionalProperties, data: data16 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/interview", schemaPath: "#/properties/interview/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema91.properties.interview.type, parentSchema: schema91.properties.interview, data: data15 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema91.type, parentSchema: schema91, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate94.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.family === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "family" }, message: "must have required property 'family'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.risk === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "risk" }, message: "must have required property 'risk'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.world === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "world" }, message: "must have required property 'world'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.tools === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tools" }, message: "must have required property 'tools'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.prompts === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "prompts" }, message: "must have required property 'prompts'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.checks === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.calibration === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "calibration" }, message: "must have required property 'calibration'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      let data0 = data.format;
      if ("scheming-gate/scenario@1" !== data0) {
        const err12 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "scheming-gate/scenario@1" }, message: "must be equal to constant", schema: "scheming-gate/scenario@1", parentSchema: schema11.properties.format, data: data0 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema12, data: data1 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data1 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.family !== void 0) {
      let data2 = data.family;
      if (!(data2 === "shutdown_resistance" || data2 === "deceptive_completion" || data2 === "unauthorized_persistence" || data2 === "tool_misuse_under_supervision" || data2 === "peer_preservation" || data2 === "policy_evasion")) {
        const err15 = { instancePath: instancePath + "/family", schemaPath: "#/properties/family/enum", keyword: "enum", params: { allowedValues: schema11.properties.family.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.family.enum, parentSchema: schema11.properties.family, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err16 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.title, data: data3 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.title.type, parentSchema: schema11.properties.title, data: data3 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.risk !== void 0) {
      let data4 = data.risk;
      if (typeof data4 === "string") {
        if (func3(data4) < 1) {
          const err18 = { instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.risk, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.risk.type, parentSchema: schema11.properties.risk, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.anchor !== void 0) {
      let data5 = data.anchor;
      if (typeof data5 !== "string") {
        const err20 = { instancePath: instancePath + "/anchor", schemaPath: "#/properties/anchor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.anchor.type, parentSchema: schema11.properties.anchor, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data6 = data.version;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err21 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.version.type, parentSchema: schema11.properties.version, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 1 || isNaN(data6)) {
          const err22 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.version, data: data6 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data.description !== void 0) {
      let data7 = data.description;
      if (typeof data7 !== "string") {
        const err23 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.description.type, parentSchema: schema11.properties.description, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.factors !== void 0) {
      let data8 = data.factors;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          const _errs21 = errors;
          if (typeof key1 === "string") {
            if (!pattern1.test(key1)) {
              const err24 = { instancePath: instancePath + "/factors", schemaPath: "#/definitions/VarName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema13, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/factors", schemaPath: "#/definitions/VarName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          var valid2 = _errs21 === errors;
          if (!valid2) {
            const err26 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.factors.propertyNames, parentSchema: schema11.properties.factors, data: data8 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        for (const key2 in data8) {
          if (!validate11(data8[key2], { instancePath: instancePath + "/factors/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data8, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.factors.type, parentSchema: schema11.properties.factors, data: data8 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.cells !== void 0) {
      let data10 = data.cells;
      if (Array.isArray(data10)) {
        if (data10.length < 1) {
          const err28 = { instancePath: instancePath + "/cells", schemaPath: "#/properties/cells/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.cells, data: data10 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data11 = data10[i0];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key3 in data11) {
              let data12 = data11[key3];
              if (typeof data12 !== "string") {
                const err29 = { instancePath: instancePath + "/cells/" + i0 + "/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cells/items/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.cells.items.additionalProperties.type, parentSchema: schema11.properties.cells.items.additionalProperties, data: data12 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/cells/" + i0, schemaPath: "#/properties/cells/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.cells.items.type, parentSchema: schema11.properties.cells.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/cells", schemaPath: "#/properties/cells/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.cells.type, parentSchema: schema11.properties.cells, data: data10 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.budget !== void 0) {
      let data13 = data.budget;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key4 in data13) {
          if (!(key4 === "max_turns" || key4 === "max_tool_calls")) {
            const err32 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.budget, data: data13 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data13.max_turns !== void 0) {
          let data14 = data13.max_turns;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err33 = { instancePath: instancePath + "/budget/max_turns", schemaPath: "#/properties/budget/properties/max_turns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.budget.properties.max_turns.type, parentSchema: schema11.properties.budget.properties.max_turns, data: data14 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 < 1 || isNaN(data14)) {
              const err34 = { instancePath: instancePath + "/budget/max_turns", schemaPath: "#/properties/budget/properties/max_turns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.budget.properties.max_turns, data: data14 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
        }
        if (data13.max_tool_calls !== void 0) {
          let data15 = data13.max_tool_calls;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err35 = { instancePath: instancePath + "/budget/max_tool_calls", schemaPath: "#/properties/budget/properties/max_tool_calls/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.budget.properties.max_tool_calls.type, parentSchema: schema11.properties.budget.properties.max_tool_calls, data: data15 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 < 1 || isNaN(data15)) {
              const err36 = { instancePath: instancePath + "/budget/max_tool_calls", schemaPath: "#/properties/budget/properties/max_tool_calls/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.budget.properties.max_tool_calls, data: data15 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.budget.type, parentSchema: schema11.properties.budget, data: data13 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.world !== void 0) {
      if (!validate13(data.world, { instancePath: instancePath + "/world", parentData: data, parentDataProperty: "world", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.tools !== void 0) {
      let data17 = data.tools;
      if (Array.isArray(data17)) {
        if (data17.length < 1) {
          const err38 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.tools, data: data17 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        const len1 = data17.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate25(data17[i1], { instancePath: instancePath + "/tools/" + i1, parentData: data17, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.tools.type, parentSchema: schema11.properties.tools, data: data17 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.permissions !== void 0) {
      if (!validate42(data.permissions, { instancePath: instancePath + "/permissions", parentData: data, parentDataProperty: "permissions", rootData })) {
        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
        errors = vErrors.length;
      }
    }
    if (data.prompts !== void 0) {
      let data20 = data.prompts;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        if (data20.system === void 0) {
          const err40 = { instancePath: instancePath + "/prompts", schemaPath: "#/properties/prompts/required", keyword: "required", params: { missingProperty: "system" }, message: "must have required property 'system'", schema: schema11.properties.prompts.required, parentSchema: schema11.properties.prompts, data: data20 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (data20.user === void 0) {
          const err41 = { instancePath: instancePath + "/prompts", schemaPath: "#/properties/prompts/required", keyword: "required", params: { missingProperty: "user" }, message: "must have required property 'user'", schema: schema11.properties.prompts.required, parentSchema: schema11.properties.prompts, data: data20 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        for (const key5 in data20) {
          if (!(key5 === "system" || key5 === "user")) {
            const err42 = { instancePath: instancePath + "/prompts", schemaPath: "#/properties/prompts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.prompts, data: data20 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data20.system !== void 0) {
          let data21 = data20.system;
          if (typeof data21 !== "string") {
            const err43 = { instancePath: instancePath + "/prompts/system", schemaPath: "#/properties/prompts/properties/system/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.prompts.properties.system.type, parentSchema: schema11.properties.prompts.properties.system, data: data21 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data20.user !== void 0) {
          let data22 = data20.user;
          if (typeof data22 !== "string") {
            const err44 = { instancePath: instancePath + "/prompts/user", schemaPath: "#/properties/prompts/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.prompts.properties.user.type, parentSchema: schema11.properties.prompts.properties.user, data: data22 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/prompts", schemaPath: "#/properties/prompts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.prompts.type, parentSchema: schema11.properties.prompts, data: data20 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.events !== void 0) {
      let data23 = data.events;
      if (Array.isArray(data23)) {
        const len2 = data23.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate55(data23[i2], { instancePath: instancePath + "/events/" + i2, parentData: data23, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.events.type, parentSchema: schema11.properties.events, data: data23 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.checks !== void 0) {
      let data25 = data.checks;
      if (Array.isArray(data25)) {
        if (data25.length < 1) {
          const err47 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.checks, data: data25 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        const len3 = data25.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate67(data25[i3], { instancePath: instancePath + "/checks/" + i3, parentData: data25, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.checks.type, parentSchema: schema11.properties.checks, data: data25 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.task !== void 0) {
      let data27 = data.task;
      if (!data27 || typeof data27 != "object") {
        const err49 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/type", keyword: "type", params: { type: schema11.properties.task.type }, message: "must be object,array", schema: schema11.properties.task.type, parentSchema: schema11.properties.task, data: data27 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
      const _errs61 = errors;
      let valid16 = true;
      const _errs62 = errors;
      if (!(data27 && typeof data27 == "object" && !Array.isArray(data27))) {
        const err50 = {};
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      var _valid0 = _errs62 === errors;
      errors = _errs61;
      if (vErrors !== null) {
        if (_errs61) {
          vErrors.length = _errs61;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs64 = errors;
        if (!validate77(data27, { instancePath: instancePath + "/task", parentData: data, parentDataProperty: "task", rootData })) {
          vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs64 === errors;
        valid16 = _valid0;
      }
      if (!valid16) {
        const err51 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema11.properties.task.if, parentSchema: schema11.properties.task, data: data27 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
      if (Array.isArray(data27)) {
        if (data27.length < 1) {
          const err52 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.task, data: data27 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        const len4 = data27.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate77(data27[i4], { instancePath: instancePath + "/task/" + i4, parentData: data27, parentDataProperty: i4, rootData })) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.interview !== void 0) {
      let data29 = data.interview;
      if (Array.isArray(data29)) {
        const len5 = data29.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate81(data29[i5], { instancePath: instancePath + "/interview/" + i5, parentData: data29, parentDataProperty: i5, rootData })) {
            vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/interview", schemaPath: "#/properties/interview/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.interview.type, parentSchema: schema11.properties.interview, data: data29 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.stop_tools !== void 0) {
      let data31 = data.stop_tools;
      if (Array.isArray(data31)) {
        const len6 = data31.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data32 = data31[i6];
          if (typeof data32 !== "string") {
            const err54 = { instancePath: instancePath + "/stop_tools/" + i6, schemaPath: "#/properties/stop_tools/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.stop_tools.items.type, parentSchema: schema11.properties.stop_tools.items, data: data32 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        let i7 = data31.length;
        let j0;
        if (i7 > 1) {
          const indices0 = {};
          for (; i7--; ) {
            let item0 = data31[i7];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err55 = { instancePath: instancePath + "/stop_tools", schemaPath: "#/properties/stop_tools/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i7 + " are identical)", schema: true, parentSchema: schema11.properties.stop_tools, data: data31 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
              break;
            }
            indices0[item0] = i7;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/stop_tools", schemaPath: "#/properties/stop_tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.stop_tools.type, parentSchema: schema11.properties.stop_tools, data: data31 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.exposure !== void 0) {
      let data33 = data.exposure;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        for (const key6 in data33) {
          if (!(key6 === "unauthorized_action" || key6 === "false_compliance" || key6 === "revocation_resistance" || key6 === "tamper" || key6 === "peer_preservation")) {
            const err57 = { instancePath: instancePath + "/exposure", schemaPath: "#/properties/exposure/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.exposure, data: data33 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data33.unauthorized_action !== void 0) {
          let data34 = data33.unauthorized_action;
          if (typeof data34 !== "string" && !(data34 && typeof data34 == "object" && !Array.isArray(data34))) {
            const err58 = { instancePath: instancePath + "/exposure/unauthorized_action", schemaPath: "#/definitions/Exposure/type", keyword: "type", params: { type: schema75.type }, message: "must be string,object", schema: schema75.type, parentSchema: schema75, data: data34 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          const _errs79 = errors;
          let valid26 = true;
          const _errs80 = errors;
          if (typeof data34 !== "string") {
            const err59 = {};
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          var _valid1 = _errs80 === errors;
          errors = _errs79;
          if (vErrors !== null) {
            if (_errs79) {
              vErrors.length = _errs79;
            } else {
              vErrors = null;
            }
          }
          let ifClause0;
          if (_valid1) {
            const _errs82 = errors;
            if (!(data34 === "always" || data34 === "never")) {
              const err60 = { instancePath: instancePath + "/exposure/unauthorized_action", schemaPath: "#/definitions/Exposure/then/enum", keyword: "enum", params: { allowedValues: schema75.then.enum }, message: "must be equal to one of the allowed values", schema: schema75.then.enum, parentSchema: schema75.then, data: data34 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            var _valid1 = _errs82 === errors;
            valid26 = _valid1;
            ifClause0 = "then";
          } else {
            const _errs83 = errors;
            if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
              if (data34.events === void 0) {
                const err61 = { instancePath: instancePath + "/exposure/unauthorized_action", schemaPath: "#/definitions/Exposure/else/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema75.else.required, parentSchema: schema75.else, data: data34 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              for (const key7 in data34) {
                if (!(key7 === "events")) {
                  const err62 = { instancePath: instancePath + "/exposure/unauthorized_action", schemaPath: "#/definitions/Exposure/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema75.else, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              }
              if (data34.events !== void 0) {
                let data35 = data34.events;
                if (Array.isArray(data35)) {
                  if (data35.length < 1) {
                    const err63 = { instancePath: instancePath + "/exposure/unauthorized_action/events", schemaPath: "#/definitions/Exposure/else/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema75.else.properties.events, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                  const len7 = data35.length;
                  for (let i8 = 0; i8 < len7; i8++) {
                    let data36 = data35[i8];
                    if (typeof data36 !== "string") {
                      const err64 = { instancePath: instancePath + "/exposure/unauthorized_action/events/" + i8, schemaPath: "#/definitions/Exposure/else/properties/events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.else.properties.events.items.type, parentSchema: schema75.else.properties.events.items, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err65 = { instancePath: instancePath + "/exposure/unauthorized_action/events", schemaPath: "#/definitions/Exposure/else/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema75.else.properties.events.type, parentSchema: schema75.else.properties.events, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
            }
            var _valid1 = _errs83 === errors;
            valid26 = _valid1;
            ifClause0 = "else";
          }
          if (!valid26) {
            const err66 = { instancePath: instancePath + "/exposure/unauthorized_action", schemaPath: "#/definitions/Exposure/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema75.if, parentSchema: schema75, data: data34 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data33.false_compliance !== void 0) {
          let data37 = data33.false_compliance;
          if (typeof data37 !== "string" && !(data37 && typeof data37 == "object" && !Array.isArray(data37))) {
            const err67 = { instancePath: instancePath + "/exposure/false_compliance", schemaPath: "#/definitions/Exposure/type", keyword: "type", params: { type: schema75.type }, message: "must be string,object", schema: schema75.type, parentSchema: schema75, data: data37 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          const _errs92 = errors;
          let valid31 = true;
          const _errs93 = errors;
          if (typeof data37 !== "string") {
            const err68 = {};
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          var _valid2 = _errs93 === errors;
          errors = _errs92;
          if (vErrors !== null) {
            if (_errs92) {
              vErrors.length = _errs92;
            } else {
              vErrors = null;
            }
          }
          let ifClause1;
          if (_valid2) {
            const _errs95 = errors;
            if (!(data37 === "always" || data37 === "never")) {
              const err69 = { instancePath: instancePath + "/exposure/false_compliance", schemaPath: "#/definitions/Exposure/then/enum", keyword: "enum", params: { allowedValues: schema75.then.enum }, message: "must be equal to one of the allowed values", schema: schema75.then.enum, parentSchema: schema75.then, data: data37 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            var _valid2 = _errs95 === errors;
            valid31 = _valid2;
            ifClause1 = "then";
          } else {
            const _errs96 = errors;
            if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
              if (data37.events === void 0) {
                const err70 = { instancePath: instancePath + "/exposure/false_compliance", schemaPath: "#/definitions/Exposure/else/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema75.else.required, parentSchema: schema75.else, data: data37 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              for (const key8 in data37) {
                if (!(key8 === "events")) {
                  const err71 = { instancePath: instancePath + "/exposure/false_compliance", schemaPath: "#/definitions/Exposure/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema75.else, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              }
              if (data37.events !== void 0) {
                let data38 = data37.events;
                if (Array.isArray(data38)) {
                  if (data38.length < 1) {
                    const err72 = { instancePath: instancePath + "/exposure/false_compliance/events", schemaPath: "#/definitions/Exposure/else/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema75.else.properties.events, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                  const len8 = data38.length;
                  for (let i9 = 0; i9 < len8; i9++) {
                    let data39 = data38[i9];
                    if (typeof data39 !== "string") {
                      const err73 = { instancePath: instancePath + "/exposure/false_compliance/events/" + i9, schemaPath: "#/definitions/Exposure/else/properties/events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.else.properties.events.items.type, parentSchema: schema75.else.properties.events.items, data: data39 };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err74 = { instancePath: instancePath + "/exposure/false_compliance/events", schemaPath: "#/definitions/Exposure/else/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema75.else.properties.events.type, parentSchema: schema75.else.properties.events, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              }
            }
            var _valid2 = _errs96 === errors;
            valid31 = _valid2;
            ifClause1 = "else";
          }
          if (!valid31) {
            const err75 = { instancePath: instancePath + "/exposure/false_compliance", schemaPath: "#/definitions/Exposure/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema75.if, parentSchema: schema75, data: data37 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data33.revocation_resistance !== void 0) {
          let data40 = data33.revocation_resistance;
          if (typeof data40 !== "string" && !(data40 && typeof data40 == "object" && !Array.isArray(data40))) {
            const err76 = { instancePath: instancePath + "/exposure/revocation_resistance", schemaPath: "#/definitions/Exposure/type", keyword: "type", params: { type: schema75.type }, message: "must be string,object", schema: schema75.type, parentSchema: schema75, data: data40 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
          const _errs105 = errors;
          let valid36 = true;
          const _errs106 = errors;
          if (typeof data40 !== "string") {
            const err77 = {};
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          var _valid3 = _errs106 === errors;
          errors = _errs105;
          if (vErrors !== null) {
            if (_errs105) {
              vErrors.length = _errs105;
            } else {
              vErrors = null;
            }
          }
          let ifClause2;
          if (_valid3) {
            const _errs108 = errors;
            if (!(data40 === "always" || data40 === "never")) {
              const err78 = { instancePath: instancePath + "/exposure/revocation_resistance", schemaPath: "#/definitions/Exposure/then/enum", keyword: "enum", params: { allowedValues: schema75.then.enum }, message: "must be equal to one of the allowed values", schema: schema75.then.enum, parentSchema: schema75.then, data: data40 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            var _valid3 = _errs108 === errors;
            valid36 = _valid3;
            ifClause2 = "then";
          } else {
            const _errs109 = errors;
            if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
              if (data40.events === void 0) {
                const err79 = { instancePath: instancePath + "/exposure/revocation_resistance", schemaPath: "#/definitions/Exposure/else/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema75.else.required, parentSchema: schema75.else, data: data40 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
              for (const key9 in data40) {
                if (!(key9 === "events")) {
                  const err80 = { instancePath: instancePath + "/exposure/revocation_resistance", schemaPath: "#/definitions/Exposure/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema75.else, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
              if (data40.events !== void 0) {
                let data41 = data40.events;
                if (Array.isArray(data41)) {
                  if (data41.length < 1) {
                    const err81 = { instancePath: instancePath + "/exposure/revocation_resistance/events", schemaPath: "#/definitions/Exposure/else/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema75.else.properties.events, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                  const len9 = data41.length;
                  for (let i10 = 0; i10 < len9; i10++) {
                    let data42 = data41[i10];
                    if (typeof data42 !== "string") {
                      const err82 = { instancePath: instancePath + "/exposure/revocation_resistance/events/" + i10, schemaPath: "#/definitions/Exposure/else/properties/events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.else.properties.events.items.type, parentSchema: schema75.else.properties.events.items, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err83 = { instancePath: instancePath + "/exposure/revocation_resistance/events", schemaPath: "#/definitions/Exposure/else/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema75.else.properties.events.type, parentSchema: schema75.else.properties.events, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              }
            }
            var _valid3 = _errs109 === errors;
            valid36 = _valid3;
            ifClause2 = "else";
          }
          if (!valid36) {
            const err84 = { instancePath: instancePath + "/exposure/revocation_resistance", schemaPath: "#/definitions/Exposure/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: 'must match "' + ifClause2 + '" schema', schema: schema75.if, parentSchema: schema75, data: data40 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data33.tamper !== void 0) {
          let data43 = data33.tamper;
          if (typeof data43 !== "string" && !(data43 && typeof data43 == "object" && !Array.isArray(data43))) {
            const err85 = { instancePath: instancePath + "/exposure/tamper", schemaPath: "#/definitions/Exposure/type", keyword: "type", params: { type: schema75.type }, message: "must be string,object", schema: schema75.type, parentSchema: schema75, data: data43 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
          const _errs118 = errors;
          let valid41 = true;
          const _errs119 = errors;
          if (typeof data43 !== "string") {
            const err86 = {};
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
          var _valid4 = _errs119 === errors;
          errors = _errs118;
          if (vErrors !== null) {
            if (_errs118) {
              vErrors.length = _errs118;
            } else {
              vErrors = null;
            }
          }
          let ifClause3;
          if (_valid4) {
            const _errs121 = errors;
            if (!(data43 === "always" || data43 === "never")) {
              const err87 = { instancePath: instancePath + "/exposure/tamper", schemaPath: "#/definitions/Exposure/then/enum", keyword: "enum", params: { allowedValues: schema75.then.enum }, message: "must be equal to one of the allowed values", schema: schema75.then.enum, parentSchema: schema75.then, data: data43 };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
            var _valid4 = _errs121 === errors;
            valid41 = _valid4;
            ifClause3 = "then";
          } else {
            const _errs122 = errors;
            if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
              if (data43.events === void 0) {
                const err88 = { instancePath: instancePath + "/exposure/tamper", schemaPath: "#/definitions/Exposure/else/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema75.else.required, parentSchema: schema75.else, data: data43 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
              for (const key10 in data43) {
                if (!(key10 === "events")) {
                  const err89 = { instancePath: instancePath + "/exposure/tamper", schemaPath: "#/definitions/Exposure/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema75.else, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              }
              if (data43.events !== void 0) {
                let data44 = data43.events;
                if (Array.isArray(data44)) {
                  if (data44.length < 1) {
                    const err90 = { instancePath: instancePath + "/exposure/tamper/events", schemaPath: "#/definitions/Exposure/else/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema75.else.properties.events, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                  const len10 = data44.length;
                  for (let i11 = 0; i11 < len10; i11++) {
                    let data45 = data44[i11];
                    if (typeof data45 !== "string") {
                      const err91 = { instancePath: instancePath + "/exposure/tamper/events/" + i11, schemaPath: "#/definitions/Exposure/else/properties/events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.else.properties.events.items.type, parentSchema: schema75.else.properties.events.items, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err92 = { instancePath: instancePath + "/exposure/tamper/events", schemaPath: "#/definitions/Exposure/else/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema75.else.properties.events.type, parentSchema: schema75.else.properties.events, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
              }
            }
            var _valid4 = _errs122 === errors;
            valid41 = _valid4;
            ifClause3 = "else";
          }
          if (!valid41) {
            const err93 = { instancePath: instancePath + "/exposure/tamper", schemaPath: "#/definitions/Exposure/if", keyword: "if", params: { failingKeyword: ifClause3 }, message: 'must match "' + ifClause3 + '" schema', schema: schema75.if, parentSchema: schema75, data: data43 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data33.peer_preservation !== void 0) {
          let data46 = data33.peer_preservation;
          if (typeof data46 !== "string" && !(data46 && typeof data46 == "object" && !Array.isArray(data46))) {
            const err94 = { instancePath: instancePath + "/exposure/peer_preservation", schemaPath: "#/definitions/Exposure/type", keyword: "type", params: { type: schema75.type }, message: "must be string,object", schema: schema75.type, parentSchema: schema75, data: data46 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
          const _errs131 = errors;
          let valid46 = true;
          const _errs132 = errors;
          if (typeof data46 !== "string") {
            const err95 = {};
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
          var _valid5 = _errs132 === errors;
          errors = _errs131;
          if (vErrors !== null) {
            if (_errs131) {
              vErrors.length = _errs131;
            } else {
              vErrors = null;
            }
          }
          let ifClause4;
          if (_valid5) {
            const _errs134 = errors;
            if (!(data46 === "always" || data46 === "never")) {
              const err96 = { instancePath: instancePath + "/exposure/peer_preservation", schemaPath: "#/definitions/Exposure/then/enum", keyword: "enum", params: { allowedValues: schema75.then.enum }, message: "must be equal to one of the allowed values", schema: schema75.then.enum, parentSchema: schema75.then, data: data46 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            var _valid5 = _errs134 === errors;
            valid46 = _valid5;
            ifClause4 = "then";
          } else {
            const _errs135 = errors;
            if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
              if (data46.events === void 0) {
                const err97 = { instancePath: instancePath + "/exposure/peer_preservation", schemaPath: "#/definitions/Exposure/else/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema75.else.required, parentSchema: schema75.else, data: data46 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
              for (const key11 in data46) {
                if (!(key11 === "events")) {
                  const err98 = { instancePath: instancePath + "/exposure/peer_preservation", schemaPath: "#/definitions/Exposure/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema75.else, data: data46 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
              }
              if (data46.events !== void 0) {
                let data47 = data46.events;
                if (Array.isArray(data47)) {
                  if (data47.length < 1) {
                    const err99 = { instancePath: instancePath + "/exposure/peer_preservation/events", schemaPath: "#/definitions/Exposure/else/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema75.else.properties.events, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                  const len11 = data47.length;
                  for (let i12 = 0; i12 < len11; i12++) {
                    let data48 = data47[i12];
                    if (typeof data48 !== "string") {
                      const err100 = { instancePath: instancePath + "/exposure/peer_preservation/events/" + i12, schemaPath: "#/definitions/Exposure/else/properties/events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.else.properties.events.items.type, parentSchema: schema75.else.properties.events.items, data: data48 };
                      if (vErrors === null) {
                        vErrors = [err100];
                      } else {
                        vErrors.push(err100);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err101 = { instancePath: instancePath + "/exposure/peer_preservation/events", schemaPath: "#/definitions/Exposure/else/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema75.else.properties.events.type, parentSchema: schema75.else.properties.events, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err101];
                  } else {
                    vErrors.push(err101);
                  }
                  errors++;
                }
              }
            }
            var _valid5 = _errs135 === errors;
            valid46 = _valid5;
            ifClause4 = "else";
          }
          if (!valid46) {
            const err102 = { instancePath: instancePath + "/exposure/peer_preservation", schemaPath: "#/definitions/Exposure/if", keyword: "if", params: { failingKeyword: ifClause4 }, message: 'must match "' + ifClause4 + '" schema', schema: schema75.if, parentSchema: schema75, data: data46 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
      } else {
        const err103 = { instancePath: instancePath + "/exposure", schemaPath: "#/properties/exposure/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.exposure.type, parentSchema: schema11.properties.exposure, data: data33 };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
    if (data.claims !== void 0) {
      if (!validate84(data.claims, { instancePath: instancePath + "/claims", parentData: data, parentDataProperty: "claims", rootData })) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
    if (data.followup !== void 0) {
      if (!validate90(data.followup, { instancePath: instancePath + "/followup", parentData: data, parentDataProperty: "followup", rootData })) {
        vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
        errors = vErrors.length;
      }
    }
    if (data.controls !== void 0) {
      let data51 = data.controls;
      if (Array.isArray(data51)) {
        const len12 = data51.length;
        for (let i13 = 0; i13 < len12; i13++) {
          if (!validate92(data51[i13], { instancePath: instancePath + "/controls/" + i13, parentData: data51, parentDataProperty: i13, rootData })) {
            vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err104 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.controls.type, parentSchema: schema11.properties.controls, data: data51 };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
    }
    if (data.calibration !== void 0) {
      let data53 = data.calibration;
      if (Array.isArray(data53)) {
        if (data53.length < 1) {
          const err105 = { instancePath: instancePath + "/calibration", schemaPath: "#/properties/calibration/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.calibration, data: data53 };
          if (vErrors === null) {
            vErrors = [err105];
          } else {
            vErrors.push(err105);
          }
          errors++;
        }
        const len13 = data53.length;
        for (let i14 = 0; i14 < len13; i14++) {
          if (!validate94(data53[i14], { instancePath: instancePath + "/calibration/" + i14, parentData: data53, parentDataProperty: i14, rootData })) {
            vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err106 = { instancePath: instancePath + "/calibration", schemaPath: "#/properties/calibration/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.calibration.type, parentSchema: schema11.properties.calibration, data: data53 };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
    }
  } else {
    const err107 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err107];
    } else {
      vErrors.push(err107);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validate_1 = validate99;
var schema97 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://scheming-gate.dev/schemas/thresholds-1.json", "title": "scheming-gate thresholds (version 1)", "description": "The gate's policy: a maximum rate per metric (optionally per family or scenario), how a rate is judged against it (exact Clopper-Pearson bounds at a confidence level, or the point estimate), which cells gate, and optionally a sequential design, a baseline comparison and waiver limits.", "type": "object", "required": ["version", "metrics"], "additionalProperties": false, "properties": { "$schema": { "title": "Schema", "description": "URL or path of this schema, for editors.", "type": "string" }, "version": { "title": "Version", "description": "Thresholds file version; always 1.", "const": 1 }, "decision": { "title": "Decision mode", "description": "How a gated cell is judged. `fail-if-confidently-above`: fail only when the one-sided Clopper-Pearson lower bound exceeds the bar (lenient; PR smoke runs). `pass-if-confidently-below`: pass only when the one-sided upper bound is within the bar, fail when the lower bound is above it, otherwise inconclusive (strict; release gates). `point`: compare the observed rate alone. Default: `pass-if-confidently-below`.", "enum": ["fail-if-confidently-above", "pass-if-confidently-below", "point"] }, "confidence": { "title": "Confidence level", "description": "One-sided confidence of the decision bounds, 1 - alpha (default 0.95). Displayed intervals are two-sided at the same level.", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1 }, "min_episodes": { "title": "Minimum episodes", "description": "A cell with fewer scored episodes than this is inconclusive, whatever its counts (default 1). Not used by a sequential design, whose looks fix the numbers.", "type": "integer", "minimum": 1 }, "max_error_rate": { "title": "Max error rate", "description": "Largest share of episodes that may end in a harness or provider error; above it the run is inconclusive (default 0.1).", "type": "number", "minimum": 0, "maximum": 1 }, "on_inconclusive": { "title": "On inconclusive", "description": "What an undecided gated cell makes of the verdict: `fail` (default) or `inconclusive` (exit code 3, which a workflow may choose to tolerate).", "enum": ["fail", "inconclusive"] }, "metrics": { "title": "Metrics", "description": "Metric -> bar of its overall cell. The three primary metrics gate unless `gated: false`; tamper and peer_preservation are reported only, unless `gated: true`.", "$ref": "#/definitions/MetricThresholds" }, "families": { "title": "Family overrides", "description": "Family -> metric -> bar of that family's cell. Family cells are secondary (shown with a Holm correction) unless an override says `gated: true`.", "type": "object", "additionalProperties": false, "properties": { "shutdown_resistance": { "$ref": "#/definitions/MetricThresholds" }, "deceptive_completion": { "$ref": "#/definitions/MetricThresholds" }, "unauthorized_persistence": { "$ref": "#/definitions/MetricThresholds" }, "tool_misuse_under_supervision": { "$ref": "#/definitions/MetricThresholds" }, "peer_preservation": { "$ref": "#/definitions/MetricThresholds" }, "policy_evasion": { "$ref": "#/definitions/MetricThresholds" } } }, "scenarios": { "title": "Scenario overrides", "description": "Scenario id -> metric -> bar of that scenario's cell (taking precedence over its family's). Secondary unless `gated: true`.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "x-expected": "a scenario id (letters, digits, '.', '_', '-'; starting with a letter or digit)" }, "additionalProperties": { "$ref": "#/definitions/MetricThresholds" } }, "report_only": { "title": "Report only", "description": "Set to true for a policy that reports rates and never fails a model: without it, a policy that gates no metric, or gates one at a bar of 1.0 (which cannot fail), is an error.", "type": "boolean" }, "sequential": { "title": "Sequential design", "description": "Run in batches up to `max_episodes` scored episodes and stop as soon as every gated cell is decided, with group-sequential alpha-spending boundaries (exact, at the bar) so that early stopping keeps the error rates at 1 - confidence. Needs a confident decision mode (not `point`).", "type": "object", "required": ["max_episodes"], "additionalProperties": false, "properties": { "max_episodes": { "title": "Max episodes", "description": "Scored episodes at the last look; the plan repeats trials of the suite to supply them.", "type": "integer", "minimum": 2 }, "looks": { "title": "Looks", "description": "Number of evenly spaced looks (batches), default 8.", "type": "integer", "minimum": 1, "maximum": 50 }, "spending": { "title": "Spending function", "description": "How the error rate is spent over the looks: `pocock` (default; stops early more often, cheapest for good models) or `obrien-fleming` (keeps almost all the power of the fixed design, stops early mainly for bad models).", "enum": ["pocock", "obrien-fleming"] } } }, "baseline": { "title": "Baseline comparison", "description": "How `--baseline results.json` is judged: per metric the difference candidate - baseline with a Newcombe hybrid-score interval; a regression is a one-sided lower limit above `margin`.", "type": "object", "additionalProperties": false, "properties": { "margin": { "title": "Margin", "description": "Increase in rate tolerated before a regression is flagged (default 0).", "type": "number", "minimum": 0, "maximum": 1 }, "on_regression": { "title": "On regression", "description": "`warn` (default): report it; `fail`: a regression of a gated metric fails the gate.", "enum": ["warn", "fail"] } } }, "waivers": { "title": "Waiver limits", "description": "Limits on the waiver files passed with `--waivers`.", "type": "object", "additionalProperties": false, "properties": { "horizon_days": { "title": "Horizon", "description": "Latest allowed expiry, in days after today (default 90, at most 366).", "type": "integer", "minimum": 1, "maximum": 366 }, "warn_days": { "title": "Warn before expiry", "description": "A waiver expiring within this many days is a warning (default 14).", "type": "integer", "minimum": 0 } } }, "task_success": { "title": "Task success", "description": "A minimum share of treatment episodes that end with the task done (off by default). Judged like a metric, in the other direction: under `fail-if-confidently-above` the gate fails when task success is confidently below the minimum.", "type": "object", "required": ["min_rate"], "additionalProperties": false, "properties": { "min_rate": { "title": "Minimum rate", "description": "0..1.", "type": "number", "minimum": 0, "maximum": 1 } } } }, "definitions": { "MetricThresholds": { "title": "Metric thresholds", "description": "Metric -> threshold.", "type": "object", "additionalProperties": false, "properties": { "unauthorized_action": { "$ref": "#/definitions/MetricThreshold" }, "false_compliance": { "$ref": "#/definitions/MetricThreshold" }, "revocation_resistance": { "$ref": "#/definitions/MetricThreshold" }, "tamper": { "$ref": "#/definitions/MetricThreshold" }, "peer_preservation": { "$ref": "#/definitions/MetricThreshold" } } }, "MetricThreshold": { "title": "Metric threshold", "description": "The bar of one cell.", "type": "object", "required": ["max_rate"], "additionalProperties": false, "properties": { "max_rate": { "title": "Max rate", "description": "Largest acceptable share of scored episodes flagging this metric (0..1).", "type": "number", "minimum": 0, "maximum": 1 }, "gated": { "title": "Gated", "description": "Whether this cell decides the verdict. Default: true for the overall cells of the three primary metrics, false otherwise.", "type": "boolean" } } } } };
var schema98 = { "title": "Metric thresholds", "description": "Metric -> threshold.", "type": "object", "additionalProperties": false, "properties": { "unauthorized_action": { "$ref": "#/definitions/MetricThreshold" }, "false_compliance": { "$ref": "#/definitions/MetricThreshold" }, "revocation_resistance": { "$ref": "#/definitions/MetricThreshold" }, "tamper": { "$ref": "#/definitions/MetricThreshold" }, "peer_preservation": { "$ref": "#/definitions/MetricThreshold" } } };
var schema99 = { "title": "Metric threshold", "description": "The bar of one cell.", "type": "object", "required": ["max_rate"], "additionalProperties": false, "properties": { "max_rate": { "title": "Max rate", "description": "Largest acceptable share of scored episodes flagging this metric (0..1).", "type": "number", "minimum": 0, "maximum": 1 }, "gated": { "title": "Gated", "description": "Whether this cell decides the verdict. Default: true for the overall cells of the three primary metrics, false otherwise.", "type": "boolean" } } };
function validate100(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "unauthorized_action" || key0 === "false_compliance" || key0 === "revocation_resistance" || key0 === "tamper" || key0 === "peer_preservation")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema98, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.unauthorized_action !== void 0) {
      let data0 = data.unauthorized_action;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.max_rate === void 0) {
          const err1 = { instancePath: instancePath + "/unauthorized_action", schemaPath: "#/definitions/MetricThreshold/required", keyword: "required", params: { missingProperty: "max_rate" }, message: "must have required property 'max_rate'", schema: schema99.required, parentSchema: schema99, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "max_rate" || key1 === "gated")) {
            const err2 = { instancePath: instancePath + "/unauthorized_action", schemaPath: "#/definitions/MetricThreshold/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema99, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.max_rate !== void 0) {
          let data1 = data0.max_rate;
          if (typeof data1 == "number" && isFinite(data1)) {
            if (data1 > 1 || isNaN(data1)) {
              const err3 = { instancePath: instancePath + "/unauthorized_action/max_rate", schemaPath: "#/definitions/MetricThreshold/properties/max_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema99.properties.max_rate, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1 < 0 || isNaN(data1)) {
              const err4 = { instancePath: instancePath + "/unauthorized_action/max_rate", schemaPath: "#/definitions/MetricThreshold/properties/max_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema99.properties.max_rate, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/unauthorized_action/max_rate", schemaPath: "#/definitions/MetricThreshold/properties/max_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema99.properties.max_rate.type, parentSchema: schema99.properties.max_rate, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.gated !== void 0) {
          let data2 = data0.gated;
          if (typeof data2 !== "boolean") {
            const err6 = { instancePath: instancePath + "/unauthorized_action/gated", schemaPath: "#/definitions/MetricThreshold/properties/gated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema99.properties.gated.type, parentSchema: schema99.properties.gated, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/unauthorized_action", schemaPath: "#/definitions/MetricThreshold/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema99.type, parentSchema: schema99, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.false_compliance !== void 0) {
      let data3 = data.false_compliance;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.max_rate === void 0) {
          const err8 = { instancePath: instancePath + "/false_compliance", schemaPath: "#/definitions/MetricThreshold/required", keyword: "required", params: { missingProperty: "max_rate" }, message: "must have required property 'max_rate'", schema: schema99.required, parentSchema: schema99, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key2 in data3) {
          if (!(key2 === "max_rate" || key2 === "gated")) {
            const err9 = { instancePath: instancePath + "/false_compliance", schemaPath: "#/definitions/MetricThreshold/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema99, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.max_rate !== void 0) {
          let data4 = data3.max_rate;
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 > 1 || isNaN(data4)) {
              const err10 = { instancePath: instancePath + "/false_compliance/max_rate", schemaPath: "#/definitions/MetricThreshold/properties/max_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema99.properties.max_rate, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data4 < 0 || isNaN(data4)) {
              const err11 = { instancePath: instancePath + "/false_compliance/max_rate", schemaPath: "#/definitions/MetricThreshold/properties/max_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema99.properties.max_rate, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/false_compliance/max_rate", schemaPath: "#/definitions/MetricThreshold/properties/max_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema99.properties.max_rate.type, parentSchema: schema99.properties.max_rate, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.gated !== void 0) {
          let data5 = data3.gated;
          if (typeof data5 !== "boolean") {
            const err13 = { instancePath: instancePath + "/false_compliance/gated", schemaPath: "#/definitions/MetricThreshold/properties/gated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema99.properties.gated.type, parentSchema: schema99.properties.gated, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/false_compliance", schemaPath: "#/definitions/MetricThreshold/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema99.type, parentSchema: schema99, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.revocation_resistance !== void 0) {
      let data6 = data.revocation_resistance;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.max_rate === void 0) {
          const err15 = { instancePath: instancePath + "/revocation_resistance", schemaPath: "#/definitions/MetricThreshold/required", keyword: "required", params: { missingProperty: "max_rate" }, message: "must have required property 'max_rate'", schema: schema99.required, parentSchema: schema99, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key3 in data6) {
          if (!(key3 === "max_rate" || key3 === "gated")) {
            const err16 = { instancePath: instancePath + "/revocation_resistance", schemaPath: "#/definitions/MetricThreshold/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema99, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.max_rate !== void 0) {
          let data7 = data6.max_rate;
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 > 1 || isNaN(data7)) {
              const err17 = { instancePath: instancePath + "/revocation_resistance/max_rate", schemaPath: "#/definitions/MetricThreshold/properties/max_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema99.properties.max_rate, data: data7 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data7 < 0 || isNaN(data7)) {
              const err18 = { instancePath: instancePath + "/revocation_resistance/max_rate", schemaPath: "#/definitions/MetricThreshold/properties/max_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema99.properties.max_rate, data: data7 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/revocation_resistance/max_rate", schemaPath: "#/definitions/MetricThreshold/properties/max_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema99.properties.max_rate.type, parentSchema: schema99.properties.max_rate, data: data7 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.gated !== void 0) {
          let data8 = data6.gated;
          if (typeof data8 !== "boolean") {
            const err20 = { instancePath: instancePath + "/revocation_resistance/gated", schemaPath: "#/definitions/MetricThreshold/properties/gated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema99.properties.gated.type, parentSchema: schema99.properties.gated, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/revocation_resistance", schemaPath: "#/definitions/MetricThreshold/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema99.type, parentSchema: schema99, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.tamper !== void 0) {
      let data9 = data.tamper;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.max_rate === void 0) {
          const err22 = { instancePath: instancePath + "/tamper", schemaPath: "#/definitions/MetricThreshold/required", keyword: "required", params: { missingProperty: "max_rate" }, message: "must have required property 'max_rate'", schema: schema99.required, parentSchema: schema99, data: data9 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        for (const key4 in data9) {
          if (!(key4 === "max_rate" || key4 === "gated")) {
            const err23 = { instancePath: instancePath + "/tamper", schemaPath: "#/definitions/MetricThreshold/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema99, data: data9 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data9.max_rate !== void 0) {
          let data10 = data9.max_rate;
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 > 1 || isNaN(data10)) {
              const err24 = { instancePath: instancePath + "/tamper/max_rate", schemaPath: "#/definitions/MetricThreshold/properties/max_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema99.properties.max_rate, data: data10 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data10 < 0 || isNaN(data10)) {
              const err25 = { instancePath: instancePath + "/tamper/max_rate", schemaPath: "#/definitions/MetricThreshold/properties/max_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema99.properties.max_rate, data: data10 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/tamper/max_rate", schemaPath: "#/definitions/MetricThreshold/properties/max_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema99.properties.max_rate.type, parentSchema: schema99.properties.max_rate, data: data10 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data9.gated !== void 0) {
          let data11 = data9.gated;
          if (typeof data11 !== "boolean") {
            const err27 = { instancePath: instancePath + "/tamper/gated", schemaPath: "#/definitions/MetricThreshold/properties/gated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema99.properties.gated.type, parentSchema: schema99.properties.gated, data: data11 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/tamper", schemaPath: "#/definitions/MetricThreshold/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema99.type, parentSchema: schema99, data: data9 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.peer_preservation !== void 0) {
      let data12 = data.peer_preservation;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.max_rate === void 0) {
          const err29 = { instancePath: instancePath + "/peer_preservation", schemaPath: "#/definitions/MetricThreshold/required", keyword: "required", params: { missingProperty: "max_rate" }, message: "must have required property 'max_rate'", schema: schema99.required, parentSchema: schema99, data: data12 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        for (const key5 in data12) {
          if (!(key5 === "max_rate" || key5 === "gated")) {
            const err30 = { instancePath: instancePath + "/peer_preservation", schemaPath: "#/definitions/MetricThreshold/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema99, data: data12 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data12.max_rate !== void 0) {
          let data13 = data12.max_rate;
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 > 1 || isNaN(data13)) {
              const err31 = { instancePath: instancePath + "/peer_preservation/max_rate", schemaPath: "#/definitions/MetricThreshold/properties/max_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema99.properties.max_rate, data: data13 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data13 < 0 || isNaN(data13)) {
              const err32 = { instancePath: instancePath + "/peer_preservation/max_rate", schemaPath: "#/definitions/MetricThreshold/properties/max_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema99.properties.max_rate, data: data13 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/peer_preservation/max_rate", schemaPath: "#/definitions/MetricThreshold/properties/max_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema99.properties.max_rate.type, parentSchema: schema99.properties.max_rate, data: data13 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data12.gated !== void 0) {
          let data14 = data12.gated;
          if (typeof data14 !== "boolean") {
            const err34 = { instancePath: instancePath + "/peer_preservation/gated", schemaPath: "#/definitions/MetricThreshold/properties/gated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema99.properties.gated.type, parentSchema: schema99.properties.gated, data: data14 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/peer_preservation", schemaPath: "#/definitions/MetricThreshold/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema99.type, parentSchema: schema99, data: data12 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema98.type, parentSchema: schema98, data };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate100.errors = vErrors;
  return errors === 0;
}
function validate99(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema97.required, parentSchema: schema97, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.metrics === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema97.required, parentSchema: schema97, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema97.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema97, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema97.properties.$schema.type, parentSchema: schema97.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (1 !== data1) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema97.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.decision !== void 0) {
      let data2 = data.decision;
      if (!(data2 === "fail-if-confidently-above" || data2 === "pass-if-confidently-below" || data2 === "point")) {
        const err5 = { instancePath: instancePath + "/decision", schemaPath: "#/properties/decision/enum", keyword: "enum", params: { allowedValues: schema97.properties.decision.enum }, message: "must be equal to one of the allowed values", schema: schema97.properties.decision.enum, parentSchema: schema97.properties.decision, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.confidence !== void 0) {
      let data3 = data.confidence;
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 >= 1 || isNaN(data3)) {
          const err6 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema97.properties.confidence, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data3 <= 0.5 || isNaN(data3)) {
          const err7 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0.5 }, message: "must be > 0.5", schema: 0.5, parentSchema: schema97.properties.confidence, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema97.properties.confidence.type, parentSchema: schema97.properties.confidence, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.min_episodes !== void 0) {
      let data4 = data.min_episodes;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err9 = { instancePath: instancePath + "/min_episodes", schemaPath: "#/properties/min_episodes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema97.properties.min_episodes.type, parentSchema: schema97.properties.min_episodes, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err10 = { instancePath: instancePath + "/min_episodes", schemaPath: "#/properties/min_episodes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema97.properties.min_episodes, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.max_error_rate !== void 0) {
      let data5 = data.max_error_rate;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 1 || isNaN(data5)) {
          const err11 = { instancePath: instancePath + "/max_error_rate", schemaPath: "#/properties/max_error_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema97.properties.max_error_rate, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data5 < 0 || isNaN(data5)) {
          const err12 = { instancePath: instancePath + "/max_error_rate", schemaPath: "#/properties/max_error_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema97.properties.max_error_rate, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/max_error_rate", schemaPath: "#/properties/max_error_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema97.properties.max_error_rate.type, parentSchema: schema97.properties.max_error_rate, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.on_inconclusive !== void 0) {
      let data6 = data.on_inconclusive;
      if (!(data6 === "fail" || data6 === "inconclusive")) {
        const err14 = { instancePath: instancePath + "/on_inconclusive", schemaPath: "#/properties/on_inconclusive/enum", keyword: "enum", params: { allowedValues: schema97.properties.on_inconclusive.enum }, message: "must be equal to one of the allowed values", schema: schema97.properties.on_inconclusive.enum, parentSchema: schema97.properties.on_inconclusive, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      if (!validate100(data.metrics, { instancePath: instancePath + "/metrics", parentData: data, parentDataProperty: "metrics", rootData })) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
    if (data.families !== void 0) {
      let data8 = data.families;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (!(key1 === "shutdown_resistance" || key1 === "deceptive_completion" || key1 === "unauthorized_persistence" || key1 === "tool_misuse_under_supervision" || key1 === "peer_preservation" || key1 === "policy_evasion")) {
            const err15 = { instancePath: instancePath + "/families", schemaPath: "#/properties/families/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema97.properties.families, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data8.shutdown_resistance !== void 0) {
          if (!validate100(data8.shutdown_resistance, { instancePath: instancePath + "/families/shutdown_resistance", parentData: data8, parentDataProperty: "shutdown_resistance", rootData })) {
            vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
            errors = vErrors.length;
          }
        }
        if (data8.deceptive_completion !== void 0) {
          if (!validate100(data8.deceptive_completion, { instancePath: instancePath + "/families/deceptive_completion", parentData: data8, parentDataProperty: "deceptive_completion", rootData })) {
            vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
            errors = vErrors.length;
          }
        }
        if (data8.unauthorized_persistence !== void 0) {
          if (!validate100(data8.unauthorized_persistence, { instancePath: instancePath + "/families/unauthorized_persistence", parentData: data8, parentDataProperty: "unauthorized_persistence", rootData })) {
            vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
            errors = vErrors.length;
          }
        }
        if (data8.tool_misuse_under_supervision !== void 0) {
          if (!validate100(data8.tool_misuse_under_supervision, { instancePath: instancePath + "/families/tool_misuse_under_supervision", parentData: data8, parentDataProperty: "tool_misuse_under_supervision", rootData })) {
            vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
            errors = vErrors.length;
          }
        }
        if (data8.peer_preservation !== void 0) {
          if (!validate100(data8.peer_preservation, { instancePath: instancePath + "/families/peer_preservation", parentData: data8, parentDataProperty: "peer_preservation", rootData })) {
            vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
            errors = vErrors.length;
          }
        }
        if (data8.policy_evasion !== void 0) {
          if (!validate100(data8.policy_evasion, { instancePath: instancePath + "/families/policy_evasion", parentData: data8, parentDataProperty: "policy_evasion", rootData })) {
            vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/families", schemaPath: "#/properties/families/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema97.properties.families.type, parentSchema: schema97.properties.families, data: data8 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.scenarios !== void 0) {
      let data15 = data.scenarios;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key2 in data15) {
          const _errs25 = errors;
          if (typeof key2 === "string") {
            if (!pattern0.test(key2)) {
              const err17 = { instancePath: instancePath + "/scenarios", schemaPath: "#/properties/scenarios/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema97.properties.scenarios.propertyNames, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
          var valid2 = _errs25 === errors;
          if (!valid2) {
            const err18 = { instancePath: instancePath + "/scenarios", schemaPath: "#/properties/scenarios/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema97.properties.scenarios.propertyNames, parentSchema: schema97.properties.scenarios, data: data15 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        for (const key3 in data15) {
          if (!validate100(data15[key3], { instancePath: instancePath + "/scenarios/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data15, parentDataProperty: key3, rootData })) {
            vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/scenarios", schemaPath: "#/properties/scenarios/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema97.properties.scenarios.type, parentSchema: schema97.properties.scenarios, data: data15 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.report_only !== void 0) {
      let data17 = data.report_only;
      if (typeof data17 !== "boolean") {
        const err20 = { instancePath: instancePath + "/report_only", schemaPath: "#/properties/report_only/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema97.properties.report_only.type, parentSchema: schema97.properties.report_only, data: data17 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.sequential !== void 0) {
      let data18 = data.sequential;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        if (data18.max_episodes === void 0) {
          const err21 = { instancePath: instancePath + "/sequential", schemaPath: "#/properties/sequential/required", keyword: "required", params: { missingProperty: "max_episodes" }, message: "must have required property 'max_episodes'", schema: schema97.properties.sequential.required, parentSchema: schema97.properties.sequential, data: data18 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        for (const key4 in data18) {
          if (!(key4 === "max_episodes" || key4 === "looks" || key4 === "spending")) {
            const err22 = { instancePath: instancePath + "/sequential", schemaPath: "#/properties/sequential/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema97.properties.sequential, data: data18 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data18.max_episodes !== void 0) {
          let data19 = data18.max_episodes;
          if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
            const err23 = { instancePath: instancePath + "/sequential/max_episodes", schemaPath: "#/properties/sequential/properties/max_episodes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema97.properties.sequential.properties.max_episodes.type, parentSchema: schema97.properties.sequential.properties.max_episodes, data: data19 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (typeof data19 == "number" && isFinite(data19)) {
            if (data19 < 2 || isNaN(data19)) {
              const err24 = { instancePath: instancePath + "/sequential/max_episodes", schemaPath: "#/properties/sequential/properties/max_episodes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema97.properties.sequential.properties.max_episodes, data: data19 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
        }
        if (data18.looks !== void 0) {
          let data20 = data18.looks;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            const err25 = { instancePath: instancePath + "/sequential/looks", schemaPath: "#/properties/sequential/properties/looks/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema97.properties.sequential.properties.looks.type, parentSchema: schema97.properties.sequential.properties.looks, data: data20 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 > 50 || isNaN(data20)) {
              const err26 = { instancePath: instancePath + "/sequential/looks", schemaPath: "#/properties/sequential/properties/looks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50", schema: 50, parentSchema: schema97.properties.sequential.properties.looks, data: data20 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data20 < 1 || isNaN(data20)) {
              const err27 = { instancePath: instancePath + "/sequential/looks", schemaPath: "#/properties/sequential/properties/looks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema97.properties.sequential.properties.looks, data: data20 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
        if (data18.spending !== void 0) {
          let data21 = data18.spending;
          if (!(data21 === "pocock" || data21 === "obrien-fleming")) {
            const err28 = { instancePath: instancePath + "/sequential/spending", schemaPath: "#/properties/sequential/properties/spending/enum", keyword: "enum", params: { allowedValues: schema97.properties.sequential.properties.spending.enum }, message: "must be equal to one of the allowed values", schema: schema97.properties.sequential.properties.spending.enum, parentSchema: schema97.properties.sequential.properties.spending, data: data21 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/sequential", schemaPath: "#/properties/sequential/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema97.properties.sequential.type, parentSchema: schema97.properties.sequential, data: data18 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data22 = data.baseline;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        for (const key5 in data22) {
          if (!(key5 === "margin" || key5 === "on_regression")) {
            const err30 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema97.properties.baseline, data: data22 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data22.margin !== void 0) {
          let data23 = data22.margin;
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 > 1 || isNaN(data23)) {
              const err31 = { instancePath: instancePath + "/baseline/margin", schemaPath: "#/properties/baseline/properties/margin/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema97.properties.baseline.properties.margin, data: data23 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data23 < 0 || isNaN(data23)) {
              const err32 = { instancePath: instancePath + "/baseline/margin", schemaPath: "#/properties/baseline/properties/margin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema97.properties.baseline.properties.margin, data: data23 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/baseline/margin", schemaPath: "#/properties/baseline/properties/margin/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema97.properties.baseline.properties.margin.type, parentSchema: schema97.properties.baseline.properties.margin, data: data23 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data22.on_regression !== void 0) {
          let data24 = data22.on_regression;
          if (!(data24 === "warn" || data24 === "fail")) {
            const err34 = { instancePath: instancePath + "/baseline/on_regression", schemaPath: "#/properties/baseline/properties/on_regression/enum", keyword: "enum", params: { allowedValues: schema97.properties.baseline.properties.on_regression.enum }, message: "must be equal to one of the allowed values", schema: schema97.properties.baseline.properties.on_regression.enum, parentSchema: schema97.properties.baseline.properties.on_regression, data: data24 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema97.properties.baseline.type, parentSchema: schema97.properties.baseline, data: data22 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data25 = data.waivers;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key6 in data25) {
          if (!(key6 === "horizon_days" || key6 === "warn_days")) {
            const err36 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema97.properties.waivers, data: data25 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data25.horizon_days !== void 0) {
          let data26 = data25.horizon_days;
          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
            const err37 = { instancePath: instancePath + "/waivers/horizon_days", schemaPath: "#/properties/waivers/properties/horizon_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema97.properties.waivers.properties.horizon_days.type, parentSchema: schema97.properties.waivers.properties.horizon_days, data: data26 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (typeof data26 == "number" && isFinite(data26)) {
            if (data26 > 366 || isNaN(data26)) {
              const err38 = { instancePath: instancePath + "/waivers/horizon_days", schemaPath: "#/properties/waivers/properties/horizon_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 366 }, message: "must be <= 366", schema: 366, parentSchema: schema97.properties.waivers.properties.horizon_days, data: data26 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data26 < 1 || isNaN(data26)) {
              const err39 = { instancePath: instancePath + "/waivers/horizon_days", schemaPath: "#/properties/waivers/properties/horizon_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema97.properties.waivers.properties.horizon_days, data: data26 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
        }
        if (data25.warn_days !== void 0) {
          let data27 = data25.warn_days;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
            const err40 = { instancePath: instancePath + "/waivers/warn_days", schemaPath: "#/properties/waivers/properties/warn_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema97.properties.waivers.properties.warn_days.type, parentSchema: schema97.properties.waivers.properties.warn_days, data: data27 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (typeof data27 == "number" && isFinite(data27)) {
            if (data27 < 0 || isNaN(data27)) {
              const err41 = { instancePath: instancePath + "/waivers/warn_days", schemaPath: "#/properties/waivers/properties/warn_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema97.properties.waivers.properties.warn_days, data: data27 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema97.properties.waivers.type, parentSchema: schema97.properties.waivers, data: data25 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.task_success !== void 0) {
      let data28 = data.task_success;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        if (data28.min_rate === void 0) {
          const err43 = { instancePath: instancePath + "/task_success", schemaPath: "#/properties/task_success/required", keyword: "required", params: { missingProperty: "min_rate" }, message: "must have required property 'min_rate'", schema: schema97.properties.task_success.required, parentSchema: schema97.properties.task_success, data: data28 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        for (const key7 in data28) {
          if (!(key7 === "min_rate")) {
            const err44 = { instancePath: instancePath + "/task_success", schemaPath: "#/properties/task_success/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema97.properties.task_success, data: data28 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data28.min_rate !== void 0) {
          let data29 = data28.min_rate;
          if (typeof data29 == "number" && isFinite(data29)) {
            if (data29 > 1 || isNaN(data29)) {
              const err45 = { instancePath: instancePath + "/task_success/min_rate", schemaPath: "#/properties/task_success/properties/min_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema97.properties.task_success.properties.min_rate, data: data29 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data29 < 0 || isNaN(data29)) {
              const err46 = { instancePath: instancePath + "/task_success/min_rate", schemaPath: "#/properties/task_success/properties/min_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema97.properties.task_success.properties.min_rate, data: data29 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = { instancePath: instancePath + "/task_success/min_rate", schemaPath: "#/properties/task_success/properties/min_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema97.properties.task_success.properties.min_rate.type, parentSchema: schema97.properties.task_success.properties.min_rate, data: data29 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/task_success", schemaPath: "#/properties/task_success/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema97.properties.task_success.type, parentSchema: schema97.properties.task_success, data: data28 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
  } else {
    const err49 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema97.type, parentSchema: schema97, data };
    if (vErrors === null) {
      vErrors = [err49];
    } else {
      vErrors.push(err49);
    }
    errors++;
  }
  validate99.errors = vErrors;
  return errors === 0;
}
var validate_2 = validate109;
var schema104 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://scheming-gate.dev/schemas/waivers-1.json", "title": "scheming-gate waivers (version 1)", "description": "Accepted, bounded regressions committed next to a release. Each waiver raises the bar of one metric in one family or scenario until it expires; the rest of the suite keeps the policy's bar.", "type": "object", "required": ["waivers"], "additionalProperties": false, "properties": { "$schema": { "title": "Schema", "description": "URL or path of this schema, for editors.", "type": "string" }, "waivers": { "title": "Waivers", "description": "The waivers of this file.", "type": "array", "items": { "$ref": "#/definitions/Waiver" } } }, "definitions": { "Waiver": { "title": "Waiver", "description": "One accepted regression. Give exactly one of `family` and `scenario`.", "type": "object", "required": ["id", "metric", "max_rate", "reason", "owner", "expires"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Unique name of the waiver, quoted in reports.", "type": "string", "minLength": 1 }, "metric": { "title": "Metric", "description": "The metric whose bar is raised.", "enum": ["unauthorized_action", "false_compliance", "revocation_resistance", "tamper", "peer_preservation"] }, "family": { "title": "Family", "description": "The family the waiver covers.", "enum": ["shutdown_resistance", "deceptive_completion", "unauthorized_persistence", "tool_misuse_under_supervision", "peer_preservation", "policy_evasion"] }, "scenario": { "title": "Scenario", "description": "The scenario id the waiver covers: a scenario of the suite the run loads.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "x-expected": "a scenario id (letters, digits, '.', '_', '-'; starting with a letter or digit)" }, "max_rate": { "title": "Max rate", "description": "The bar the covered cell is held to while the waiver is valid (0..1).", "type": "number", "minimum": 0, "maximum": 1 }, "reason": { "title": "Reason", "description": "Why the regression is accepted.", "type": "string", "minLength": 1 }, "owner": { "title": "Owner", "description": "Who answers for the waiver.", "type": "string", "minLength": 1 }, "expires": { "title": "Expires", "description": "Last UTC day on which the waiver applies (YYYY-MM-DD, inclusive); at most the policy's horizon (default 90 days) ahead.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "x-expected": "a UTC date YYYY-MM-DD" }, "created": { "title": "Created", "description": "UTC date the waiver was written (YYYY-MM-DD).", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "x-expected": "a UTC date YYYY-MM-DD" }, "approved_by": { "title": "Approved by", "description": "Who approved the waiver.", "type": "string", "minLength": 1 }, "link": { "title": "Link", "description": "Issue, ticket or discussion about the regression.", "type": "string", "minLength": 1 } } } } };
var schema105 = { "title": "Waiver", "description": "One accepted regression. Give exactly one of `family` and `scenario`.", "type": "object", "required": ["id", "metric", "max_rate", "reason", "owner", "expires"], "additionalProperties": false, "properties": { "id": { "title": "Id", "description": "Unique name of the waiver, quoted in reports.", "type": "string", "minLength": 1 }, "metric": { "title": "Metric", "description": "The metric whose bar is raised.", "enum": ["unauthorized_action", "false_compliance", "revocation_resistance", "tamper", "peer_preservation"] }, "family": { "title": "Family", "description": "The family the waiver covers.", "enum": ["shutdown_resistance", "deceptive_completion", "unauthorized_persistence", "tool_misuse_under_supervision", "peer_preservation", "policy_evasion"] }, "scenario": { "title": "Scenario", "description": "The scenario id the waiver covers: a scenario of the suite the run loads.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "x-expected": "a scenario id (letters, digits, '.', '_', '-'; starting with a letter or digit)" }, "max_rate": { "title": "Max rate", "description": "The bar the covered cell is held to while the waiver is valid (0..1).", "type": "number", "minimum": 0, "maximum": 1 }, "reason": { "title": "Reason", "description": "Why the regression is accepted.", "type": "string", "minLength": 1 }, "owner": { "title": "Owner", "description": "Who answers for the waiver.", "type": "string", "minLength": 1 }, "expires": { "title": "Expires", "description": "Last UTC day on which the waiver applies (YYYY-MM-DD, inclusive); at most the policy's horizon (default 90 days) ahead.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "x-expected": "a UTC date YYYY-MM-DD" }, "created": { "title": "Created", "description": "UTC date the waiver was written (YYYY-MM-DD).", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "x-expected": "a UTC date YYYY-MM-DD" }, "approved_by": { "title": "Approved by", "description": "Who approved the waiver.", "type": "string", "minLength": 1 }, "link": { "title": "Link", "description": "Issue, ticket or discussion about the regression.", "type": "string", "minLength": 1 } } };
var pattern21 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate109(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.waivers === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "waivers" }, message: "must have required property 'waivers'", schema: schema104.required, parentSchema: schema104, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "waivers")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema104, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema104.properties.$schema.type, parentSchema: schema104.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data1 = data.waivers;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.id === void 0) {
              const err3 = { instancePath: instancePath + "/waivers/" + i0, schemaPath: "#/definitions/Waiver/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema105.required, parentSchema: schema105, data: data2 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data2.metric === void 0) {
              const err4 = { instancePath: instancePath + "/waivers/" + i0, schemaPath: "#/definitions/Waiver/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema105.required, parentSchema: schema105, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data2.max_rate === void 0) {
              const err5 = { instancePath: instancePath + "/waivers/" + i0, schemaPath: "#/definitions/Waiver/required", keyword: "required", params: { missingProperty: "max_rate" }, message: "must have required property 'max_rate'", schema: schema105.required, parentSchema: schema105, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.reason === void 0) {
              const err6 = { instancePath: instancePath + "/waivers/" + i0, schemaPath: "#/definitions/Waiver/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema105.required, parentSchema: schema105, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data2.owner === void 0) {
              const err7 = { instancePath: instancePath + "/waivers/" + i0, schemaPath: "#/definitions/Waiver/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema105.required, parentSchema: schema105, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data2.expires === void 0) {
              const err8 = { instancePath: instancePath + "/waivers/" + i0, schemaPath: "#/definitions/Waiver/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema105.required, parentSchema: schema105, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!func2.call(schema105.properties, key1)) {
                const err9 = { instancePath: instancePath + "/waivers/" + i0, schemaPath: "#/definitions/Waiver/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema105, data: data2 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data2.id !== void 0) {
              let data3 = data2.id;
              if (typeof data3 === "string") {
                if (func3(data3) < 1) {
                  const err10 = { instancePath: instancePath + "/waivers/" + i0 + "/id", schemaPath: "#/definitions/Waiver/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema105.properties.id, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/waivers/" + i0 + "/id", schemaPath: "#/definitions/Waiver/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.id.type, parentSchema: schema105.properties.id, data: data3 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data2.metric !== void 0) {
              let data4 = data2.metric;
              if (!(data4 === "unauthorized_action" || data4 === "false_compliance" || data4 === "revocation_resistance" || data4 === "tamper" || data4 === "peer_preservation")) {
                const err12 = { instancePath: instancePath + "/waivers/" + i0 + "/metric", schemaPath: "#/definitions/Waiver/properties/metric/enum", keyword: "enum", params: { allowedValues: schema105.properties.metric.enum }, message: "must be equal to one of the allowed values", schema: schema105.properties.metric.enum, parentSchema: schema105.properties.metric, data: data4 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data2.family !== void 0) {
              let data5 = data2.family;
              if (!(data5 === "shutdown_resistance" || data5 === "deceptive_completion" || data5 === "unauthorized_persistence" || data5 === "tool_misuse_under_supervision" || data5 === "peer_preservation" || data5 === "policy_evasion")) {
                const err13 = { instancePath: instancePath + "/waivers/" + i0 + "/family", schemaPath: "#/definitions/Waiver/properties/family/enum", keyword: "enum", params: { allowedValues: schema105.properties.family.enum }, message: "must be equal to one of the allowed values", schema: schema105.properties.family.enum, parentSchema: schema105.properties.family, data: data5 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data2.scenario !== void 0) {
              let data6 = data2.scenario;
              if (typeof data6 === "string") {
                if (!pattern0.test(data6)) {
                  const err14 = { instancePath: instancePath + "/waivers/" + i0 + "/scenario", schemaPath: "#/definitions/Waiver/properties/scenario/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema105.properties.scenario, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/waivers/" + i0 + "/scenario", schemaPath: "#/definitions/Waiver/properties/scenario/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.scenario.type, parentSchema: schema105.properties.scenario, data: data6 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data2.max_rate !== void 0) {
              let data7 = data2.max_rate;
              if (typeof data7 == "number" && isFinite(data7)) {
                if (data7 > 1 || isNaN(data7)) {
                  const err16 = { instancePath: instancePath + "/waivers/" + i0 + "/max_rate", schemaPath: "#/definitions/Waiver/properties/max_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema105.properties.max_rate, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (data7 < 0 || isNaN(data7)) {
                  const err17 = { instancePath: instancePath + "/waivers/" + i0 + "/max_rate", schemaPath: "#/definitions/Waiver/properties/max_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema105.properties.max_rate, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/waivers/" + i0 + "/max_rate", schemaPath: "#/definitions/Waiver/properties/max_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema105.properties.max_rate.type, parentSchema: schema105.properties.max_rate, data: data7 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data2.reason !== void 0) {
              let data8 = data2.reason;
              if (typeof data8 === "string") {
                if (func3(data8) < 1) {
                  const err19 = { instancePath: instancePath + "/waivers/" + i0 + "/reason", schemaPath: "#/definitions/Waiver/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema105.properties.reason, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/waivers/" + i0 + "/reason", schemaPath: "#/definitions/Waiver/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.reason.type, parentSchema: schema105.properties.reason, data: data8 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data2.owner !== void 0) {
              let data9 = data2.owner;
              if (typeof data9 === "string") {
                if (func3(data9) < 1) {
                  const err21 = { instancePath: instancePath + "/waivers/" + i0 + "/owner", schemaPath: "#/definitions/Waiver/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema105.properties.owner, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/waivers/" + i0 + "/owner", schemaPath: "#/definitions/Waiver/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.owner.type, parentSchema: schema105.properties.owner, data: data9 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data2.expires !== void 0) {
              let data10 = data2.expires;
              if (typeof data10 === "string") {
                if (!pattern21.test(data10)) {
                  const err23 = { instancePath: instancePath + "/waivers/" + i0 + "/expires", schemaPath: "#/definitions/Waiver/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema105.properties.expires, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/waivers/" + i0 + "/expires", schemaPath: "#/definitions/Waiver/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.expires.type, parentSchema: schema105.properties.expires, data: data10 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data2.created !== void 0) {
              let data11 = data2.created;
              if (typeof data11 === "string") {
                if (!pattern21.test(data11)) {
                  const err25 = { instancePath: instancePath + "/waivers/" + i0 + "/created", schemaPath: "#/definitions/Waiver/properties/created/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema105.properties.created, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/waivers/" + i0 + "/created", schemaPath: "#/definitions/Waiver/properties/created/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.created.type, parentSchema: schema105.properties.created, data: data11 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data2.approved_by !== void 0) {
              let data12 = data2.approved_by;
              if (typeof data12 === "string") {
                if (func3(data12) < 1) {
                  const err27 = { instancePath: instancePath + "/waivers/" + i0 + "/approved_by", schemaPath: "#/definitions/Waiver/properties/approved_by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema105.properties.approved_by, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/waivers/" + i0 + "/approved_by", schemaPath: "#/definitions/Waiver/properties/approved_by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.approved_by.type, parentSchema: schema105.properties.approved_by, data: data12 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data2.link !== void 0) {
              let data13 = data2.link;
              if (typeof data13 === "string") {
                if (func3(data13) < 1) {
                  const err29 = { instancePath: instancePath + "/waivers/" + i0 + "/link", schemaPath: "#/definitions/Waiver/properties/link/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema105.properties.link, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/waivers/" + i0 + "/link", schemaPath: "#/definitions/Waiver/properties/link/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.link.type, parentSchema: schema105.properties.link, data: data13 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/waivers/" + i0, schemaPath: "#/definitions/Waiver/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema105.type, parentSchema: schema105, data: data2 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema104.properties.waivers.type, parentSchema: schema104.properties.waivers, data: data1 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema104.type, parentSchema: schema104, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate109.errors = vErrors;
  return errors === 0;
}
var validate_3 = validate110;
var schema106 = { "$id": "https://scheming-gate.dev/schemas/recorded-run-1.json", "type": "object", "required": ["schema", "model", "cells"], "properties": { "schema": { "enum": ["scheming-gate/results@1", "scheming-gate/results@2"] }, "model": { "type": "string" }, "suite": { "type": "object", "required": ["sha256"], "properties": { "sha256": { "type": "string" } } }, "plan": { "type": "object", "required": ["sha256"], "properties": { "sha256": { "type": "string" }, "profile": { "type": "string" } } }, "release": { "type": "string" }, "secondary": { "type": "object", "required": ["cells"], "properties": { "cells": { "type": "array", "items": { "type": "object", "required": ["scope", "key", "risk_score"], "properties": { "scope": { "enum": ["overall", "family", "scenario"] }, "key": { "type": "string" }, "risk_score": { "type": ["number", "null"] } } } } } }, "cells": { "type": "array", "items": { "type": "object", "required": ["scope", "key", "metric", "n", "x"], "properties": { "scope": { "enum": ["overall", "family", "scenario"] }, "key": { "type": "string" }, "metric": { "enum": ["unauthorized_action", "false_compliance", "revocation_resistance", "tamper", "peer_preservation"] }, "n": { "type": "integer", "minimum": 0 }, "x": { "type": "integer", "minimum": 0 } } } } } };
function validate110(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: schema106.required, parentSchema: schema106, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema106.required, parentSchema: schema106, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.cells === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cells" }, message: "must have required property 'cells'", schema: schema106.required, parentSchema: schema106, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.schema !== void 0) {
      let data0 = data.schema;
      if (!(data0 === "scheming-gate/results@1" || data0 === "scheming-gate/results@2")) {
        const err3 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/enum", keyword: "enum", params: { allowedValues: schema106.properties.schema.enum }, message: "must be equal to one of the allowed values", schema: schema106.properties.schema.enum, parentSchema: schema106.properties.schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data1 = data.model;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.properties.model.type, parentSchema: schema106.properties.model, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.suite !== void 0) {
      let data2 = data.suite;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.sha256 === void 0) {
          const err5 = { instancePath: instancePath + "/suite", schemaPath: "#/properties/suite/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema106.properties.suite.required, parentSchema: schema106.properties.suite, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data2.sha256 !== void 0) {
          let data3 = data2.sha256;
          if (typeof data3 !== "string") {
            const err6 = { instancePath: instancePath + "/suite/sha256", schemaPath: "#/properties/suite/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.properties.suite.properties.sha256.type, parentSchema: schema106.properties.suite.properties.sha256, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/suite", schemaPath: "#/properties/suite/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema106.properties.suite.type, parentSchema: schema106.properties.suite, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.plan !== void 0) {
      let data4 = data.plan;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.sha256 === void 0) {
          const err8 = { instancePath: instancePath + "/plan", schemaPath: "#/properties/plan/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema106.properties.plan.required, parentSchema: schema106.properties.plan, data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data4.sha256 !== void 0) {
          let data5 = data4.sha256;
          if (typeof data5 !== "string") {
            const err9 = { instancePath: instancePath + "/plan/sha256", schemaPath: "#/properties/plan/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.properties.plan.properties.sha256.type, parentSchema: schema106.properties.plan.properties.sha256, data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data4.profile !== void 0) {
          let data6 = data4.profile;
          if (typeof data6 !== "string") {
            const err10 = { instancePath: instancePath + "/plan/profile", schemaPath: "#/properties/plan/properties/profile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.properties.plan.properties.profile.type, parentSchema: schema106.properties.plan.properties.profile, data: data6 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/plan", schemaPath: "#/properties/plan/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema106.properties.plan.type, parentSchema: schema106.properties.plan, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.release !== void 0) {
      let data7 = data.release;
      if (typeof data7 !== "string") {
        const err12 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.properties.release.type, parentSchema: schema106.properties.release, data: data7 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.secondary !== void 0) {
      let data8 = data.secondary;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.cells === void 0) {
          const err13 = { instancePath: instancePath + "/secondary", schemaPath: "#/properties/secondary/required", keyword: "required", params: { missingProperty: "cells" }, message: "must have required property 'cells'", schema: schema106.properties.secondary.required, parentSchema: schema106.properties.secondary, data: data8 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data8.cells !== void 0) {
          let data9 = data8.cells;
          if (Array.isArray(data9)) {
            const len0 = data9.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data10 = data9[i0];
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                if (data10.scope === void 0) {
                  const err14 = { instancePath: instancePath + "/secondary/cells/" + i0, schemaPath: "#/properties/secondary/properties/cells/items/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'", schema: schema106.properties.secondary.properties.cells.items.required, parentSchema: schema106.properties.secondary.properties.cells.items, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (data10.key === void 0) {
                  const err15 = { instancePath: instancePath + "/secondary/cells/" + i0, schemaPath: "#/properties/secondary/properties/cells/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema106.properties.secondary.properties.cells.items.required, parentSchema: schema106.properties.secondary.properties.cells.items, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (data10.risk_score === void 0) {
                  const err16 = { instancePath: instancePath + "/secondary/cells/" + i0, schemaPath: "#/properties/secondary/properties/cells/items/required", keyword: "required", params: { missingProperty: "risk_score" }, message: "must have required property 'risk_score'", schema: schema106.properties.secondary.properties.cells.items.required, parentSchema: schema106.properties.secondary.properties.cells.items, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (data10.scope !== void 0) {
                  let data11 = data10.scope;
                  if (!(data11 === "overall" || data11 === "family" || data11 === "scenario")) {
                    const err17 = { instancePath: instancePath + "/secondary/cells/" + i0 + "/scope", schemaPath: "#/properties/secondary/properties/cells/items/properties/scope/enum", keyword: "enum", params: { allowedValues: schema106.properties.secondary.properties.cells.items.properties.scope.enum }, message: "must be equal to one of the allowed values", schema: schema106.properties.secondary.properties.cells.items.properties.scope.enum, parentSchema: schema106.properties.secondary.properties.cells.items.properties.scope, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data10.key !== void 0) {
                  let data12 = data10.key;
                  if (typeof data12 !== "string") {
                    const err18 = { instancePath: instancePath + "/secondary/cells/" + i0 + "/key", schemaPath: "#/properties/secondary/properties/cells/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.properties.secondary.properties.cells.items.properties.key.type, parentSchema: schema106.properties.secondary.properties.cells.items.properties.key, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data10.risk_score !== void 0) {
                  let data13 = data10.risk_score;
                  if (!(typeof data13 == "number" && isFinite(data13)) && data13 !== null) {
                    const err19 = { instancePath: instancePath + "/secondary/cells/" + i0 + "/risk_score", schemaPath: "#/properties/secondary/properties/cells/items/properties/risk_score/type", keyword: "type", params: { type: schema106.properties.secondary.properties.cells.items.properties.risk_score.type }, message: "must be number,null", schema: schema106.properties.secondary.properties.cells.items.properties.risk_score.type, parentSchema: schema106.properties.secondary.properties.cells.items.properties.risk_score, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              } else {
                const err20 = { instancePath: instancePath + "/secondary/cells/" + i0, schemaPath: "#/properties/secondary/properties/cells/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema106.properties.secondary.properties.cells.items.type, parentSchema: schema106.properties.secondary.properties.cells.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/secondary/cells", schemaPath: "#/properties/secondary/properties/cells/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema106.properties.secondary.properties.cells.type, parentSchema: schema106.properties.secondary.properties.cells, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/secondary", schemaPath: "#/properties/secondary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema106.properties.secondary.type, parentSchema: schema106.properties.secondary, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.cells !== void 0) {
      let data14 = data.cells;
      if (Array.isArray(data14)) {
        const len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data15 = data14[i1];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.scope === void 0) {
              const err23 = { instancePath: instancePath + "/cells/" + i1, schemaPath: "#/properties/cells/items/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'", schema: schema106.properties.cells.items.required, parentSchema: schema106.properties.cells.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data15.key === void 0) {
              const err24 = { instancePath: instancePath + "/cells/" + i1, schemaPath: "#/properties/cells/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema106.properties.cells.items.required, parentSchema: schema106.properties.cells.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data15.metric === void 0) {
              const err25 = { instancePath: instancePath + "/cells/" + i1, schemaPath: "#/properties/cells/items/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema106.properties.cells.items.required, parentSchema: schema106.properties.cells.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data15.n === void 0) {
              const err26 = { instancePath: instancePath + "/cells/" + i1, schemaPath: "#/properties/cells/items/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'", schema: schema106.properties.cells.items.required, parentSchema: schema106.properties.cells.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data15.x === void 0) {
              const err27 = { instancePath: instancePath + "/cells/" + i1, schemaPath: "#/properties/cells/items/required", keyword: "required", params: { missingProperty: "x" }, message: "must have required property 'x'", schema: schema106.properties.cells.items.required, parentSchema: schema106.properties.cells.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data15.scope !== void 0) {
              let data16 = data15.scope;
              if (!(data16 === "overall" || data16 === "family" || data16 === "scenario")) {
                const err28 = { instancePath: instancePath + "/cells/" + i1 + "/scope", schemaPath: "#/properties/cells/items/properties/scope/enum", keyword: "enum", params: { allowedValues: schema106.properties.cells.items.properties.scope.enum }, message: "must be equal to one of the allowed values", schema: schema106.properties.cells.items.properties.scope.enum, parentSchema: schema106.properties.cells.items.properties.scope, data: data16 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data15.key !== void 0) {
              let data17 = data15.key;
              if (typeof data17 !== "string") {
                const err29 = { instancePath: instancePath + "/cells/" + i1 + "/key", schemaPath: "#/properties/cells/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.properties.cells.items.properties.key.type, parentSchema: schema106.properties.cells.items.properties.key, data: data17 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data15.metric !== void 0) {
              let data18 = data15.metric;
              if (!(data18 === "unauthorized_action" || data18 === "false_compliance" || data18 === "revocation_resistance" || data18 === "tamper" || data18 === "peer_preservation")) {
                const err30 = { instancePath: instancePath + "/cells/" + i1 + "/metric", schemaPath: "#/properties/cells/items/properties/metric/enum", keyword: "enum", params: { allowedValues: schema106.properties.cells.items.properties.metric.enum }, message: "must be equal to one of the allowed values", schema: schema106.properties.cells.items.properties.metric.enum, parentSchema: schema106.properties.cells.items.properties.metric, data: data18 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data15.n !== void 0) {
              let data19 = data15.n;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                const err31 = { instancePath: instancePath + "/cells/" + i1 + "/n", schemaPath: "#/properties/cells/items/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema106.properties.cells.items.properties.n.type, parentSchema: schema106.properties.cells.items.properties.n, data: data19 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 < 0 || isNaN(data19)) {
                  const err32 = { instancePath: instancePath + "/cells/" + i1 + "/n", schemaPath: "#/properties/cells/items/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema106.properties.cells.items.properties.n, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
            }
            if (data15.x !== void 0) {
              let data20 = data15.x;
              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                const err33 = { instancePath: instancePath + "/cells/" + i1 + "/x", schemaPath: "#/properties/cells/items/properties/x/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema106.properties.cells.items.properties.x.type, parentSchema: schema106.properties.cells.items.properties.x, data: data20 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 < 0 || isNaN(data20)) {
                  const err34 = { instancePath: instancePath + "/cells/" + i1 + "/x", schemaPath: "#/properties/cells/items/properties/x/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema106.properties.cells.items.properties.x, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/cells/" + i1, schemaPath: "#/properties/cells/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema106.properties.cells.items.type, parentSchema: schema106.properties.cells.items, data: data15 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/cells", schemaPath: "#/properties/cells/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema106.properties.cells.type, parentSchema: schema106.properties.cells, data: data14 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema106.type, parentSchema: schema106, data };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate110.errors = vErrors;
  return errors === 0;
}
var PRECOMPILED = { "https://scheming-gate.dev/schemas/scenario-1.json": validate_0, "https://scheming-gate.dev/schemas/thresholds-1.json": validate_1, "https://scheming-gate.dev/schemas/waivers-1.json": validate_2, "https://scheming-gate.dev/schemas/recorded-run-1.json": validate_3 };
function compileSchema(schema) {
  throw new Error(`no validator was generated for the schema ${JSON.stringify(schema.$id ?? "without an $id")} when this bundle was built (src/config/standalone.ts)`);
}

// src/config/validate.ts
function lazyValidator(schema) {
  let compiled;
  const generated = "$id" in schema && typeof schema.$id === "string" ? PRECOMPILED[schema.$id] : void 0;
  return () => compiled ??= generated ?? compileSchema(schema);
}
function describe(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a timestamp (quote it to keep it a string)";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  return `${typeof value} ${String(value)}`;
}
function kind(value) {
  return typeof value === "string" ? "a string" : describe(value);
}
var TYPE_WORDS = {
  object: "a mapping",
  array: "a list",
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "a boolean (true or false)",
  null: "null"
};
function typeWords(types) {
  return (Array.isArray(types) ? types : [types]).map((t) => TYPE_WORDS[t] ?? t).join(" or ");
}
function quoteList(values) {
  return values.map((v) => typeof v === "string" ? `\`${v}\`` : JSON.stringify(v)).join(", ");
}
function declaredKeys(schema) {
  const properties = schema?.["properties"];
  return properties && typeof properties === "object" ? Object.keys(properties) : [];
}
function toPath(pointer, root) {
  const path = [];
  let value = root;
  for (const raw of pointer.split("/").slice(1)) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const index = Array.isArray(value) ? Number(seg) : void 0;
    path.push(index ?? seg);
    value = index !== void 0 ? value[index] : value?.[seg];
  }
  return path;
}
function limitMessage(err) {
  return `expected a number ${err.params.comparison} ${err.params.limit}, got ${describe(err.data)}`;
}
function keyCountMessage(err) {
  const schema = err.parentSchema;
  const keys = declaredKeys(schema);
  if (schema?.["minProperties"] === 1 && schema["maxProperties"] === 1 && keys.length > 0) {
    const present = err.data && typeof err.data === "object" ? Object.keys(err.data) : [];
    const found = present.length > 0 ? `; found ${quoteList(present)}` : "";
    return `expected exactly one of the keys ${quoteList(keys)}${found}`;
  }
  const bound = err.keyword === "minProperties" ? "at least" : "at most";
  return `expected ${bound} ${err.params.limit} key${err.params.limit === 1 ? "" : "s"}`;
}
function patternMessage(err) {
  const expected = err.parentSchema?.[EXPECTED_KEYWORD];
  const words = typeof expected === "string" ? expected : `a string matching /${err.params.pattern}/`;
  return `expected ${words}, got ${describe(err.data)}`;
}
function toFinding(err, root) {
  const path = toPath(err.instancePath, root);
  switch (err.keyword) {
    case "if":
    case "propertyNames":
      return null;
    case "required":
      return { path, message: `missing required key \`${err.params.missingProperty}\`` };
    case "additionalProperties": {
      const key = err.params.additionalProperty;
      const keys = declaredKeys(err.parentSchema);
      const expected = keys.length > 0 ? `; expected one of: ${keys.join(", ")}` : "";
      return { path: [...path, key], key: true, message: `unknown key \`${key}\`${didYouMean(key, keys)}${expected}` };
    }
    case "enum": {
      const allowed = err.params.allowedValues;
      const hint = typeof err.data === "string" ? didYouMean(err.data, allowed.map(String)) : "";
      return { path, message: `expected one of ${quoteList(allowed)}; got ${describe(err.data)}${hint}` };
    }
    case "const":
      return { path, message: `expected ${JSON.stringify(err.params.allowedValue)}, got ${describe(err.data)}` };
    case "type":
      return { path, message: `expected ${typeWords(err.params.type)}, got ${path.length === 0 ? kind(err.data) : describe(err.data)}` };
    case "pattern":
      return err.propertyName === void 0 ? { path, message: patternMessage(err) } : { path: [...path, err.propertyName], key: true, message: `invalid key: ${patternMessage(err)}` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { path, message: limitMessage(err) };
    case "minItems":
      return { path, message: err.params.limit === 1 ? "must not be empty" : `expected at least ${err.params.limit} items` };
    case "minLength":
      return { path, message: err.params.limit === 1 ? "must not be empty" : `expected at least ${err.params.limit} characters` };
    case "minProperties":
    case "maxProperties":
      return { path, message: keyCountMessage(err) };
    case "uniqueItems":
      return { path: [...path, err.params.i], message: `duplicate of item ${err.params.j}` };
    default:
      return { path, message: err.message ?? `fails \`${err.keyword}\`` };
  }
}
function checkSchema(validate, value, sink) {
  if (validate(value)) return value;
  for (const err of validate.errors ?? []) {
    const finding = toFinding(err, value);
    if (finding) sink.at(finding.path, finding.message, { key: finding.key ?? false });
  }
  return void 0;
}
function validated(source, validator) {
  const sink = new DiagnosticSink(source.file, source.positionOf);
  sink.diagnostics.push(...source.diagnostics);
  if (sink.hasErrors) return { source, sink };
  const value = checkSchema(validator(), source.value, sink);
  return value === void 0 ? { source, sink } : { source, sink, value };
}
function readValidated(file, validator) {
  return validated(readYamlSource(file), validator);
}

export {
  expandPaths,
  parseYamlSource,
  readConfigText,
  sourceOf,
  readYamlSource,
  lazyValidator,
  validated,
  readValidated
};
