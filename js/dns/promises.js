'use strict';
// dns/promises: the dns API returning promises, with its own Resolver class.

const {
  errorCodes, lookupOptions, lookupCore, lookupServiceCore, setDefaultResultOrder,
  getDefaultResultOrder, ResolverBase, queryCore, reverseCore, validateRrtype, isIP,
  ERR_MISSING_ARGS,
} = require('internal/dns/utils');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateString, validatePort } = require('internal/validators');

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  const opts = lookupOptions(options);
  return new Promise((resolve, reject) => {
    if (!hostname) {
      resolve(opts.all ? [] : { address: null, family: opts.family === 6 ? 6 : 4 });
      return;
    }
    lookupCore(hostname, opts, (err, list) => {
      if (err) return reject(err);
      resolve(opts.all ? list : list[0]);
    });
  });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  return new Promise((resolve, reject) => {
    lookupServiceCore(address, +port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
}

function makeQuery(rrtype) {
  return function query(name, options) {
    validateString(name, 'name');
    const ttl = !!(options && options.ttl);
    return new Promise((resolve, reject) => {
      queryCore(this, rrtype, name, ttl, (err, records) => (err ? reject(err) : resolve(records)));
    });
  };
}

class Resolver extends ResolverBase {}

const types = ['A', 'AAAA', 'ANY', 'CAA', 'CNAME', 'MX', 'NAPTR', 'NS', 'PTR', 'SOA', 'SRV', 'TXT'];
const methodName = (t) => `resolve${t === 'A' ? '4' : t === 'AAAA' ? '6' : t[0] + t.slice(1).toLowerCase()}`;
for (const t of types) Resolver.prototype[methodName(t)] = makeQuery(t);

Resolver.prototype.resolve = function resolve(hostname, rrtype = 'A') {
  validateRrtype(rrtype);
  return this[methodName(rrtype)](hostname);
};

Resolver.prototype.reverse = function reverse(ip) {
  validateString(ip, 'ip');
  return new Promise((resolve, reject) => {
    reverseCore(this, ip, (err, records) => (err ? reject(err) : resolve(records)));
  });
};

// Like Node, dns/promises has a default resolver of its own.
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
  ...errorCodes,
};
for (const t of types) module.exports[methodName(t)] = bindDefault(methodName(t));
