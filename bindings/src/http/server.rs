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
use super::framing::{inspect, known_method, Body, PErr, Step};
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

mod conn_js;
mod server_js;

pub use conn_js::HttpConn;

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

impl HttpServer {
    fn start(&self, l: Listener) {
        let l = Rc::new(l);
        *self.inner.listener.borrow_mut() = Some(l.clone());
        self.inner.loop_ref.set_active(true);
        let inner = self.inner.clone();
        tokio::task::spawn_local(async move {
            loop {
                let r = tokio::select! {
                    r = l.accept() => r,
                    _ = inner.stop.notified() => break,
                };
                if inner.closed.get() {
                    break;
                }
                match r {
                    Ok(sock) => spawn_conn(inner.shared.clone(), sock),
                    Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
                }
            }
        });
    }
}

fn spawn_conn(shared: Rc<Shared>, sock: Sock) {
    if let Some(max) = shared.max_connections.get() {
        if shared.connections.get() >= max {
            return; // dropped: closed right away
        }
    }
    if !sock.is_unix() {
        let _ = set_nodelay(sock.fd(), true);
    }
    shared.connections.set(shared.connections.get() + 1);
    // An open connection keeps the process alive, like Node's sockets.
    event_loop::ref_handle();
    let conn = Rc::new(Conn {
        sock: RefCell::new(Some(Rc::new(sock))),
        shared: shared.clone(),
        js: RefCell::new(None),
        rbuf: RefCell::new(Vec::with_capacity(4096)),
        head: Cell::new((0, 0)),
        out: RefCell::new(Vec::new()),
        out_off: Cell::new(0),
        notify: Notify::new(),
        res_done: Cell::new(false),
        close_after: Cell::new(false),
        paused: Cell::new(false),
        gone: Cell::new(false),
        detached: Cell::new(false),
        want_drain: Cell::new(false),
        shutdown_req: Cell::new(false),
        in_request: Cell::new(false),
        wrote: Cell::new(false),
        bytes_read: Cell::new(0.0),
        bytes_written: Cell::new(0.0),
    });
    if shared.emit_connection.get() {
        let c = conn.clone();
        event_loop::post(Box::new(move |ctx| {
            let Some(cb) = c.shared.cb.borrow().clone() else {
                return Ok(());
            };
            let obj = c.js_object(ctx)?;
            cb.onconnection.clone().restore(ctx)?.call::<_, ()>((obj,))
        }));
    }
    tokio::task::spawn_local(async move {
        let errno = conn.run().await;
        conn.finish(errno);
    });
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

impl Conn {
    fn sock(&self) -> Option<Rc<Sock>> {
        self.sock.borrow().clone()
    }

    /// The JS object for this connection (created on first use).
    fn js_object<'js>(self: &Rc<Self>, ctx: &Ctx<'js>) -> Result<Object<'js>> {
        if let Some(p) = self.js.borrow().as_ref() {
            return p.clone().restore(ctx);
        }
        let obj = Class::instance(ctx.clone(), HttpConn { conn: self.clone() })?.into_inner();
        *self.js.borrow_mut() = Some(Persistent::save(ctx, obj.clone()));
        Ok(obj)
    }

    /// The response is complete: the connection loop may read the next request (or close).
    fn finish_response(&self, close: bool) {
        self.res_done.set(true);
        if close {
            self.close_after.set(true);
        }
        self.notify.notify_one();
    }

    /// What a write reports to JS: bytes still queued (asking for 'drain'), or an errno.
    fn write_result(&self, r: std::result::Result<usize, i32>) -> f64 {
        match r {
            Ok(n) => {
                if n > 0 {
                    self.want_drain.set(true);
                }
                n as f64
            }
            Err(e) => e as f64,
        }
    }

    fn pending_out(&self) -> usize {
        self.out.borrow().len() - self.out_off.get()
    }

    /// Queue bytes and try to write them now. Returns bytes still queued, or an errno.
    fn write_now(&self, f: impl FnOnce(&mut Vec<u8>)) -> std::result::Result<usize, i32> {
        let Some(sock) = self.sock() else {
            return Err(-libc::EPIPE);
        };
        if self.gone.get() {
            return Err(-libc::EPIPE);
        }
        self.wrote.set(true);
        let mut out = self.out.borrow_mut();
        if self.out_off.get() == out.len() {
            out.clear();
            self.out_off.set(0);
        }
        let was_pending = !out.is_empty();
        f(&mut out);
        if was_pending {
            return Ok(out.len() - self.out_off.get());
        }
        let mut off = 0;
        while off < out.len() {
            match sock.try_write(&out[off..]) {
                Ok(n) => off += n,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    out.clear();
                    self.out_off.set(0);
                    self.gone.set(true);
                    self.notify.notify_one();
                    return Err(neg_errno(&e));
                }
            }
        }
        self.bytes_written
            .set(self.bytes_written.get() + off as f64);
        if off == out.len() {
            out.clear();
            self.out_off.set(0);
            Ok(0)
        } else {
            self.out_off.set(off);
            self.notify.notify_one();
            Ok(out.len() - off)
        }
    }

    /// Flush queued output; Ok(true) when nothing is left.
    fn flush(&self, sock: &Sock) -> io::Result<bool> {
        let mut out = self.out.borrow_mut();
        let mut off = self.out_off.get();
        while off < out.len() {
            match sock.try_write(&out[off..]) {
                Ok(n) => {
                    off += n;
                    self.bytes_written.set(self.bytes_written.get() + n as f64);
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
        if off >= out.len() {
            out.clear();
            self.out_off.set(0);
            Ok(true)
        } else {
            self.out_off.set(off);
            Ok(false)
        }
    }

    /// Wait for input (or a flush opportunity, a JS notification, a timeout).
    async fn wait(
        self: &Rc<Self>,
        sock: &Sock,
        want_read: bool,
        deadline: Option<Instant>,
    ) -> Wait {
        loop {
            let want_write = self.pending_out() > 0;
            if want_write {
                match self.flush(sock) {
                    Ok(true) => {
                        if self.want_drain.replace(false) {
                            self.post_drain();
                        }
                        continue;
                    }
                    Ok(false) => {}
                    Err(e) => return Wait::Err(neg_errno(&e)),
                }
            }
            let interest = match (want_read, want_write) {
                (true, true) => Some(Interest::READABLE | Interest::WRITABLE),
                (true, false) => Some(Interest::READABLE),
                (false, true) => Some(Interest::WRITABLE),
                (false, false) => None,
            };
            let sleep = async {
                match deadline {
                    Some(d) => tokio::time::sleep_until(d).await,
                    None => std::future::pending::<()>().await,
                }
            };
            let ready = async {
                match interest {
                    Some(i) => sock.ready(i).await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                biased;
                _ = self.notify.notified() => return Wait::Notified,
                _ = self.shared.kick.notified() => return Wait::Kick,
                r = ready => match r {
                    Ok(r) => {
                        if want_read && (r.is_readable() || r.is_read_closed()) {
                            return Wait::Readable;
                        }
                        // writable: loop and flush
                    }
                    Err(e) => return Wait::Err(neg_errno(&e)),
                },
                _ = sleep => return Wait::Timeout,
            }
        }
    }

    /// Read what is available into rbuf. Ok(0) is EOF.
    fn read_some(&self, sock: &Sock) -> io::Result<usize> {
        let mut rbuf = self.rbuf.borrow_mut();
        if rbuf.capacity() - rbuf.len() < 4096 {
            rbuf.reserve(16 * 1024);
        }
        let room = rbuf.capacity() - rbuf.len();
        let n = sock.try_read_buf(&mut rbuf)?;
        if n > 0 && n < room {
            sock.clear_read_ready();
        }
        self.bytes_read.set(self.bytes_read.get() + n as f64);
        Ok(n)
    }

    fn post_drain(self: &Rc<Self>) {
        let c = self.clone();
        event_loop::post(Box::new(move |ctx| {
            let Some(cb) = c.shared.cb.borrow().clone() else {
                return Ok(());
            };
            let obj = c.js_object(ctx)?;
            cb.ondrain.clone().restore(ctx)?.call::<_, ()>((obj,))
        }));
    }

    /// Answer bad input from Rust (no 'clientError' listener) and close.
    async fn reject(self: &Rc<Self>, sock: &Sock, status: &str) {
        let msg = format!("HTTP/1.1 {status}\r\nConnection: close\r\n\r\n");
        let _ = self.write_now(|o| o.extend_from_slice(msg.as_bytes()));
        self.linger(sock).await;
    }

    /// Flush, send FIN, and read until the peer closes (bounded), so unread input does not
    /// turn the close into a reset that destroys the response.
    async fn linger(self: &Rc<Self>, sock: &Sock) {
        let deadline = Instant::now() + Duration::from_secs(2);
        while self.pending_out() > 0 {
            match self.wait(sock, false, Some(deadline)).await {
                Wait::Err(_) | Wait::Timeout => return,
                _ => {}
            }
            if self.detached.get() {
                return;
            }
        }
        let _ = sock.shutdown_write();
        let mut scratch = [0u8; 4096];
        loop {
            let r = tokio::select! {
                r = sock.ready(Interest::READABLE) => r,
                _ = tokio::time::sleep_until(deadline) => return,
            };
            if r.is_err() {
                return;
            }
            match sock.try_read(&mut scratch) {
                Ok(0) => return,
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(_) => return,
            }
        }
    }

    fn client_error(self: &Rc<Self>, err: PErr, bytes_parsed: usize) {
        let c = self.clone();
        let raw: Vec<u8> = {
            let rbuf = self.rbuf.borrow();
            rbuf[..rbuf.len().min(65536)].to_vec()
        };
        event_loop::post(Box::new(move |ctx| {
            let Some(cb) = c.shared.cb.borrow().clone() else {
                return Ok(());
            };
            let obj = c.js_object(ctx)?;
            let ab = ArrayBuffer::new(ctx.clone(), raw)?;
            cb.onclienterror.clone().restore(ctx)?.call::<_, ()>((
                obj,
                err.code(),
                err.reason(),
                ab,
                bytes_parsed as f64,
            ))
        }));
    }

    /// The connection loop. Returns an errno when it ended on an I/O error.
    async fn run(self: &Rc<Self>) -> i32 {
        let Some(sock) = self.sock() else { return 0 };
        let mut first = true;
        let mut served: u64 = 0;
        let mut pos: usize = 0; // parse position in rbuf
        loop {
            // --- 1. the head ---------------------------------------------------------------
            let start = Instant::now();
            let headers_deadline =
                start + Duration::from_millis(self.shared.headers_timeout.get().max(1));
            let request_deadline = match self.shared.request_timeout.get() {
                0 => None,
                ms => Some(start + Duration::from_millis(ms)),
            };
            let idle_deadline = if served > 0 {
                match self.shared.keep_alive_timeout.get() {
                    0 => None,
                    ms => Some(start + Duration::from_millis(ms)),
                }
            } else {
                None
            };
            let mut idle_gen = self.shared.close_idle.get();
            let all_gen = self.shared.close_all.get();
            let (head_len, info, http11, method_is_connect) = loop {
                if self.detached.get() || self.gone.get() {
                    return 0;
                }
                let avail = self.rbuf.borrow().len() - pos;
                if avail > 0 {
                    // Skip empty lines between messages, like llhttp.
                    {
                        let rbuf = self.rbuf.borrow();
                        while pos < rbuf.len() && (rbuf[pos] == b'\r' || rbuf[pos] == b'\n') {
                            pos += 1;
                        }
                    }
                    let parsed = self.parse_head(pos);
                    match parsed {
                        Ok(Some(v)) => break v,
                        Ok(None) => {
                            let have = self.rbuf.borrow().len() - pos;
                            if have > self.shared.max_header_size.get() {
                                return self.fail_request(&sock, PErr::HeaderOverflow, have).await;
                            }
                        }
                        Err(e) => return self.fail_request(&sock, e, 0).await,
                    }
                }
                let mid_request = self.rbuf.borrow().len() > pos;
                let mut deadline = if mid_request || served == 0 {
                    Some(match request_deadline {
                        Some(r) => r.min(headers_deadline),
                        None => headers_deadline,
                    })
                } else {
                    idle_deadline
                };
                if !mid_request && self.shared.draining.get() {
                    // Idle while draining: close once the client has been quiet a while.
                    let quiet = start + Duration::from_millis(self.shared.drain_quiet.get());
                    deadline = Some(deadline.map_or(quiet, |d| d.min(quiet)));
                }
                match self.wait(&sock, true, deadline).await {
                    Wait::Readable => match self.read_some(&sock) {
                        Ok(0) => {
                            self.linger_or_close(&sock).await;
                            return 0;
                        }
                        Ok(_) => {}
                        Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                        Err(e) => return neg_errno(&e),
                    },
                    Wait::Timeout => {
                        if mid_request || (served == 0 && self.rbuf.borrow().len() > pos) {
                            if !self.shared.emit_client_error.get() {
                                self.reject(&sock, "408 Request Timeout").await;
                            }
                            return 0;
                        }
                        if served == 0 {
                            // Nothing sent at all within headersTimeout.
                            return 0;
                        }
                        return 0; // keep-alive timeout
                    }
                    Wait::Kick => {
                        if self.shared.close_all.get() != all_gen {
                            return 0;
                        }
                        let g = self.shared.close_idle.get();
                        if g != idle_gen {
                            idle_gen = g;
                            if self.rbuf.borrow().len() == pos {
                                return 0;
                            }
                        }
                    }
                    Wait::Notified => {}
                    Wait::Err(e) => return e,
                }
            };
            let _ = method_is_connect;

            // --- 2. dispatch to JS ----------------------------------------------------------
            let head_start = pos;
            let head_end = pos + head_len;
            self.head.set((head_start, head_end));
            pos = head_end;
            let mut body = if method_is_connect || (info.upgrade && info.conn_upgrade) {
                // The rest of the connection belongs to the upgrade.
                Body::from_info(&info)
            } else {
                Body::from_info(&info)
            };
            let keep_alive = !self.shared.draining.get()
                && if http11 {
                    !info.conn_close
                } else {
                    info.conn_keep_alive && !info.conn_close
                };
            let mut flags = 0;
            if keep_alive {
                flags |= F_KEEP_ALIVE;
            }
            if !matches!(body, Body::None) {
                flags |= F_HAS_BODY;
            }
            if method_is_connect || (info.upgrade && info.conn_upgrade) {
                flags |= F_UPGRADE;
            }
            if info.expect_continue {
                flags |= F_EXPECT_CONTINUE;
            }
            if info.expect_other {
                flags |= F_EXPECT_OTHER;
            }
            if http11 {
                flags |= F_HTTP11;
            }
            if first {
                flags |= F_NEW_CONN;
            }
            first = false;
            self.res_done.set(false);
            self.close_after.set(!keep_alive);
            self.in_request.set(true);
            self.wrote.set(false);
            self.paused.set(false);
            self.post_request(flags);

            // --- 3. the body, then the response ------------------------------------------
            let mut body_done = matches!(body, Body::None);
            loop {
                if self.detached.get() {
                    return 0;
                }
                if self.gone.get() {
                    return -libc::EPIPE;
                }
                // Decode what is buffered (stop while JS has the request paused, unless the
                // response is done and the rest is just discarded).
                let discard = self.res_done.get();
                while !body_done && (!self.paused.get() || discard) {
                    let rbuf = self.rbuf.borrow();
                    let input = &rbuf[pos..];
                    match body.step(input, self.shared.max_header_size.get()) {
                        Ok((used, Step::Data(d))) => {
                            let chunk = if d.is_empty() || discard {
                                None
                            } else {
                                Some(d.to_vec())
                            };
                            drop(rbuf);
                            pos += used;
                            if let Some(chunk) = chunk {
                                self.post_body(chunk);
                            }
                            if used == 0 {
                                break;
                            }
                        }
                        Ok((used, Step::End(trailers))) => {
                            let t = if trailers.len() > 2 {
                                Some(trailers.to_vec())
                            } else {
                                None
                            };
                            drop(rbuf);
                            pos += used;
                            body_done = true;
                            if !discard {
                                self.post_body_end(t);
                            }
                        }
                        Ok((_, Step::More)) => break,
                        Err(e) => {
                            drop(rbuf);
                            if self.res_done.get() {
                                return 0;
                            }
                            return self.fail_request(&sock, e, pos).await;
                        }
                    }
                }
                if self.res_done.get() && body_done {
                    break;
                }
                let want_read = !body_done && (!self.paused.get() || self.res_done.get());
                // While waiting for the response, keep an eye on the socket (EOF = abort),
                // without buffering without bound.
                let watch = body_done && self.rbuf.borrow().len() - pos < 64 * 1024;
                let deadline = if !body_done { request_deadline } else { None };
                match self.wait(&sock, want_read || watch, deadline).await {
                    Wait::Readable => match self.read_some(&sock) {
                        Ok(0) => {
                            // The client went away (or half-closed) mid-request.
                            return -libc::ECONNRESET;
                        }
                        Ok(_) => {}
                        Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                        Err(e) => return neg_errno(&e),
                    },
                    Wait::Timeout => {
                        if !self.res_done.get()
                            && self.pending_out() == 0
                            && !self.shared.emit_client_error.get()
                        {
                            self.reject(&sock, "408 Request Timeout").await;
                        }
                        return 0;
                    }
                    Wait::Kick => {
                        if self.shared.close_all.get() != all_gen {
                            return 0;
                        }
                    }
                    Wait::Notified => {}
                    Wait::Err(e) => return e,
                }
            }
            served += 1;
            self.in_request.set(false);
            if self.close_after.get() {
                self.linger(&sock).await;
                return 0;
            }
            // Drop the consumed bytes; pipelined requests stay.
            {
                let mut rbuf = self.rbuf.borrow_mut();
                if pos >= rbuf.len() {
                    rbuf.clear();
                } else {
                    rbuf.drain(..pos);
                }
                pos = 0;
            }
        }
    }

    async fn linger_or_close(self: &Rc<Self>, sock: &Sock) {
        if self.pending_out() > 0 {
            self.linger(sock).await;
        }
    }

    /// Bad input: tell JS ('clientError') or answer 400/431 from here.
    async fn fail_request(self: &Rc<Self>, sock: &Sock, e: PErr, parsed: usize) -> i32 {
        if self.shared.emit_client_error.get() && !self.in_request.get() {
            self.client_error(e, parsed);
            // JS owns the connection now: wait for it to end or destroy it.
            loop {
                match self.wait(sock, false, None).await {
                    Wait::Err(e) => return e,
                    _ => {
                        if self.gone.get() || self.detached.get() {
                            return 0;
                        }
                        if self.shutdown_req.get() {
                            self.linger(sock).await;
                            return 0;
                        }
                    }
                }
            }
        }
        if self.in_request.get() {
            // Mid-body error after the request went to JS: answer 400 unless its response has
            // started, then close (JS hears about it as an aborted request).
            if !self.wrote.get() {
                self.reject(sock, "400 Bad Request").await;
            }
            return -libc::ECONNRESET;
        }
        let status = match e {
            PErr::HeaderOverflow => "431 Request Header Fields Too Large",
            _ => "400 Bad Request",
        };
        self.reject(sock, status).await;
        0
    }

    /// Parse a head at rbuf[pos..]: Ok(None) when incomplete.
    fn parse_head(
        &self,
        pos: usize,
    ) -> std::result::Result<Option<(usize, super::framing::HeadInfo, bool, bool)>, PErr> {
        let rbuf = self.rbuf.borrow();
        let input = &rbuf[pos..];
        let mut small = [httparse::EMPTY_HEADER; 64];
        let mut big;
        let mut req = httparse::Request::new(&mut small);
        let mut r = req.parse(input);
        if let Err(httparse::Error::TooManyHeaders) = r {
            big = vec![httparse::EMPTY_HEADER; 4096];
            req = httparse::Request::new(&mut big);
            r = req.parse(input);
        }
        match r {
            Ok(httparse::Status::Complete(n)) => {
                if n > self.shared.max_header_size.get() + 64 {
                    return Err(PErr::HeaderOverflow);
                }
                let method = req.method.unwrap_or("");
                if !known_method(method) {
                    return Err(PErr::InvalidMethod);
                }
                let info = inspect(req.headers, true)?;
                let http11 = req.version == Some(1);
                if http11 && !info.has_host && self.shared.require_host.get() {
                    return Err(PErr::MissingHost);
                }
                Ok(Some((n, info, http11, method == "CONNECT")))
            }
            Ok(httparse::Status::Partial) => Ok(None),
            Err(e) => Err(PErr::from_httparse(e)),
        }
    }

    fn post_request(self: &Rc<Self>, flags: i32) {
        let c = self.clone();
        event_loop::post(Box::new(move |ctx| c.deliver_request(ctx, flags)));
    }

    /// Build the compact request data from the buffered head and call JS.
    fn deliver_request<'js>(self: &Rc<Self>, ctx: &Ctx<'js>, flags: i32) -> Result<()> {
        if self.detached.get() || self.gone.get() {
            return Ok(());
        }
        let Some(cb) = self.shared.cb.borrow().clone() else {
            return Ok(());
        };
        let obj = self.js_object(ctx)?;
        let (method, url, raw) = {
            let rbuf = self.rbuf.borrow();
            let (s, e) = self.head.get();
            let input = &rbuf[s.min(rbuf.len())..e.min(rbuf.len())];
            let mut small = [httparse::EMPTY_HEADER; 64];
            let mut big;
            let mut req = httparse::Request::new(&mut small);
            let mut r = req.parse(input);
            if let Err(httparse::Error::TooManyHeaders) = r {
                big = vec![httparse::EMPTY_HEADER; 4096];
                req = httparse::Request::new(&mut big);
                r = req.parse(input);
            }
            if r.is_err() {
                return Ok(());
            }
            let method = rquickjs::String::from_str(ctx.clone(), req.method.unwrap_or("GET"))?;
            let url = rquickjs::String::from_str(ctx.clone(), req.path.unwrap_or("/"))?;
            let raw = Array::new(ctx.clone())?;
            let mut i = 0;
            for h in req.headers.iter() {
                raw.set(i, rquickjs::String::from_str(ctx.clone(), h.name)?)?;
                raw.set(i + 1, latin1(ctx, h.value)?)?;
                i += 2;
            }
            (method, url, raw)
        };
        cb.onrequest
            .clone()
            .restore(ctx)?
            .call::<_, ()>((obj, method, url, raw, flags))
    }

    fn post_body(self: &Rc<Self>, chunk: Vec<u8>) {
        let c = self.clone();
        event_loop::post(Box::new(move |ctx| {
            if c.detached.get() {
                return Ok(());
            }
            let Some(cb) = c.shared.cb.borrow().clone() else {
                return Ok(());
            };
            let obj = c.js_object(ctx)?;
            let ab = ArrayBuffer::new(ctx.clone(), chunk)?;
            cb.onbody.clone().restore(ctx)?.call::<_, ()>((obj, ab))
        }));
    }

    fn post_body_end(self: &Rc<Self>, trailers: Option<Vec<u8>>) {
        let c = self.clone();
        event_loop::post(Box::new(move |ctx| {
            if c.detached.get() {
                return Ok(());
            }
            let Some(cb) = c.shared.cb.borrow().clone() else {
                return Ok(());
            };
            let obj = c.js_object(ctx)?;
            let t = match trailers {
                Some(t) => raw_headers(ctx, &t)?.into_value(),
                None => Value::new_undefined(ctx.clone()),
            };
            cb.onbodyend.clone().restore(ctx)?.call::<_, ()>((obj, t))
        }));
    }

    /// The connection is over: close the socket (unless detached) and tell JS.
    fn finish(self: &Rc<Self>, errno: i32) {
        self.shared
            .connections
            .set(self.shared.connections.get().saturating_sub(1));
        event_loop::unref_handle();
        let detached = self.detached.get();
        self.gone.set(true);
        self.sock.borrow_mut().take();
        if detached {
            self.js.borrow_mut().take();
            return;
        }
        let has_js = self.js.borrow().is_some();
        let c = self.clone();
        // JS hears about it when it has seen this connection (or waits for the count).
        event_loop::post(Box::new(move |ctx| {
            let Some(cb) = c.shared.cb.borrow().clone() else {
                c.js.borrow_mut().take();
                return Ok(());
            };
            let obj = if has_js {
                c.js_object(ctx)?.into_value()
            } else {
                Value::new_null(ctx.clone())
            };
            c.js.borrow_mut().take();
            cb.onclose.clone().restore(ctx)?.call::<_, ()>((obj, errno))
        }));
    }
}

/// A header value as a JS string, bytes read as Latin-1 like Node.
fn latin1<'js>(ctx: &Ctx<'js>, v: &[u8]) -> Result<rquickjs::String<'js>> {
    if v.is_ascii() {
        // Safety: ASCII is valid UTF-8.
        rquickjs::String::from_str(ctx.clone(), unsafe { std::str::from_utf8_unchecked(v) })
    } else {
        let s: String = v.iter().map(|&b| b as char).collect();
        rquickjs::String::from_str(ctx.clone(), &s)
    }
}

/// Parse a header block (trailers) into a flat [name, value, ...] array.
pub fn raw_headers<'js>(ctx: &Ctx<'js>, block: &[u8]) -> Result<Array<'js>> {
    let arr = Array::new(ctx.clone())?;
    let mut hs = [httparse::EMPTY_HEADER; 64];
    if let Ok(httparse::Status::Complete((_, hs))) = httparse::parse_headers(block, &mut hs) {
        let mut i = 0;
        for h in hs.iter() {
            arr.set(i, h.name)?;
            arr.set(i + 1, latin1(ctx, h.value)?)?;
            i += 2;
        }
    }
    Ok(arr)
}

// --- the JS-facing classes -----------------------------------------------------------------

pub fn init<'js>(o: &Object<'js>) -> Result<()> {
    Class::<HttpServer>::define(o)?;
    Class::<HttpConn>::define(o)?;
    let _ = This(());
    Ok(())
}
