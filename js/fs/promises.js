'use strict';
// node:fs/promises — the same object as require('fs').promises.
module.exports = require('internal/fs/promises').exports;
