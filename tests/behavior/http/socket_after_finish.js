'use strict';
// res.socket / res.connection around the end of a response. Node detaches the socket when
// the response finishes (its own 'finish' listener runs before the user's): a small
// response finishes a tick after end(), so the socket is still there right after end(),
// and null in 'finish'/'close' listeners, in a nextTick queued after end() and by the
// next setImmediate, whether or not anyone listened for 'finish'.
const { checkAsync, assert } = require('../check');
const http = require('http');
const net = require('net');
const { listen, close, raw } = require('./_helpers');

const log = [];
const has = (res) => `${res.socket !== null}/${res.connection !== null}`;

const handlers = {
  // res.end() with no listeners: the fast path that finishes lazily.
  plain(req, res, L) {
    const sock = req.socket;
    res.end('x');
    L('after end', has(res), res.socket === sock);
    queueMicrotask(() => L('microtask', has(res)));
    process.nextTick(() => L('nextTick', has(res)));
    setImmediate(() => L('immediate', has(res)));
  },
  // A nextTick queued before end() still runs in end()'s tick, before the finish.
  'tick-before'(req, res, L) {
    process.nextTick(() => L('nextTick queued before end', has(res)));
    res.end('x');
  },
  listeners(req, res, L) {
    res.on('finish', () => L('finish', has(res)));
    res.on('close', () => L('close', has(res)));
    res.end('x');
    L('after end', has(res));
    setImmediate(() => L('immediate', has(res)));
  },
  // Listeners added after end(), in its tick, still hear 'finish' (and see it detached).
  'late-listener'(req, res, L) {
    res.end('x');
    res.on('finish', () => L('finish', has(res)));
    L('after end and on()', has(res));
    process.nextTick(() => L('nextTick', has(res)));
  },
  'late-once'(req, res, L) {
    res.end('x');
    res.once('finish', () => L('once finish', has(res)));
    req.on('close', () => L('req close', has(res)));
  },
  // A prepended 'finish' listener runs before Node's own, which detaches the socket.
  prepended(req, res, L) {
    res.on('finish', () => L('finish', has(res)));
    res.prependListener('finish', () => L('prepended finish', has(res)));
    res.end('x');
  },
  'late-prepended'(req, res, L) {
    res.end('x');
    res.prependOnceListener('finish', () => L('prepended finish', has(res)));
    res.on('finish', () => L('finish', has(res)));
  },
  // res.write() then res.end(): the general path.
  written(req, res, L) {
    res.on('finish', () => L('finish', has(res)));
    res.write('a');
    L('after write', has(res));
    res.end('b');
    L('after end', has(res));
    process.nextTick(() => L('nextTick', has(res)));
    setImmediate(() => L('immediate', has(res)));
  },
  // Headers first, then the body in end(): the general path without listeners.
  'head-first'(req, res, L) {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('x');
    L('after end', has(res));
    setImmediate(() => L('immediate', has(res)));
  },
};

const previous = [];
const server = http.createServer((req, res) => {
  const name = req.url.slice(1);
  const L = (...what) => log.push(`${name}: ${what.join(' ')}`);
  if (name.startsWith('keep-alive')) {
    // Two requests on one connection: the first response is detached by the second.
    for (const p of previous) L('previous response', has(p));
    previous.push(res);
    res.end('k');
    L('after end', has(res));
    return;
  }
  handlers[name](req, res, L);
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

checkAsync('res.socket is there right after end(), null once the response finished', async () => {
  const port = await listen(server);
  server.unref(); // a failed check must not keep the process alive
  for (const name of Object.keys(handlers)) {
    await raw(port, `GET /${name} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 100);
    await settle();
  }
  assert.deepStrictEqual(log.splice(0), [
    'plain: after end true/true true',
    'plain: nextTick false/false',
    'plain: microtask false/false',
    'plain: immediate false/false',
    'tick-before: nextTick queued before end true/true',
    'listeners: after end true/true',
    'listeners: finish false/false',
    'listeners: close false/false',
    'listeners: immediate false/false',
    'late-listener: after end and on() true/true',
    'late-listener: finish false/false',
    'late-listener: nextTick false/false',
    'late-once: once finish false/false',
    'late-once: req close false/false',
    'prepended: prepended finish true/true',
    'prepended: finish false/false',
    'late-prepended: prepended finish true/true',
    'late-prepended: finish false/false',
    'written: after write true/true',
    'written: after end true/true',
    'written: finish false/false',
    'written: nextTick false/false',
    'written: immediate false/false',
    'head-first: after end true/true',
    'head-first: immediate false/false',
  ]);
  console.log('ok');
});

// One request after another on a connection (not pipelined: Node would hold the second
// response until the first finished).
function sequential(port, requests) {
  return new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    let seen = 0;
    const next = () => c.write(requests.shift());
    c.on('connect', next);
    c.on('data', (d) => {
      out += d.toString('latin1');
      const n = out.split('HTTP/1.1 200').length - 1;
      if (n > seen) {
        seen = n;
        if (requests.length > 0) next();
      }
    });
    c.on('close', () => resolve(out));
    c.on('error', reject);
  });
}

checkAsync('a keep-alive connection: the previous response no longer shows the socket', async () => {
  const port = server.address().port;
  try {
    await sequential(port, [
      'GET /keep-alive-1 HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /keep-alive-2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    ]);
    assert.deepStrictEqual(log.splice(0), [
      'keep-alive-1: after end true/true',
      'keep-alive-2: previous response false/false',
      'keep-alive-2: after end true/true',
    ]);
  } finally {
    await close(server);
  }
});
