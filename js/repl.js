'use strict';
// repl: a minimal read-eval-print loop over readline. Each line is evaluated as a
// global script (so let/const persist between lines); incomplete input continues on
// the next line; `await` at the top level works for simple statements; commands:
// .help .exit .break .clear. No completion, history file or multiline editor.

const EventEmitter = require('events');
const readline = require('readline');
const { codes: { ERR_INVALID_REPL_INPUT } } = require('internal/errors');

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');

let inspect;
function lazyInspect() { return (inspect ??= require('internal/util/inspect').inspect); }

// QuickJS reports running out of input as one of these.
function looksIncomplete(err, code) {
  if (!(err instanceof SyntaxError)) return false;
  const msg = err.message;
  if (/unexpected end of input|token in expression: ''$|end of comment/i.test(msg)) return true;
  return /unexpected end of string/.test(msg) && (code.split('`').length % 2 === 0);
}

function compileAndRun(code, filename) {
  const contextify = internalBinding('contextify');
  return contextify.runInThisContext(code, filename);
}

class REPLServer extends EventEmitter {
  constructor(prompt, stream, eval_, useGlobal, ignoreUndefined, replMode) {
    super();
    let options;
    if (prompt !== null && typeof prompt === 'object') {
      options = { ...prompt };
    } else {
      options = { prompt, input: stream, output: stream, eval: eval_, useGlobal, ignoreUndefined, replMode };
    }
    this.input = options.input ?? process.stdin;
    this.output = options.output ?? process.stdout;
    this._prompt = options.prompt ?? '> ';
    this.useColors = options.useColors ?? !!this.output.isTTY;
    this.ignoreUndefined = !!options.ignoreUndefined;
    this.replMode = options.replMode ?? REPL_MODE_SLOPPY;
    this.writer = options.writer ?? ((v) => lazyInspect()(v, { colors: this.useColors }));
    this.eval = options.eval ?? defaultEval;
    this.context = globalThis;
    this.commands = Object.create(null);
    this.bufferedCommand = '';
    this.lines = [];
    this.underscoreAssigned = false;
    this.last = undefined;
    this.busy = false;
    this._defineDefaultCommands();

    this.rl = readline.createInterface({ input: this.input, output: this.output, prompt: this._prompt, terminal: false });
    // Lines wait while an `await` is pending, so results print in order.
    this.pendingLines = [];
    this.closing = false;
    this.rl.on('line', (line) => {
      if (this.busy) this.pendingLines.push(line);
      else this._onLine(line);
    });
    this.rl.on('close', () => {
      this.closing = true;
      if (!this.busy) this._finish();
    });
    this.displayPrompt();
  }

  _defineDefaultCommands() {
    this.defineCommand('help', {
      help: 'Print this help message',
      action: () => {
        const names = Object.keys(this.commands).sort();
        for (const name of names) this.output.write(`.${name.padEnd(8)}${this.commands[name].help ?? ''}\n`);
        this.output.write('\nPress Ctrl+D to exit the REPL\n');
        this.displayPrompt();
      },
    });
    this.defineCommand('exit', { help: 'Exit the REPL', action: () => this.close() });
    this.defineCommand('break', {
      help: 'Sometimes you get stuck, this gets you out',
      action: () => {
        this.clearBufferedCommand();
        this.displayPrompt();
      },
    });
    this.defineCommand('clear', {
      help: 'Break, and also clear the local context',
      action: () => {
        this.clearBufferedCommand();
        this.displayPrompt();
      },
    });
  }

  defineCommand(keyword, cmd) {
    if (typeof cmd === 'function') cmd = { action: cmd };
    else if (typeof cmd?.action !== 'function') throw new ERR_INVALID_REPL_INPUT('The "cmd.action" property must be of type function');
    this.commands[keyword] = cmd;
  }

  clearBufferedCommand() {
    this.bufferedCommand = '';
  }

  setPrompt(prompt) {
    this._prompt = prompt;
    this.rl.setPrompt(prompt);
  }

