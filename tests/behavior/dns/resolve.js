'use strict';
// dns.resolve* and Resolver against a DNS server on 127.0.0.1 started here
// (target/release/minode-test-dns-server, bindings/test-bin/dns_server.rs). Nothing else is asked.
const { checkAsync, assert } = require('../check');
const path = require('path');
const { spawn } = require('child_process');
const dns = require('dns');
const dnsPromises = require('dns/promises');

const bin = path.join(__dirname, '..', '..', '..', 'target', 'release', 'minode-test-dns-server');
let server;
let addr;

const call = (fn) => new Promise((resolve) => fn((err, value) => resolve({ err, value })));
const shape = (e) => e && [e.message, e.code, e.syscall, e.hostname];

checkAsync('start the test DNS server', async () => {
  server = spawn(bin, ['0', '--watch-stdin'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    server.on('error', reject);
    server.stdout.once('data', (d) => resolve(Number(String(d).trim())));
  });
  assert.ok(port > 0);
  addr = `127.0.0.1:${port}`;
});

function resolver(opts) {
  const r = new dns.Resolver(opts);
  r.setServers([addr]);
  return r;
}

checkAsync('resolve4 / resolve6 / ttl', async () => {
  const r = resolver();
  assert.deepStrictEqual((await call((cb) => r.resolve4('a.minode.test', cb))).value, ['10.0.0.1', '10.0.0.2']);
  assert.deepStrictEqual((await call((cb) => r.resolve4('a.minode.test', { ttl: true }, cb))).value,
    [{ address: '10.0.0.1', ttl: 300 }, { address: '10.0.0.2', ttl: 300 }]);
  assert.deepStrictEqual((await call((cb) => r.resolve6('a.minode.test', cb))).value, ['2001:db8::1']);
  assert.deepStrictEqual((await call((cb) => r.resolve6('a.minode.test', { ttl: true }, cb))).value, [{ address: '2001:db8::1', ttl: 600 }]);
  assert.deepStrictEqual((await call((cb) => r.resolve('a.minode.test', cb))).value, ['10.0.0.1', '10.0.0.2']);
});

checkAsync('CNAME chains and resolveCname', async () => {
  const r = resolver();
  assert.deepStrictEqual((await call((cb) => r.resolve4('alias.minode.test', cb))).value, ['10.0.0.1', '10.0.0.2']);
  assert.deepStrictEqual((await call((cb) => r.resolveCname('alias.minode.test', cb))).value, ['a.minode.test']);
});

checkAsync('MX, TXT, SRV, NS, SOA, PTR, CAA', async () => {
  const r = resolver();
  assert.deepStrictEqual((await call((cb) => r.resolveMx('mail.minode.test', cb))).value,
    [{ exchange: 'mx1.minode.test', priority: 10 }, { exchange: 'mx2.minode.test', priority: 20 }]);
  assert.deepStrictEqual((await call((cb) => r.resolve('mail.minode.test', 'MX', cb))).value.length, 2);
  assert.deepStrictEqual((await call((cb) => r.resolveTxt('txt.minode.test', cb))).value, [['v=spf1 -all'], ['part1', 'part2']]);
  assert.deepStrictEqual((await call((cb) => r.resolveSrv('_sip._tcp.minode.test', cb))).value,
    [{ name: 'sip.minode.test', port: 5060, priority: 10, weight: 5 }]);
  assert.deepStrictEqual((await call((cb) => r.resolveNs('minode.test', cb))).value, ['ns1.minode.test', 'ns2.minode.test']);
  assert.deepStrictEqual((await call((cb) => r.resolveSoa('minode.test', cb))).value, {
    nsname: 'ns1.minode.test', hostmaster: 'hostmaster.minode.test', serial: 2024010101,
    refresh: 7200, retry: 3600, expire: 1209600, minttl: 300,
  });
  assert.deepStrictEqual((await call((cb) => r.resolvePtr('1.0.0.10.in-addr.arpa', cb))).value, ['a.minode.test']);
  const caa = (await call((cb) => r.resolveCaa('caa.minode.test', cb))).value;
  assert.strictEqual(caa.length, 1);
  assert.strictEqual(caa[0].critical, 0);
  assert.match(caa[0].issue, /^ca\.example/);
});

checkAsync('resolveAny and reverse', async () => {
  const r = resolver();
  assert.deepStrictEqual((await call((cb) => r.resolveAny('a.minode.test', cb))).value, [
    { address: '10.0.0.1', ttl: 300, type: 'A' }, { address: '10.0.0.2', ttl: 300, type: 'A' },
    { address: '2001:db8::1', ttl: 600, type: 'AAAA' }]);
  assert.deepStrictEqual((await call((cb) => r.reverse('10.0.0.1', cb))).value, ['a.minode.test']);
  const e = (await call((cb) => r.reverse('10.9.9.9', cb))).err;
  assert.deepStrictEqual(shape(e), ['getHostByAddr ENOTFOUND 10.9.9.9', 'ENOTFOUND', 'getHostByAddr', '10.9.9.9']);
});

