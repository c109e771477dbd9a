'use strict';
// readline's terminal mode (an Interface made with terminal: true). As in Node, input comes
// in as 'keypress' events: the Interface keeps the line being edited (rl.line, rl.cursor),
// draws prompt and line on the output with ANSI cursor moves, and emits 'line' on return.
// A TTY input is switched to raw mode while the Interface is open. Prompt libraries
// (inquirer and co.) rely on this: they read rl.line and listen to input 'keypress'.

const { getStringWidth, stripVTControlCharacters } = require('internal/util/inspect');

const kKeypress = Symbol('terminalKeypress');
const kTermEnd = Symbol('terminalEnd');
const kResize = Symbol('terminalResize');
const kSawReturnAt = Symbol('sawReturnAt');
const kSearchPrefix = Symbol('historySearchPrefix');
const kLastWasTab = Symbol('lastKeypressWasTab');

// UTF-16 units taken by the character at / before `i` (a surrogate pair is two).
function widthAt(str, i) {
  const cp = str.codePointAt(i);
  return cp !== undefined && cp > 0xffff ? 2 : 1;
}
function widthBefore(str, i) {
  if (i <= 0) return 0;
  const lo = str.charCodeAt(i - 1);
  if (i >= 2 && lo >= 0xdc00 && lo <= 0xdfff) {
    const hi = str.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return 2;
  }
  return 1;
}

// Where text ends up on screen: rows down and the column, wrapping at rl.columns, tabs to
// tab stops, wide characters never split across the wrap.
function displayPos(rl, text) {
  const columns = rl.columns;
  let rows = 0;
  let col = 0;
  for (const ch of stripVTControlCharacters(text)) {
    if (ch === '\n') {
      rows += Math.ceil(col / columns) || 1;
      col = 0;
    } else if (ch === '\t') {
      col += rl.tabSize - (col % rl.tabSize);
    } else {
      const w = getStringWidth(ch, false);
      if (w === 2 && (col + 1) % columns === 0) col++;
      col += w;
    }
  }
  const cols = col % columns;
  rows += (col - cols) / columns;
  return { cols, rows };
}

function write(rl, text) {
  if (rl.output !== null && rl.output !== undefined) rl.output.write(text);
}

function refreshLine(rl) {
  const readline = require('readline');
  const whole = rl._prompt + rl.line;
  const end = displayPos(rl, whole);
  const cursor = rl.getCursorPos();
  const out = rl.output;
  if (rl.prevRows > 0) readline.moveCursor(out, 0, -rl.prevRows);
  readline.cursorTo(out, 0);
  readline.clearScreenDown(out);
  write(rl, whole);
  // An empty last row makes the terminal allocate it.
  if (end.cols === 0) write(rl, ' ');
  readline.cursorTo(out, cursor.cols);
  if (end.rows > cursor.rows) readline.moveCursor(out, 0, cursor.rows - end.rows);
  rl.prevRows = cursor.rows;
}

function insertString(rl, text) {
  if (!text) return;
  if (rl.cursor < rl.line.length) {
    rl.line = rl.line.slice(0, rl.cursor) + text + rl.line.slice(rl.cursor);
    rl.cursor += text.length;
    refreshLine(rl);
    return;
  }
  const before = rl.getCursorPos();
  rl.line += text;
  rl.cursor += text.length;
  if (rl.getCursorPos().rows > before.rows) refreshLine(rl);
  else write(rl, text);
}

function moveCursor(rl, dx) {
  if (dx === 0) return;
  const before = rl.getCursorPos();
  rl.cursor = Math.max(0, Math.min(rl.line.length, rl.cursor + dx));
  const after = rl.getCursorPos();
  if (after.rows === before.rows) require('readline').moveCursor(rl.output, after.cols - before.cols, 0);
  else refreshLine(rl);
}

function setLine(rl, line, cursor) {
  rl.line = line;
  rl.cursor = cursor;
  refreshLine(rl);
}

