'use strict';
// crypto.X509Certificate. Parsing and OpenSSL-style formatting of the fields are in
// Rust (bindings/src/crypto/x509.rs); fingerprints, the public KeyObject, signature
// checks and host/email/IP matching reuse the other crypto modules here.

const { binding, toBuffer, asU8 } = require('internal/crypto/util');
const { Buffer } = require('buffer');
const { validateObject, validateString, validateBoolean } = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');

const kInfo = Symbol('kInfo');
const kCache = Symbol('kCache');

// OpenSSL's PEM/ASN.1 errors for input that is not a certificate.
const parseErrors = {
  'no start line': ['0480006C', 'PEM routines', 'ERR_OSSL_PEM_NO_START_LINE'],
  'bad base64 decode': ['04800064', 'PEM routines', 'ERR_OSSL_PEM_BAD_BASE64_DECODE'],
  'wrong tag': ['068000A8', 'asn1 encoding routines', 'ERR_OSSL_ASN1_WRONG_TAG'],
};

function parseError(e) {
  const info = parseErrors[e?.message];
  if (info === undefined) return e;
  const err = new Error(`error:${info[0]}:${info[1]}::${e.message}`);
  err.library = info[1];
  err.reason = e.message;
  err.code = info[2];
  return err;
}

// Signature algorithm OID -> digest for crypto.verify (null: the key decides).
const sigDigests = {
  '1.2.840.113549.1.1.4': 'md5',
  '1.2.840.113549.1.1.5': 'sha1',
  '1.2.840.113549.1.1.14': 'sha224',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.1': 'sha1',
  '1.2.840.10045.4.3.1': 'sha224',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
  '1.3.101.112': null,
};

const nistNames = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };

function fingerprint(raw, alg) {
  const hex = require('internal/crypto/hash').hash(alg, raw, 'hex').toUpperCase();
  return hex.match(/../g).join(':');
}

// [[key, value]...] -> null-prototype object, repeated keys folded into arrays.
function pairsToObject(pairs) {
  const out = { __proto__: null };
  for (const [k, v] of pairs) {
    if (out[k] === undefined) out[k] = v;
    else if (Array.isArray(out[k])) out[k].push(v);
    else out[k] = [out[k], v];
  }
  return out;
}

function getFlags(options) {
  if (options === undefined) return { subject: 'default', wildcards: true, partialWildcards: true, multiLabelWildcards: false };
  validateObject(options, 'options');
  const { subject = 'default', wildcards = true, partialWildcards = true, multiLabelWildcards = false,
    singleLabelSubdomains = false } = options;
  validateString(subject, 'options.subject');
  if (!['default', 'always', 'never'].includes(subject)) throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  return { subject, wildcards, partialWildcards, multiLabelWildcards };
}

// X509_check_host's matching of one certificate name against a host name.
function hostMatches(pattern, host, flags) {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase().replace(/\.$/, '');
  if (p === h) return true;
  if (!flags.wildcards) return false;
  const star = p.indexOf('*');
  const firstDot = p.indexOf('.');
  // One '*', in the leftmost label, followed by at least two labels.
  if (star < 0 || star !== p.lastIndexOf('*') || firstDot < star) return false;
  if (p.slice(firstDot + 1).split('.').length < 2) return false;
  const label = p.slice(0, firstDot);
  if (label !== '*' && (!flags.partialWildcards || label.startsWith('xn--'))) return false;
  const prefix = p.slice(0, star);
  const suffix = p.slice(star + 1);
  if (h.length < prefix.length + suffix.length || !h.startsWith(prefix) || !h.endsWith(suffix)) return false;
  const middle = h.slice(prefix.length, h.length - suffix.length);
  if (label === '*' && middle === '') return false;
  if (!flags.multiLabelWildcards && middle.includes('.')) return false;
  return !(prefix === '' && h.startsWith('xn--') && label !== '*');
}

function emailMatches(pattern, email) {
  const at = pattern.lastIndexOf('@');
  const at2 = email.lastIndexOf('@');
  if (at < 0 || at2 < 0) return pattern === email;
  return pattern.slice(0, at) === email.slice(0, at2) &&
    pattern.slice(at + 1).toLowerCase() === email.slice(at2 + 1).toLowerCase();
}

function subjectValues(info, key) {
  return info.subjectPairs.filter(([k]) => k === key).map(([, v]) => v);
}

