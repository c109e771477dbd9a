'use strict';
// Source maps: process.setSourceMapsEnabled / --enable-source-maps, module.findSourceMap
// and module.SourceMap, and Error.stack frames reported at their original position.
const { check, assert } = require('../check');
const Module = require('module');
const { execFileSync } = require('child_process');
const { pathToFileURL } = require('url');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'minode-smap-')));
const map = { version: 3, sources: ['original.ts'], names: [], mappings: ';MAAS,IAAI', file: 'gen.js' };
const b64 = Buffer.from(JSON.stringify(map)).toString('base64');
const body = 'function f() {\n  throw new Error("mapped");\n}\nf();\n';
const inlineFile = path.join(dir, 'inline.js');
fs.writeFileSync(inlineFile, `${body}//# sourceMappingURL=data:application/json;base64,${b64}\n`);
const externalFile = path.join(dir, 'external.js');
fs.writeFileSync(externalFile, `${body}//# sourceMappingURL=external.js.map\n`);
fs.writeFileSync(path.join(dir, 'external.js.map'), JSON.stringify({ ...map, sourceRoot: 'src/' }));
const plainFile = path.join(dir, 'plain.js');
fs.writeFileSync(plainFile, body);

function frameOf(file) {
  try {
    require(file);
  } catch (e) {
    delete require.cache[file];
    return e.stack.split('\n')[1].trim();
  }
  throw new Error('did not throw');
}

check('source maps are off by default', () => {
  assert.strictEqual(process.sourceMapsEnabled, false);
  assert.strictEqual(frameOf(plainFile), `at f (${plainFile}:2:9)`);
});
check('setSourceMapsEnabled validates its argument', () => {
  assert.throws(() => process.setSourceMapsEnabled('yes'), { code: 'ERR_INVALID_ARG_TYPE' });
});
check('an inline data: map remaps Error.stack', () => {
  process.setSourceMapsEnabled(true);
  assert.strictEqual(process.sourceMapsEnabled, true);
  assert.strictEqual(frameOf(inlineFile), `at f (${path.join(dir, 'original.ts')}:1:10)`);
});
check('a map file next to the script (with sourceRoot) remaps Error.stack', () => {
  assert.strictEqual(frameOf(externalFile), `at f (${path.join(dir, 'src/original.ts')}:1:10)`);
});
check('a file without a map keeps its frames', () => {
  assert.strictEqual(frameOf(plainFile), `at f (${plainFile}:2:9)`);
});
check('findSourceMap returns a SourceMap with absolute sources', () => {
  const sm = Module.findSourceMap(inlineFile);
  assert.ok(sm instanceof Module.SourceMap);
  assert.strictEqual(sm.payload.sources[0], pathToFileURL(path.join(dir, 'original.ts')).href);
  assert.strictEqual(sm.payload.mappings, ';MAAS,IAAI');
  assert.strictEqual(Module.findSourceMap(pathToFileURL(inlineFile).href), sm);
  assert.strictEqual(Module.findSourceMap(plainFile), undefined);
  assert.strictEqual(Module.findSourceMap(path.join(dir, 'never-loaded.js')), undefined);
});
check('SourceMap.findEntry and findOrigin', () => {
  const sm = Module.findSourceMap(inlineFile);
  assert.deepStrictEqual(sm.findEntry(1, 8), {
    generatedLine: 1,
    generatedColumn: 6,
    originalSource: pathToFileURL(path.join(dir, 'original.ts')).href,
    originalLine: 0,
    originalColumn: 9,
    name: undefined,
  });
  assert.deepStrictEqual(sm.findEntry(0, 0), {});
  assert.deepStrictEqual(sm.findOrigin(2, 9), {
    name: undefined,
    fileName: pathToFileURL(path.join(dir, 'original.ts')).href,
    lineNumber: 1,
    columnNumber: 12,
  });
  assert.deepStrictEqual(sm.findOrigin(1, 1), {});
});
check('new SourceMap decodes names, sources and multiple lines', () => {
  const sm = new Module.SourceMap({
    version: 3,
    sources: ['a.ts', 'b.ts'],
    names: ['foo', 'bar'],
    mappings: 'AAAAA,IAAIC;ACCA,MAAM,UDEEA',
  });
  const entries = [[0, 0], [0, 4], [0, 7], [1, 0], [1, 6], [1, 16], [5, 3]].map(([l, c]) => sm.findEntry(l, c));
  assert.deepStrictEqual(entries.map((e) => [e.generatedLine, e.generatedColumn, e.originalSource, e.originalLine, e.originalColumn, e.name]), [
    [0, 0, 'a.ts', 0, 0, 'foo'],
    [0, 4, 'a.ts', 0, 4, 'bar'],
    [0, 4, 'a.ts', 0, 4, 'bar'],
    [1, 0, 'b.ts', 1, 4, undefined],
    [1, 6, 'b.ts', 1, 10, undefined],
    [1, 16, 'a.ts', 3, 12, 'bar'],
    [1, 16, 'a.ts', 3, 12, 'bar'],
  ]);
  assert.throws(() => new Module.SourceMap(null), { code: 'ERR_INVALID_ARG_TYPE' });
});
check('SourceMap index maps (sections)', () => {
  const sm = new Module.SourceMap({
    version: 3,
    sections: [
      { offset: { line: 0, column: 0 }, map: { version: 3, sources: ['x.js'], names: [], mappings: 'AAAA' } },
      { offset: { line: 2, column: 5 }, map: { version: 3, sources: ['y.js'], names: [], mappings: 'AACA' } },
    ],
  });
  const e = sm.findEntry(2, 7);
  assert.deepStrictEqual([e.generatedLine, e.generatedColumn, e.originalSource, e.originalLine], [2, 5, 'y.js', 1]);
});
check('setSourceMapsEnabled(false) turns remapping off', () => {
  process.setSourceMapsEnabled(false);
  assert.strictEqual(frameOf(inlineFile), `at f (${inlineFile}:2:9)`);
});
check('--enable-source-maps enables remapping from the start', () => {
  const out = execFileSync(process.execPath, ['--enable-source-maps', '-e',
    `console.log(process.sourceMapsEnabled); try { require(${JSON.stringify(inlineFile)}) } catch (e) { console.log(e.stack.split('\\n')[1].trim()) }`],
  { encoding: 'utf8' });
  assert.strictEqual(out, `true\nat f (${path.join(dir, 'original.ts')}:1:10)\n`);
});
fs.rmSync(dir, { recursive: true, force: true });
