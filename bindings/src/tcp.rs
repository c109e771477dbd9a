//! `internalBinding('tcp')`: TCP and Unix-domain stream and server handles (Node's
//! tcp_wrap / pipe_wrap / stream_wrap). js/net.js builds net.Socket and net.Server on them;
//! cluster and child_process build handle passing on them.
//!
//! HANDLE INTERFACE (stable; other modules rely on it)
//!
//! `new TCPServer()` — a listening handle (TCP or Unix socket)
//!   - `listen(host, port, backlog)` -> 0 or a negative errno (bind + listen, synchronous).
//!     `host` '' or undefined means dual-stack `::` (falling back to 0.0.0.0).
//!   - `listenPipe(path, backlog)` -> 0 or negative errno (Unix socket).
//!   - `open(fd)` -> 0 or negative errno: adopt an already-listening socket fd (TCP or Unix).
//!     Accepting starts at `open`/`listen`.
//!   - `fd` (getter) -> the OS fd, or -1.
//!   - `onconnection(err, clientHandle)` — property set by JS; called for every accepted
//!     connection with a `TCP` stream handle (err is a negative errno or null).
//!   - `close(cb)`, `ref()`, `unref()`, `hasRef()`.
//!   - `getsockname()` -> `{address, family, port}` (or `{path}` for a Unix socket) or a
//!     negative errno.
//!
//! `new TCP()` — a stream handle (connected TCP or Unix socket)
//!   - `open(fd)` -> 0 or negative errno: adopt a connected socket fd.
//!   - `connect(req, address, port)` / `connectPipe(req, path)` -> 0 or negative errno;
//!     later `req.oncomplete(status)` (0 or negative errno).
//!   - `detach()` -> fd: stops all I/O on the handle and returns a raw fd for the same socket
//!     (a dup; the handle's own fd is closed). The caller owns the fd (send it, then close it
//!     with `closeFd(fd)`).
//!   - `readStart()`, `readStop()`; `onread(nread, arrayBuffer)` — property set by JS:
//!     nread > 0 with the data, `UV_EOF` (-4095) at end of stream, or a negative errno.
//!   - `write(req, data)` with a string (UTF-8) or Uint8Array -> 0 when written completely
//!     right away (req is not used), 1 when queued (`req.oncomplete(status)` later), or a
//!     negative errno. `writev(req, chunks)` likewise with an array of chunks.
//!   - `writeQueueSize` (getter) -> bytes queued and not yet written.
//!   - `shutdown(req)` -> 0; `req.oncomplete(status)` once queued writes are flushed and the
//!     write side is shut down.
//!   - `close(cb)`, `ref()`, `unref()`, `hasRef()`, `fd`, `bytesRead`, `bytesWritten`,
//!     `getsockname()`, `getpeername()`, `setNoDelay(bool)`, `setKeepAlive(bool, secs)`,
//!     `isUnix` (getter).
//!
//! Module functions: `closeFd(fd)`, `errData(errno, syscall)` -> `{errno, code, message,
//! syscall}`, `lookup(host, family, req)` -> `req.oncomplete(errno|null, [[address, family]...])`,
//! `UV_EOF`.
use crate::{event_loop, uv};
use rquickjs::class::Trace;
use rquickjs::function::{Opt, This};
use rquickjs::{
    Array, ArrayBuffer, Class, Ctx, Function, JsLifetime, Object, Persistent, Result, Value,
};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::os::fd::{AsRawFd, FromRawFd, RawFd};
use std::rc::Rc;
use tokio::io::{Interest, Ready};
use tokio::net::{TcpListener, TcpSocket, TcpStream, UnixListener, UnixStream};
use tokio::sync::Notify;

mod server_js;
mod stream_js;

pub const UV_EOF: i32 = -4095;

pub fn neg_errno(e: &io::Error) -> i32 {
    -uv::errno_of(e)
}

// --- sockets ------------------------------------------------------------------------------

/// A connected stream: TCP or Unix.
pub enum Sock {
    Tcp(TcpStream),
    Unix(UnixStream),
}

