'use strict';
// dgram: UDP sockets are not implemented yet. The module loads; createSocket() and
// the Socket constructor throw ERR_NOT_IMPLEMENTED.

const EventEmitter = require('events');
const { notImplemented, notImplementedClass } = require('internal/not_implemented');

module.exports = {
  createSocket: notImplemented('dgram.createSocket'),
  Socket: notImplementedClass('dgram.Socket', EventEmitter),
};
