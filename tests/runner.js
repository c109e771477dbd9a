'use strict';
// Runs the behaviour tests: every tests/behavior/<area>/*.js under `node` and under
// `minode`. A test passes when both exit 0 and print the same stdout (differential).
// Then runs the acceptance suites (tests/packages, tests/cluster) under minode.
// Usage: node tests/runner.js [--minode path] [filter...]
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const os = require('os');

const root = path.join(__dirname, '..');
const args = process.argv.slice(2);
let minode = path.join(root, 'target', 'release', 'minode');
const mi = args.indexOf('--minode');
if (mi !== -1) { minode = path.resolve(args[mi + 1]); args.splice(mi, 2); }
const filters = args;
const TIMEOUT_MS = Number(process.env.MINODE_TEST_TIMEOUT_MS || 60000);
const JOBS = Math.max(1, Math.min(4, os.cpus().length));

function listTests(dir, pattern) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('_') || entry.name === 'fixtures') continue;
      out.push(...listTests(p, pattern));
    } else if (pattern.test(entry.name) && !entry.name.startsWith('_')) {
      out.push(p);
    }
  }
  return out.sort();
}

function run(cmd, argv, opts = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, argv, { cwd: opts.cwd || root, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => { stderr += `\n[runner] killed after ${TIMEOUT_MS} ms`; child.kill('SIGKILL'); }, opts.timeout || TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
    child.on('error', (err) => { clearTimeout(timer); resolve({ code: -1, signal: null, stdout, stderr: String(err), ms: 0 }); });
  });
}

// The last summary line counts (a suite may print one per part, then a total).
function checksOf(stdout) {
  const lines = [...stdout.matchAll(/^(?:# checks: |\w+: )?(\d+) passed, (\d+) failed$/gm)];
  return lines.length ? Number(lines[lines.length - 1][1]) : 0;
}

async function behaviourTest(file) {
  const rel = path.relative(root, file);
  const cwd = path.dirname(file);
  const [n, m] = await Promise.all([run('node', [file], { cwd }), run(minode, [file], { cwd })]);
  const problems = [];
  if (n.code !== 0) problems.push(`node exited ${n.code}${n.signal ? ` (${n.signal})` : ''} (the test itself is wrong)`);
  if (m.code !== 0) problems.push(`minode exited ${m.code}${m.signal ? ` (${m.signal})` : ''}`);
  if (n.code === 0 && m.code === 0 && n.stdout !== m.stdout) problems.push('stdout differs from node');
  if (n.code === 0 && m.code === 0 && checksOf(m.stdout) === 0) problems.push('ran no checks');
  return { name: rel, ok: problems.length === 0, problems, minode: m, node: n, checks: checksOf(m.stdout) };
}

// Acceptance suites: a script exits 0 on success (run with minode or bash).
async function suiteTest(file) {
  const rel = path.relative(root, file);
  const isShell = file.endsWith('.sh');
  const r = await run(isShell ? 'bash' : minode, [file], { cwd: path.dirname(file), env: { MINODE: minode }, timeout: 180000 });
  const problems = r.code === 0 ? [] : [`exited ${r.code}${r.signal ? ` (${r.signal})` : ''}`];
  return { name: rel, ok: r.code === 0, problems, minode: r, checks: checksOf(r.stdout) };
}

async function pool(items, fn) {
  const results = [];
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
      const r = results[i];
      console.log(`${r.ok ? 'PASS' : 'FAIL'} ${r.name} (${r.checks} checks, ${r.minode.ms} ms)`);
      if (!r.ok) {
        console.log(`  ${r.problems.join('; ')}`);
        const show = (label, text) => text && console.log(`  --- ${label}\n` + text.split('\n').slice(-25).map((l) => `  | ${l}`).join('\n'));
        show('minode stdout', r.minode.stdout);
        show('minode stderr', r.minode.stderr);
        if (r.node && r.node.code !== 0) show('node stderr', r.node.stderr);
      }
    }
  }
  await Promise.all(Array.from({ length: JOBS }, worker));
  return results;
}

async function main() {
  if (!fs.existsSync(minode)) {
    console.error(`runner: ${minode} does not exist; build it first (cargo build --release)`);
    process.exit(2);
  }
  const match = (f) => filters.length === 0 || filters.some((x) => f.includes(x));
  const behaviour = [
    ...listTests(path.join(__dirname, 'behavior'), /\.m?js$/),
    ...listTests(path.join(__dirname, 'npm'), /\.m?js$/),
  ].filter((f) => path.basename(f) !== 'check.js').filter(match);
  const suites = [
    ...listTests(path.join(__dirname, 'packages'), /\.test\.(m?js|sh)$/),
    ...listTests(path.join(__dirname, 'cluster'), /\.test\.(m?js|sh)$/),
    ...listTests(path.join(__dirname, 'cli'), /\.test\.(m?js|sh)$/),
  ].filter(match);
  const results = [...await pool(behaviour, behaviourTest), ...await pool(suites, suiteTest)];
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  const checks = results.reduce((a, r) => a + r.checks, 0);
  console.log(`\n${checks} checks in ${results.length} test files`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