function deleteLeft(rl) {
  if (rl.cursor === 0) return;
  const n = widthBefore(rl.line, rl.cursor);
  setLine(rl, rl.line.slice(0, rl.cursor - n) + rl.line.slice(rl.cursor), rl.cursor - n);
}

function deleteRight(rl) {
  if (rl.cursor >= rl.line.length) return;
  const n = widthAt(rl.line, rl.cursor);
  setLine(rl, rl.line.slice(0, rl.cursor) + rl.line.slice(rl.cursor + n), rl.cursor);
}

// A word is a run of word characters or a run of other non-space characters; spaces next to
// it go with it.
function wordStartBefore(line, cursor) {
  let i = cursor;
  while (i > 0 && /\s/.test(line[i - 1])) i--;
  const isWord = (c) => /\w/.test(c);
  if (i > 0) {
    const kind = isWord(line[i - 1]);
    while (i > 0 && !/\s/.test(line[i - 1]) && isWord(line[i - 1]) === kind) i--;
  }
  return i;
}
function wordEndAfter(line, cursor) {
  let i = cursor;
  const isWord = (c) => /\w/.test(c);
  if (i < line.length && /\s/.test(line[i])) {
    while (i < line.length && /\s/.test(line[i])) i++;
    return i;
  }
  if (i < line.length) {
    const kind = isWord(line[i]);
    while (i < line.length && !/\s/.test(line[i]) && isWord(line[i]) === kind) i++;
  }
  while (i < line.length && /\s/.test(line[i])) i++;
  return i;
}

function deleteWordLeft(rl) {
  if (rl.cursor === 0) return;
  const start = wordStartBefore(rl.line, rl.cursor);
  setLine(rl, rl.line.slice(0, start) + rl.line.slice(rl.cursor), start);
}

function deleteWordRight(rl) {
  if (rl.cursor >= rl.line.length) return;
  const end = wordEndAfter(rl.line, rl.cursor);
  setLine(rl, rl.line.slice(0, rl.cursor) + rl.line.slice(end), rl.cursor);
}

// Up/down walk the history among entries starting with what was typed before the first up.
function historyStep(rl, dir) {
  const prefix = rl[kSearchPrefix] ?? '';
  let i = rl.historyIndex + dir;
  while (i >= 0 && i < rl.history.length &&
         (!rl.history[i].startsWith(prefix) || rl.history[i] === rl.line)) i += dir;
  if (dir < 0 && rl.historyIndex < 0) return;
  if (dir > 0 && (rl.historyIndex >= rl.history.length || rl.history.length === 0)) return;
  const line = i < 0 || i >= rl.history.length ? prefix : rl.history[i];
  rl.historyIndex = Math.max(-1, Math.min(rl.history.length, i));
  setLine(rl, line, line.length);
}

// The line is done: record it, move past it on screen, hand it out.
function finishLine(rl) {
  const line = rl.line;
  if (line.length > 0 && rl.historySize > 0 && line.trim().length > 0) rl._addHistory(line);
  rl.historyIndex = -1;
  rl.clearLine();
  rl._onLine(line);
}

function clearLine(rl) {
  moveCursor(rl, Infinity);
  write(rl, '\r\n');
  rl.line = '';
  rl.cursor = 0;
  rl.prevRows = 0;
}