impl Sock {
    pub async fn ready(&self, i: Interest) -> io::Result<Ready> {
        match self {
            Sock::Tcp(s) => s.ready(i).await,
            Sock::Unix(s) => s.ready(i).await,
        }
    }
    pub fn try_read(&self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Sock::Tcp(s) => s.try_read(buf),
            Sock::Unix(s) => s.try_read(buf),
        }
    }
    pub fn try_read_buf(&self, buf: &mut Vec<u8>) -> io::Result<usize> {
        match self {
            Sock::Tcp(s) => s.try_read_buf(buf),
            Sock::Unix(s) => s.try_read_buf(buf),
        }
    }
    /// Forget read readiness without a syscall, after a read that returned less than it
    /// asked for: the socket was drained, so the next read would only say EAGAIN (libuv
    /// stops reading on a short read the same way). Data arriving later raises a new edge;
    /// a FIN already seen stays seen (tokio keeps closed states).
    pub fn clear_read_ready(&self) {
        let would_block = || Err::<(), _>(io::Error::from(io::ErrorKind::WouldBlock));
        let _ = match self {
            Sock::Tcp(s) => s.try_io(Interest::READABLE, would_block),
            Sock::Unix(s) => s.try_io(Interest::READABLE, would_block),
        };
    }
    pub fn try_write(&self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sock::Tcp(s) => s.try_write(buf),
            Sock::Unix(s) => s.try_write(buf),
        }
    }
    pub fn fd(&self) -> RawFd {
        match self {
            Sock::Tcp(s) => s.as_raw_fd(),
            Sock::Unix(s) => s.as_raw_fd(),
        }
    }
    pub fn shutdown_write(&self) -> io::Result<()> {
        if unsafe { libc::shutdown(self.fd(), libc::SHUT_WR) } != 0 {
            let e = io::Error::last_os_error();
            if e.raw_os_error() != Some(libc::ENOTCONN) {
                return Err(e);
            }
        }
        Ok(())
    }
    pub fn is_unix(&self) -> bool {
        matches!(self, Sock::Unix(_))
    }

    /// Adopt a connected socket fd (TCP or Unix, found with getsockname).
    pub fn from_fd(fd: RawFd) -> io::Result<Sock> {
        let family = socket_family(fd)?;
        set_nonblocking(fd)?;
        // Safety: the caller hands over ownership of fd.
        if family == libc::AF_UNIX {
            let s = unsafe { std::os::unix::net::UnixStream::from_raw_fd(fd) };
            Ok(Sock::Unix(UnixStream::from_std(s)?))
        } else {
            let s = unsafe { std::net::TcpStream::from_raw_fd(fd) };
            Ok(Sock::Tcp(TcpStream::from_std(s)?))
        }
    }
}

pub fn socket_family(fd: RawFd) -> io::Result<i32> {
    let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    if unsafe { libc::getsockname(fd, &mut ss as *mut _ as *mut libc::sockaddr, &mut len) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(ss.ss_family as i32)
}

pub fn set_nonblocking(fd: RawFd) -> io::Result<()> {
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 || unsafe { libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// A duplicate of `fd` with close-on-exec set.
pub fn dup_fd(fd: RawFd) -> io::Result<RawFd> {
    let n = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if n < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(n)
    }
}

pub fn family_name(a: &SocketAddr) -> &'static str {
    if a.is_ipv4() {
        "IPv4"
    } else {
        "IPv6"
    }
}

pub fn addr_object<'js>(ctx: &Ctx<'js>, a: &SocketAddr) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    o.set("address", a.ip().to_string())?;
    o.set("family", family_name(a))?;
    o.set("port", a.port())?;
    Ok(o)
}

