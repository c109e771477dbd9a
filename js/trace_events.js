'use strict';
// trace_events: minode records no trace events. Tracing objects can be created,
// enabled and disabled; nothing is written.

const { codes: { ERR_TRACE_EVENTS_CATEGORY_REQUIRED } } = require('internal/errors');
const { validateObject, validateStringArray } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');

const enabledTracings = new Set();

class Tracing {
  #categories;
  #enabled = false;

  constructor(categories) {
    this.#categories = categories;
  }

  enable() {
    this.#enabled = true;
    enabledTracings.add(this);
  }

  disable() {
    this.#enabled = false;
    enabledTracings.delete(this);
  }

  get enabled() { return this.#enabled; }
  get categories() { return this.#categories.join(','); }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    return `Tracing ${inspect({ enabled: this.enabled, categories: this.categories }, options)}`;
  }
}

function createTracing(options) {
  validateObject(options, 'options');
  validateStringArray(options.categories, 'options.categories');
  if (options.categories.length <= 0) throw new ERR_TRACE_EVENTS_CATEGORY_REQUIRED();
  return new Tracing(options.categories);
}

function getEnabledCategories() {
  const all = new Set();
  for (const t of enabledTracings) for (const c of t.categories.split(',')) all.add(c);
  return all.size > 0 ? [...all].join(',') : undefined;
}

module.exports = { createTracing, getEnabledCategories };
