#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-AXBJ5ITU.js";
import {
  DiagnosticSink,
  didYouMean
} from "./chunk-CJWHPFTR.js";
import {
  __commonJS,
  __toESM
} from "./chunk-END277OE.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
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

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_12 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_12.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve2.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve2(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve2(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve2,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_12 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_12.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

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

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
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

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_12 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_12.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_12 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_12.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
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

// src/config/validate.ts
var import_ajv = __toESM(require_ajv(), 1);

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
var PRECOMPILED = { "https://scheming-gate.dev/schemas/scenario-1.json": validate_0, "https://scheming-gate.dev/schemas/thresholds-1.json": validate_1, "https://scheming-gate.dev/schemas/waivers-1.json": validate_2 };

// src/config/validate.ts
var EXPECTED_KEYWORD = "x-expected";
function createAjv(options = {}) {
  const ajv = new import_ajv.Ajv({
    allErrors: true,
    strict: true,
    // `type: ["string", "object"]` is how the schemas spell unions without oneOf noise.
    allowUnionTypes: true,
    // Errors then carry the offending data and the schema object, which the messages quote.
    verbose: true,
    ...options
  });
  ajv.addKeyword({ keyword: EXPECTED_KEYWORD, schemaType: "string" });
  return ajv;
}
var shared;
function lazyValidator(schema) {
  let compiled;
  const generated = "$id" in schema && typeof schema.$id === "string" ? PRECOMPILED[schema.$id] : void 0;
  return () => compiled ??= generated ?? (shared ??= createAjv()).compile(schema);
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
