'use strict';
// fetch() over the http/https modules, shaped like Node's undici-based fetch: the promise
// resolves when the response headers arrive and response.body is a ReadableStream fed chunk
// by chunk (with backpressure); gzip/deflate/br bodies are decoded with zlib; request bodies
// may be ReadableStreams (sent chunked); redirects follow/error/manual; AbortSignal aborts
// the request or the body mid-way. Headers/Request/Response/FormData live in internal/fetch/.
// Not supported: CORS, the HTTP cache, blob: URLs, keepalive tuning, HTTP/2.

const { Headers, headerListEntries, setGuard, appendRaw, deleteRaw } = require('internal/fetch/headers');
const { Request, requestState, kUnfollow } = require('internal/fetch/request');
const { Response, createResponse, nullBodyStatus, redirectStatus } = require('internal/fetch/response');
const { FormData } = require('internal/fetch/formdata');
const { kBody } = require('internal/fetch/body');

let BufferCtor;
function B() { return (BufferCtor ??= require('buffer').Buffer); }

class SocketError extends Error {
  constructor(message) {
    super(message);
    this.name = 'SocketError';
    this.code = 'UND_ERR_SOCKET';
  }
}

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

function terminated(cause) {
  return new TypeError('terminated', { cause });
}

function abortReason(signal) {
  if (signal.reason !== undefined) return signal.reason;
  const { DOMException } = require('internal/dom_exception');
  return new DOMException('This operation was aborted', 'AbortError');
}

// --- data: URLs ------------------------------------------------------------------------------
function percentDecode(text) {
  const out = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x25 && /^[0-9a-f]{2}$/i.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      out.push(c);
    } else {
      out.push(...new TextEncoder().encode(text[i]));
    }
  }
  return new Uint8Array(out);
}

