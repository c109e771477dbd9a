'use strict';
// readline.emitKeypressEvents: decodes a stream's data into 'keypress' events (the key name,
// ctrl/meta/shift, the escape sequence) once something listens for them.

const kKeypressDecoder = Symbol('keypress-decoder');
const escapeKeys = {
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  OA: 'up', OB: 'down', OC: 'right', OD: 'left', OE: 'clear', OF: 'end', OH: 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[7~': 'home', '[8~': 'end', OP: 'f1', OQ: 'f2', OR: 'f3', OS: 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4', '[15~': 'f5', '[17~': 'f6', '[18~': 'f7',
  '[19~': 'f8', '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12', '[Z': 'tab',
};
const escapeRe = /^\x1b(\[[0-9;]*[~A-Za-z]|O[A-Z])/;

function* parseKeys(str) {
  let i = 0;
  while (i < str.length) {
    const rest = str.slice(i);
    const key = { sequence: '', name: undefined, ctrl: false, meta: false, shift: false };
    let ch = rest[0];
    const m = escapeRe.exec(rest);
    if (m) {
      key.sequence = m[0];
      let code = m[1];
      const mod = /^\[(\d+);(\d+)([~A-Za-z])$/.exec(code);
      if (mod) {
        const bits = Number(mod[2]) - 1;
        key.shift = !!(bits & 1);
        key.meta = !!(bits & 10);
        key.ctrl = !!(bits & 4);
        code = mod[1] === '1' ? `[${mod[3]}` : `[${mod[1]}${mod[3]}`;
      }
      key.code = code;
      key.name = escapeKeys[code] ?? 'undefined';
      if (code === '[Z') key.shift = true;
      i += m[0].length;
      yield [undefined, key];
      continue;
    }
    const cp = rest.codePointAt(0);
    ch = String.fromCodePoint(cp);
    key.sequence = ch;
    if (ch === '\r') key.name = 'return';
    else if (ch === '\n') key.name = 'enter';
    else if (ch === '\t') key.name = 'tab';
    else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
    else if (ch === '\x1b') {
      key.name = 'escape';
      if (rest.length > 1 && rest[1] !== '\x1b') {
        // ESC + char is meta+char.
        const next = rest[1];
        key.sequence = `\x1b${next}`;
        key.meta = true;
        key.name = /[a-z]/i.test(next) ? next.toLowerCase() : undefined;
        key.shift = /[A-Z]/.test(next);
        i += 2;
        yield [undefined, key];
        continue;
      }
    } else if (ch === ' ') key.name = 'space';
    else if (cp < 27) {
      key.name = String.fromCharCode(cp + 96);
      key.ctrl = true;
    } else if (/^[0-9]$/.test(ch)) key.name = ch;
    else if (/^[a-z]$/.test(ch)) key.name = ch;
    else if (/^[A-Z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = true;
    }
    i += ch.length;
    yield [ch, key];
  }
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  const { StringDecoder } = require('string_decoder');
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      const str = typeof input === 'string' ? input : stream[kKeypressDecoder].write(input);
      for (const [s, key] of parseKeys(str)) {
        if (key.name === 'escape' && iface.escapeCodeTimeout === undefined) { /* plain escape */ }
        stream.emit('keypress', s, key);
      }
    } else {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents };
