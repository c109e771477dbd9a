'use strict';
// util.parseArgs: a small command-line parser. Arguments are first turned into
// tokens (option / positional / option-terminator), then tokens are checked (in strict
// mode) and stored into `values` and `positionals`.

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

function defaultArgs() {
  const argv = process.argv;
  // With -e/-p there is no script path in argv[1].
  if (process.execArgv?.some((a) => a === '-e' || a === '--eval' || a === '-p' || a === '--print')) {
    return argv.slice(1);
  }
  return argv.slice(2);
}

function longForShort(short, options) {
  for (const name of Object.keys(options)) {
    if (options[name].short === short) return name;
  }
  return short;
}

function typeOf(name, options) {
  return hasOwn(options, name) ? options[name].type : undefined;
}

function validateOptions(options) {
  validateObject(options, 'options');
  for (const name of Object.keys(options)) {
    const config = options[name];
    validateObject(config, `options.${name}`);
    validateUnion(config.type, `options.${name}.type`, ['string', 'boolean']);
    if (hasOwn(config, 'short')) {
      validateString(config.short, `options.${name}.short`);
      if (config.short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, config.short, 'must be a single character');
      }
    }
    const multiple = hasOwn(config, 'multiple') ? config.multiple : false;
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    if (hasOwn(config, 'default')) {
      const def = config.default;
      const key = `options.${name}.default`;
      if (config.type === 'string') {
        if (multiple) validateStringArray(def, key);
        else validateString(def, key);
      } else if (multiple) {
        validateBooleanArray(def, key);
      } else {
        validateBoolean(def, key);
      }
    }
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = config.args ?? defaultArgs();
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const returnTokens = config.tokens ?? false;
  const allowNegative = config.allowNegative ?? false;
  const options = config.options ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateOptions(options);

  const tokens = tokenizeArgs(args, options);
  const values = { __proto__: null };
  const positionals = [];

  for (const token of tokens) {
    if (token.kind === 'option') {
      let name = token.name;
      let value = token.value;
      if (allowNegative && name.startsWith('no-') && value === undefined) {
        const positive = name.slice(3);
        if (typeOf(positive, options) === 'boolean') {
          name = positive;
          token.name = positive;
          value = false;
        }
      }
      if (strict) checkOption(token, options, allowPositionals, value);
      storeOption(name, value, options, values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      positionals.push(token.value);
    }
  }

  for (const name of Object.keys(options)) {
    const config = options[name];
    if (hasOwn(config, 'default') && values[name] === undefined) values[name] = config.default;
  }

  const result = { values, positionals };
  if (returnTokens) result.tokens = tokens;
  return result;
}

function describe(name, options) {
  const short = options[name].short;
  return short ? `-${short}, --${name}` : `--${name}`;
}

function checkOption(token, options, allowPositionals, value) {
  if (!hasOwn(options, token.name)) {
    throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  }
  const config = options[token.name];
  if (config.type === 'string') {
    if (typeof token.value !== 'string') {
      throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${describe(token.name, options)} <value>' argument missing`);
    }
    if (!token.inlineValue && token.value.length > 1 && token.value[0] === '-') {
      const example = token.rawName.startsWith('--')
        ? `'--${token.name}=-XYZ'`
        : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
      throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${token.rawName}' argument is ambiguous.\n` +
        `Did you forget to specify the option argument for '${token.rawName}'?\n` +
        `To specify an option argument starting with a dash use ${example}.`);
    }
  } else if (config.type === 'boolean' && token.value !== undefined && value !== false) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${describe(token.name, options)}' does not take an argument`);
  }
}

function storeOption(name, value, options, values) {
  if (name === '__proto__') return;
  const v = value ?? true;
  if (hasOwn(options, name) && options[name].multiple) {
    if (values[name] === undefined) values[name] = [v];
    else values[name].push(v);
  } else {
    values[name] = v;
  }
}

// Tokenizer working on an explicit cursor over the original arguments, so each token
// records the index of the argument it came from.
function tokenizeArgs(args, options) {
  const tokens = [];
  let i = 0;
  while (i < args.length) {
    const arg = args[i];
    const index = i;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (let j = i + 1; j < args.length; j++) tokens.push({ kind: 'positional', index: j, value: args[j] });
      break;
    }

    if (arg.length >= 2 && arg[0] === '-' && arg[1] !== '-') {
      // Expand a group of short options into single ones sharing this index.
      const pieces = [];
      if (arg.length === 2) {
        pieces.push(arg);
      } else {
        const first = longForShort(arg[1], options);
        if (typeOf(first, options) === 'string') {
          pieces.push(arg); // -fVALUE
        } else {
          for (let k = 1; k < arg.length; k++) {
            const name = longForShort(arg[k], options);
            if (typeOf(name, options) !== 'string' || k === arg.length - 1) {
              pieces.push(`-${arg[k]}`);
            } else {
              pieces.push(`-${arg[k]}${arg.slice(k + 1)}`);
              break;
            }
          }
        }
      }
      i++;
      for (let p = 0; p < pieces.length; p++) {
        const piece = pieces[p];
        const name = longForShort(piece[1], options);
        const rawName = piece.slice(0, 2);
        if (piece.length > 2) {
          tokens.push({ kind: 'option', name, rawName, index, value: piece.slice(2), inlineValue: true });
        } else if (typeOf(name, options) === 'string' && p === pieces.length - 1 && i < args.length) {
          tokens.push({ kind: 'option', name, rawName, index, value: args[i], inlineValue: false });
          i++;
        } else {
          tokens.push({ kind: 'option', name, rawName, index, value: undefined, inlineValue: undefined });
        }
      }
      continue;
    }

    if (arg.length > 2 && arg.startsWith('--')) {
      const eq = arg.indexOf('=', 3);
      i++;
      if (eq === -1) {
        const name = arg.slice(2);
        if (typeOf(name, options) === 'string' && i < args.length) {
          tokens.push({ kind: 'option', name, rawName: arg, index, value: args[i], inlineValue: false });
          i++;
        } else {
          tokens.push({ kind: 'option', name, rawName: arg, index, value: undefined, inlineValue: undefined });
        }
      } else {
        const name = arg.slice(2, eq);
        tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
      }
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
    i++;
  }
  return tokens;
}

module.exports = { parseArgs };