fn sockaddr_of(fd: RawFd, peer: bool) -> io::Result<Option<SocketAddr>> {
    let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let r = unsafe {
        if peer {
            libc::getpeername(fd, &mut ss as *mut _ as *mut libc::sockaddr, &mut len)
        } else {
            libc::getsockname(fd, &mut ss as *mut _ as *mut libc::sockaddr, &mut len)
        }
    };
    if r != 0 {
        return Err(io::Error::last_os_error());
    }
    match ss.ss_family as i32 {
        libc::AF_INET => {
            let sin = unsafe { &*(&ss as *const _ as *const libc::sockaddr_in) };
            let ip = Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
            Ok(Some(SocketAddr::new(
                IpAddr::V4(ip),
                u16::from_be(sin.sin_port),
            )))
        }
        libc::AF_INET6 => {
            let sin6 = unsafe { &*(&ss as *const _ as *const libc::sockaddr_in6) };
            let ip = Ipv6Addr::from(sin6.sin6_addr.s6_addr);
            Ok(Some(SocketAddr::new(
                IpAddr::V6(ip),
                u16::from_be(sin6.sin6_port),
            )))
        }
        _ => Ok(None),
    }
}

/// `{address, family, port}` for a TCP socket, `{}` for others, or a negative errno.
pub fn name_object<'js>(ctx: &Ctx<'js>, fd: RawFd, peer: bool) -> Result<Value<'js>> {
    match sockaddr_of(fd, peer) {
        Ok(Some(a)) => Ok(addr_object(ctx, &a)?.into_value()),
        Ok(None) => Ok(Object::new(ctx.clone())?.into_value()),
        Err(e) => Ok(Value::new_int(ctx.clone(), neg_errno(&e))),
    }
}

pub fn set_keepalive(fd: RawFd, on: bool, secs: u32) -> i32 {
    let v: libc::c_int = on as libc::c_int;
    let sz = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    unsafe {
        if libc::setsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_KEEPALIVE,
            &v as *const _ as *const libc::c_void,
            sz,
        ) != 0
        {
            return -uv::errno_of(&io::Error::last_os_error());
        }
        if on && secs > 0 {
            let s: libc::c_int = secs as libc::c_int;
            libc::setsockopt(
                fd,
                libc::IPPROTO_TCP,
                libc::TCP_KEEPIDLE,
                &s as *const _ as *const libc::c_void,
                sz,
            );
        }
    }
    0
}

pub fn set_nodelay(fd: RawFd, on: bool) -> i32 {
    let v: libc::c_int = on as libc::c_int;
    let sz = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    if unsafe {
        libc::setsockopt(
            fd,
            libc::IPPROTO_TCP,
            libc::TCP_NODELAY,
            &v as *const _ as *const libc::c_void,
            sz,
        )
    } != 0
    {
        return -uv::errno_of(&io::Error::last_os_error());
    }
    0
}

// --- listening ----------------------------------------------------------------------------

pub enum Listener {
    Tcp(TcpListener),
    Unix(UnixListener),
}

impl Listener {
    pub fn fd(&self) -> RawFd {
        match self {
            Listener::Tcp(l) => l.as_raw_fd(),
            Listener::Unix(l) => l.as_raw_fd(),
        }
    }
    pub async fn accept(&self) -> io::Result<Sock> {
        match self {
            Listener::Tcp(l) => l.accept().await.map(|(s, _)| Sock::Tcp(s)),
            Listener::Unix(l) => l.accept().await.map(|(s, _)| Sock::Unix(s)),
        }
    }

