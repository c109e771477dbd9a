// minode runs ordinary Node programs: modules, timers, the event loop, the globals.
const os = require('os');
const { setTimeout: sleep } = require('timers/promises');

async function main() {
  console.log(`hello from ${process.release.name} API ${process.version} (minode ${process.versions.minode})`);
  console.log({ platform: process.platform, cpus: os.cpus().length, pid: process.pid });
  await sleep(10);
  console.log('done after', Math.round(process.uptime() * 1000), 'ms');
}

main();
