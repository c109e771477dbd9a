'use strict';
// The web DOMException. Its prototype chains to Error.prototype (so instanceof Error
// holds), name/message/code are prototype getters over private state, and the legacy
// numeric codes are constants on both the constructor and the prototype.

const { codes: { ERR_INVALID_THIS } } = require('internal/errors');

// Legacy names -> codes, in code order (the constant names are derived below).
const legacy = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'],
  ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'],
  ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'],
  ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'],
  ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'],
  ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'],
  ['AbortError', 'ABORT_ERR'],
  ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'],
  ['DataCloneError', 'DATA_CLONE_ERR'],
];
const nameToCode = new Map(legacy.map(([name], i) => [name, i + 1]));

// Private state lives in a WeakMap so the instance has no extra own properties
// (Node's only own property is `stack`).
const states = new WeakMap();

function state(self) {
  const s = states.get(self);
  if (s === undefined) throw new ERR_INVALID_THIS('DOMException');
  return s;
}

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super();
    let name = 'Error';
    let cause;
    let hasCause = false;
    if (options !== null && typeof options === 'object') {
      if ('cause' in options) {
        hasCause = true;
        cause = options.cause;
      }
      name = 'name' in options ? `${options.name}` : 'Error';
    } else {
      name = `${options}`;
    }
    states.set(this, { message: `${message}`, name });
    if (hasCause) {
      Object.defineProperty(this, 'cause', { value: cause, configurable: true, writable: true, enumerable: false });
    }
    // Recompute the stack now that name and message are known.
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(this);
  }

  get name() { return state(this).name; }
  get message() { return state(this).message; }
  get code() { return nameToCode.get(state(this).name) ?? 0; }
}

for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, { enumerable: true });
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: 'DOMException', writable: false, enumerable: false, configurable: true,
});
legacy.forEach(([, constant], i) => {
  const desc = { value: i + 1, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
});

module.exports = { DOMException };
