'use strict';
// tls.SecureContext and tls.createSecureContext over internalBinding('tls').SecureContext
// (bindings/src/tls/context.rs): key, certificate chain, trusted CAs and protocol range.
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_TLS_INVALID_PROTOCOL_VERSION, ERR_TLS_PROTOCOL_VERSION_CONFLICT },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');

const binding = internalBinding('tls');
const { SecureContext: NativeSecureContext } = binding;

const kProtocols = { __proto__: null, 'TLSv1': 0x0301, 'TLSv1.1': 0x0302, 'TLSv1.2': 0x0303, 'TLSv1.3': 0x0304 };

function toProtoNumber(v, which) {
  const n = kProtocols[v];
  if (n === undefined) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(v, which);
  return n;
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  const tls = require('tls');
  if (secureProtocol) {
    if (minVersion != null) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
    if (maxVersion != null) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
    validateString(secureProtocol, 'options.secureProtocol');
  }
  this.context = new NativeSecureContext();
  const min = minVersion ?? (secureProtocol ? protocolFloor(secureProtocol) : tls.DEFAULT_MIN_VERSION);
  const max = maxVersion ?? (secureProtocol ? protocolCeil(secureProtocol) : tls.DEFAULT_MAX_VERSION);
  this.context.setMinProto(toProtoNumber(min, 'minimum'));
  this.context.setMaxProto(toProtoNumber(max, 'maximum'));
  void secureOptions;
}

// secureProtocol names ('TLSv1_2_method', 'TLS_method', ...) as a version range.
function protocolFloor(p) {
  const m = /^TLSv1_([123])_/.exec(p);
  return m ? `TLSv1.${m[1]}` : 'TLSv1.2';
}
function protocolCeil(p) {
  const m = /^TLSv1_([123])_/.exec(p);
  return m ? `TLSv1.${m[1]}` : 'TLSv1.3';
}

function isKeyOrCert(v) {
  return typeof v === 'string' || ArrayBuffer.isView(v);
}

function validateKeyOrCertOption(name, value) {
  if (!isKeyOrCert(value)) {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function bytesOf(v) {
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return v;
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function sslError(err) {
  // Errors from the binding carry OpenSSL-like text; give them Node's shape.
  const e = new Error(err && err.message || String(err));
  const m = /^error:([0-9A-F]+):([^:]*):[^:]*:(.*)$/.exec(e.message);
  if (m) {
    e.library = m[2];
    e.reason = m[3];
    e.code = `ERR_OSSL_${m[3].toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
  }
  return e;
}

function createSecureContext(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const { ca, cert, key, passphrase, pfx, ciphers, minVersion, maxVersion, secureProtocol, secureOptions } = options;
  const c = new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  const ctx = c.context;
  try {
    if (ca !== undefined && ca !== null) {
      const list = Array.isArray(ca) ? ca : [ca];
      ctx.clearCA();
      for (const v of list) {
        validateKeyOrCertOption('ca', v);
        ctx.addCACert(bytesOf(v));
      }
    }
    if (cert !== undefined && cert !== null && cert !== '') {
      const list = Array.isArray(cert) ? cert : [cert];
      for (const v of list) validateKeyOrCertOption('cert', v);
      if (list.length) ctx.setCert(bytesOf(list[0]));
    }
    if (key !== undefined && key !== null && key !== '') {
      const list = Array.isArray(key) ? key : [key];
      let first = true;
      for (const v of list) {
        const pem = v && typeof v === 'object' && !ArrayBuffer.isView(v) ? v.pem : v;
        const pass = v && typeof v === 'object' && !ArrayBuffer.isView(v) ? (v.passphrase ?? passphrase) : passphrase;
        validateKeyOrCertOption('key', pem);
        if (first) ctx.setKey(bytesOf(pem), pass);
        first = false;
      }
    }
  } catch (err) {
    if (err && err.code && String(err.code).startsWith('ERR_INVALID_ARG')) throw err;
    throw sslError(err);
  }
  // A key that does not match the certificate fails at handshake time, as in Node.
  if (ciphers !== undefined && ciphers !== null) validateString(ciphers, 'options.ciphers');
  if (pfx !== undefined && pfx !== null) {
    const e = new Error('minode: the pfx option is not supported; use key and cert');
    e.code = 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM';
    throw e;
  }
  return c;
}

// Node's wire format for ALPN lists: length-prefixed names in one buffer; we keep a list.
function alpnList(protocols) {
  if (protocols === undefined || protocols === null) return undefined;
  if (Array.isArray(protocols)) {
    return protocols.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('latin1')));
  }
  if (ArrayBuffer.isView(protocols)) {
    const b = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
    const out = [];
    for (let i = 0; i < b.length;) {
      const n = b[i];
      out.push(b.toString('latin1', i + 1, i + 1 + n));
      i += n + 1;
    }
    return out;
  }
  throw new ERR_INVALID_ARG_TYPE('options.ALPNProtocols', ['Array', 'Buffer', 'TypedArray', 'DataView'], protocols);
}

module.exports = { SecureContext, createSecureContext, alpnList, sslError, translatePeerCertificate };

// Node's legacy helper: fold `infoAccess` text into an object (kept for API parity).
function translatePeerCertificate(c) {
  if (!c) return null;
  if (c.issuerCertificate != null && c.issuerCertificate !== c) c.issuerCertificate = translatePeerCertificate(c.issuerCertificate);
  return c;
}
void Buffer;
