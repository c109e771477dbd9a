'use strict';
// Hashes: every digest, encodings, copy(), streaming, crypto.hash(), errors.
const crypto = require('crypto');
const { check, checkAsync, assert } = require('../check');
const { eq, throwsLike } = require('./_util');

const algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'ripemd160', 'shake128', 'shake256', 'RSA-SHA256', 'SHA256'];
const expected = ["5eb63bbbe01eeed093cb22bb8f5acdc3","2aae6c35c94fcfb415dbe95f408b9ce91ee846ed","2f05477fc24bb4faefd86517156dafdecec45b8ad3cf2522a563582b","b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9","fdbd8e75a67f29f701a4e040385e2e23986303ea10239211af907fcbb83578b3e417cb71ce646efd0819dd8c088de1bd","309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f","22e0d52336f64a998085078b05a6e37b26f8120f43bf4db4c43a64ee","0ac561fac838104e3f2e4ad107b4bee3e938bf15f2b15f009ccccd61a913f017","dfb7f18c77e928bb56faeb2da27291bd790bc1045cde45f3210bb6c5","644bcc7e564373040999aac89e7622f3ca71fba1d972fd94a31c3bfbf24e3938","83bff28dde1b1bf5810071c6643c08e5b05bdb836effd70b403ea8ea0a634dc4997eb1053aa3593f590f9c63630dd90b","840006653e9ac9e95117a15c915caab81662918e925de9e004f774ff82d7079a40d4d27b1b372657c61d46d470304c88c788b3a4527ad074d1dccbee5dbaa99a","98c615784ccb5fe5936fbc0cbe9dfdb408d92f0f","3a9159f071e4dd1c8c4f968607c30942","369771bb2cb9d2b04c1d54cca487e372d9f187f73f7ba3f65b95c8ee7798c527","b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9","b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"];
check('all digests of "hello world"', () => {
  eq(algs.map((a) => crypto.createHash(a).update('hello world').digest('hex')), expected);
});
check('empty input', () => eq(crypto.createHash('sha256').digest('hex'), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'));
check('multi-part update equals one-shot', () => {
  const h = crypto.createHash('sha512');
  for (let i = 0; i < 100; i++) h.update(`chunk ${i};`);
  eq(h.digest('base64'), '3CoC7BTfYYKXiitMI+laPgkM3SJ+cdnfcqgKuZCc6SmHjXcRoI7cr9iDNbL2C86OU6C2B9YEKqYC4+Qu5ovl+A==');
});
check('digest encodings', () => {
  const enc = ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', undefined, 'ucs2', 'utf8'];
  eq(enc.map((e) => {
    const d = crypto.createHash('sha1').update('abc').digest(e);
    return typeof d === 'string' ? Buffer.from(d, e === 'utf8' ? 'utf8' : e).toString('hex') + `/${d.length}` : d;
  }), ["a9993e364706816aba3e25717850c26c9cd0d89d/40","a9993e364706816aba3e25717850c26c9cd0d89d/28","a9993e364706816aba3e25717850c26c9cd0d89d/27","a9993e364706816aba3e25717850c26c9cd0d89d/20","a9993e364706816aba3e25717850c26c9cd0d89d/20","hex:a9993e364706816aba3e25717850c26c9cd0d89d","hex:a9993e364706816aba3e25717850c26c9cd0d89d","a9993e364706816aba3e25717850c26c9cd0d89d/10","efbfbdefbfbd3e364706efbfbd6aefbfbd3e25717850efbfbd6cefbfbdefbfbdd89d/19"]);
});
check('input encodings', () => {
  eq([
    crypto.createHash('md5').update('68656c6c6f', 'hex').digest('hex'),
    crypto.createHash('md5').update('aGVsbG8=', 'base64').digest('hex'),
    crypto.createHash('md5').update('h\u00e9llo', 'latin1').digest('hex'),
    crypto.createHash('md5').update('h\u00e9llo').digest('hex'),
    crypto.createHash('md5').update('h\u00e9llo', 'utf16le').digest('hex'),
    crypto.createHash('md5').update('\ud83d\ude00 emoji').digest('hex'),
    crypto.createHash('md5').update('lone \ud800 surrogate').digest('hex'),
  ], ["5d41402abc4b2a76b9719d911017c592","5d41402abc4b2a76b9719d911017c592","1a722f7e6c801d9e470a10cb91ba406d","be50e8478cf24ff3595bc7307fb91b50","ebc1aa3d652b2e3b2109dd3b2ca7d09e","937948e47e1dfa66901634dea84a7092","27b0a5b4f9ce0a6d5d6d5e316bc3f679"]);
});
check('typed array and DataView inputs', () => {
  const f = new Float64Array([1.5, -2.25, 1e300]);
  eq([
    crypto.createHash('sha256').update(f).digest('hex'),
    crypto.createHash('sha256').update(new DataView(f.buffer, 8, 8)).digest('hex'),
    crypto.createHash('sha256').update(new Uint16Array([1, 2, 3]).subarray(1)).digest('hex'),
  ], ["45bcba346e13f0ce79eee7f0b8d5385eeba74f004d32a9d172e3ded6cffaad60","c6e40150024b425b1d7558cba409db00e8de483c4f7ca6021f8f5416edd9caa9","7d6e4762a22170651b49bef86a5bb9d5de987f5d5f3e546901291fd24c411d39"]);
});
check('large input (1 MiB + 7)', () => {
  const big = Buffer.alloc(1024 * 1024 + 7);
  for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff;
  eq([crypto.createHash('sha256').update(big).digest('hex'), crypto.createHash('md5').update(big).digest('hex')], ["931f74f2b01664216d09869d7b5cbfa9fa723171b015362c4a449cf04921a5ee","d26ce8153442e83eacad446ea631e317"]);
});
check('copy() forks the state', () => {
  const h = crypto.createHash('sha256').update('one');
  const c = h.copy();
  h.update('two');
  eq([h.digest('hex'), c.digest('hex'), c instanceof crypto.Hash], ["25b6746d5172ed6352966a013d93ac846e1110d5a25e8f183b5931f4688842a1","7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431ed",true]);
});
check('shake outputLength', () => {
  eq([
    crypto.createHash('shake128', { outputLength: 5 }).update('x').digest('hex'),
    crypto.createHash('shake256', { outputLength: 64 }).update('x').digest('hex'),
    crypto.createHash('shake256').update('x').digest('hex'),
    crypto.createHash('shake128').update('x').copy({ outputLength: 3 }).digest('hex'),
  ], ["e472c5e394","c851121abe8095973c9bdc1b446089f3249cf74e0b64660b61d73bcae0350f4d59c7cacc464c532588794afd653ad0dddca9718a8a1e17f10544872535c31e0a","c851121abe8095973c9bdc1b446089f3249cf74e0b64660b61d73bcae0350f4d","e472c5"]);
});
check('crypto.hash one-shot', () => {
  eq([
    crypto.hash('sha1', 'abc'),
    crypto.hash('md5', Buffer.from('abc'), 'base64'),
    crypto.hash('sha256', 'abc', 'buffer'),
    crypto.hash('sha512', new Uint8Array([1, 2, 3]), 'base64url'),
  ], ["a9993e364706816aba3e25717850c26c9cd0d89d","kAFQmDzST7DWlj99KOF/cg==","hex:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad","J4ZMxSGalRp6blK4yN3faYHQmNoWWNliWMhwssiN-8tRhBrqFyoouvpqeXMRZVhGdwZgRclZ7Q-ZKWiNBN78KQ"]);
});
check('Digest already called', () => {
  const h = crypto.createHash('sha256');
  h.digest();
  throwsLike(() => h.digest(), 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  throwsLike(() => h.update('x'), 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  throwsLike(() => h.copy(), 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
});
check('unknown digest', () => {
  throwsLike(() => crypto.createHash('nope'), 'Error', 'Digest method not supported');
  throwsLike(() => crypto.createHash(5), 'ERR_INVALID_ARG_TYPE');
});
check('bad update data', () => {
  throwsLike(() => crypto.createHash('sha256').update(5), 'ERR_INVALID_ARG_TYPE',
    'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)');
  throwsLike(() => crypto.createHash('sha256').update({}), 'ERR_INVALID_ARG_TYPE');
});
check('getHashes has the common names', () => {
  const h = crypto.getHashes();
  for (const n of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'RSA-SHA256']) assert.ok(h.includes(n), n);
});
check('update returns this', () => {
  const h = crypto.createHash('sha256');
  assert.strictEqual(h.update('a'), h);
});
checkAsync('Hash as a Transform stream', () => new Promise((resolve, reject) => {
  const h = crypto.createHash('sha256');
  h.setEncoding('hex');
  let out = '';
  h.on('data', (d) => { out += d; });
  h.on('end', () => {
    try { eq(out, '52f29d27b9f7fb350ab6addecaa80a4076c2bf87fe8a6307f4898a39f9e8790d'); resolve(); } catch (e) { reject(e); }
  });
  h.write('hello ');
  h.write(Buffer.from('stream'));
  h.end(' world');
}));
checkAsync('pipeline into a Hash', async () => {
  const { Readable } = require('stream');
  const { pipeline } = require('stream/promises');
  const h = crypto.createHash('md5');
  await pipeline(Readable.from(['a', 'b', 'c']), h);
  eq(h.read(), 'hex:900150983cd24fb0d6963f7d28e17f72');
});
