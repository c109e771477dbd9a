//! The stream-handle methods that `TCP` (tcp/stream_js.rs) and `TLSWrap`
//! (tls/wrap/wrap_js.rs) share (the interface is documented in tcp.rs), written once over
//! their inner states, as Node's StreamBase serves its stream wraps.
//!
//! rquickjs takes a single #[methods] block per class, so each class still names these
//! methods there, as one-line forwarders. A handle supplies its state and the few steps
//! that differ: when it can read or shut down, how its I/O task is woken, what close drops.
use crate::tcp::{set_keepalive, set_nodelay};
use crate::{bytes, event_loop};
use rquickjs::{Array, Ctx, Function, Object, Persistent, Result, Value};
use std::cell::{Cell, RefCell};
use std::os::fd::RawFd;
use std::rc::Rc;

/// A JS object kept for later: the owner, a pending request.
pub(crate) type Slot = RefCell<Option<Persistent<Object<'static>>>>;

/// `StreamBase`'s accessors for a state whose fields `owner`, `closed`, `reading` and
/// `shutdown_req` are what the trait says; both handle states name them so.
macro_rules! stream_fields {
    () => {
        fn owner(&self) -> &$crate::stream_base::Slot {
            &self.owner
        }
        fn closed(&self) -> &std::cell::Cell<bool> {
            &self.closed
        }
        fn reading(&self) -> &std::cell::Cell<bool> {
            &self.reading
        }
        fn shutdown_req(&self) -> &$crate::stream_base::Slot {
            &self.shutdown_req
        }
    };
}
pub(crate) use stream_fields;

pub(crate) trait StreamBase {
    /// The JS object that callbacks (`onread`, ...) go to.
    fn owner(&self) -> &Slot;
    fn closed(&self) -> &Cell<bool>;
    fn reading(&self) -> &Cell<bool>;
    /// The `shutdown(req)` waiting for the queued writes.
    fn shutdown_req(&self) -> &Slot;
    /// Hold the loop open while the handle has work to do.
    fn update_active(&self);
    /// Fail every queued write and a pending shutdown with `errno`.
    fn fail(&self, errno: i32);
    /// Write what the socket takes now and queue the rest: 0 (all written), 1 (queued;
    /// `req.oncomplete` later) or a negative errno.
    fn write_bytes<'js>(
        self: &Rc<Self>,
        ctx: &Ctx<'js>,
        req: Option<Object<'js>>,
        data: &[u8],
    ) -> i32;
    /// Whether `readStart` may start reading, the handle being open (TCP: it has a socket).
    fn can_read(&self) -> bool;
    /// Whether there is a connection to shut down.
    fn connected(&self) -> bool;
    /// Have the I/O task look again at reading, writes and shutdown.
    fn kick(self: &Rc<Self>);
    /// The last step of close, after reads stopped and writes failed: drop the connection
    /// and let the I/O task end.
    fn release(&self);
    /// The socket's fd while the handle has one.
    fn sock_fd(&self) -> Option<RawFd>;
    fn is_unix(&self) -> bool;
    /// `getsockname()` (`peer` false) or `getpeername()`: an address object or -errno.
    fn sock_name<'js>(&self, ctx: Ctx<'js>, peer: bool) -> Result<Value<'js>>;

    /// Callbacks go to the first JS object that uses the handle, until it closes.
    fn adopt_owner<'js>(&self, ctx: &Ctx<'js>, this: &Object<'js>) {
        if self.owner().borrow().is_none() && !self.closed().get() {
            *self.owner().borrow_mut() = Some(Persistent::save(ctx, this.clone()));
        }
    }

    fn read_start<'js>(self: &Rc<Self>, ctx: &Ctx<'js>, this: &Object<'js>) -> i32 {
        if self.closed().get() || !self.can_read() {
            return -libc::EBADF;
        }
        self.adopt_owner(ctx, this);
        self.reading().set(true);
        self.update_active();
        self.kick();
        0
    }

    fn read_stop(&self) -> i32 {
        self.reading().set(false);
        self.update_active();
        0
    }

    /// `write(req, data)`: a string (UTF-8) or bytes.
    fn write<'js>(
        self: &Rc<Self>,
        ctx: &Ctx<'js>,
        this: &Object<'js>,
        req: Option<Object<'js>>,
        data: &Value<'js>,
    ) -> Result<i32> {
        self.adopt_owner(ctx, this);
        bytes::with_bytes(ctx, data, |b| self.write_bytes(ctx, req, b))
    }

    /// `writev(req, chunks)`: the chunks go out as one write.
    fn writev<'js>(
        self: &Rc<Self>,
        ctx: &Ctx<'js>,
        this: &Object<'js>,
        req: Option<Object<'js>>,
        chunks: &Array<'js>,
    ) -> Result<i32> {
        self.adopt_owner(ctx, this);
        let mut all = Vec::new();
        for v in chunks.iter::<Value>() {
            bytes::with_bytes(ctx, &v?, |b| all.extend_from_slice(b))?;
        }
        Ok(self.write_bytes(ctx, req, &all))
    }

    /// `shutdown(req)`: end the write side once the queued writes are out. The request
    /// holds a loop ref until it completes.
    fn shutdown<'js>(self: &Rc<Self>, ctx: &Ctx<'js>, req: Object<'js>) -> i32 {
        if !self.connected() {
            return -libc::ENOTCONN;
        }
        event_loop::ref_handle();
        *self.shutdown_req().borrow_mut() = Some(Persistent::save(ctx, req));
        self.kick();
        0
    }

    /// `close(cb)`: stop everything (once), cancel pending writes, then call `cb` later.
    fn close<'js>(&self, ctx: &Ctx<'js>, cb: Option<Function<'js>>) {
        if !self.closed().replace(true) {
            self.reading().set(false);
            self.update_active();
            self.fail(-libc::ECANCELED);
            self.release();
        }
        self.owner().borrow_mut().take();
        if let Some(cb) = cb {
            let cb = Persistent::save(ctx, cb);
            event_loop::post(Box::new(move |ctx| cb.restore(ctx)?.call::<_, ()>(())));
        }
    }

    /// `setNoDelay(on)`: TCP sockets only; 0 or a negative errno.
    fn set_no_delay(&self, on: bool) -> i32 {
        match self.sock_fd() {
            Some(fd) if !self.is_unix() => set_nodelay(fd, on),
            _ => 0,
        }
    }

    /// `setKeepAlive(on, secs)`: TCP sockets only; 0 or a negative errno.
    fn set_keep_alive(&self, on: bool, secs: Option<f64>) -> i32 {
        match self.sock_fd() {
            Some(fd) if !self.is_unix() => {
                set_keepalive(fd, on, secs.unwrap_or(0.0).max(0.0) as u32)
            }
            _ => 0,
        }
    }
}
