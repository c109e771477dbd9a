//! The http server fast path: accept, read, parse (httparse), frame bodies, keep-alive,
//! pipelining order, timeouts and limits in a tokio task per connection; JS is entered once
//! per request with compact data.
//!
//! JS side (js/_http_server.js):
//!   `new HTTPServer()`; `setCallbacks({onrequest, onbody, onbodyend, onclose, onclienterror,
//!   ondrain, onconnection, ondrained})`; `listen/listenPipe/open` like tcp's TCPServer;
//!   `adopt(fd)` takes an accepted connection fd (cluster round-robin); `close()`,
//!   `closeIdle()`, `closeAll()`, `configure(headersTimeout, requestTimeout,
//!   keepAliveTimeout, maxHeaderSize, requireHostHeader)`, `emitConnection`/`emitClientError`/
//!   `maxConnections` setters, `connections` getter.
//!   `onrequest(conn, method, url, rawHeaders, flags)` with flags: 1 keep-alive, 2 has body,
//!   4 upgrade/CONNECT, 8 expect 100-continue, 16 other Expect, 32 HTTP/1.1, 64 new connection.
//!   Each connection is an `HTTPConn`: `send(head, data, flags)` (flags: 1 chunked, 2 end of
//!   response, 4 close after it) returns the bytes still queued; `writeRaw(data)`; `pause()`,
//!   `resume()`, `detach()` -> [fd, ArrayBuffer of bytes read past the head], `destroy()`,
//!   `shutdown()`, `getpeername()`, `getsockname()`, `setNoDelay()`, `setKeepAlive()`.
use super::framing::{inspect, known_method, with_request_head, Body, HeadInfo, PErr, Step};
use crate::event_loop;
use crate::tcp::{
    dup_fd, name_object, neg_errno, set_keepalive, set_nodelay, Listener, LoopRef, Sock,
};
use rquickjs::class::Trace;
use rquickjs::function::{Opt, This};
use rquickjs::{
    Array, ArrayBuffer, Class, Ctx, Function, JsLifetime, Object, Persistent, Result, Value,
};
use std::cell::{Cell, RefCell};
use std::io;
use std::rc::Rc;
use std::time::Duration;
use tokio::io::Interest;
use tokio::sync::Notify;
use tokio::time::Instant;

// server/: accept (the listener task), conn_loop (one connection: heads, bodies, keep-alive,
// pipelining, timeouts), conn_io (output queue, flush, wait, read), reject (400/408/431,
// 'clientError', linger), deliver (what is posted to JS), conn_js/server_js (JS methods).
mod accept;
mod conn_io;
mod conn_js;
mod conn_loop;
mod deliver;
mod reject;
mod server_js;

use accept::spawn_conn;
pub use conn_js::HttpConn;
pub use deliver::raw_headers;

pub const F_KEEP_ALIVE: i32 = 1;
pub const F_HAS_BODY: i32 = 2;
pub const F_UPGRADE: i32 = 4;
pub const F_EXPECT_CONTINUE: i32 = 8;
pub const F_EXPECT_OTHER: i32 = 16;
pub const F_HTTP11: i32 = 32;
pub const F_NEW_CONN: i32 = 64;

const S_CHUNKED: i32 = 1;
const S_END: i32 = 2;
const S_CLOSE: i32 = 4;
/// The head ends without Content-Length: add it from the body's size.
const S_AUTO_LEN: i32 = 16;

struct Callbacks {
    onrequest: Persistent<Function<'static>>,
    onbody: Persistent<Function<'static>>,
    onbodyend: Persistent<Function<'static>>,
    onclose: Persistent<Function<'static>>,
    onclienterror: Persistent<Function<'static>>,
    ondrain: Persistent<Function<'static>>,
    onconnection: Persistent<Function<'static>>,
}

pub struct Shared {
    cb: RefCell<Option<Rc<Callbacks>>>,
    headers_timeout: Cell<u64>,
    request_timeout: Cell<u64>,
    keep_alive_timeout: Cell<u64>,
    max_header_size: Cell<usize>,
    require_host: Cell<bool>,
    emit_connection: Cell<bool>,
    emit_client_error: Cell<bool>,
    max_connections: Cell<Option<usize>>,
    connections: Cell<usize>,
    /// Wakes every connection to re-check `close_idle`/`close_all`.
    kick: Notify,
    close_idle: Cell<u64>,
    close_all: Cell<u64>,
    /// Drain mode (cluster reload): every further response closes its connection, and a
    /// connection idle for `drain_quiet` is closed (the client cannot be mid-request then).
    draining: Cell<bool>,
    drain_quiet: Cell<u64>,
}

struct ServerInner {
    shared: Rc<Shared>,
    listener: RefCell<Option<Rc<Listener>>>,
    loop_ref: LoopRef,
    stop: Notify,
    closed: Cell<bool>,
    unix_path: RefCell<Option<String>>,
}

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "HTTPServer")]
pub struct HttpServer {
    #[qjs(skip_trace)]
    inner: Rc<ServerInner>,
}

pub struct Conn {
    sock: RefCell<Option<Rc<Sock>>>,
    shared: Rc<Shared>,
    js: RefCell<Option<Persistent<Object<'static>>>>,
    rbuf: RefCell<Vec<u8>>,
    /// The head of the request being handled: rbuf[start..end].
    head: Cell<(usize, usize)>,
    out: RefCell<Vec<u8>>,
    out_off: Cell<usize>,
    notify: Notify,
    res_done: Cell<bool>,
    close_after: Cell<bool>,
    paused: Cell<bool>,
    gone: Cell<bool>,
    detached: Cell<bool>,
    want_drain: Cell<bool>,
    shutdown_req: Cell<bool>,
    in_request: Cell<bool>,
    /// Something was written for the current request (its response has started).
    wrote: Cell<bool>,
    bytes_read: Cell<f64>,
    bytes_written: Cell<f64>,
}

enum Wait {
    Readable,
    Notified,
    Timeout,
    Kick,
    Err(i32),
}

// --- the JS-facing classes -----------------------------------------------------------------

pub fn init<'js>(o: &Object<'js>) -> Result<()> {
    Class::<HttpServer>::define(o)?;
    Class::<HttpConn>::define(o)?;
    let _ = This(());
    Ok(())
}
