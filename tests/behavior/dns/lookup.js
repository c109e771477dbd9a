'use strict';
// dns.lookup / lookupService through the system resolver, offline: /etc/hosts, IP literals,
// names that can never resolve. No query here leaves the machine.
const { check, checkAsync, assert } = require('../check');
const dns = require('dns');
const dnsPromises = require('dns/promises');

const lookup = (host, opts) => new Promise((resolve) => {
  dns.lookup(host, opts, (err, address, family) => resolve({ err, address, family }));
});

// A label longer than 63 bytes can never be sent as a query: both runtimes answer locally.
const never = `${'a'.repeat(64)}.invalid`;

checkAsync('localhost resolves to loopback (IPv4)', async () => {
  const r = await lookup('localhost', { family: 4 });
  assert.strictEqual(r.err, null);
  assert.deepStrictEqual([r.address, r.family], ['127.0.0.1', 4]);
  const r2 = await lookup('localhost', 4);
  assert.strictEqual(r2.address, '127.0.0.1');
});

checkAsync('localhost with all: true lists loopback addresses', async () => {
  const r = await lookup('localhost', { all: true });
  assert.ok(Array.isArray(r.address) && r.address.length >= 1);
  for (const a of r.address) {
    assert.deepStrictEqual(Object.keys(a), ['address', 'family']);
    assert.ok(a.address === '127.0.0.1' || a.address === '::1', a.address);
    assert.strictEqual(a.family, a.address.includes(':') ? 6 : 4);
  }
  const v4 = await lookup('localhost', { all: true, family: 'IPv4' });
  assert.deepStrictEqual(v4.address, [{ address: '127.0.0.1', family: 4 }]);
});

checkAsync('IP literals come back as given', async () => {
  assert.deepStrictEqual(await lookup('127.0.0.1'), { err: null, address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await lookup('::1', { family: 6 }), { err: null, address: '::1', family: 6 });
  assert.deepStrictEqual((await lookup('10.1.2.3', { all: true })).address, [{ address: '10.1.2.3', family: 4 }]);
  let sync = true;
  const p = new Promise((r) => dns.lookup('127.0.0.1', () => r(sync)));
  sync = false;
  assert.strictEqual(await p, false);
});

checkAsync('ENOTFOUND is shaped like Node\'s', async () => {
  const { err } = await lookup(never);
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message, `getaddrinfo ENOTFOUND ${never}`);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'hostname']);
  assert.deepStrictEqual([err.errno, err.code, err.syscall, err.hostname], [-3008, 'ENOTFOUND', 'getaddrinfo', never]);
  const r = await lookup(never, { all: true });
  assert.strictEqual(r.err.code, 'ENOTFOUND');
});

checkAsync('dns.promises.lookup', async () => {
  assert.deepStrictEqual(await dnsPromises.lookup('localhost', { family: 4 }), { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await dns.promises.lookup('127.0.0.1', { all: true }), [{ address: '127.0.0.1', family: 4 }]);
  const err = await dnsPromises.lookup(never).catch((e) => e);
  assert.deepStrictEqual([err.code, err.syscall, err.hostname], ['ENOTFOUND', 'getaddrinfo', never]);
});

checkAsync('order / verbatim options are accepted', async () => {
  for (const opts of [{ order: 'ipv4first' }, { order: 'ipv6first' }, { verbatim: false }, { verbatim: true }]) {
    const r = await lookup('localhost', { ...opts, family: 4 });
    assert.strictEqual(r.address, '127.0.0.1');
  }
});

check('lookup argument validation', () => {
  assert.throws(() => dns.lookup(5, () => {}), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "hostname" argument must be of type string. Received type number (5)' });
  assert.throws(() => dns.lookup('localhost', { family: 5 }, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => dns.lookup('localhost', { all: 'yes' }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => dns.lookup('localhost', { hints: 0x7fff }, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => dns.lookup('localhost'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => dns.lookupService('not-an-ip', 22, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => dns.lookupService('127.0.0.1', 99999, () => {}), { code: 'ERR_SOCKET_BAD_PORT' });
});

check('result order setting', () => {
  assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
  dns.setDefaultResultOrder('ipv4first');
  assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
  dns.setDefaultResultOrder('verbatim');
  assert.throws(() => dns.setDefaultResultOrder('bogus'), { code: 'ERR_INVALID_ARG_VALUE' });
});

check('constants', () => {
  assert.deepStrictEqual([dns.NODATA, dns.NOTFOUND, dns.TIMEOUT, dns.CONNREFUSED, dns.SERVFAIL, dns.CANCELLED],
    ['ENODATA', 'ENOTFOUND', 'ETIMEOUT', 'ECONNREFUSED', 'ESERVFAIL', 'ECANCELLED']);
  assert.deepStrictEqual([typeof dns.ADDRCONFIG, typeof dns.V4MAPPED, typeof dns.ALL], ['number', 'number', 'number']);
  assert.strictEqual(dnsPromises.NOTFOUND, 'ENOTFOUND');
  assert.strictEqual(typeof dnsPromises.Resolver, 'function');
});

checkAsync('lookupService of 127.0.0.1', async () => {
  const r = await new Promise((resolve) => dns.lookupService('127.0.0.1', 22, (err, host, service) => resolve({ err, host, service })));
  assert.strictEqual(r.err, null);
  assert.strictEqual(typeof r.host, 'string');
  assert.strictEqual(r.service, 'ssh');
  const p = await dnsPromises.lookupService('127.0.0.1', 80);
  assert.deepStrictEqual(Object.keys(p), ['hostname', 'service']);
  assert.strictEqual(p.service, 'http');
});
