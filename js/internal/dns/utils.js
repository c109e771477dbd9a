'use strict';
// Shared by dns and dns/promises: argument checks, Node-shaped errors, server lists, the
// lookup core (getaddrinfo on the blocking pool) and the query core (hickory-resolver).

const binding = internalBinding('dns');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_MISSING_ARGS,
  },
  fixStackHeader,
} = require('internal/errors');
const { validateString, validateArray, validateInt32, validateOneOf, validateBoolean } =
  require('internal/validators');
const { isIP } = require('internal/net');

// c-ares's error names, as Node exports them.
const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

const ADDRCONFIG = binding.AI_ADDRCONFIG;
const ALL = binding.AI_ALL;
const V4MAPPED = binding.AI_V4MAPPED;

// Callbacks run in the AsyncLocalStorage frame of the call that started them.
const { bindCurrent } = require('internal/async_context');

// --- errors ---------------------------------------------------------------------------------

// "getaddrinfo ENOTFOUND example.invalid" with errno, code, syscall, hostname.
function dnsException(code, errno, syscall, hostname) {
  const err = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  fixStackHeader(err, 'Error');
  return err;
}

// --- result order ---------------------------------------------------------------------------

let defaultOrder = 'verbatim';
const orders = ['ipv4first', 'ipv6first', 'verbatim'];

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', orders);
  defaultOrder = order;
}

function getDefaultResultOrder() {
  return defaultOrder;
}

// --- lookup ---------------------------------------------------------------------------------

const validFamilies = [0, 4, 6];
const validHints = ADDRCONFIG | ALL | V4MAPPED;

// Normalise lookup()'s options (a family number or an object) into a plain record.
function lookupOptions(options) {
  let family = 0;
  let hints = 0;
  let all = false;
  let order = defaultOrder;
  if (options === undefined || options === null) return { family, hints, all, order };
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    return { family: options, hints, all, order };
  }
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  if (options.hints != null) {
    validateInt32(options.hints, 'options.hints');
    hints = options.hints >>> 0;
    if ((hints & ~validHints) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
  if (options.family != null) {
    switch (options.family) {
      case 'IPv4': family = 4; break;
      case 'IPv6': family = 6; break;
      default:
        validateOneOf(options.family, 'options.family', validFamilies);
        family = options.family;
    }
  }
  if (options.all != null) {
    validateBoolean(options.all, 'options.all');
    all = options.all;
  }
  if (options.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options.order != null) {
    validateOneOf(options.order, 'options.order', orders);
    order = options.order;
  }
  return { family, hints, all, order };
}

// Calls done(err, addresses[{address, family}]) — asynchronously, always.
function lookupCore(hostname, opts, done) {
  done = bindCurrent(done);
  if (!hostname) {
    process.nextTick(done, null, []);
    return;
  }
  const literal = isIP(hostname);
  if (literal) {
    process.nextTick(done, null, [{ address: hostname, family: literal }]);
    return;
  }
  const orderNum = opts.order === 'ipv4first' ? 1 : opts.order === 'ipv6first' ? 2 : 0;
  binding.getaddrinfo(hostname, opts.family, opts.hints, orderNum, {
    oncomplete(err, list) {
      if (err) return done(dnsException(err.code, err.errno, 'getaddrinfo', hostname));
      const out = [];
      for (let i = 0; i < list.length; i += 2) out.push({ address: list[i], family: list[i + 1] });
      if (out.length === 0) return done(dnsException('ENOTFOUND', -3008, 'getaddrinfo', hostname));
      done(null, out);
    },
  });
}

function lookupServiceCore(address, port, done) {
  done = bindCurrent(done);
  binding.getnameinfo(address, port, {
    oncomplete(err, hostname, service) {
      if (err) {
        const e = dnsException(err.code, err.errno, 'getnameinfo', `${address}:${port}`);
        delete e.hostname;
        e.host = address;
        e.port = port;
        return done(e);
      }
      done(null, hostname, service);
    },
  });
}

// --- servers --------------------------------------------------------------------------------

const IPv6WithPort = /^\[([^[\]]*)\]:(\d+)$/;
const IPv6Bracket = /^\[([^[\]]*)\]$/;
const IPv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d+)$/;

// "1.2.3.4", "1.2.3.4:53", "::1", "[::1]", "[::1]:53" -> [ip, port]
function parseServer(serv, index) {
  validateString(serv, `servers[${index}]`);
  if (isIP(serv)) return [serv, 53];
  let m = IPv6Bracket.exec(serv);
  if (m && isIP(m[1]) === 6) return [m[1], 53];
  m = IPv6WithPort.exec(serv) || IPv4WithPort.exec(serv);
  if (m && isIP(m[1])) {
    const port = Number(m[2]);
    if (port <= 65535) return [m[1], port];
  }
  throw new ERR_INVALID_IP_ADDRESS(serv);
}

