'use strict';
// Request interceptors (nock and the like) replace http.ClientRequest and http.Agent by
// assignment, and build requests from a ClientRequest subclass that only runs
// OutgoingMessage's constructor; write()/end() on those must not throw.
const http = require('http');
const { check, checkAsync, assert } = require('../check');

check('http.ClientRequest and http.Agent are assignable and restorable', () => {
  const OrigCR = http.ClientRequest;
  const OrigAgent = http.Agent;
  assert.strictEqual(typeof OrigCR, 'function');
  function Fake() {}
  http.ClientRequest = Fake;
  assert.strictEqual(http.ClientRequest, Fake);
  http.ClientRequest = OrigCR;
  assert.strictEqual(http.ClientRequest, OrigCR);
  class MyAgent extends OrigAgent {}
  http.Agent = MyAgent;
  assert.strictEqual(http.Agent, MyAgent);
  http.Agent = OrigAgent;
  assert.strictEqual(http.Agent, OrigAgent);
  assert.ok(Object.keys(http).includes('ClientRequest'));
});

checkAsync('a ClientRequest built without its constructor can be ended', async () => {
  function Intercepted() {
    http.OutgoingMessage.call(this);
    this.method = 'GET';
    this.path = '/';
  }
  Object.setPrototypeOf(Intercepted.prototype, http.ClientRequest.prototype);
  const req = new Intercepted();
  const errors = [];
  req.on('error', (e) => errors.push(e));
  req.setHeader('x-test', '1');
  req.write('body');
  req.end();
  await new Promise((r) => setImmediate(r));
  assert.strictEqual(req.getHeader('x-test'), '1');
  assert.deepStrictEqual(errors, []);
  assert.strictEqual(req.writableEnded, true);
});