  getPrompt() {
    return this._prompt;
  }

  displayPrompt() {
    this.output.write(this.bufferedCommand.length > 0 ? '... ' : this._prompt);
  }

  close() {
    this.rl.close();
  }

  _finish() {
    if (this.finished) return;
    this.finished = true;
    this.output.write('\n');
    this.emit('exit');
  }

  _drain() {
    while (!this.busy && this.pendingLines.length > 0) this._onLine(this.pendingLines.shift());
    if (!this.busy && this.closing) this._finish();
  }

  _onLine(line) {
    if (this.bufferedCommand === '' && /^\.[a-zA-Z]/.test(line.trim())) {
      const [, name, rest = ''] = /^\.(\S+)\s*(.*)$/.exec(line.trim());
      const cmd = this.commands[name];
      if (cmd) {
        cmd.action.call(this, rest);
        return;
      }
      this.output.write('Invalid REPL keyword\n');
      this.displayPrompt();
      return;
    }
    const code = this.bufferedCommand + line;
    if (code.trim() === '') {
      this.displayPrompt();
      return;
    }
    this.busy = true;
    let sync = true;
    this.eval(code, this.context, 'REPL', (err, result) => {
      this.busy = false;
      if (!sync) process.nextTick(() => this._drain());
      if (err && err.incomplete) {
        this.bufferedCommand = `${code}\n`;
        this.displayPrompt();
        return;
      }
      this.bufferedCommand = '';
      if (err) {
        const text = err instanceof Error ? `${err.name}: ${err.message}` : this.writer(err);
        this.output.write(`Uncaught ${text}\n`);
      } else {
        if (!this.underscoreAssigned) this.last = result;
        if (!(this.ignoreUndefined && result === undefined)) this.output.write(`${this.writer(result)}\n`);
      }
      this.displayPrompt();
    });
    sync = false;
  }
}

function defaultEval(code, context, filename, cb) {
  let source = code;
  // `{ a: 1 }` on its own line is an object, not a block.
  if (/^\s*\{/.test(source) && /\}\s*;?\s*$/.test(source)) {
    try {
      internalBinding('contextify').compileFunction(`return (${source.replace(/;\s*$/, '')});`, filename, []);
      source = `(${source.replace(/;\s*$/, '')})`;
    } catch {
      // Not an expression: keep it a block.
    }
  }
  let result;
  try {
    result = compileAndRun(source, filename);
  } catch (err) {
    if (err instanceof SyntaxError && /\bawait\b/.test(source) && !looksIncomplete(err, source)) {
      runAsync(source, filename, cb);
      return;
    }
    if (looksIncomplete(err, source)) {
      cb(Object.assign(new SyntaxError(err.message), { incomplete: true }));
      return;
    }
    cb(err);
    return;
  }
  setUnderscore(result);
  cb(null, result);
}

function runAsync(source, filename, cb) {
  const trimmed = source.trim().replace(/;$/, '');
  let promise;
  try {
    // An expression is returned; statements run for their effects.
    try {
      promise = compileAndRun(`(async () => (${trimmed}))()`, filename);
    } catch (err) {
      if (!(err instanceof SyntaxError)) throw err;
      promise = compileAndRun(`(async () => { ${source}\n })()`, filename);
    }
  } catch (err) {
    cb(err);
    return;
  }
  promise.then((value) => {
    setUnderscore(value);
    cb(null, value);
  }, (err) => cb(err));
}

function setUnderscore(value) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, '_');
  if (desc === undefined || desc.configurable && desc.get === undefined && desc.enumerable === false) {
    Object.defineProperty(globalThis, '_', { value, writable: true, configurable: true, enumerable: false });
  }
}

function start(prompt, source, eval_, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, eval_, useGlobal, ignoreUndefined, replMode);
}

class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

module.exports = {
  start,
  writer: (v) => lazyInspect()(v),
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  get builtinModules() { return require('module').builtinModules; },
};
