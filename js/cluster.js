'use strict';
// The `cluster` module: a primary (js/internal/cluster/primary.js) or a worker
// (js/internal/cluster/child.js), decided by NODE_UNIQUE_ID as in Node.
const isWorker = process.env.NODE_UNIQUE_ID !== undefined;
module.exports = require(isWorker ? 'internal/cluster/child' : 'internal/cluster/primary');
