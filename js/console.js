'use strict';
// The `console` module is the global console itself; its Console class hangs off it.
module.exports = require('internal/console').globalConsole;
