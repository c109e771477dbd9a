'use strict';
// The `tls` module: TLS on rustls (bindings/src/tls/). TLSSocket/Server/connect live in
// _tls_wrap.js, contexts in _tls_common.js; this file holds the module's own functions
// (checkServerIdentity, rootCertificates, constants).
const net = require('net');
const { Buffer } = require('buffer');
const {
  codes: { ERR_TLS_CERT_ALTNAME_INVALID, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { SecureContext, createSecureContext, translatePeerCertificate } = require('_tls_common');
const { TLSSocket, Server, createServer, connect } = require('_tls_wrap');

const binding = internalBinding('tls');

const DEFAULT_CIPHERS = [
  'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-SHA256',
  'DHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA384', 'DHE-RSA-AES256-SHA384', 'ECDHE-RSA-AES256-SHA256',
  'DHE-RSA-AES256-SHA256', 'HIGH', '!aNULL', '!eNULL', '!EXPORT', '!DES', '!RC4', '!MD5', '!PSK', '!SRP',
  '!CAMELLIA',
].join(':');

// The suites rustls (ring provider) implements, in OpenSSL's lower-case naming.
const kCiphers = [
  'ecdhe-ecdsa-aes128-gcm-sha256', 'ecdhe-ecdsa-aes256-gcm-sha384', 'ecdhe-ecdsa-chacha20-poly1305',
  'ecdhe-rsa-aes128-gcm-sha256', 'ecdhe-rsa-aes256-gcm-sha384', 'ecdhe-rsa-chacha20-poly1305',
  'tls_aes_128_gcm_sha256', 'tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256',
];

function getCiphers() {
  return kCiphers.slice();
}

let rootCerts;
function getRootCertificates() {
  if (!rootCerts) rootCerts = Object.freeze(binding.rootCertificates());
  return rootCerts;
}

// ALPN protocol names to the wire format (length-prefixed, concatenated).
function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const parts = [];
    for (const p of protocols) {
      const b = Buffer.from(p);
      if (b.length > 255) throw new (require('internal/errors').codes.ERR_OUT_OF_RANGE)('The byte length of the protocol at index 0', '<= 255', b.length);
      parts.push(Buffer.from([b.length]), b);
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
  }
}

// --- host name checks (RFC 6125 as Node applies it) ----------------------------------------

function unfqdn(host) {
  return host.replace(/[.]$/, '');
}

function splitHost(host) {
  return unfqdn(host).toLowerCase().split('.');
}

function matchName(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  // Non-ASCII patterns never match (hosts arrive punycoded).
  if (/[^\u0021-\u007e]/.test(pattern)) return false;
  for (let i = hostParts.length - 1; i > 0; i--) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostSub = hostParts[0];
  const patternSub = patternParts[0];
  const patternSubParts = patternSub.split('*');
  if (patternSubParts.length === 1 || patternSub.includes('xn--')) return hostSub === patternSub;
  if (!wildcards) return false;
  if (patternSubParts.length > 2) return false;
  if (patternParts.length <= 2) return false;
  const [prefix, suffix] = patternSubParts;
  if (prefix.length + suffix.length > hostSub.length) return false;
  if (!hostSub.startsWith(prefix)) return false;
  if (!hostSub.endsWith(suffix)) return false;
  return true;
}

function canonicalizeIP(ip) {
  if (net.isIPv4(ip)) return ip.split('.').map((p) => String(Number(p))).join('.');
  if (!net.isIPv6(ip) && !/^[0-9a-fA-F:.]+$/.test(ip)) return ip;
  let s = ip.split('%')[0].toLowerCase();
  let tail = [];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const b = v4[1].split('.').map(Number);
    tail = [((b[0] << 8) | b[1]).toString(16), ((b[2] << 8) | b[3]).toString(16)];
    s = s.slice(0, -v4[1].length).replace(/:$/, '');
    if (s.endsWith(':')) s += ':';
  }
  let groups;
  if (s.includes('::')) {
    const [a, b] = s.split('::');
    const left = a ? a.split(':') : [];
    const right = b ? b.split(':') : [];
    const total = 8 - tail.length;
    groups = [...left, ...new Array(Math.max(0, total - left.length - right.length)).fill('0'), ...right];
  } else {
    groups = s ? s.split(':') : [];
  }
  groups = [...groups, ...tail].map((g) => parseInt(g || '0', 16).toString(16));
  if (groups.length !== 8) return ip;
  // RFC 5952: compress the longest run (>= 2) of zero groups.
  let best = -1; let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== '0') { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen && j - i >= 2) { best = i; bestLen = j - i; }
    i = j;
  }
  if (best === -1) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}

function splitAltNames(altNames) {
  // Entries are "TYPE:value" joined by ", "; values may be JSON-quoted when they hold commas.
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < altNames.length; i++) {
    const ch = altNames[i];
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === ',' && altNames[i + 1] === ' ') {
      out.push(cur);
      cur = '';
      i++;
      continue;
    }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out.map((e) => {
    const c = e.indexOf(':');
    if (c === -1) return e;
    let v = e.slice(c + 1);
    if (v.startsWith('"')) { try { v = JSON.parse(v); } catch { /* keep */ } }
    return e.slice(0, c + 1) + v;
  });
}

function checkServerIdentity(hostname, cert) {
  const subject = cert && cert.subject;
  const altNames = cert && cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    for (const name of splitAltNames(altNames)) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalizeIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || (subject && subject.CN)) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => matchName(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) {
    const err = new ERR_TLS_CERT_ALTNAME_INVALID(reason);
    err.reason = reason;
    err.host = hostname;
    err.cert = cert;
    return err;
  }
  return undefined;
}

function createSecurePair() {
  throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('createSecurePair()');
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers,
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
  createSecurePair,
  translatePeerCertificate,
};
Object.defineProperty(module.exports, 'rootCertificates', {
  get: getRootCertificates, configurable: false, enumerable: true,
});
void ERR_INVALID_ARG_TYPE;
