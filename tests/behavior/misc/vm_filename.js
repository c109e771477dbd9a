'use strict';
// vm scripts' frames name the filename they were compiled with (jest code frames),
// with lineOffset applied, in every vm entry point.
const { check, assert } = require('../check');
const vm = require('vm');

const frame = (stack) => stack.split('\n')[1].trim();

check('Script.runInContext with filename', () => {
  const ctx = vm.createContext({});
  const s = new vm.Script('(function(){\n  function inner(){ return new Error("x"); }\n  return inner;\n})()', { filename: '/abs/file.js' });
  assert.strictEqual(frame(s.runInContext(ctx)().stack), 'at inner (/abs/file.js:2:28)');
});
check('Script.runInThisContext with filename', () => {
  const fn = new vm.Script('(function g(){ return new Error("y") })', { filename: 'two.js' }).runInThisContext();
  assert.strictEqual(frame(fn().stack), 'at g (two.js:1:23)');
});
check('compileFunction with filename keeps line 1 columns', () => {
  const f = vm.compileFunction('return new Error("z")', [], { filename: 'three.js' });
  assert.strictEqual(frame(f().stack), 'at three.js:1:8');
  const g = vm.compileFunction('const a = 1;\n  return new Error(a)', ['b'], { filename: 'three-b.js' });
  assert.strictEqual(frame(g().stack), 'at three-b.js:2:10');
});
check('compileFunction with a parsing context', () => {
  const ctx = vm.createContext({ answer: 42 });
  const f = vm.compileFunction('return [answer, new Error("p")]', [], { filename: 'ctx.js', parsingContext: ctx });
  const [answer, err] = f();
  assert.strictEqual(answer, 42);
  assert.strictEqual(frame(err.stack), 'at ctx.js:1:17');
});
check('runInNewContext with filename', () => {
  assert.strictEqual(frame(vm.runInNewContext('new Error("w").stack', {}, { filename: 'four.js' })), 'at four.js:1:1');
});
check('runInContext with filename option and string', () => {
  const ctx = vm.createContext({});
  assert.strictEqual(frame(vm.runInContext('new Error("w").stack', ctx, { filename: 'five.js' })), 'at five.js:1:1');
  assert.strictEqual(frame(vm.runInContext('new Error("w").stack', ctx, 'six.js')), 'at six.js:1:1');
});
check('runInContext with lineOffset', () => {
  const ctx = vm.createContext({});
  const stack = vm.runInContext('\nnew Error("w").stack', ctx, { filename: 'seven.js', lineOffset: 10 });
  assert.strictEqual(frame(stack), 'at seven.js:12:1');
});
check('vm contexts still work: vars and functions land on the context', () => {
  const ctx = vm.createContext({ x: 1 });
  vm.runInContext('var y = x + 1; function z() { return y * 2; }', ctx, { filename: 'eight.js' });
  assert.strictEqual(ctx.y, 2);
  assert.strictEqual(ctx.z(), 4);
  assert.strictEqual(vm.runInContext('z() + 1', ctx, 'nine.js'), 5);
});
check('a syntax error in a vm script is a SyntaxError', () => {
  assert.throws(() => new vm.Script('var = 1', { filename: 'bad.js' }), SyntaxError);
  assert.throws(() => vm.compileFunction('return )', [], { filename: 'bad2.js' }), SyntaxError);
});
