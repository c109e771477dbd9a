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
// --- types (inspect/console): promise state and proxy details read through node's inspector,
// which answers synchronously on the same thread.
let inspectorSession;
function inspectorCall(method, params) {
  if (!inspectorSession) {
    const inspector = require('inspector');
    inspectorSession = new inspector.Session();
    inspectorSession.connect();
  }
  let out, error;
  inspectorSession.post(method, params, (err, res) => { error = err; out = res; });
  if (error) throw error;
  return out;
}
function internalSlots(v) {
  globalThis.__minodeFakeTypesArg = v;
  try {
    const { result } = inspectorCall('Runtime.evaluate', { expression: 'globalThis.__minodeFakeTypesArg' });
    const props = inspectorCall('Runtime.getProperties', { objectId: result.objectId, ownProperties: true });
    const slots = {};
    for (const p of props.internalProperties || []) slots[p.name] = p.value;
    return slots;
  } finally { delete globalThis.__minodeFakeTypesArg; }
}
function remoteValue(ro) {
  if (!ro || ro.type === 'undefined') return undefined;
  if (ro.objectId === undefined) {
    if (ro.unserializableValue !== undefined) {
      const u = ro.unserializableValue;
      return u.endsWith('n') ? BigInt(u.slice(0, -1)) : Number(u);
    }
    return ro.value;
  }
  inspectorCall('Runtime.callFunctionOn', {
    objectId: ro.objectId,
    functionDeclaration: 'function () { globalThis.__minodeFakeTypesOut = this; }',
  });
  const v = globalThis.__minodeFakeTypesOut;
  delete globalThis.__minodeFakeTypesOut;
  return v;
}
const types = {
  getPromiseState(p) {
    if (!require('util').types.isPromise(p)) return undefined;
    const slots = internalSlots(p);
    const state = { pending: 0, fulfilled: 1, rejected: 2 }[slots['[[PromiseState]]'].value];
    return [state, state === 0 ? undefined : remoteValue(slots['[[PromiseResult]]'])];
  },
  isProxy: (v) => require('util').types.isProxy(v),
  isError: (v) => require('util').types.isNativeError(v),
  getProxyDetails(v) {
    if (!require('util').types.isProxy(v)) return undefined;
    const slots = internalSlots(v);
    if (slots['[[IsRevoked]]'] && slots['[[IsRevoked]]'].value) return [null, null];
    return [remoteValue(slots['[[Target]]']), remoteValue(slots['[[Handler]]'])];
  },
};
bindings.types = types;
// --- end types
// --- url (path/url/querystring): node's own WHATWG URL stands in for the url crate.
function urlComponents(u) {
  return [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port,
    u.pathname, u.search, u.hash];
}
bindings.url = {
  parse(input, base) {
    try { return urlComponents(new URL(input, base)); } catch { return undefined; }
  },
  canParse: (input, base) => URL.canParse(input, base),
  update(href, field, value) {
    if (field === 'href') { try { return urlComponents(new URL(value)); } catch { return undefined; } }
    const u = new URL(href);
    u[field] = value;
    return urlComponents(u);
  },
  domainToASCII: (d) => require('url').domainToASCII(d),
  domainToUnicode: (d) => require('url').domainToUnicode(d),
  hostToUnicode: (d) => require('url').domainToUnicode(d) || d,
  // UTS #46 ToASCII without STD3 rules ('' on failure), via node's legacy parser.
  toASCII(d) {
    try { return require('url').parse(`http://${d}/`).hostname; } catch { return ''; }
  },
};
// --- end url
function internalBinding(name) {
  if (!bindings[name]) throw new Error(`fake binding '${name}' is not available under node`);
  return bindings[name];
}
module.exports = { internalBinding, bindings };
