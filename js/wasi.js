'use strict';
// wasi: QuickJS has no WebAssembly, so WASI cannot run. The module loads; constructing
// a WASI instance throws ERR_NOT_IMPLEMENTED.

const { notImplementedClass } = require('internal/not_implemented');

module.exports = { WASI: notImplementedClass('wasi.WASI') };
