'use strict';
// `assert/strict`: the strict-mode assert.
module.exports = require('assert').strict;
