'use strict';
// net.SocketAddress and net.BlockList (address, range and subnet rules on IPv4/IPv6 addresses).
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateInt32, validatePort, validateObject } = require('internal/validators');
const { isIPv4, isIPv6 } = require('internal/net');

function ipToBigInt(address, family) {
  if (family === 'ipv4') {
    return address.split('.').reduce((acc, p) => (acc << 8n) + BigInt(Number(p)), 0n);
  }
  let addr = address.split('%')[0];
  let tail = [];
  const v4 = addr.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (v4) {
    const n = ipToBigInt(v4[1], 'ipv4');
    tail = [Number(n >> 16n), Number(n & 0xffffn)].map((x) => x.toString(16));
    addr = addr.slice(0, -v4[1].length) + tail.join(':');
  }
  let parts;
  if (addr.includes('::')) {
    const [a, b] = addr.split('::');
    const left = a ? a.split(':') : [];
    const right = b ? b.split(':') : [];
    parts = [...left, ...new Array(8 - left.length - right.length).fill('0'), ...right];
  } else parts = addr.split(':');
  return parts.reduce((acc, p) => (acc << 16n) + BigInt(parseInt(p || '0', 16)), 0n);
}

class SocketAddress {
  #address; #port; #family; #flowlabel;
  constructor(options = {}) {
    validateObject(options, 'options');
    const { family = 'ipv4', address = family === 'ipv6' ? '::' : '127.0.0.1', port = 0, flowlabel = 0 } = options;
    const fam = `${family}`.toLowerCase();
    if (fam !== 'ipv4' && fam !== 'ipv6') throw new ERR_INVALID_ARG_VALUE('options.family', family);
    if (typeof address !== 'string') throw new ERR_INVALID_ARG_TYPE('options.address', 'string', address);
    if ((fam === 'ipv4' && !isIPv4(address)) || (fam === 'ipv6' && !isIPv6(address))) {
      throw new ERR_INVALID_ARG_VALUE('options.address', address);
    }
    validatePort(port, 'options.port');
    this.#address = address; this.#port = port | 0; this.#family = fam; this.#flowlabel = flowlabel;
  }
  get address() { return this.#address; }
  get port() { return this.#port; }
  get family() { return this.#family; }
  get flowlabel() { return this.#flowlabel; }
  toJSON() { return { address: this.#address, port: this.#port, family: this.#family, flowlabel: this.#flowlabel }; }
  static isSocketAddress(v) { return v instanceof SocketAddress; }
  static parse(input) {
    try {
      const u = new URL(`http://${input}`);
      const host = u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname;
      return new SocketAddress({ address: host, port: Number(u.port) || 0, family: isIPv6(host) ? 'ipv6' : 'ipv4' });
    } catch { return undefined; }
  }
}

class BlockList {
  #rules = [];
  static isBlockList(v) { return v instanceof BlockList; }
  #norm(address, family) {
    if (address instanceof SocketAddress) return [address.address, address.family];
    if (typeof address !== 'string') throw new ERR_INVALID_ARG_TYPE('address', ['string', 'SocketAddress'], address);
    family = `${family}`.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') throw new ERR_INVALID_ARG_VALUE('family', family);
    return [address, family];
  }
  addAddress(address, family = 'ipv4') {
    const [a, f] = this.#norm(address, family);
    this.#rules.push({ type: 'address', f, v: ipToBigInt(a, f), text: `Address: ${f === 'ipv4' ? 'IPv4' : 'IPv6'} ${a}` });
  }
  addRange(start, end, family = 'ipv4') {
    const [s, f] = this.#norm(start, family);
    const [e] = this.#norm(end, family);
    const sv = ipToBigInt(s, f); const ev = ipToBigInt(e, f);
    if (sv > ev) throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    this.#rules.push({ type: 'range', f, s: sv, e: ev, text: `Range: ${f === 'ipv4' ? 'IPv4' : 'IPv6'} ${s}-${e}` });
  }
  addSubnet(network, prefix, family = 'ipv4') {
    const [n, f] = this.#norm(network, family);
    const bits = f === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix', 0, bits);
    const v = ipToBigInt(n, f);
    const mask = ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - prefix)) - 1n);
    this.#rules.push({ type: 'subnet', f, v: v & mask, mask, text: `Subnet: ${f === 'ipv4' ? 'IPv4' : 'IPv6'} ${n}/${prefix}` });
  }
  check(address, family = 'ipv4') {
    let a, f;
    try { [a, f] = this.#norm(address, family); } catch (e) { if (typeof address !== 'string' && !(address instanceof SocketAddress)) throw e; return false; }
    if ((f === 'ipv4' && !isIPv4(a)) || (f === 'ipv6' && !isIPv6(a))) return false;
    const v = ipToBigInt(a, f);
    const alt = f === 'ipv4' ? (0xffffn << 32n) | v : null;
    const mapped = f === 'ipv6' && (v >> 32n) === 0xffffn ? v & 0xffffffffn : null;
    for (const r of this.#rules) {
      let cand = null;
      if (r.f === f) cand = v;
      else if (r.f === 'ipv6' && alt !== null) cand = alt;
      else if (r.f === 'ipv4' && mapped !== null) cand = mapped;
      if (cand === null) continue;
      if (r.type === 'address' && cand === r.v) return true;
      if (r.type === 'range' && cand >= r.s && cand <= r.e) return true;
      if (r.type === 'subnet' && (cand & r.mask) === r.v) return true;
    }
    return false;
  }
  get rules() { return this.#rules.map((r) => r.text).reverse(); }
}

module.exports = { SocketAddress, BlockList };
