'use strict';
// require('process') is the process object itself.
module.exports = process;
