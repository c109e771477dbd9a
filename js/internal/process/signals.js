'use strict';
// process.on('SIGxxx') starts a native watcher; removing the last listener stops it.
const binding = internalBinding('signals');
const { setHook } = internalBinding('timers');

function isSignal(name) {
  return typeof name === 'string' && name.startsWith('SIG') && require('os').constants.signals[name] !== undefined;
}

function setup(process) {
  const watching = new Map();
  process.on('newListener', (type) => {
    if (!isSignal(type) || watching.has(type)) return;
    const signum = require('os').constants.signals[type];
    if (binding.watch(signum)) watching.set(type, signum);
  });
  process.on('removeListener', (type) => {
    if (!watching.has(type) || process.listenerCount(type) > 0) return;
    binding.unwatch(watching.get(type));
    watching.delete(type);
  });
  const names = new Map();
  setHook('onSignal', (signum) => {
    if (!names.size) {
      for (const [name, n] of Object.entries(require('os').constants.signals)) names.set(n, name);
    }
    const name = names.get(signum);
    process.emit(name, name, signum);
  });
}

module.exports = { setup };