    /// bind + listen on host:port. An empty host is `::` (dual-stack) or 0.0.0.0.
    pub fn bind_tcp(host: &str, port: u16, backlog: i32, ipv6_only: bool) -> io::Result<Listener> {
        let backlog = if backlog > 0 { backlog as u32 } else { 511 };
        let try_bind = |ip: IpAddr| -> io::Result<Listener> {
            let sock = if ip.is_ipv4() {
                TcpSocket::new_v4()?
            } else {
                TcpSocket::new_v6()?
            };
            sock.set_reuseaddr(true)?;
            if ip.is_ipv6() {
                let v: libc::c_int = ipv6_only as libc::c_int;
                unsafe {
                    libc::setsockopt(
                        sock.as_raw_fd(),
                        libc::IPPROTO_IPV6,
                        libc::IPV6_V6ONLY,
                        &v as *const _ as *const libc::c_void,
                        std::mem::size_of::<libc::c_int>() as libc::socklen_t,
                    );
                }
            }
            sock.bind(SocketAddr::new(ip, port))?;
            Ok(Listener::Tcp(sock.listen(backlog)?))
        };
        if host.is_empty() {
            match try_bind(IpAddr::V6(Ipv6Addr::UNSPECIFIED)) {
                Ok(l) => Ok(l),
                Err(e)
                    if matches!(
                        e.raw_os_error(),
                        Some(libc::EAFNOSUPPORT) | Some(libc::EADDRNOTAVAIL)
                    ) =>
                {
                    try_bind(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
                }
                Err(e) => Err(e),
            }
        } else {
            let ip: IpAddr = host
                .trim_start_matches('[')
                .trim_end_matches(']')
                .parse()
                .map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))?;
            try_bind(ip)
        }
    }

    pub fn bind_unix(path: &str, backlog: i32) -> io::Result<Listener> {
        let std_l = std::os::unix::net::UnixListener::bind(path)?;
        if backlog > 0 {
            unsafe { libc::listen(std_l.as_raw_fd(), backlog) };
        }
        std_l.set_nonblocking(true)?;
        Ok(Listener::Unix(UnixListener::from_std(std_l)?))
    }

    pub fn from_fd(fd: RawFd) -> io::Result<Listener> {
        let family = socket_family(fd)?;
        set_nonblocking(fd)?;
        if family == libc::AF_UNIX {
            let l = unsafe { std::os::unix::net::UnixListener::from_raw_fd(fd) };
            Ok(Listener::Unix(UnixListener::from_std(l)?))
        } else {
            let l = unsafe { std::net::TcpListener::from_raw_fd(fd) };
            Ok(Listener::Tcp(TcpListener::from_std(l)?))
        }
    }

    pub fn sockname<'js>(&self, ctx: &Ctx<'js>) -> Result<Value<'js>> {
        match self {
            Listener::Tcp(_) => name_object(ctx, self.fd(), false),
            Listener::Unix(l) => {
                let o = Object::new(ctx.clone())?;
                if let Ok(a) = l.local_addr() {
                    if let Some(p) = a.as_pathname() {
                        o.set("path", p.to_string_lossy().to_string())?;
                    }
                }
                Ok(o.into_value())
            }
        }
    }
}

/// Ref-counting for a handle: it keeps the loop alive while active and ref'd.
#[derive(Default)]
pub struct LoopRef {
    refed: Cell<bool>,
    active: Cell<bool>,
    counted: Cell<bool>,
}

impl LoopRef {
    pub fn new() -> Self {
        LoopRef {
            refed: Cell::new(true),
            active: Cell::new(false),
            counted: Cell::new(false),
        }
    }
    fn sync(&self) {
        let want = self.refed.get() && self.active.get();
        if want != self.counted.get() {
            self.counted.set(want);
            if want {
                event_loop::ref_handle()
            } else {
                event_loop::unref_handle()
            }
        }
    }
    pub fn set_ref(&self, on: bool) {
        self.refed.set(on);
        self.sync();
    }
    pub fn set_active(&self, on: bool) {
        self.active.set(on);
        self.sync();
    }
    pub fn has_ref(&self) -> bool {
        self.refed.get()
    }
}

/// Call `owner[name](args)` with `this` = owner.
pub(crate) fn call_owner<'js, A>(
    ctx: &Ctx<'js>,
    owner: &Persistent<Object<'static>>,
    name: &str,
    args: A,
) -> Result<()>
where
    A: rquickjs::function::IntoArgs<'js>,
{
    let obj = owner.clone().restore(ctx)?;
    let f: Value = obj.get(name)?;
    if let Some(f) = f.into_function() {
        let mut a = rquickjs::function::Args::new(ctx.clone(), 8);
        a.this(obj)?;
        args.into_args(&mut a)?;
        f.call_arg::<()>(a)?;
    }
    Ok(())
}

fn call_fn<'js, A>(ctx: &Ctx<'js>, f: Persistent<Function<'static>>, args: A) -> Result<()>
where
    A: rquickjs::function::IntoArgs<'js>,
{
    let f = f.restore(ctx)?;
    f.call::<A, ()>(args)
}

