'use strict';
// readline: a line splitter over a readable stream (Interface with 'line'/'close',
// question(), prompt(), async iteration) and the ANSI cursor helpers.
// With terminal: true, keypresses drive a line editor (internal/readline/terminal).

const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE, ERR_INVALID_ARG_TYPE },
  AbortError,
} = require('internal/errors');
const { validateFunction, validateAbortSignal, validateString, validateUint32 } = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const { emitKeypressEvents } = require('internal/readline/keypress');

const kQuestionCallback = Symbol('kQuestionCallback');
const kDecoder = Symbol('kDecoder');
const kPending = Symbol('kPending');
const kSawCR = Symbol('kSawCR');
const kIterators = Symbol('kIterators');
const kOnData = Symbol('kOnData');
const kOnEnd = Symbol('kOnEnd');
const kQuestionCancel = Symbol('kQuestionCancel');

const lineEnding = /\r?\n|\r(?!\n)/;

function InterfaceConstructor(self, input, output, completer, terminal) {
  let options = kEmptyObject;
  if (input?.input !== undefined) {
    options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    input = options.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  const { historySize = 30, prompt = '> ', crlfDelay = 100, signal, tabSize = 8 } = options;
  if (historySize !== undefined && (typeof historySize !== 'number' || Number.isNaN(historySize) || historySize < 0)) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('historySize', historySize);
  }
  validateUint32(tabSize, 'tabSize', true);
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

  EventEmitter.call(self);
  self.input = input;
  self.output = output;
  self.completer = completer;
  self.terminal = !!terminal;
  self.history = options.history ? options.history.slice() : [];
  self.historySize = historySize;
  self.crlfDelay = crlfDelay ? Math.max(100, crlfDelay) : 100;
  self.line = '';
  self.cursor = 0;
  self.closed = false;
  self.paused = false;
  self._prompt = prompt;
  self.tabSize = tabSize;
  self[kQuestionCallback] = null;
  self[kQuestionCancel] = null;
  self[kPending] = '';
  self[kSawCR] = false;
  self[kIterators] = undefined;
  self[kDecoder] = null;

  if (signal !== undefined) {
    const onAbort = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }

  self[kOnData] = (chunk) => self._normalWrite(chunk);
  self[kOnEnd] = () => {
    const rest = self[kDecoder] ? self[kDecoder].end() : '';
    if (rest) self[kPending] += rest;
    if (self[kPending].length > 0) {
      const line = self[kPending];
      self[kPending] = '';
      self._onLine(line);
    }
    self.close();
  };
  if (input && self.terminal) {
    terminalMode().attach(self, emitKeypressEvents);
    if (typeof input.resume === 'function') input.resume();
  } else if (input) {
    input.on('data', self[kOnData]);
    input.on('end', self[kOnEnd]);
    if (typeof input.resume === 'function') input.resume();
  }
}

let terminalModule;
function terminalMode() { return terminalModule ??= require('internal/readline/terminal'); }

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  InterfaceConstructor(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);
terminalMode().installMethods(Interface.prototype);

Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true,
  enumerable: true,
  get() { return this.output?.columns || Infinity; },
});

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this._prompt = prompt;
};

Interface.prototype.getPrompt = function getPrompt() {
  return this._prompt;
};

Interface.prototype._writeToOutput = function _writeToOutput(str) {
  validateString(str, 'stringToWrite');
  if (this.output !== null && this.output !== undefined) this.output.write(str);
};

Interface.prototype.prompt = function prompt(preserveCursor) {
  if (this.paused) this.resume();
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (this.terminal && process.env.TERM !== 'dumb') {
    if (!preserveCursor) this.cursor = 0;
    terminalMode().refreshLine(this);
  } else {
    this._writeToOutput(this._prompt);
  }
};

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = kEmptyObject;
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (options.signal !== undefined) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    const onAbort = () => {
      this[kQuestionCancel]?.();
    };
    options.signal.addEventListener('abort', onAbort, { once: true });
    const inner = cb;
    cb = (answer) => {
      options.signal.removeEventListener('abort', onAbort);
      inner(answer);
    };
  }
  if (typeof cb !== 'function') return;
  if (this[kQuestionCallback]) {
    this.prompt();
    return;
  }
  this._oldPrompt = this._prompt;
  this.setPrompt(query);
  this[kQuestionCallback] = cb;
  this[kQuestionCancel] = () => {
    if (this[kQuestionCallback] === null) return;
    this[kQuestionCallback] = null;
    this.setPrompt(this._oldPrompt);
  };
  this.prompt();
};