checkAsync('error codes: ENOTFOUND, ENODATA, ESERVFAIL, EREFUSED', async () => {
  const r = resolver();
  const nx = (await call((cb) => r.resolve4('nx.minode.test', cb))).err;
  assert.deepStrictEqual(shape(nx), ['queryA ENOTFOUND nx.minode.test', 'ENOTFOUND', 'queryA', 'nx.minode.test']);
  assert.deepStrictEqual(Object.keys(nx), ['errno', 'code', 'syscall', 'hostname']);
  assert.strictEqual(nx.errno, undefined);
  const nodata = (await call((cb) => r.resolve4('empty.minode.test', cb))).err;
  assert.deepStrictEqual(shape(nodata), ['queryA ENODATA empty.minode.test', dns.NODATA, 'queryA', 'empty.minode.test']);
  assert.strictEqual((await call((cb) => r.resolveMx('a.minode.test', cb))).err.message, 'queryMx ENODATA a.minode.test');
  assert.strictEqual((await call((cb) => r.resolve4('servfail.minode.test', cb))).err.code, 'ESERVFAIL');
  assert.strictEqual((await call((cb) => r.resolve4('refused.minode.test', cb))).err.code, 'EREFUSED');
  const inv = (await call((cb) => r.resolve4('example.invalid', cb))).err;
  assert.deepStrictEqual(shape(inv), ['queryA ENOTFOUND example.invalid', 'ENOTFOUND', 'queryA', 'example.invalid']);
});

checkAsync('timeout and tries give ETIMEOUT; cancel gives ECANCELLED', async () => {
  const r = resolver({ timeout: 200, tries: 1 });
  const t = (await call((cb) => r.resolve4('timeout.minode.test', cb))).err;
  assert.deepStrictEqual(shape(t), ['queryA ETIMEOUT timeout.minode.test', 'ETIMEOUT', 'queryA', 'timeout.minode.test']);
  const r2 = resolver();
  const p = call((cb) => r2.resolve4('timeout.minode.test', cb));
  r2.cancel();
  assert.deepStrictEqual(shape((await p).err), ['queryA ECANCELLED timeout.minode.test', 'ECANCELLED', 'queryA', 'timeout.minode.test']);
});

checkAsync('setServers / getServers formats', async () => {
  const r = new dns.Resolver();
  r.setServers(['127.0.0.1', '[::1]:5353', '::2', '1.2.3.4:53', '127.0.0.2:5300']);
  assert.deepStrictEqual(r.getServers(), ['127.0.0.1', '[::1]:5353', '::2', '1.2.3.4', '127.0.0.2:5300']);
  assert.throws(() => r.setServers(['999.1.1.1']), { code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: 999.1.1.1' });
  assert.throws(() => r.setServers('127.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => r.resolve4(5, () => {}), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "name" argument must be of type string. Received type number (5)' });
  assert.throws(() => r.resolve('x', 'BAD', () => {}), { code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'rrtype' is invalid. Received 'BAD'" });
  assert.throws(() => new dns.Resolver({ timeout: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
});

checkAsync('module-level setServers and resolve', async () => {
  const before = dns.getServers();
  dns.setServers([addr]);
  assert.deepStrictEqual(dns.getServers(), [addr]);
  assert.deepStrictEqual((await call((cb) => dns.resolve4('a.minode.test', cb))).value, ['10.0.0.1', '10.0.0.2']);
  dns.setServers(before);
  // dns/promises keeps its own default servers.
  const pbefore = dnsPromises.getServers();
  dnsPromises.setServers([addr]);
  assert.deepStrictEqual(dnsPromises.getServers(), [addr]);
  assert.deepStrictEqual(await dnsPromises.resolve4('a.minode.test'), ['10.0.0.1', '10.0.0.2']);
  assert.deepStrictEqual(await dnsPromises.resolveTxt('txt.minode.test'), [['v=spf1 -all'], ['part1', 'part2']]);
  dnsPromises.setServers(pbefore);
});

checkAsync('dns/promises Resolver', async () => {
  const r = new dnsPromises.Resolver({ timeout: 1000, tries: 2 });
  r.setServers([addr]);
  assert.deepStrictEqual(await r.resolveMx('mail.minode.test'), [{ exchange: 'mx1.minode.test', priority: 10 }, { exchange: 'mx2.minode.test', priority: 20 }]);
  assert.deepStrictEqual(await r.resolve('txt.minode.test', 'TXT'), [['v=spf1 -all'], ['part1', 'part2']]);
  assert.deepStrictEqual(await r.resolve6('a.minode.test', { ttl: true }), [{ address: '2001:db8::1', ttl: 600 }]);
  assert.deepStrictEqual(await r.reverse('10.0.0.1'), ['a.minode.test']);
  const e = await r.resolveSrv('nx.minode.test').catch((err) => err);
  assert.deepStrictEqual(shape(e), ['querySrv ENOTFOUND nx.minode.test', 'ENOTFOUND', 'querySrv', 'nx.minode.test']);
});

checkAsync('stop the test DNS server', async () => {
  const exited = new Promise((r) => server.on('exit', r));
  server.stdin.end();
  await exited;
});
