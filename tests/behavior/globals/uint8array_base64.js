'use strict';
// Node 22 has no Uint8Array base64/hex methods; libraries that feature-detect them must take
// their Buffer path (puppeteer returns screenshots as Buffers on Node).
const { check, assert } = require('../check');

check('Uint8Array has no fromBase64/fromHex statics', () => {
  assert.strictEqual('fromBase64' in Uint8Array, false);
  assert.strictEqual('fromHex' in Uint8Array, false);
});

check('Uint8Array.prototype has no toBase64/toHex/setFrom* methods', () => {
  for (const name of ['toBase64', 'toHex', 'setFromBase64', 'setFromHex']) {
    assert.strictEqual(name in Uint8Array.prototype, false, name);
    assert.strictEqual(typeof new Uint8Array(1)[name], 'undefined', name);
  }
});

check('base64 through Buffer still round-trips', () => {
  const b = Buffer.from('aGVsbG8=', 'base64');
  assert.strictEqual(b.toString(), 'hello');
  assert.strictEqual(Buffer.from(new Uint8Array([104, 105])).toString('base64'), 'aGk=');
});