fn backlog_of(v: Opt<Value<'_>>) -> i32 {
    v.0.and_then(|v| v.as_number())
        .filter(|n| *n > 0.0 && *n < 1e9)
        .map(|n| n as i32)
        .unwrap_or(511)
}

// --- server handle --------------------------------------------------------------------

struct ServerInner {
    listener: RefCell<Option<Rc<Listener>>>,
    owner: RefCell<Option<Persistent<Object<'static>>>>,
    loop_ref: LoopRef,
    stop: Notify,
    closed: Cell<bool>,
    /// The Unix socket path this handle bound (unlinked on close, like libuv).
    unix_path: RefCell<Option<String>>,
}

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "TCPServer")]
pub struct TcpServer {
    #[qjs(skip_trace)]
    inner: Rc<ServerInner>,
}

impl TcpServer {
    fn start<'js>(&self, ctx: &Ctx<'js>, this: &Object<'js>, l: Listener) {
        let l = Rc::new(l);
        *self.inner.listener.borrow_mut() = Some(l.clone());
        *self.inner.owner.borrow_mut() = Some(Persistent::save(ctx, this.clone()));
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
                let Some(owner) = inner.owner.borrow().clone() else {
                    break;
                };
                match r {
                    Ok(sock) => {
                        let _ = set_nodelay(sock.fd(), true);
                        event_loop::post(Box::new(move |ctx| {
                            let h = Class::instance(ctx.clone(), TcpStreamHandle::with_sock(sock))?;
                            call_owner(
                                ctx,
                                &owner,
                                "onconnection",
                                (Value::new_null(ctx.clone()), h),
                            )
                        }));
                    }
                    Err(e) => {
                        let errno = neg_errno(&e);
                        // EMFILE and friends: back off a little instead of spinning.
                        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                        event_loop::post(Box::new(move |ctx| {
                            call_owner(
                                ctx,
                                &owner,
                                "onconnection",
                                (errno, Value::new_undefined(ctx.clone())),
                            )
                        }));
                    }
                }
            }
        });
    }
}

struct WriteItem {
    data: Vec<u8>,
    off: usize,
    req: Option<Persistent<Object<'static>>>,
}

pub struct StreamInner {
    sock: RefCell<Option<Rc<Sock>>>,
    owner: RefCell<Option<Persistent<Object<'static>>>>,
    reading: Cell<bool>,
    queue: RefCell<VecDeque<WriteItem>>,
    queued_bytes: Cell<usize>,
    shutdown_req: RefCell<Option<Persistent<Object<'static>>>>,
    notify: Notify,
    closed: Cell<bool>,
    task: Cell<bool>,
    loop_ref: LoopRef,
    bytes_read: Cell<f64>,
    bytes_written: Cell<f64>,
}

impl StreamInner {
    fn new(sock: Option<Sock>) -> Rc<Self> {
        Rc::new(StreamInner {
            sock: RefCell::new(sock.map(Rc::new)),
            owner: RefCell::new(None),
            reading: Cell::new(false),
            queue: RefCell::new(VecDeque::new()),
            queued_bytes: Cell::new(0),
            shutdown_req: RefCell::new(None),
            notify: Notify::new(),
            closed: Cell::new(false),
            task: Cell::new(false),
            loop_ref: LoopRef::new(),
            bytes_read: Cell::new(0.0),
            bytes_written: Cell::new(0.0),
        })
    }

    fn sock(&self) -> Option<Rc<Sock>> {
        self.sock.borrow().clone()
    }

    fn ensure_task(self: &Rc<Self>) {
        if self.task.get() {
            self.notify.notify_one();
            return;
        }
        let Some(sock) = self.sock() else { return };
        self.task.set(true);
        let inner = self.clone();
        tokio::task::spawn_local(async move {
            inner.run(sock).await;
            inner.task.set(false);
        });
    }

    fn update_active(&self) {
        let active = !self.closed.get() && (self.reading.get());
        self.loop_ref.set_active(active);
    }

