'use strict';
// module.SourceMap: a Source Map v3 payload decoded into a sorted table of mappings
// (base64 VLQ "mappings", index maps with "sections"), queried with findEntry/findOrigin
// as in Node. Entries are [generatedLine, generatedColumn, source, originalLine,
// originalColumn, name], all zero-based.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) DIGIT[BASE64.charCodeAt(i)] = i;

// Decode one base64 VLQ starting at `state.pos` of `str`.
function readVLQ(str, state) {
  let result = 0;
  let shift = 0;
  let digit;
  do {
    if (state.pos >= str.length) throw new Error('Invalid source map: unexpected end of mappings');
    const c = str.charCodeAt(state.pos++);
    digit = c < 128 ? DIGIT[c] : -1;
    if (digit < 0) throw new Error(`Invalid source map: bad VLQ digit '${str[state.pos - 1]}'`);
    result += (digit & 31) * 2 ** shift;
    shift += 5;
  } while (digit & 32);
  return result % 2 === 1 ? -(result - 1) / 2 : result / 2;
}

// Append the entries of one (non-index) map to `out`, shifted by a section offset.
function decodeMappings(map, out, lineShift, columnShift) {
  let sourceRoot = typeof map.sourceRoot === 'string' ? map.sourceRoot : '';
  if (sourceRoot && !sourceRoot.endsWith('/')) sourceRoot += '/';
  const sources = Array.isArray(map.sources) ? map.sources.map((s) => (s == null ? s : sourceRoot + s)) : [];
  const names = Array.isArray(map.names) ? map.names : [];
  const str = typeof map.mappings === 'string' ? map.mappings : '';
  const state = { pos: 0 };
  let line = 0;
  let column = 0;
  let source = 0;
  let origLine = 0;
  let origColumn = 0;
  let name = 0;
  while (state.pos < str.length) {
    const c = str.charCodeAt(state.pos);
    if (c === 59 /* ; */) {
      line++;
      column = 0;
      state.pos++;
      continue;
    }
    if (c === 44 /* , */) {
      state.pos++;
      continue;
    }
    column += readVLQ(str, state);
    const genLine = line + lineShift;
    const genColumn = line === 0 ? column + columnShift : column;
    const next = str.charCodeAt(state.pos);
    if (state.pos >= str.length || next === 44 || next === 59) {
      out.push([genLine, genColumn]);
      continue;
    }
    source += readVLQ(str, state);
    origLine += readVLQ(str, state);
    origColumn += readVLQ(str, state);
    const entry = [genLine, genColumn, sources[source], origLine, origColumn];
    const after = str.charCodeAt(state.pos);
    if (state.pos < str.length && after !== 44 && after !== 59) {
      name += readVLQ(str, state);
      entry.push(names[name]);
    }
    out.push(entry);
  }
}

function decode(payload) {
  const out = [];
  if (Array.isArray(payload.sections)) {
    for (const section of payload.sections) {
      const offset = section.offset || {};
      if (section.map) decodeMappings(section.map, out, offset.line | 0, offset.column | 0);
    }
  } else {
    decodeMappings(payload, out, 0, 0);
  }
  // Mappings are emitted in order within a map; sections may not be, keep it stable.
  out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return out;
}

function clonePayload(payload) {
  const copy = { ...payload };
  for (const key of ['sources', 'sourcesContent', 'names']) {
    if (Array.isArray(copy[key])) copy[key] = copy[key].slice();
  }
  if (Array.isArray(copy.sections)) {
    copy.sections = copy.sections.map((s) => ({ ...s, map: s.map && clonePayload(s.map) }));
  }
  return copy;
}

class SourceMap {
  #payload;
  #mappings = null;
  #lineLengths;

  constructor(payload, { lineLengths } = {}) {
    if (payload === null || typeof payload !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('payload', 'Object', payload);
    }
    this.#payload = clonePayload(payload);
    if (lineLengths !== undefined) this.#lineLengths = Array.from(lineLengths);
  }

  get payload() {
    return this.#payload;
  }

  get lineLengths() {
    return this.#lineLengths;
  }

  #entries() {
    return (this.#mappings ??= decode(this.#payload));
  }

  findEntry(lineOffset, columnOffset) {
    const mappings = this.#entries();
    let first = 0;
    let count = mappings.length;
    while (count > 1) {
      const step = count >> 1;
      const middle = first + step;
      const m = mappings[middle];
      if (lineOffset < m[0] || (lineOffset === m[0] && columnOffset < m[1])) {
        count = step;
      } else {
        first = middle;
        count -= step;
      }
    }
    const entry = mappings[first];
    if (!entry || (!first && (lineOffset < entry[0] || (lineOffset === entry[0] && columnOffset < entry[1])))) {
      return {};
    }
    return {
      generatedLine: entry[0],
      generatedColumn: entry[1],
      originalSource: entry[2],
      originalLine: entry[3],
      originalColumn: entry[4],
      name: entry[5],
    };
  }

  findOrigin(lineNumber, columnNumber) {
    const range = this.findEntry(lineNumber - 1, columnNumber - 1);
    const { generatedLine, generatedColumn, originalLine, originalColumn, originalSource, name } = range;
    if (originalSource === undefined) return {};
    return {
      name,
      fileName: originalSource,
      lineNumber: originalLine + (lineNumber - generatedLine),
      columnNumber: originalColumn + (columnNumber - generatedColumn),
    };
  }
}

module.exports = { SourceMap, decode };
