'use strict';
// tty: isatty() and the ReadStream/WriteStream classes for terminal fds. They are
// net.Socket subclasses like Node's (a stream.Duplex when net is not in the build).

const stdio = internalBinding('stdio');
const { codes: { ERR_INVALID_FD } } = require('internal/errors');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && stdio.isatty(fd);
}

let Base;
function lazyBase() {
  if (Base) return Base;
  if (internalBinding('builtins').has('net')) Base = require('net').Socket;
  else Base = require('stream').Duplex;
  Object.setPrototypeOf(ReadStream.prototype, Base.prototype);
  Object.setPrototypeOf(ReadStream, Base);
  Object.setPrototypeOf(WriteStream.prototype, Base.prototype);
  Object.setPrototypeOf(WriteStream, Base);
  return Base;
}

function validateFd(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) throw new ERR_INVALID_FD(fd);
}

function ReadStream(fd, options) {
  if (!new.target) return new ReadStream(fd, options);
  validateFd(fd);
  const B = lazyBase();
  const self = Reflect.construct(B, [{ ...options, fd, readable: true, writable: false, manualStart: true }], new.target);
  self.fd = fd;
  self.isRaw = false;
  self.isTTY = true;
  return self;
}

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  const err = stdio.setRawMode(this.fd, flag);
  if (err) {
    this.emit('error', require('internal/net').errnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!new.target) return new WriteStream(fd);
  validateFd(fd);
  const B = lazyBase();
  let self;
  if (B.name === 'Duplex') {
    self = Reflect.construct(B, [{
      write(chunk, encoding, cb) {
        try { stdio.writeSync(fd, chunk); } catch (err) { return cb(err); }
        cb();
      },
      read() {},
    }], new.target);
  } else {
    self = Reflect.construct(B, [{ fd, readable: false, writable: true }], new.target);
  }
  self.fd = fd;
  self._type = 'tty';
  self.isTTY = true;
  const size = stdio.windowSize(fd);
  self.columns = size ? size[0] : undefined;
  self.rows = size ? size[1] : undefined;
  return self;
}

WriteStream.prototype.isColorSupported = function isColorSupported() { return this.getColorDepth() > 2; };

WriteStream.prototype._refreshSize = function _refreshSize() {
  const size = stdio.windowSize(this.fd);
  if (!size) return;
  const [columns, rows] = size;
  if (columns !== this.columns || rows !== this.rows) {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
};

WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        return COLORS_16;
      case '2':
        return COLORS_256;
      case '3':
        return COLORS_16m;
      default:
        return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;
  if (env.TMUX) return COLORS_16m;
  if (env.CI) {
    if (['GITHUB_ACTIONS', 'GITEA_ACTIONS'].some((k) => k in env)) return COLORS_16m;
    return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  const term = env.TERM;
  if (term) {
    if (/truecolor|24bit|direct/.test(term)) return COLORS_16m;
    if (/-256(color)?$/.test(term)) return COLORS_256;
    if (/^(xterm|screen|vt100|vt220|rxvt|linux|cygwin|ansi|color|console|konsole|eterm|putty|tmux|alacritty|kitty)/i.test(term)) {
      return COLORS_16;
    }
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

WriteStream.prototype.getColorDepth = function(env) { return getColorDepth(env); };

WriteStream.prototype.hasColors = function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  }
  return count <= 2 ** getColorDepth(env);
};

WriteStream.prototype.cursorTo = function(x, y, cb) { return require('readline').cursorTo(this, x, y, cb); };
WriteStream.prototype.moveCursor = function(dx, dy, cb) { return require('readline').moveCursor(this, dx, dy, cb); };
WriteStream.prototype.clearLine = function(dir, cb) { return require('readline').clearLine(this, dir, cb); };
WriteStream.prototype.clearScreenDown = function(cb) { return require('readline').clearScreenDown(this, cb); };

module.exports = { isatty, ReadStream, WriteStream };
