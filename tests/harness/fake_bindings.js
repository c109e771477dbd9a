'use strict';
// Stand-ins for minode's Rust bindings, built on node's own APIs, for tests/harness/load.js.
const encoding = {
  encode(str, enc) {
    const b = Buffer.from(str, enc === 'utf-8' ? 'utf8' : enc);
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
  },
  decode(u8, enc, start = 0, end = u8.length) {
    return Buffer.from(u8.buffer, u8.byteOffset, u8.length).toString(enc, start, end);
  },
  byteLengthUtf8: (s) => Buffer.byteLength(s, 'utf8'),
  isUtf8: (u8) => require('buffer').isUtf8(u8),
  isAscii: (u8) => require('buffer').isAscii(u8),
};
const bindings = { encoding };
function internalBinding(name) {
  if (!bindings[name]) throw new Error(`fake binding '${name}' is not available under node`);
  return bindings[name];
}
module.exports = { internalBinding, bindings };
