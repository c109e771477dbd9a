'use strict';
// addAbortSignal(signal, stream): destroy the stream with an AbortError when signal aborts.
const { codes: { ERR_INVALID_ARG_TYPE }, AbortError } = require('internal/errors');
const { isNodeStream, isWebStream, kControllerErrorFunction, validateAbortSignal, addAbortListener } =
  require('internal/streams/utils');

let eos;

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = isNodeStream(stream)
    ? () => { stream.destroy(new AbortError(undefined, { cause: signal.reason })); }
    : () => { stream[kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason })); };
  if (signal.aborted) {
    onAbort();
  } else {
    const disposable = addAbortListener(signal, onAbort);
    eos ??= require('internal/streams/end-of-stream');
    eos(stream, () => disposable.dispose());
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
