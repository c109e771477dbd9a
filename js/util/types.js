'use strict';
// util.types: the public brand checks.
const types = require('internal/util/types');

const exported = { ...types };
// Node 20 has no Float16Array check in util.types.
delete exported.isFloat16Array;
module.exports = exported;
