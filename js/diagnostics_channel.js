'use strict';
// diagnostics_channel: named pub/sub channels for instrumentation, plus TracingChannel
// (start/end/asyncStart/asyncEnd/error channels around a traced call). A channel with
// no subscribers costs one property read per publish.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const channels = new Map();

function reportSubscriberError(err) {
  // A failing subscriber must not break the publisher: rethrow on the next tick.
  process.nextTick(() => { throw err; });
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
  }

  static [Symbol.hasInstance](value) {
    return typeof value === 'object' && value !== null && Object.prototype.isPrototypeOf.call(Channel.prototype, value);
  }

  get hasSubscribers() {
    return (this._subscribers !== undefined && this._subscribers.length > 0) ||
      (this._stores !== undefined && this._stores.size > 0);
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // Copy on write: a publish in progress keeps iterating its own snapshot.
    this._subscribers = this._subscribers === undefined ? [subscription] : [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const list = this._subscribers;
    if (list === undefined) return false;
    const index = list.indexOf(subscription);
    if (index === -1) return false;
    const next = list.slice();
    next.splice(index, 1);
    this._subscribers = next.length > 0 ? next : undefined;
    return true;
  }

  bindStore(store, transform) {
    if (transform !== undefined) validateFunction(transform, 'transform');
    this._stores ??= new Map();
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (this._stores === undefined || !this._stores.has(store)) return false;
    this._stores.delete(store);
    if (this._stores.size === 0) this._stores = undefined;
    return true;
  }

  publish(data) {
    const list = this._subscribers;
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      try {
        list[i](data, this.name);
      } catch (err) {
        reportSubscriberError(err);
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    const stores = this._stores;
    if (stores === undefined || stores.size === 0) {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    }
    const entries = [...stores];
    const runAt = (i) => {
      if (i === entries.length) {
        this.publish(data);
        return Reflect.apply(fn, thisArg, args);
      }
      const [store, transform] = entries[i];
      let value = data;
      if (transform !== undefined) {
        try {
          value = transform(data);
        } catch (err) {
          reportSubscriberError(err);
          return runAt(i + 1);
        }
      }
      return store.run(value, runAt, i + 1);
    };
    return runAt(0);
  }
}

function validateName(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
}

function channel(name) {
  let ch = channels.get(name);
  if (ch !== undefined) return ch;
  validateName(name);
  ch = new Channel(name);
  channels.set(name, ch);
  return ch;
}

function hasSubscribers(name) {
  const ch = channels.get(name);
  return ch !== undefined && ch.hasSubscribers;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

// --- TracingChannel -----------------------------------------------------------------------
const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const event of traceEvents) {
        Object.defineProperty(this, event, {
          value: channel(`tracing:${nameOrChannels}:${event}`), enumerable: false, writable: false, configurable: true,
        });
      }
    } else if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
      for (const event of traceEvents) {
        const ch = nameOrChannels[event];
        if (!(ch instanceof Channel)) throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, 'Channel', ch);
        Object.defineProperty(this, event, { value: ch, enumerable: false, writable: false, configurable: true });
      }
    } else {
      throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return traceEvents.some((e) => this[e].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of traceEvents) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const onFulfilled = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    const onRejected = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      throw err;
    };
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(onFulfilled, onRejected);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
