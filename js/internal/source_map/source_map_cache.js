'use strict';
// Source map support, as in Node: with --enable-source-maps or
// process.setSourceMapsEnabled(true), modules loaded afterwards have their
// `//# sourceMappingURL=` (an inline data: URL or a file next to the script) recorded;
// module.findSourceMap() returns a SourceMap for them and Error.stack frames are
// reported at their original file:line:col.

const path = require('path');
const { validateBoolean } = require('internal/validators');
const stack = require('internal/bootstrap/stack');

let enabled = false;
// filename (absolute path) -> { url, content } or { map } once parsed.
const cache = new Map();

const urlMod = () => require('internal/url');
const MAPPING_URL = /\/[*/][#@]\s+sourceMappingURL=([^\s'"]+)\s*(?:\*\/\s*)?$/gm;

function getSourceMapsEnabled() {
  return enabled;
}

function setSourceMapsEnabled(value) {
  validateBoolean(value, 'val');
  enabled = value;
  stack.setFrameMapper(value ? mapFrame : null);
}

function lastMappingURL(content) {
  // Only the last comment counts; scan the tail first (it is almost always there).
  const tail = content.length > 4096 ? content.slice(-4096) : content;
  let m;
  let url;
  MAPPING_URL.lastIndex = 0;
  while ((m = MAPPING_URL.exec(tail)) !== null) url = m[1];
  if (url === undefined && tail !== content) {
    MAPPING_URL.lastIndex = 0;
    while ((m = MAPPING_URL.exec(content)) !== null) url = m[1];
  }
  return url;
}

// Called by the loaders with each module's source (only while enabled).
function maybeCacheSourceMap(filename, content) {
  if (!enabled || typeof filename !== 'string' || !path.isAbsolute(filename)) return;
  const url = lastMappingURL(content);
  if (url === undefined) {
    cache.delete(filename);
    return;
  }
  cache.set(filename, { url, map: undefined });
}

function decodeDataURL(url) {
  const m = /^data:([^,]*?)(;base64)?,(.*)$/s.exec(url);
  if (!m) return null;
  const { Buffer } = require('buffer');
  return m[2] ? Buffer.from(m[3], 'base64').toString('utf8') : decodeURIComponent(m[3]);
}

// Parse the map of `filename` (sources made absolute URLs, as Node does) or null.
function loadMap(filename, entry) {
  const fileURL = urlMod().pathToFileURL(filename).href;
  let text;
  let base = fileURL;
  try {
    if (entry.url.startsWith('data:')) {
      text = decodeDataURL(entry.url);
    } else {
      const mapURL = new URL(entry.url, fileURL);
      if (mapURL.protocol !== 'file:') return null;
      base = mapURL.href;
      text = require('fs').readFileSync(urlMod().fileURLToPath(mapURL), 'utf8');
    }
    if (text == null) return null;
    const payload = JSON.parse(text);
    const absolute = (map) => {
      if (!Array.isArray(map.sources)) return;
      const root = typeof map.sourceRoot === 'string' ? map.sourceRoot : '';
      map.sources = map.sources.map((s) => {
        try {
          return new URL(root + s, base).href;
        } catch {
          return root + s;
        }
      });
      delete map.sourceRoot;
    };
    if (Array.isArray(payload.sections)) {
      for (const s of payload.sections) if (s && s.map) absolute(s.map);
    } else {
      absolute(payload);
    }
    const { SourceMap } = require('internal/source_map/source_map');
    return new SourceMap(payload);
  } catch {
    return null;
  }
}

function findSourceMap(sourceURL) {
  if (typeof sourceURL !== 'string') return undefined;
  let filename = sourceURL;
  if (sourceURL.startsWith('file:')) {
    try {
      filename = urlMod().fileURLToPath(sourceURL);
    } catch {
      return undefined;
    }
  }
  const entry = cache.get(filename);
  if (entry === undefined) return undefined;
  if (entry.map === undefined) entry.map = loadMap(filename, entry);
  return entry.map || undefined;
}

function displayPath(source) {
  if (source.startsWith('file:')) {
    try {
      return urlMod().fileURLToPath(source);
    } catch {
      return source;
    }
  }
  return source;
}

// Stack rendering hook: the frame text for call site `i` of `sites` when its position
// has a mapping, else undefined. `info(i)` gives { file, line, col, fn, typeName }.
function mapFrame(info, i, count) {
  const t = info(i);
  if (!t.file || t.line == null || t.col == null) return undefined;
  const sm = findSourceMap(t.file);
  if (!sm) return undefined;
  const { originalLine, originalColumn, originalSource } = sm.findEntry(t.line - 1, t.col - 1);
  if (!originalSource || originalLine === undefined || originalColumn === undefined) return undefined;
  // The original symbol: the name recorded at the caller's position in the same file.
  let name;
  if (i + 1 < count) {
    const next = info(i + 1);
    if (next.file === t.file && next.line != null) name = sm.findEntry(next.line - 1, next.col - 1).name;
  }
  const prefix = t.typeName !== null && t.typeName !== 'global' ? `${t.typeName}.` : '';
  const originalName = `${prefix}${t.fn || '<anonymous>'}`;
  const label = name && name !== originalName ? name : originalName;
  return `${label} (${displayPath(originalSource)}:${originalLine + 1}:${originalColumn + 1})`;
}

// --enable-source-maps on the command line or in NODE_OPTIONS.
{
  const flag = (a) => a === '--enable-source-maps';
  const nodeOptions = typeof process.env?.NODE_OPTIONS === 'string' ? process.env.NODE_OPTIONS.split(/\s+/) : [];
  if (internalBinding('options').execArgv.some(flag) || nodeOptions.some(flag)) setSourceMapsEnabled(true);
}

module.exports = {
  getSourceMapsEnabled,
  setSourceMapsEnabled,
  maybeCacheSourceMap,
  findSourceMap,
};
