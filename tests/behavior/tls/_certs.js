'use strict';
// Test certificates, made with the openssl CLI when a test starts (never committed):
// a CA, a server certificate it signs (localhost + 127.0.0.1), a client certificate it signs,
// a self-signed certificate, an expired one and one for the wrong host name.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function make() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minode-tls-'));
  const p = (f) => path.join(dir, f);
  const ssl = (...args) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const eckey = (f) => ssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', f);
  const ext = (f, lines) => fs.writeFileSync(p(f), lines.join('\n') + '\n');

  eckey('ca.key');
  ssl('req', '-x509', '-new', '-key', 'ca.key', '-subj', '/C=US/O=minode/CN=minode test CA', '-days', '30',
    '-set_serial', '1', '-out', 'ca.pem',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');

  const signed = (name, subj, san, days, keyKind, extra = []) => {
    if (keyKind === 'rsa') ssl('genrsa', '-out', `${name}.key`, '2048');
    else eckey(`${name}.key`);
    ssl('req', '-new', '-key', `${name}.key`, '-subj', subj, '-out', `${name}.csr`);
    ext(`${name}.ext`, [`subjectAltName=${san}`, 'basicConstraints=CA:FALSE', ...extra]);
    ssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-set_serial', '4660',
      '-days', String(days), '-extfile', `${name}.ext`, '-out', `${name}.pem`);
  };
  signed('server', '/C=US/ST=CA/O=minode/OU=tests/CN=localhost', 'DNS:localhost,IP:127.0.0.1', 30, 'rsa',
    ['extendedKeyUsage=serverAuth']);
  signed('expired', '/CN=localhost', 'DNS:localhost,IP:127.0.0.1', -1, 'ec');
  signed('wronghost', '/CN=wrong.example.com', 'DNS:wrong.example.com,DNS:*.wrong.example.com', 30, 'ec');
  signed('client', '/CN=test client', 'DNS:client.local', 30, 'ec', ['extendedKeyUsage=clientAuth']);
  signed('sni', '/CN=sni.test', 'DNS:sni.test,DNS:*.sni.test', 30, 'ec');

  eckey('self.key');
  ssl('req', '-x509', '-new', '-key', 'self.key', '-subj', '/CN=localhost', '-days', '30', '-set_serial', '7',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-out', 'self.pem');

  const read = (f) => fs.readFileSync(p(f), 'latin1');
  const certs = {
    dir,
    ca: read('ca.pem'),
    server: { key: read('server.key'), cert: read('server.pem') },
    expired: { key: read('expired.key'), cert: read('expired.pem') },
    wronghost: { key: read('wronghost.key'), cert: read('wronghost.pem') },
    client: { key: read('client.key'), cert: read('client.pem') },
    sni: { key: read('sni.key'), cert: read('sni.pem') },
    self: { key: read('self.key'), cert: read('self.pem') },
  };
  process.on('exit', () => { try { fs.rmSync(dir, { recursive: true, force: true }); } catch {} });
  return certs;
}

module.exports = { make };
