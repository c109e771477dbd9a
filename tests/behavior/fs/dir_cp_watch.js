'use strict';
// fs.opendir (Dir), fs.cp/cpSync, fs.watch, fs.promises.watch, fs.watchFile.
const { check, checkAsync, assert } = require('../check');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minode-fs-dcw-'));
const p = (...a) => path.join(dir, ...a);
fs.mkdirSync(p('src', 'nested', 'deeper'), { recursive: true });
fs.writeFileSync(p('src', 'a.txt'), 'A');
fs.writeFileSync(p('src', 'nested', 'b.txt'), 'B');
fs.writeFileSync(p('src', 'nested', 'deeper', 'c.txt'), 'C');
fs.symlinkSync('a.txt', p('src', 'link'));

check('opendirSync/readSync/closeSync', () => {
  const d = fs.opendirSync(p('src'));
  assert.ok(d instanceof fs.Dir);
  assert.strictEqual(d.path, p('src'));
  const seen = [];
  let e;
  while ((e = d.readSync()) !== null) seen.push(`${e.name}:${e.isFile() ? 'f' : e.isDirectory() ? 'd' : e.isSymbolicLink() ? 'l' : '?'}`);
  assert.deepStrictEqual(seen.sort(), ['a.txt:f', 'link:l', 'nested:d']);
  d.closeSync();
  assert.throws(() => d.readSync(), { code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed' });
  assert.throws(() => d.closeSync(), { code: 'ERR_DIR_CLOSED' });
});

checkAsync('opendir async iterator', async () => {
  const d = await fsp.opendir(p('src'));
  const names = [];
  for await (const ent of d) names.push(ent.name);
  assert.deepStrictEqual(names.sort(), ['a.txt', 'link', 'nested']);
  await assert.rejects(d.close(), { code: 'ERR_DIR_CLOSED' });
});

checkAsync('opendir callback with read(cb) and bufferSize', async () => {
  const d = await new Promise((resolve, reject) => fs.opendir(p('src'), { bufferSize: 1 }, (err, x) => (err ? reject(err) : resolve(x))));
  const names = [];
  for (;;) {
    const ent = await new Promise((resolve, reject) => d.read((err, x) => (err ? reject(err) : resolve(x))));
    if (ent === null) break;
    names.push(ent.name);
  }
  assert.deepStrictEqual(names.sort(), ['a.txt', 'link', 'nested']);
  await new Promise((resolve, reject) => d.close((err) => (err ? reject(err) : resolve())));
});

check('opendirSync recursive walks subdirectories', () => {
  const d = fs.opendirSync(p('src'), { recursive: true });
  const seen = [];
  let e;
  while ((e = d.readSync()) !== null) seen.push(path.relative(p('src'), path.join(e.path, e.name)));
  d.closeSync();
  assert.deepStrictEqual(seen.sort(), ['a.txt', 'link', 'nested', path.join('nested', 'b.txt'),
    path.join('nested', 'deeper'), path.join('nested', 'deeper', 'c.txt')]);
});

checkAsync('opendir recursive async iterator', async () => {
  const seen = [];
  for await (const e of await fsp.opendir(p('src'), { recursive: true })) {
    seen.push(path.relative(p('src'), path.join(e.path, e.name)));
  }
  assert.deepStrictEqual(seen.sort(), ['a.txt', 'link', 'nested', path.join('nested', 'b.txt'),
    path.join('nested', 'deeper'), path.join('nested', 'deeper', 'c.txt')]);
});

check('cpSync recursive copies files, dirs and symlinks', () => {
  fs.cpSync(p('src'), p('dst'), { recursive: true });
  assert.strictEqual(fs.readFileSync(p('dst', 'a.txt'), 'utf8'), 'A');
  assert.strictEqual(fs.readFileSync(p('dst', 'nested', 'deeper', 'c.txt'), 'utf8'), 'C');
  assert.ok(fs.lstatSync(p('dst', 'link')).isSymbolicLink());
  assert.deepStrictEqual(fs.readdirSync(p('dst'), { recursive: true }).sort(),
    fs.readdirSync(p('src'), { recursive: true }).sort());
});

check('cpSync single file, filter, errorOnExist', () => {
  fs.cpSync(p('src', 'a.txt'), p('single', 'deep', 'a2.txt'));
  assert.strictEqual(fs.readFileSync(p('single', 'deep', 'a2.txt'), 'utf8'), 'A');
  fs.cpSync(p('src'), p('filtered'), { recursive: true, filter: (s) => !s.endsWith('b.txt') });
  assert.strictEqual(fs.existsSync(p('filtered', 'nested', 'b.txt')), false);
  assert.strictEqual(fs.existsSync(p('filtered', 'a.txt')), true);
  fs.writeFileSync(p('single', 'x.txt'), 'old');
  fs.cpSync(p('src', 'a.txt'), p('single', 'x.txt'), { force: false });
  assert.strictEqual(fs.readFileSync(p('single', 'x.txt'), 'utf8'), 'old');
  assert.throws(() => fs.cpSync(p('src', 'a.txt'), p('single', 'x.txt'), { force: false, errorOnExist: true }),
    { code: 'ERR_FS_CP_EEXIST', name: 'SystemError' });
  fs.cpSync(p('src', 'a.txt'), p('single', 'x.txt'));
  assert.strictEqual(fs.readFileSync(p('single', 'x.txt'), 'utf8'), 'A');
});

check('cpSync errors', () => {
  assert.throws(() => fs.cpSync(p('src'), p('nr')), (e) => e.code === 'ERR_FS_EISDIR' &&
    e.message === `Path is a directory: cp returned EISDIR (${p('src')} is a directory (not copied)) ${p('src')}`);
  assert.throws(() => fs.cpSync(p('src', 'a.txt'), p('src', 'a.txt')), (e) => e.code === 'ERR_FS_CP_EINVAL' &&
    e.message === `Invalid src or dest: cp returned EINVAL (src and dest cannot be the same) ${p('src', 'a.txt')}`);
  assert.throws(() => fs.cpSync(p('src'), p('src', 'nested', 'x'), { recursive: true }), { code: 'ERR_FS_CP_EINVAL' });
  assert.throws(() => fs.cpSync(p('src'), p('single', 'x.txt'), { recursive: true }), { code: 'ERR_FS_CP_DIR_TO_NON_DIR' });
  assert.throws(() => fs.cpSync(p('src', 'a.txt'), p('dst'), { recursive: true }), { code: 'ERR_FS_CP_NON_DIR_TO_DIR' });
  assert.throws(() => fs.cpSync(p('nope'), p('x')), { code: 'ENOENT', syscall: 'lstat' });
});

checkAsync('fs.cp and fs.promises.cp', async () => {
  await new Promise((resolve, reject) => fs.cp(p('src'), p('cb-copy'), { recursive: true }, (e) => (e ? reject(e) : resolve())));
  assert.strictEqual(fs.readFileSync(p('cb-copy', 'nested', 'b.txt'), 'utf8'), 'B');
  await fsp.cp(p('src'), p('p-copy'), { recursive: true, filter: async (s) => !s.endsWith('deeper') });
  assert.strictEqual(fs.existsSync(p('p-copy', 'nested', 'deeper')), false);
  assert.strictEqual(fs.readFileSync(p('p-copy', 'a.txt'), 'utf8'), 'A');
  await assert.rejects(fsp.cp(p('src'), p('p-copy2')), { code: 'ERR_FS_EISDIR' });
});

const tick = (ms) => new Promise((r) => setTimeout(r, ms));

checkAsync('fs.watch reports rename and change with the filename', async () => {
  fs.mkdirSync(p('w'));
  const w = fs.watch(p('w'));
  assert.ok(w instanceof require('events'));
  const events = [];
  w.on('change', (type, name) => events.push(`${type}:${name}`));
  await tick(50);
  fs.writeFileSync(p('w', 'new.txt'), 'x');
  await tick(100);
  fs.appendFileSync(p('w', 'new.txt'), 'y');
  await tick(100);
  const closed = new Promise((r) => w.on('close', r));
  w.close();
  await closed;
  assert.ok(events.includes('rename:new.txt'), events.join());
  assert.ok(events.includes('change:new.txt'), events.join());
  const n = events.length;
  fs.writeFileSync(p('w', 'after.txt'), 'x');
  await tick(50);
  assert.strictEqual(events.length, n);
});

checkAsync('fs.watch on a file, listener argument', async () => {
  fs.writeFileSync(p('watched.txt'), '1');
  const seen = [];
  const w = fs.watch(p('watched.txt'), (type, name) => seen.push(`${type}:${name}`));
  await tick(50);
  fs.writeFileSync(p('watched.txt'), '2');
  await tick(100);
  w.close();
  assert.ok(seen.includes('change:watched.txt'), seen.join());
});

check('fs.watch on a missing path throws', () => {
  assert.throws(() => fs.watch(p('no-such')), (e) => e.code === 'ENOENT' && e.syscall === 'watch' &&
    e.message === `ENOENT: no such file or directory, watch '${p('no-such')}'` && e.filename === p('no-such'));
});

checkAsync('fs.watch recursive sees nested changes', async () => {
  fs.mkdirSync(p('wr', 'sub'), { recursive: true });
  const events = [];
  const w = fs.watch(p('wr'), { recursive: true }, (type, name) => events.push(name));
  await tick(50);
  fs.writeFileSync(p('wr', 'sub', 'inner.txt'), 'x');
  await tick(150);
  w.close();
  assert.ok(events.includes(path.join('sub', 'inner.txt')), events.join());
});

checkAsync('fs.promises.watch async iterator with AbortSignal', async () => {
  fs.mkdirSync(p('pw'));
  const ac = new AbortController();
  const got = [];
  const iter = fsp.watch(p('pw'), { signal: ac.signal });
  const loop = (async () => {
    try {
      for await (const ev of iter) {
        got.push(`${ev.eventType}:${ev.filename}`);
        if (got.length >= 1) ac.abort();
      }
    } catch (e) {
      return e.name;
    }
    return 'ended';
  })();
  await tick(50);
  fs.writeFileSync(p('pw', 'f.txt'), 'x');
  assert.strictEqual(await loop, 'AbortError');
  assert.strictEqual(got[0], 'rename:f.txt');
});

checkAsync('fs.watchFile polls and unwatchFile stops', async () => {
  fs.writeFileSync(p('poll.txt'), 'a');
  const changes = [];
  const listener = (curr, prev) => changes.push([curr.size, prev.size]);
  const w = fs.watchFile(p('poll.txt'), { interval: 20 }, listener);
  assert.strictEqual(typeof w.on, 'function');
  await tick(100);
  fs.writeFileSync(p('poll.txt'), 'abc');
  await tick(150);
  fs.unwatchFile(p('poll.txt'), listener);
  assert.deepStrictEqual(changes[0], [3, 1]);
});

checkAsync('fs.watchFile on a missing file reports zeroed stats', async () => {
  const got = await new Promise((resolve) => {
    fs.watchFile(p('ghost.txt'), { interval: 20 }, (curr, prev) => {
      fs.unwatchFile(p('ghost.txt'));
      resolve([curr.size, prev.size, curr.mtimeMs, curr.isFile()]);
    });
  });
  assert.deepStrictEqual(got, [0, 0, 0, false]);
});

checkAsync('cleanup', async () => {
  fs.rmSync(dir, { recursive: true });
  assert.strictEqual(fs.existsSync(dir), false);
});