    async fn run(self: &Rc<Self>, sock: Rc<Sock>) {
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            if self.closed.get() || self.sock.borrow().is_none() {
                return;
            }
            let want_read = self.reading.get();
            let want_write =
                !self.queue.borrow().is_empty() || self.shutdown_req.borrow().is_some();
            if !want_read && !want_write {
                self.notify.notified().await;
                continue;
            }
            let interest = match (want_read, want_write) {
                (true, true) => Interest::READABLE | Interest::WRITABLE,
                (true, false) => Interest::READABLE,
                _ => Interest::WRITABLE,
            };
            let ready = tokio::select! {
                biased;
                _ = self.notify.notified() => continue,
                r = sock.ready(interest) => r,
            };
            let ready = match ready {
                Ok(r) => r,
                Err(e) => {
                    self.fail(neg_errno(&e));
                    return;
                }
            };
            if want_write && (ready.is_writable() || ready.is_write_closed()) {
                if let Err(e) = self.flush(&sock) {
                    self.fail(neg_errno(&e));
                    if !self.reading.get() {
                        return;
                    }
                }
            }
            if self.reading.get() && (ready.is_readable() || ready.is_read_closed()) {
                // Read what is there now (a few times at most, to stay fair).
                for _ in 0..4 {
                    if !self.reading.get() || self.closed.get() {
                        break;
                    }
                    match sock.try_read(&mut buf) {
                        Ok(0) => {
                            self.reading.set(false);
                            self.update_active();
                            self.emit_read(UV_EOF, None);
                            break;
                        }
                        Ok(n) => {
                            self.bytes_read.set(self.bytes_read.get() + n as f64);
                            self.emit_read(n as i32, Some(buf[..n].to_vec()));
                            if n < buf.len() {
                                sock.clear_read_ready();
                                break;
                            }
                        }
                        Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                        Err(e) => {
                            self.reading.set(false);
                            self.update_active();
                            self.emit_read(neg_errno(&e), None);
                            break;
                        }
                    }
                }
            }
        }
    }

    fn emit_read(&self, nread: i32, data: Option<Vec<u8>>) {
        let Some(owner) = self.owner.borrow().clone() else {
            return;
        };
        event_loop::post(Box::new(move |ctx| {
            let ab = match data {
                Some(d) => ArrayBuffer::new(ctx.clone(), d)?.into_value(),
                None => Value::new_undefined(ctx.clone()),
            };
            call_owner(ctx, &owner, "onread", (nread, ab))
        }));
    }

    /// Write queued data; completes write requests (and a pending shutdown) as they finish.
    fn flush(&self, sock: &Sock) -> io::Result<()> {
        loop {
            let mut q = self.queue.borrow_mut();
            let Some(item) = q.front_mut() else { break };
            match sock.try_write(&item.data[item.off..]) {
                Ok(n) => {
                    item.off += n;
                    self.queued_bytes
                        .set(self.queued_bytes.get().saturating_sub(n));
                    self.bytes_written.set(self.bytes_written.get() + n as f64);
                    if item.off >= item.data.len() {
                        let done = q.pop_front();
                        drop(q);
                        if let Some(WriteItem { req: Some(req), .. }) = done {
                            complete_req(req, 0);
                        }
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
        if let Some(req) = self.shutdown_req.borrow_mut().take() {
            let status = match sock.shutdown_write() {
                Ok(()) => 0,
                Err(e) => neg_errno(&e),
            };
            complete_req(req, status);
        }
        Ok(())
    }

    /// A write error: fail every queued request with it.
    fn fail(&self, errno: i32) {
        let items: Vec<WriteItem> = self.queue.borrow_mut().drain(..).collect();
        self.queued_bytes.set(0);
        for it in items {
            if let Some(req) = it.req {
                complete_req(req, errno);
            }
        }
        if let Some(req) = self.shutdown_req.borrow_mut().take() {
            complete_req(req, errno);
        }
    }

    fn write_bytes<'js>(
        self: &Rc<Self>,
        ctx: &Ctx<'js>,
        req: Option<Object<'js>>,
        data: &[u8],
    ) -> i32 {
        let Some(sock) = self.sock() else {
            return -libc::EBADF;
        };
        let mut off = 0;
        if self.queue.borrow().is_empty() {
            while off < data.len() {
                match sock.try_write(&data[off..]) {
                    Ok(n) => off += n,
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return neg_errno(&e),
                }
            }
            self.bytes_written
                .set(self.bytes_written.get() + off as f64);
            if off == data.len() {
                return 0;
            }
        }
        let rest = data[off..].to_vec();
        self.queued_bytes.set(self.queued_bytes.get() + rest.len());
        let req = req.map(|r| {
            event_loop::ref_handle();
            Persistent::save(ctx, r)
        });
        self.queue.borrow_mut().push_back(WriteItem {
            data: rest,
            off: 0,
            req,
        });
        self.ensure_task();
        1
    }
}

/// Call req.oncomplete(status) on the JS thread; the request held a loop ref.
/// Finish a request object: `req.oncomplete(status)` on the JS thread, dropping its loop ref.
pub(crate) fn complete_req(req: Persistent<Object<'static>>, status: i32) {
    event_loop::post(Box::new(move |ctx| {
        event_loop::unref_handle();
        let obj = req.restore(ctx)?;
        let f: Value = obj.get("oncomplete")?;
        if let Some(f) = f.into_function() {
            f.call::<_, ()>((This(obj), status))?;
        }
        Ok(())
    }));
}

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "TCP")]
pub struct TcpStreamHandle {
    #[qjs(skip_trace)]
    inner: Rc<StreamInner>,
}