function commonPrefix(words) {
  if (words.length === 0) return '';
  let prefix = words[0];
  for (const w of words) {
    let i = 0;
    while (i < prefix.length && i < w.length && prefix[i] === w[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

function tabComplete(rl, lastWasTab) {
  rl.pause();
  const before = rl.line.slice(0, rl.cursor);
  const done = (err, result) => {
    rl.resume();
    if (err || !result) return;
    const [completions, typed] = result;
    const list = (completions || []).filter((c) => c);
    if (list.length === 0) return;
    const prefix = commonPrefix(list);
    if (prefix.length > typed.length) {
      insertString(rl, prefix.slice(typed.length));
      return;
    }
    if (!lastWasTab) return;
    // A second tab with nothing more to add lists the choices.
    write(rl, '\r\n' + list.join('  ') + '\r\n');
    rl.prevRows = 0;
    refreshLine(rl);
  };
  try {
    const r = rl.completer.length === 2 ? rl.completer(before, done) : done(null, rl.completer(before));
    if (r && typeof r.then === 'function') r.then((v) => done(null, v), (e) => done(e));
  } catch (err) {
    done(err);
  }
}

function onCtrl(rl, key) {
  switch (key.name) {
    case 'c':
      if (rl.listenerCount('SIGINT') > 0) rl.emit('SIGINT');
      else rl.close();
      break;
    case 'd':
      if (rl.line.length === 0) rl.close();
      else deleteRight(rl);
      break;
    case 'h': deleteLeft(rl); break;
    case 'u': setLine(rl, rl.line.slice(rl.cursor), 0); break;
    case 'k': setLine(rl, rl.line.slice(0, rl.cursor), rl.cursor); break;
    case 'a': moveCursor(rl, -Infinity); break;
    case 'e': moveCursor(rl, Infinity); break;
    case 'b': moveCursor(rl, -widthBefore(rl.line, rl.cursor)); break;
    case 'f': moveCursor(rl, widthAt(rl.line, rl.cursor)); break;
    case 'l': {
      const readline = require('readline');
      readline.cursorTo(rl.output, 0, 0);
      readline.clearScreenDown(rl.output);
      refreshLine(rl);
      break;
    }
    case 'n': historyStep(rl, -1); break;
    case 'p': historyStep(rl, 1); break;
    case 'z':
      if (rl.listenerCount('SIGTSTP') > 0) rl.emit('SIGTSTP');
      break;
    case 'w':
    case 'backspace': deleteWordLeft(rl); break;
    case 'delete': deleteWordRight(rl); break;
    case 'left': moveCursor(rl, wordStartBefore(rl.line, rl.cursor) - rl.cursor); break;
    case 'right': moveCursor(rl, wordEndAfter(rl.line, rl.cursor) - rl.cursor); break;
    default: break;
  }
}

function ttyWrite(rl, s, key) {
  key = key || {};
  const lastWasTab = rl[kLastWasTab];
  rl[kLastWasTab] = key.name === 'tab';
  if (key.name === 'up' || key.name === 'down' ||
      (key.ctrl && (key.name === 'p' || key.name === 'n'))) {
    if (rl[kSearchPrefix] === null) rl[kSearchPrefix] = rl.line.slice(0, rl.cursor);
  } else {
    rl[kSearchPrefix] = null;
  }
  if (key.name === 'escape') return;
  if (key.ctrl && key.shift) {
    if (key.name === 'backspace') setLine(rl, rl.line.slice(rl.cursor), 0);
    else if (key.name === 'delete') setLine(rl, rl.line.slice(0, rl.cursor), rl.cursor);
    return;
  }
  if (key.ctrl) {
    onCtrl(rl, key);
    return;
  }
  if (key.meta) {
    switch (key.name) {
      case 'b': moveCursor(rl, wordStartBefore(rl.line, rl.cursor) - rl.cursor); break;
      case 'f': moveCursor(rl, wordEndAfter(rl.line, rl.cursor) - rl.cursor); break;
      case 'd':
      case 'delete': deleteWordRight(rl); break;
      case 'backspace': deleteWordLeft(rl); break;
      default: break;
    }
    return;
  }
  // "\r\n" arriving as return then enter is one line ending.
  if (key.name !== 'enter') {
    if (key.name !== 'return') rl[kSawReturnAt] = 0;
  }
  switch (key.name) {
    case 'return':
      rl[kSawReturnAt] = Date.now();
      finishLine(rl);
      return;
    case 'enter':
      if (rl[kSawReturnAt] === 0 || Date.now() - rl[kSawReturnAt] > rl.crlfDelay) finishLine(rl);
      rl[kSawReturnAt] = 0;
      return;
    case 'backspace': deleteLeft(rl); return;
    case 'delete': deleteRight(rl); return;
    case 'left': moveCursor(rl, -widthBefore(rl.line, rl.cursor)); return;
    case 'right': moveCursor(rl, widthAt(rl.line, rl.cursor)); return;
    case 'home': moveCursor(rl, -Infinity); return;
    case 'end': moveCursor(rl, Infinity); return;
    case 'up': historyStep(rl, 1); return;
    case 'down': historyStep(rl, -1); return;
    case 'tab':
      if (typeof rl.completer === 'function') {
        tabComplete(rl, lastWasTab);
        return;
      }
      break;
    default: break;
  }
  if (typeof s !== 'string' || s === '') return;
  // Pasted text may hold whole lines.
  const parts = s.split(/\r\n|\n|\r/);
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) finishLine(rl);
    insertString(rl, parts[i]);
  }
}

function setRawMode(rl, mode) {
  const input = rl.input;
  const was = input.isRaw;
  if (typeof input.setRawMode === 'function') input.setRawMode(mode);
  return was;
}

// Switches a new Interface to terminal mode (called from its constructor).
function attach(rl, emitKeypressEvents) {
  const input = rl.input;
  rl.line = '';
  rl.cursor = 0;
  rl.historyIndex = -1;
  rl.prevRows = 0;
  rl[kSawReturnAt] = 0;
  rl[kSearchPrefix] = null;
  rl[kLastWasTab] = false;
  rl[kKeypress] = (s, key) => ttyWrite(rl, s, key);
  rl[kTermEnd] = () => {
    if (rl.line.length > 0) rl.emit('line', rl.line);
    rl.close();
  };
  rl[kResize] = () => refreshLine(rl);
  emitKeypressEvents(input, rl);
  input.on('keypress', rl[kKeypress]);
  input.on('end', rl[kTermEnd]);
  if (rl.output !== null && rl.output !== undefined && typeof rl.output.on === 'function') {
    rl.output.on('resize', rl[kResize]);
  }
  setRawMode(rl, true);
}

function detach(rl) {
  const input = rl.input;
  input.removeListener('keypress', rl[kKeypress]);
  input.removeListener('end', rl[kTermEnd]);
  if (rl.output !== null && rl.output !== undefined && typeof rl.output.removeListener === 'function') {
    rl.output.removeListener('resize', rl[kResize]);
  }
  setRawMode(rl, false);
}

// Node's underscore methods, which some libraries call on the Interface directly.
function installMethods(proto) {
  const methods = {
    _ttyWrite(s, key) { ttyWrite(this, s, key); },
    _refreshLine() { refreshLine(this); },
    _insertString(c) { insertString(this, c); },
    _moveCursor(dx) { moveCursor(this, dx); },
    _deleteLeft() { deleteLeft(this); },
    _deleteRight() { deleteRight(this); },
    _deleteWordLeft() { deleteWordLeft(this); },
    _deleteWordRight() { deleteWordRight(this); },
    _deleteLineLeft() { setLine(this, this.line.slice(this.cursor), 0); },
    _deleteLineRight() { setLine(this, this.line.slice(0, this.cursor), this.cursor); },
    _wordLeft() { moveCursor(this, wordStartBefore(this.line, this.cursor) - this.cursor); },
    _wordRight() { moveCursor(this, wordEndAfter(this.line, this.cursor) - this.cursor); },
    _historyNext() { historyStep(this, -1); },
    _historyPrev() { historyStep(this, 1); },
    _line() { finishLine(this); },
    _getDisplayPos(str) { return displayPos(this, str); },
    _setRawMode(mode) { return setRawMode(this, mode); },
    clearLine() { clearLine(this); },
  };
  for (const [name, fn] of Object.entries(methods)) {
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
  }
}

module.exports = { attach, detach, installMethods, refreshLine, ttyWrite, displayPos };
