'use strict';
// dns: lookup() through the system resolver (getaddrinfo on the blocking pool) and the
// resolve*() family as DNS queries (hickory-resolver on the event loop). See
// js/internal/dns/utils.js and bindings/src/dns.rs.

const {
  errorCodes, ADDRCONFIG, ALL, V4MAPPED, lookupOptions, lookupCore, lookupServiceCore,
  setDefaultResultOrder, getDefaultResultOrder, ResolverBase, queryCore, reverseCore,
  validateRrtype, isIP, ERR_MISSING_ARGS,
} = require('internal/dns/utils');
const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateString, validatePort } = require('internal/validators');

let warnedEmpty = false;

// dns.lookup(hostname[, options], callback): callback(err, address, family) or, with
// {all: true}, callback(err, [{address, family}]).
function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const opts = lookupOptions(options);
  if (!hostname && !warnedEmpty) {
    warnedEmpty = true;
    process.emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
      'DeprecationWarning', 'DEP0118');
  }
  if (!hostname) {
    process.nextTick(() => {
      if (opts.all) callback(null, []);
      else callback(null, null, opts.family === 6 ? 6 : 4);
    });
    return {};
  }
  lookupCore(hostname, opts, (err, list) => {
    if (err) return callback(err);
    if (opts.all) return callback(null, list);
    callback(null, list[0].address, list[0].family);
  });
  return {};
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  lookupServiceCore(address, +port, callback);
  return {};
}

function makeQuery(rrtype) {
  return function query(name, options, callback) {
    validateString(name, 'name');
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validateFunction(callback, 'callback');
    const ttl = !!(options && options.ttl);
    queryCore(this, rrtype, name, ttl, callback);
    return {};
  };
}

class Resolver extends ResolverBase {}

const types = ['A', 'AAAA', 'ANY', 'CAA', 'CNAME', 'MX', 'NAPTR', 'NS', 'PTR', 'SOA', 'SRV', 'TXT'];
const methodName = (t) => `resolve${t === 'A' ? '4' : t === 'AAAA' ? '6' : t[0] + t.slice(1).toLowerCase()}`;
for (const t of types) Resolver.prototype[methodName(t)] = makeQuery(t);

Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  if (typeof rrtype === 'function') {
    callback = rrtype;
    rrtype = 'A';
  } else if (rrtype === undefined) {
    rrtype = 'A';
  }
  validateRrtype(rrtype);
  return this[methodName(rrtype)](hostname, callback);
};

Resolver.prototype.reverse = function reverse(ip, callback) {
  validateString(ip, 'ip');
  validateFunction(callback, 'callback');
  reverseCore(this, ip, callback);
  return {};
};

let defaultResolver = new Resolver();

function bindDefault(method) {
  return function (...args) { return defaultResolver[method](...args); };
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: (servers) => {
    const r = new Resolver();
    r.setServers(servers);
    defaultResolver = r;
  },
  getServers: () => defaultResolver.getServers(),
  resolve: bindDefault('resolve'),
  reverse: bindDefault('reverse'),
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
};
for (const t of types) module.exports[methodName(t)] = bindDefault(methodName(t));

let promises;
Object.defineProperty(module.exports, 'promises', {
  __proto__: null, configurable: true, enumerable: true,
  get() {
    promises ??= require('dns/promises');
    return promises;
  },
});