Interface.prototype._onLine = function _onLine(line) {
  const cb = this[kQuestionCallback];
  if (cb) {
    this[kQuestionCallback] = null;
    this.setPrompt(this._oldPrompt);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype._addHistory = function _addHistory(line) {
  if (line.length === 0 || this.historySize === 0) return line;
  if (this.history[0] !== line) {
    this.history.unshift(line);
    if (this.history.length > this.historySize) this.history.pop();
  }
  this.emit('history', this.history);
  return line;
};

// Split incoming text into lines. "\r\n" split across two chunks is one line ending.
Interface.prototype._normalWrite = function _normalWrite(chunk) {
  if (chunk === undefined || chunk === null) return;
  let text;
  if (typeof chunk === 'string') {
    text = chunk;
  } else {
    if (this[kDecoder] === null) {
      const { StringDecoder } = require('string_decoder');
      this[kDecoder] = new StringDecoder('utf8');
    }
    text = this[kDecoder].write(chunk);
  }
  if (text.length === 0) return;
  if (this[kSawCR] && text[0] === '\n') text = text.slice(1);
  this[kSawCR] = text.endsWith('\r');
  let pending = this[kPending] + text;
  let m;
  while (!this.closed && (m = lineEnding.exec(pending)) !== null) {
    const line = pending.slice(0, m.index);
    pending = pending.slice(m.index + m[0].length);
    this[kPending] = pending;
    if (this.terminal) this._addHistory(line);
    this._onLine(line);
  }
  this[kPending] = pending;
};

Interface.prototype.write = function write(data, key) {
  if (this.paused) this.resume();
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (this.terminal) terminalMode().ttyWrite(this, data, key);
  else if (data !== undefined && data !== null) this._normalWrite(typeof data === 'string' ? data : `${data}`);
};

Interface.prototype.pause = function pause() {
  if (this.paused) return;
  if (typeof this.input?.pause === 'function') this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this.paused) return;
  if (typeof this.input?.resume === 'function') this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.close = function close() {
  if (this.closed) return;
  if (this.terminal && this.input) terminalMode().detach(this);
  this.pause();
  if (this.input) {
    this.input.removeListener('data', this[kOnData]);
    this.input.removeListener('end', this[kOnEnd]);
  }
  this.closed = true;
  this[kQuestionCancel]?.();
  this.emit('close');
};

Interface.prototype.getCursorPos = function getCursorPos() {
  return terminalMode().displayPos(this, this._prompt + this.line.slice(0, this.cursor));
};

Interface.prototype[Symbol.asyncIterator] = function asyncIterator() {
  // Lines are queued from the moment the iterator exists; the input is paused while
  // the queue is long so a fast producer does not buffer a whole file.
  const queue = [];
  const waiting = [];
  let done = this.closed;
  let error;
  const highWater = 1024;
  const onLine = (line) => {
    if (waiting.length > 0) waiting.shift().resolve({ value: line, done: false });
    else {
      queue.push(line);
      if (queue.length >= highWater) this.pause();
    }
  };
  const onClose = () => {
    done = true;
    for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
  };
  const onError = (err) => {
    error = err;
    for (const w of waiting.splice(0)) w.reject(err);
  };
  this.on('line', onLine);
  this.on('close', onClose);
  this.input?.on?.('error', onError);
  const cleanup = () => {
    this.removeListener('line', onLine);
    this.removeListener('close', onClose);
    this.input?.removeListener?.('error', onError);
  };
  const rl = this;
  return {
    next() {
      if (queue.length > 0) {
        const value = queue.shift();
        if (queue.length < highWater / 2 && rl.paused && !rl.closed) rl.resume();
        return Promise.resolve({ value, done: false });
      }
      if (error !== undefined) {
        const err = error;
        error = undefined;
        cleanup();
        return Promise.reject(err);
      }
      if (done) {
        cleanup();
        return Promise.resolve({ value: undefined, done: true });
      }
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      cleanup();
      rl.close();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// --- ANSI cursor helpers ---------------------------------------------------------------
const CSI = (strings, ...args) => {
  let out = '\x1b[';
  for (let i = 0; i < strings.length; i++) {
    out += strings[i];
    if (i < args.length) out += args[i];
  }
  return out;
};

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') throw new ERR_INVALID_ARG_TYPE('x', 'number', x);
  const data = typeof y !== 'number' ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += CSI`${-dx}D`;
  else if (dx > 0) data += CSI`${dx}C`;
  if (dy < 0) data += CSI`${-dy}A`;
  else if (dy > 0) data += CSI`${dy}B`;
  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  const type = dir < 0 ? CSI`1K` : dir > 0 ? CSI`0K` : CSI`2K`;
  return stream.write(type, callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(CSI`0J`, callback);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  get promises() { return require('readline/promises'); },
};

// Node also exposes a promisified question via util.promisify.
Object.defineProperty(Interface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
  configurable: true,
  enumerable: false,
  get() {
    const question = this;
    return function(query, options = kEmptyObject) {
      return new Promise((resolve, reject) => {
        const signal = options?.signal;
        if (signal?.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        Reflect.apply(question, this, [query, options, resolve]);
        if (signal) {
          signal.addEventListener('abort', () => reject(new AbortError(undefined, { cause: signal.reason })), { once: true });
        }
      });
    };
  },
});
