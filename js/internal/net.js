'use strict';
// Helpers shared by net, http and cluster: IP address checks, net's argument normalisation and
// Node-shaped socket errors.
const { uvException, exceptionWithHostPort, fixStackHeader } = require('internal/errors');

const v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Str = `${v4Seg}(?:\\.${v4Seg}){3}`;
const IPv4Reg = new RegExp(`^${v4Str}$`);
const v6Seg = '(?:[0-9a-fA-F]{1,4})';
const IPv6Reg = new RegExp('^(?:' +
  `(?:${v6Seg}:){7}(?:${v6Seg}|:)|` +
  `(?:${v6Seg}:){6}(?:${v4Str}|:${v6Seg}|:)|` +
  `(?:${v6Seg}:){5}(?::${v4Str}|(?::${v6Seg}){1,2}|:)|` +
  `(?:${v6Seg}:){4}(?:(?::${v6Seg}){0,1}:${v4Str}|(?::${v6Seg}){1,3}|:)|` +
  `(?:${v6Seg}:){3}(?:(?::${v6Seg}){0,2}:${v4Str}|(?::${v6Seg}){1,4}|:)|` +
  `(?:${v6Seg}:){2}(?:(?::${v6Seg}){0,3}:${v4Str}|(?::${v6Seg}){1,5}|:)|` +
  `(?:${v6Seg}:){1}(?:(?::${v6Seg}){0,4}:${v4Str}|(?::${v6Seg}){1,6}|:)|` +
  `(?::(?:(?::${v6Seg}){0,5}:${v4Str}|(?::${v6Seg}){1,7}|:))` +
  ')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(s) { return IPv4Reg.test(`${s}`); }
function isIPv6(s) { return IPv6Reg.test(`${s}`); }
function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}
function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }

const normalizedArgsSymbol = Symbol('normalizedArgs');

function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb === 'function' ? [options, cb] : [options, null];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

let tcp;
function binding() { return tcp ??= internalBinding('tcp'); }

function errData(errno, syscall) { return binding().errData(errno, syscall); }

// "read ECONNRESET", "write EPIPE"
function errnoException(errno, syscall, original) {
  const d = errData(errno, syscall);
  const err = new Error(original ? `${syscall} ${d.code} ${original}` : `${syscall} ${d.code}`);
  err.errno = d.errno;
  err.code = d.code;
  err.syscall = syscall;
  fixStackHeader(err, 'Error');
  return err;
}

// "connect ECONNREFUSED 127.0.0.1:80"
function connectException(errno, syscall, address, port) {
  return exceptionWithHostPort(errData(errno, syscall), address, port);
}

// "listen EADDRINUSE: address already in use :::4000"
function uvExceptionWithHostPort(errno, syscall, address, port) {
  const d = errData(errno, syscall);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const err = new Error(`${syscall} ${d.code}: ${d.message}${details}`);
  err.code = d.code;
  err.errno = d.errno;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  fixStackHeader(err, 'Error');
  return err;
}

function uvErr(errno, syscall, path) {
  const d = errData(errno, syscall);
  if (path !== undefined) d.path = path;
  return uvException(d);
}

module.exports = {
  isIP, isIPv4, isIPv6, IPv4Reg, IPv6Reg,
  errnoException, connectException, uvExceptionWithHostPort, uvErr, binding,
  isPipeName, toNumber, normalizedArgsSymbol, normalizeArgs,
};
