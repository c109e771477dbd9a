'use strict';
// Builds the module-resolution fixture tree (nested node_modules, exports/imports maps,
// a cycle, ESM packages) in a fresh temp dir, so no node_modules is committed.
const fs = require('fs');
const path = require('path');
const os = require('os');

const FILES = {
  "cycle/a.js": "exports.loaded = false;\nconst b = require('./b');\nexports.fromB = b.sawA;\nexports.loaded = true;\n",
  "cycle/b.js": "const a = require('./a');\nexports.sawA = a.loaded;\nexports.aIsPartial = Object.keys(a).join(',');\n",
  "data.json": "{\"answer\": 42, \"list\": [1, 2]}\n",
  "dir/index.js": "module.exports = \"dir-index\";\n",
  "node_modules/@scope/thing/main.js": "module.exports = \"scoped\";\n",
  "node_modules/@scope/thing/package.json": "{\"name\":\"@scope/thing\",\"main\":\"main.js\"}\n",
  "node_modules/esm-only/index.js": "export const answer = 42; export default \"esm-only-default\";\n",
  "node_modules/esm-only/package.json": "{\"name\":\"esm-only\",\"type\":\"module\",\"exports\":\"./index.js\"}\n",
  "node_modules/pkg-exports/cjs.js": "module.exports = { kind: \"cjs\", internal: require(\"#internal\"), nested: require(\"nested-dep\"), self: () => require(\"pkg-exports/feature\") };\n",
  "node_modules/pkg-exports/esm.mjs": "export const kind = \"esm\"; export default { kind: \"esm-default\" };\n",
  "node_modules/pkg-exports/feature.js": "module.exports = \"feature\";\n",
  "node_modules/pkg-exports/internal.js": "module.exports = \"internal\";\n",
  "node_modules/pkg-exports/node_modules/nested-dep/index.js": "module.exports = \"nested-dep: \" + require(\"path\").basename(__dirname);\n",
  "node_modules/pkg-exports/package.json": "{\n  \"name\": \"pkg-exports\",\n  \"exports\": {\n    \".\": { \"import\": \"./esm.mjs\", \"require\": \"./cjs.js\" },\n    \"./feature\": \"./feature.js\",\n    \"./sub/*\": \"./subdir/*.js\",\n    \"./package.json\": \"./package.json\"\n  },\n  \"imports\": { \"#internal\": \"./internal.js\" }\n}\n",
  "node_modules/pkg-exports/subdir/a.js": "module.exports = \"sub-a\";\n",
  "node_modules/pkg-main/lib/entry.js": "exports.name = \"pkg-main\"; exports.file = __filename;\n",
  "node_modules/pkg-main/package.json": "{\"name\":\"pkg-main\",\"main\":\"lib/entry.js\"}\n",
  "package.json": "{\"name\":\"app\",\"version\":\"1.0.0\"}\n",
  "src/counter.js": "let count = 0;\nmodule.exports = { inc: () => ++count, get count() { return count; }, parentFile: module.parent && module.parent.filename };\n",
  "src/esm-helper.mjs": "export const meta = { url: import.meta.url, filename: import.meta.filename, dirname: import.meta.dirname };\nexport let live = 1;\nexport function bump() { live++; }\n",
  "src/named.cjs": "exports.value = \"cjs-named\"; exports.other = 7; module.exports.default = \"explicit-default\";\n"
};

function buildFixture() {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'minode-modules-')));
  for (const [rel, text] of Object.entries(FILES)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

module.exports = { buildFixture };