function formatServer([ip, port]) {
  if (port === 53) return ip;
  return isIP(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
}

// --- queries --------------------------------------------------------------------------------

const rrSyscall = {
  A: 'queryA', AAAA: 'queryAaaa', ANY: 'queryAny', CAA: 'queryCaa', CNAME: 'queryCname',
  MX: 'queryMx', NAPTR: 'queryNaptr', NS: 'queryNs', PTR: 'queryPtr', SOA: 'querySoa',
  SRV: 'querySrv', TXT: 'queryTxt',
};

// The PTR name for an IP address ("1.0.0.10.in-addr.arpa").
function reverseName(ip) {
  const family = isIP(ip);
  if (family === 4) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  // Expand "::" to write out every nibble.
  let [head, tail] = ip.includes('::') ? ip.split('::') : [ip, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  let last = t.length ? t : h;
  // An embedded IPv4 tail takes two groups.
  const v4 = last.length && last[last.length - 1].includes('.') ? last.pop() : null;
  if (v4) {
    const b = v4.split('.').map(Number);
    last.push(((b[0] << 8) | b[1]).toString(16), ((b[2] << 8) | b[3]).toString(16));
  }
  const fill = tail !== undefined ? 8 - h.length - t.length : 0;
  const groups = [...h, ...Array(fill).fill('0'), ...t];
  const nibbles = groups.map((g) => g.padStart(4, '0')).join('');
  return `${nibbles.split('').reverse().join('.')}.ip6.arpa`;
}

// Resolver options: {timeout, tries} (maxTimeout accepted).
function resolverOptions(options) {
  let timeout = -1;
  let tries = 4;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    if (options.timeout !== undefined) {
      validateInt32(options.timeout, 'options.timeout', -1);
      timeout = options.timeout;
    }
    if (options.tries !== undefined) {
      validateInt32(options.tries, 'options.tries', 1);
      tries = options.tries;
    }
    if (options.maxTimeout !== undefined) validateInt32(options.maxTimeout, 'options.maxTimeout', -1);
  }
  return { timeout, tries };
}

const kHandle = Symbol('kHandle');

// The common part of dns.Resolver and dns.promises.Resolver.
class ResolverBase {
  constructor(options = undefined) {
    const { timeout, tries } = resolverOptions(options);
    this[kHandle] = new binding.ChannelWrap(timeout, tries);
  }

  cancel() {
    this[kHandle].cancel();
  }

  getServers() {
    return this[kHandle].getServers().map(formatServer);
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const list = servers.map(parseServer);
    this[kHandle].setServers(list);
  }

  // c-ares binds queries to a local address; accepted and validated, not applied.
  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (isIP(ipv4) !== 4) throw new ERR_INVALID_ARG_VALUE('ipv4', ipv4);
    if (ipv6 !== undefined) {
      validateString(ipv6, 'ipv6');
      if (isIP(ipv6) !== 6) throw new ERR_INVALID_ARG_VALUE('ipv6', ipv6);
    }
  }
}

// Start one query: done(err, records).
function queryCore(resolver, rrtype, name, ttl, done, hostnameForError = name) {
  done = bindCurrent(done);
  resolver[kHandle].query(rrtype, name, ttl, {
    oncomplete(code, records) {
      if (code) return done(dnsException(code, undefined, rrSyscall[rrtype] || 'query', hostnameForError));
      done(null, records);
    },
  });
}

function reverseCore(resolver, ip, done) {
  done = bindCurrent(done);
  if (!isIP(ip)) {
    const err = new Error(`getHostByAddr EINVAL ${ip}`);
    err.code = 'EINVAL';
    throw err;
  }
  resolver[kHandle].query('PTR', reverseName(ip), false, {
    oncomplete(code, records) {
      if (code) return done(dnsException(code, undefined, 'getHostByAddr', ip));
      done(null, records);
    },
  });
}

function validateRrtype(rrtype) {
  validateString(rrtype, 'rrtype');
  if (!Object.prototype.hasOwnProperty.call(rrSyscall, rrtype)) {
    throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  }
}

module.exports = {
  binding, errorCodes, ADDRCONFIG, ALL, V4MAPPED, dnsException, lookupOptions, lookupCore,
  lookupServiceCore, setDefaultResultOrder, getDefaultResultOrder, ResolverBase, queryCore,
  reverseCore, validateRrtype, rrSyscall, isIP, ERR_MISSING_ARGS,
};
