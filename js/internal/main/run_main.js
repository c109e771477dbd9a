'use strict';
// Runs what the command line asked for: a script, -e/-p code, stdin, or the cluster supervisor.

const options = internalBinding('options');
const path = require('path');

function preload() {
  const { Module } = require('internal/modules/cjs/loader');
  const execArgv = options.execArgv;
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i];
    let id;
    if (a === '-r' || a === '--require') id = execArgv[++i];
    else if (a.startsWith('--require=')) id = a.slice(10);
    if (id) {
      const parent = new Module(path.join(process.cwd(), '[preload]'), null);
      parent.filename = parent.id;
      parent.paths = Module._nodeModulePaths(process.cwd());
      Module._load(id, parent, false);
    }
  }
}

function isESMSource(execArgv) {
  return execArgv.includes('--input-type=module');
}

function evalScript(name, source, print) {
  const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
  const module = new Module(name, null);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = makeRequireFunction(module);
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  const result = internalBinding('contextify').runInThisContext(source, name);
  if (print) {
    require('console').log(result);
  }
}

function runESMSource(source) {
  const fs = require('fs');
  const os = require('os');
  // QuickJS compiles modules from a name; give inline code a real path in a temp dir.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'minode-eval-')), '[eval].mjs');
  fs.writeFileSync(file, source);
  require('internal/modules/esm').runMainESM(file);
}

function main() {
  if (options.mode === 'worker') return require('internal/worker/main').run(); // worker_threads
  if (options.cluster == null) require('internal/child_process/setup').setupFromEnv(); // IPC channel / cluster worker (child_process helper)
  if (options.cluster != null) {
    require('internal/cluster/supervisor').run(options);
    return;
  }
  preload();
  switch (options.mode) {
    case 'script': {
      const { Module } = require('internal/modules/cjs/loader');
      const esm = require('internal/modules/esm');
      const main = path.resolve(process.argv[1]);
      let resolved;
      try {
        resolved = Module._findPath(main, [''], true) || main;
      } catch {
        resolved = main;
      }
      process.argv[1] = main;
      // .js and extensionless entry files follow the package "type", as in Node 20.
      if (resolved.endsWith('.mjs') ||
          ((resolved.endsWith('.js') || path.extname(resolved) === '') && esm.format(resolved) === 'module')) {
        process.argv[1] = resolved;
        esm.runMainESM(resolved);
      } else {
        Module.runMain(main);
      }
      break;
    }
    case 'eval':
    case 'print':
      if (isESMSource(options.execArgv)) runESMSource(options.source);
      else evalScript('[eval]', options.source, options.mode === 'print');
      break;
    case 'stdin': {
      const source = internalBinding('fs').readFileUtf8('/dev/stdin');
      if (isESMSource(options.execArgv)) runESMSource(source);
      else evalScript('[stdin]', source, false);
      break;
    }
    case 'repl':
      require('repl').start();
      break;
  }
}

main();