impl TcpStreamHandle {
    pub fn with_sock(sock: Sock) -> Self {
        TcpStreamHandle {
            inner: StreamInner::new(Some(sock)),
        }
    }
    fn adopt_owner<'js>(&self, ctx: &Ctx<'js>, this: &Object<'js>) {
        if self.inner.owner.borrow().is_none() {
            *self.inner.owner.borrow_mut() = Some(Persistent::save(ctx, this.clone()));
        }
    }
    fn fd_or(&self) -> Option<RawFd> {
        self.inner.sock.borrow().as_ref().map(|s| s.fd())
    }
}

fn err_data<'js>(ctx: Ctx<'js>, errno: i32, syscall: String) -> Result<Object<'js>> {
    uv::error_data(&ctx, errno.abs(), &syscall, None, None)
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    Class::<TcpServer>::define(o)?;
    Class::<TcpStreamHandle>::define(o)?;
    o.set("UV_EOF", UV_EOF)?;
    o.set(
        "closeFd",
        Function::new(ctx.clone(), |fd: i32| -> i32 {
            if unsafe { libc::close(fd) } != 0 {
                -uv::errno_of(&io::Error::last_os_error())
            } else {
                0
            }
        })?,
    )?;
    o.set("errData", Function::new(ctx.clone(), err_data)?)?;
    o.set(
        "lookup",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, host: String, family: Option<i32>, req: Object<'js>| {
                let req = Persistent::save(&ctx, req);
                let family = family.unwrap_or(0);
                event_loop::spawn_op(
                    async move {
                        tokio::net::lookup_host((host.as_str(), 0))
                            .await
                            .map(|it| it.collect::<Vec<_>>())
                    },
                    move |ctx, r| {
                        let obj = req.restore(ctx)?;
                        let f: Function = obj.get("oncomplete")?;
                        match r {
                            Ok(addrs) => {
                                let arr = Array::new(ctx.clone())?;
                                let mut i = 0;
                                for a in addrs {
                                    let fam = if a.is_ipv4() { 4 } else { 6 };
                                    if family != 0 && family != fam {
                                        continue;
                                    }
                                    let pair = Array::new(ctx.clone())?;
                                    pair.set(0, a.ip().to_string())?;
                                    pair.set(1, fam)?;
                                    arr.set(i, pair)?;
                                    i += 1;
                                }
                                if i == 0 {
                                    return f.call((
                                        This(obj),
                                        -libc::ENOENT,
                                        Value::new_undefined(ctx.clone()),
                                    ));
                                }
                                f.call((This(obj), Value::new_null(ctx.clone()), arr))
                            }
                            Err(e) => f.call((
                                This(obj),
                                neg_errno(&e),
                                Value::new_undefined(ctx.clone()),
                            )),
                        }
                    },
                );
            },
        )?,
    )?;
    Ok(())
}