function fetchData(href) {
  const m = /^data:([^,]*),(.*)$/is.exec(href.replace(/#.*$/s, ''));
  if (!m) throw fetchFailed(new TypeError('invalid data: URL'));
  let type = m[1].trim();
  let bytes = percentDecode(m[2]);
  const b64 = /;[\t ]*base64[\t ]*$/i.exec(type);
  if (b64) {
    type = type.slice(0, b64.index);
    const text = B().from(bytes).toString('latin1').replace(/[\t\n\f\r ]/g, '');
    if (/[^A-Za-z0-9+/=]/.test(text)) throw fetchFailed(new TypeError('invalid data: URL'));
    bytes = new Uint8Array(B().from(text, 'base64'));
  }
  if (type.startsWith(';')) type = `text/plain${type}`;
  if (!type) type = 'text/plain;charset=US-ASCII';
  const headers = setGuard(new Headers({ 'content-type': type }), 'immutable');
  const body = { stream: null, source: bytes, length: bytes.length, used: false };
  return createResponse({ status: 200, statusText: 'OK', type: 'basic', urlList: [href], headers, body });
}

// --- agents ------------------------------------------------------------------------------------
const agents = {};
function agentFor(protocol) {
  if (agents[protocol]) return agents[protocol];
  const mod = require(protocol === 'https:' ? 'https' : 'http');
  agents[protocol] = new mod.Agent({ keepAlive: true, scheduling: 'lifo' });
  return agents[protocol];
}

// --- sending one request ---------------------------------------------------------------------
const expectsPayload = new Set(['POST', 'PUT', 'PATCH']);

function trustworthy(url) {
  return url.protocol === 'https:' || url.protocol === 'wss:' || url.protocol === 'file:' ||
    url.hostname === 'localhost' || /^127\./.test(url.hostname) || url.hostname === '[::1]';
}

// The Referer value for a request with an explicit referrer URL (undici's policy rules).
function referrerFor(state, target) {
  if (state.referrer === 'about:client' || state.referrer === 'no-referrer' || state.referrer === 'client') return null;
  let ref;
  try {
    ref = new URL(state.referrer);
  } catch {
    return null;
  }
  if (ref.protocol === 'about:' || ref.protocol === 'data:' || ref.protocol === 'blob:') return null;
  ref.username = '';
  ref.password = '';
  ref.hash = '';
  const full = ref.href.length > 4096 ? `${ref.origin}/` : ref.href;
  const origin = `${ref.origin}/`;
  const same = ref.origin === target.origin;
  const downgrade = trustworthy(ref) && !trustworthy(target);
  switch (state.referrerPolicy || 'strict-origin-when-cross-origin') {
    case 'no-referrer': return null;
    case 'origin': return origin;
    case 'unsafe-url': return full;
    case 'same-origin': return same ? full : null;
    case 'origin-when-cross-origin': return same ? full : origin;
    case 'strict-origin': return downgrade ? null : origin;
    case 'no-referrer-when-downgrade': return downgrade ? null : full;
    default: return same ? full : downgrade ? null : origin;
  }
}

const conditionalHeaders = ['if-modified-since', 'if-none-match', 'if-unmodified-since', 'if-match', 'if-range'];

// The raw header list as undici writes it: host, connection, the request's own headers in
// insertion order, the headers fetch adds (in its order), then the framing header.
function wireHeaders(url, method, headers, body, state) {
  const raw = ['host', url.host, 'connection', 'keep-alive'];
  const seen = new Set();
  for (const [name, value] of headerListEntries(headers)) {
    const key = name.toLowerCase();
    if (key === 'host' || key === 'connection' || key === 'transfer-encoding' || key === 'keep-alive') continue;
    seen.add(key);
    raw.push(name, value);
  }
  const add = (k, v) => {
    if (!seen.has(k)) {
      seen.add(k);
      raw.push(k, v);
    }
  };
  add('accept', '*/*');
  add('accept-language', '*');
  const referer = referrerFor(state, url);
  if (referer !== null) add('referer', referer);
  add('sec-fetch-mode', state.mode);
  add('user-agent', 'node');
  let cache = state.cache;
  if (cache === 'default' && conditionalHeaders.some((h) => seen.has(h))) cache = 'no-store';
  if (cache === 'no-cache') add('cache-control', 'max-age=0');
  if (cache === 'no-store' || cache === 'reload') {
    add('pragma', 'no-cache');
    add('cache-control', 'no-cache');
  }
  if (seen.has('range')) add('accept-encoding', 'identity');
  add('accept-encoding', url.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate');
  if (!seen.has('content-length')) {
    if (body !== null && body.source !== null) raw.push('content-length', String(body.source.byteLength));
    else if (body === null && expectsPayload.has(method)) raw.push('content-length', '0');
  }
  if (body !== null && body.source === null) raw.push('transfer-encoding', 'chunked');
  return raw;
}

// Sends one request; calls back onResponse(res) at the headers, onError(err) on failure
// before that. Returns the ClientRequest.
function sendOnce(url, method, headers, body, state, onResponse, onError) {
  const mod = require(url.protocol === 'https:' ? 'https' : 'http');
  const options = {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    port: url.port || (url.protocol === 'https:' ? 443 : 80),
    path: `${url.pathname}${url.search}`,
    method,
    headers: wireHeaders(url, method, headers, body, state),
    agent: agentFor(url.protocol),
  };
  const req = mod.request(options);
  req.once('response', onResponse);
  req.on('error', onError);
  if (body === null) {
    req.end();
  } else if (body.source !== null) {
    const s = body.source;
    req.end(B().from(s.buffer, s.byteOffset, s.byteLength));
  } else {
    req.flushHeaders?.();
    pumpBody(req, body.stream);
  }
  return req;
}

async function pumpBody(req, stream) {
  let reader;
  try {
    reader = stream.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (req.destroyed) {
        reader.cancel().catch(() => {});
        return;
      }
      if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
      if (value.byteLength === 0) continue;
      if (!req.write(B().from(value.buffer, value.byteOffset, value.byteLength))) {
        await new Promise((resolve) => {
          const done = () => {
            req.removeListener('drain', done);
            req.removeListener('close', done);
            resolve();
          };
          req.on('drain', done);
          req.on('close', done);
        });
      }
    }
    if (!req.destroyed) req.end();
  } catch (err) {
    reader?.cancel(err).catch(() => {});
    req.destroy(err);
  }
}

// --- response bodies ---------------------------------------------------------------------------
function decodersFor(res) {
  const coding = res.headers['content-encoding'];
  if (!coding) return [];
  const zlib = require('zlib');
  const decoders = [];
  const codings = String(coding).toLowerCase().split(',').map((c) => c.trim()).filter(Boolean).reverse();
  for (const c of codings) {
    if (c === 'gzip' || c === 'x-gzip') {
      decoders.push(zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    } else if (c === 'deflate') {
      decoders.push(zlib.createInflate({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    } else if (c === 'br') {
      decoders.push(zlib.createBrotliDecompress({
        flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
      }));
    } else {
      return []; // an unknown coding: hand the bytes over as they are
    }
  }
  return decoders;
}

// A ReadableStream fed by `res` (decoded), pausing it while the stream's queue is full.
// `onDone` runs once the body ended, failed or was cancelled.
function networkBody(res, req, onDone) {
  const { ReadableStream } = require('stream/web');
  const decoders = decodersFor(res);
  let source = res;
  let controller;
  let finished = false;
  const finish = (err) => {
    if (finished) return;
    finished = true;
    onDone();
    if (err === undefined) {
      try { controller.close(); } catch {}
      return;
    }
    try { controller.error(err); } catch {}
    if (!res.complete) req.destroy(); // a complete response's socket may already serve another request
    for (const d of decoders) d.destroy();
  };
  for (const d of decoders) {
    d.on('error', (err) => finish(terminated(err)));
    source = source.pipe(d);
  }
  res.on('aborted', () => finish(terminated(new SocketError('other side closed'))));
  res.on('error', (err) => finish(terminated(err)));
  res.on('close', () => {
    if (!res.complete) finish(terminated(new SocketError('other side closed')));
  });
  const stream = new ReadableStream({
    type: 'bytes',
    start(c) { controller = c; },
    pull() { if (!finished) source.resume(); },
    cancel() {
      if (finished) return;
      finished = true;
      onDone();
      if (!res.complete) req.destroy();
      for (const d of decoders) d.destroy();
    },
  }, { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength });
  source.on('data', (chunk) => {
    if (finished) return;
    controller.enqueue(new Uint8Array(chunk));
    if (controller.desiredSize <= 0) source.pause();
  });
  source.on('end', () => finish());
  return { stream, source: null, length: null, used: false, abort: (err) => finish(err) };
}

// --- fetch -------------------------------------------------------------------------------------
const requestBodyHeaders = ['content-encoding', 'content-language', 'content-location', 'content-type'];

function fetch(input, init = undefined) {
  return new Promise((resolve, reject) => {
    const request = new Request(input, init);
    const state = requestState(request);
    const signal = state.signal;
    if (signal.aborted) throw abortReason(signal);
    const url = new URL(state.url);
    if (url.protocol === 'data:') {
      resolve(fetchData(state.url));
      return;
    }
    if (url.protocol === 'file:') throw fetchFailed(new TypeError('not implemented... yet...'));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw fetchFailed(new Error('unknown scheme'));
    if (!internalBinding('builtins').has(url.protocol === 'https:' ? 'https' : 'http')) {
      throw fetchFailed(new Error(`the ${url.protocol.slice(0, -1)} module is not available in this build`));
    }
    httpFetch(request, state, url, resolve, reject);
  });
}

function httpFetch(request, state, firstUrl, resolve, reject) {
  const signal = state.signal;
  const headers = new Headers(state.headers);
  const urlList = [firstUrl.href];
  let current = firstUrl;
  let method = state.method;
  let body = request[kBody];
  let redirects = 0;
  let req = null;
  let responseBody = null;
  let settled = false;

  const onAbort = () => {
    const reason = abortReason(signal);
    if (responseBody) responseBody.abort(reason);
    else if (!settled) {
      settled = true;
      reject(reason);
    }
    req?.destroy();
  };
  const cleanup = () => {
    signal.removeEventListener('abort', onAbort);
    signal[kUnfollow]?.();
  };
  signal.addEventListener('abort', onAbort, { once: true });
  const fail = (err) => {
    cleanup();
    if (settled) return;
    settled = true;
    reject(err);
  };

  const start = () => {
    let hangup = null;
    req = sendOnce(current, method, headers, body, state, onResponse, (err) => {
      if (signal.aborted || settled) return;
      // The connection closed before a response: undici's wording. A more telling error
      // (a DNS failure, say) may follow in the same tick; prefer that one.
      if (err?.code === 'ECONNRESET' && err.message === 'socket hang up') {
        hangup ??= setImmediate(() => fail(fetchFailed(new SocketError('other side closed'))));
        return;
      }
      if (hangup !== null) clearImmediate(hangup);
      fail(fetchFailed(err));
    });
  };

  function onResponse(res) {
    if (settled) {
      res.destroy?.();
      return;
    }
    const status = res.statusCode;
    const location = res.headers.location;
    if (redirectStatus.has(status) && location !== undefined && state.redirect !== 'manual') {
      res.resume();
      let next;
      try {
        next = new URL(location, current);
      } catch (err) {
        fail(fetchFailed(err));
        return;
      }
      if (state.redirect === 'error') return fail(fetchFailed(new Error('unexpected redirect')));
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        return fail(fetchFailed(new TypeError('URL scheme must be a HTTP(S) scheme')));
      }
      if (redirects >= 20) return fail(fetchFailed(new Error('redirect count exceeded')));
      redirects++;
      if (status !== 303 && body !== null && body.source === null) return fail(fetchFailed(new Error()));
      if (((status === 301 || status === 302) && method === 'POST') ||
          (status === 303 && method !== 'GET' && method !== 'HEAD')) {
        method = 'GET';
        body = null;
        for (const name of requestBodyHeaders) deleteRaw(headers, name);
      }
      if (next.origin !== current.origin) {
        for (const name of ['authorization', 'proxy-authorization', 'cookie', 'host']) deleteRaw(headers, name);
      }
      current = next;
      urlList.push(next.href);
      start();
      return;
    }

    const responseHeaders = new Headers();
    const raw = res.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) appendRaw(responseHeaders, raw[i].toLowerCase(), raw[i + 1]);
    setGuard(responseHeaders, 'immutable');
    let bodyState = null;
    if (method === 'HEAD' || method === 'CONNECT' || nullBodyStatus.has(status)) {
      res.resume();
      res.on('end', cleanup);
      res.on('error', () => {});
    } else {
      bodyState = responseBody = networkBody(res, req, cleanup);
    }
    settled = true;
    resolve(createResponse({
      status, statusText: res.statusMessage ?? '', type: 'basic', urlList, headers: responseHeaders, body: bodyState,
    }));
  }

  start();
}

Object.defineProperty(fetch, 'name', { value: 'fetch' });

module.exports = { fetch, Headers, Request, Response, FormData };
