'use strict';
// `sys` is the long-deprecated alias of `util`.
module.exports = require('util');
