'use strict';
// process.stdin on a terminal (a pty made by util-linux `script`): setRawMode switches the
// terminal to raw mode (a single key arrives without Enter), and a paused terminal stdin
// lets the process exit, as in Node.
const { spawn, execFileSync } = require('child_process');
const path = require('path');
const { checkAsync, assert } = require('../check');

function haveScript() {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

checkAsync('raw mode key, then exit after pause', async () => {
  // util-linux `script` (Debian's essential bsdutils) provides the pty; without it this fails.
  assert.ok(haveScript(), 'util-linux script(1) is needed for a pty');
  const child = path.join(__dirname, 'fixtures', 'tty_raw_child.js');
  const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(child)}`;
  const p = spawn('script', ['-qec', cmd, '/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  let sent = false;
  p.stdout.on('data', (d) => {
    out += d;
    if (!sent && out.includes('ready')) {
      sent = true;
      p.stdin.write('x');
    }
  });
  const timer = setTimeout(() => p.kill('SIGKILL'), 8000);
  const code = await new Promise((r) => p.on('close', r));
  clearTimeout(timer);
  p.stdin.destroy();
  assert.strictEqual(code, 0, out);
  assert.match(out, /ready raw=true/);
  assert.match(out, /got "x" raw=false/);
}, 10000);