function isX509Certificate(v) {
  return v instanceof X509Certificate;
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    let info;
    try {
      info = binding.x509Parse(asU8(buffer));
    } catch (e) {
      throw parseError(e);
    }
    Object.defineProperty(this, kInfo, { value: info });
    Object.defineProperty(this, kCache, { value: { __proto__: null } });
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `X509Certificate ${inspect({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    }, opts)}`;
  }

  get subject() { return this[kInfo].subject; }
  get subjectAltName() { return this[kInfo].subjectAltName; }
  get issuer() { return this[kInfo].issuer; }
  get issuerCertificate() { return undefined; }
  get infoAccess() { return this[kInfo].infoAccess; }
  get validFrom() { return this[kInfo].validFrom; }
  get validTo() { return this[kInfo].validTo; }
  get fingerprint() { return (this[kCache].sha1 ??= fingerprint(this.raw, 'sha1')); }
  get fingerprint256() { return (this[kCache].sha256 ??= fingerprint(this.raw, 'sha256')); }
  get fingerprint512() { return (this[kCache].sha512 ??= fingerprint(this.raw, 'sha512')); }
  get keyUsage() { return this[kInfo].keyUsage?.slice(); }
  get serialNumber() { return this[kInfo].serialNumber; }
  get raw() { return (this[kCache].raw ??= toBuffer(this[kInfo].raw)); }

  get publicKey() {
    return (this[kCache].publicKey ??= require('internal/crypto/keys').createPublicKey({
      key: toBuffer(this[kInfo].spki), format: 'der', type: 'spki',
    }));
  }

  toString() {
    return (this[kCache].pem ??= `-----BEGIN CERTIFICATE-----\n${
      this.raw.toString('base64').match(/.{1,64}/g).join('\n')}\n-----END CERTIFICATE-----\n`);
  }

  toJSON() { return this.toString(); }

  get ca() { return this[kInfo].ca; }

  checkHost(name, options) {
    validateString(name, 'name');
    const flags = getFlags(options);
    const info = this[kInfo];
    for (const d of info.dns) if (hostMatches(d, name, flags)) return d;
    const useSubject = flags.subject === 'always' || (flags.subject === 'default' && info.dns.length === 0);
    if (useSubject) {
      for (const cn of subjectValues(info, 'CN')) if (hostMatches(cn, name, flags)) return cn;
    }
    return undefined;
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    const flags = getFlags(options);
    const info = this[kInfo];
    for (const e of info.emails) if (emailMatches(e, email)) return email;
    const useSubject = flags.subject === 'always' || (flags.subject === 'default' && info.emails.length === 0);
    if (useSubject) {
      for (const e of subjectValues(info, 'emailAddress')) if (emailMatches(e, email)) return email;
    }
    return undefined;
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    const hex = binding.x509IpHex(ip);
    if (hex == null) {
      const err = new TypeError('Invalid IP');
      err.code = 'ERR_INVALID_ARG_VALUE';
      throw err;
    }
    return this[kInfo].ips.includes(hex) ? ip : undefined;
  }

  checkIssued(otherCert) {
    if (!isX509Certificate(otherCert)) throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    const me = this[kInfo];
    const issuer = otherCert[kInfo];
    if (me.issuerRaw !== issuer.subjectRaw) return false;
    if (me.aki !== undefined && issuer.ski !== undefined && me.aki !== issuer.ski) return false;
    return issuer.keyCertSign;
  }

  checkPrivateKey(pkey) {
    const keys = require('internal/crypto/keys');
    if (!keys.isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    try {
      return keys.createPublicKey(pkey).equals(this.publicKey);
    } catch {
      return false;
    }
  }

  verify(pkey) {
    const keys = require('internal/crypto/keys');
    if (!keys.isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    const info = this[kInfo];
    const digest = sigDigests[info.sigAlg];
    if (digest === undefined) return false;
    const kind = pkey.asymmetricKeyType;
    const rsaSig = info.sigAlg.startsWith('1.2.840.113549.');
    const ecSig = info.sigAlg.startsWith('1.2.840.10045.');
    if ((rsaSig && kind !== 'rsa') || (ecSig && kind !== 'ec') || (digest === null && kind !== 'ed25519')) return false;
    try {
      return require('internal/crypto/sig').verifyOneShot(digest, toBuffer(info.tbs), pkey, toBuffer(info.signature));
    } catch {
      return false;
    }
  }

  toLegacyObject() {
    const info = this[kInfo];
    const out = {
      subject: pairsToObject(info.subjectPairs),
      issuer: pairsToObject(info.issuerPairs),
    };
    if (info.subjectAltName !== undefined) out.subjectaltname = info.subjectAltName;
    if (info.infoAccessPairs !== undefined) {
      out.infoAccess = { __proto__: null };
      for (const [k, v] of info.infoAccessPairs) (out.infoAccess[k] ??= []).push(v);
    }
    out.ca = info.ca;
    Object.assign(out, legacyKeyFields(this));
    out.valid_from = info.validFrom;
    out.valid_to = info.validTo;
    out.fingerprint = this.fingerprint;
    out.fingerprint256 = this.fingerprint256;
    out.fingerprint512 = this.fingerprint512;
    if (info.keyUsage !== undefined) out.ext_key_usage = info.keyUsage.slice();
    out.serialNumber = info.serialNumber;
    out.raw = Buffer.from(this.raw);
    return out;
  }
}

// The public-key facts getPeerCertificate() reports (RSA and EC keys only).
function legacyKeyFields(cert) {
  let key;
  try {
    key = cert.publicKey;
  } catch {
    return {};
  }
  const jwk = key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'ec' ? key.export({ format: 'jwk' }) : null;
  const b64 = (s) => Buffer.from(s, 'base64url');
  if (key.asymmetricKeyType === 'rsa') {
    return {
      modulus: b64(jwk.n).toString('hex').toUpperCase(),
      bits: key.asymmetricKeyDetails.modulusLength,
      exponent: `0x${b64(jwk.e).toString('hex').replace(/^0+(?=.)/, '')}`,
      pubkey: toBuffer(cert[kInfo].spki),
    };
  }
  if (key.asymmetricKeyType === 'ec') {
    const x = b64(jwk.x);
    const curve = key.asymmetricKeyDetails.namedCurve;
    const fields = {
      bits: curve === 'secp521r1' ? 521 : x.length * 8,
      pubkey: Buffer.concat([Buffer.from([4]), x, b64(jwk.y)]),
      asn1Curve: curve,
    };
    if (nistNames[curve]) fields.nistCurve = nistNames[curve];
    return fields;
  }
  return {};
}

module.exports = { X509Certificate, isX509Certificate };
