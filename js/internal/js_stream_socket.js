'use strict';
// JSStreamSocket: a net.Socket over any Duplex stream, so code that needs a socket (TLS over a
// proxy stream, http2 over a tunnel) can take a plain stream. Node backs it with a JS stream
// handle; here the two are joined through a Unix socketpair: this socket owns one end, and a
// pump socket on the other end is piped both ways with the stream.
const net = require('net');
const { errnoException } = require('internal/net');

const kPump = Symbol('pump');

function noop() {}

class JSStreamSocket extends net.Socket {
  constructor(stream) {
    const pair = internalBinding('tls').socketpair();
    if (!Array.isArray(pair)) throw errnoException(pair, 'socketpair');
    const [mine, theirs] = pair;
    super({ fd: mine, readable: true, writable: true, allowHalfOpen: !!stream.allowHalfOpen });
    this.stream = stream;
    const pump = new net.Socket({ fd: theirs, readable: true, writable: true });
    this[kPump] = pump;
    stream.pipe(pump);
    pump.pipe(stream);
    pump.on('error', noop);
    // The stream keeps the process alive if anything does, as Node's JS-backed handle does not.
    pump.unref();
    stream.on('close', () => pump.destroy());
    this.on('close', () => pump.destroy());
  }

  // Ends the stream side once whoever took this socket's fd is done with it.
  destroyPump() {
    this[kPump].destroy();
  }
}

module.exports = JSStreamSocket;
