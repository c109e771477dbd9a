//! `TLSWrap`: a TLS stream handle with the same JS-facing interface as tcp.rs's `TCP` stream
//! handle, so js/_tls_wrap.js builds tls.TLSSocket on net.Socket's stream machinery.
//!
//! A handle adopts a connected socket fd (`start(fd, isServer, context, opts)`), runs the
//! handshake (tokio-rustls), reports it with `onhandshake(err, info)`, then serves
//! readStart/readStop/onread/write/writev/shutdown/close like `TCP`. Writes issued before the
//! handshake ends are queued. One local task per connection drives everything through
//! `poll_io`, which borrows the stream only synchronously, so JS-side ops (getPeerCertificate,
//! exportKeyingMaterial, ...) can look at the session between polls.
//!
//! `bridge()` (after the handshake) hands the plaintext side to a Unix socketpair and returns
//! the other end's fd: https.Server gives that fd to the Rust http core (`HTTPServer.adopt`).
use super::cert;
use super::context::{node_error_of, ConnOpts, CtxInner, NodeCertError, SecureContext};
use crate::stream_base::{stream_fields, StreamBase};
use crate::tcp::{addr_object, neg_errno, socket_family, LoopRef};
use crate::{bytes, event_loop, uv};
use rquickjs::class::Trace;
use rquickjs::function::{Opt, This};
use rquickjs::{
    Array, ArrayBuffer, Class, Ctx, Function, JsLifetime, Object, Persistent, Result, Value,
};
use rustls::pki_types::ServerName;
use rustls::Error as TlsError;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::poll_fn;
use std::io;
use std::net::SocketAddr;
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd, RawFd};
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::{TcpStream, UnixStream};
use tokio_rustls::TlsStream;

mod wrap_js;

const UV_EOF: i32 = -4095;

// --- the transport ------------------------------------------------------------------------

pub enum NetIo {
    Tcp(TcpStream),
    Unix(UnixStream),
}

impl NetIo {
    /// Adopt a connected socket fd (ownership passes to the NetIo).
    pub fn from_fd(fd: RawFd) -> io::Result<NetIo> {
        let family = socket_family(fd)?;
        crate::tcp::set_nonblocking(fd)?;
        // Safety: the caller hands over ownership of fd.
        if family == libc::AF_UNIX {
            let s = unsafe { std::os::unix::net::UnixStream::from_raw_fd(fd) };
            Ok(NetIo::Unix(UnixStream::from_std(s)?))
        } else {
            let s = unsafe { std::net::TcpStream::from_raw_fd(fd) };
            Ok(NetIo::Tcp(TcpStream::from_std(s)?))
        }
    }
    fn fd(&self) -> RawFd {
        match self {
            NetIo::Tcp(s) => s.as_raw_fd(),
            NetIo::Unix(s) => s.as_raw_fd(),
        }
    }
}

impl AsyncRead for NetIo {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            NetIo::Tcp(s) => Pin::new(s).poll_read(cx, buf),
            NetIo::Unix(s) => Pin::new(s).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for NetIo {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            NetIo::Tcp(s) => Pin::new(s).poll_write(cx, buf),
            NetIo::Unix(s) => Pin::new(s).poll_write(cx, buf),
        }
    }
    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            NetIo::Tcp(s) => Pin::new(s).poll_write_vectored(cx, bufs),
            NetIo::Unix(s) => Pin::new(s).poll_write_vectored(cx, bufs),
        }
    }
    fn is_write_vectored(&self) -> bool {
        true
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            NetIo::Tcp(s) => Pin::new(s).poll_flush(cx),
            NetIo::Unix(s) => Pin::new(s).poll_flush(cx),
        }
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            NetIo::Tcp(s) => Pin::new(s).poll_shutdown(cx),
            NetIo::Unix(s) => Pin::new(s).poll_shutdown(cx),
        }
    }
}

type Tls = TlsStream<NetIo>;

// --- session facts --------------------------------------------------------------------------

#[derive(Default)]
struct Session {
    protocol: Option<&'static str>,
    cipher: Option<String>,
    alpn: Option<Vec<u8>>,
    servername: Option<String>,
    peer: Vec<Vec<u8>>,
    verify: Option<NodeCertError>,
    resumed: bool,
}

fn cipher_names(iana: &str) -> (String, String) {
    // rustls names TLS 1.3 suites TLS13_*; the standard (and OpenSSL) name is TLS_*.
    if let Some(rest) = iana.strip_prefix("TLS13_") {
        let n = format!("TLS_{rest}");
        return (n.clone(), n);
    }
    let openssl = match iana {
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384" => "ECDHE-ECDSA-AES256-GCM-SHA384",
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256" => "ECDHE-ECDSA-AES128-GCM-SHA256",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256" => "ECDHE-ECDSA-CHACHA20-POLY1305",
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" => "ECDHE-RSA-AES256-GCM-SHA384",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256" => "ECDHE-RSA-AES128-GCM-SHA256",
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256" => "ECDHE-RSA-CHACHA20-POLY1305",
        other => other,
    };
    (openssl.to_string(), iana.to_string())
}

// --- handshake errors -----------------------------------------------------------------------

/// `(code, reason)` for a handshake failure, in Node/OpenSSL terms.
fn handshake_error(e: &io::Error) -> (String, String) {
    if let Some(te) = e.get_ref().and_then(|x| x.downcast_ref::<TlsError>()) {
        return tls_error(te);
    }
    match e.kind() {
        io::ErrorKind::UnexpectedEof | io::ErrorKind::ConnectionReset => (
            "ECONNRESET".into(),
            "Client network socket disconnected before secure TLS connection was established"
                .into(),
        ),
        io::ErrorKind::TimedOut => (
            "ERR_TLS_HANDSHAKE_TIMEOUT".into(),
            "TLS handshake timeout".into(),
        ),
        _ => {
            let (code, msg) = uv::describe(uv::errno_of(e));
            (code.to_string(), msg.to_string())
        }
    }
}

fn alert_reason(a: rustls::AlertDescription) -> (String, String) {
    use rustls::AlertDescription as A;
    let (prefix, name) = match a {
        A::CloseNotify => ("sslv3", "close notify"),
        A::UnexpectedMessage => ("sslv3", "unexpected message"),
        A::BadRecordMac => ("sslv3", "bad record mac"),
        A::HandshakeFailure => ("sslv3", "handshake failure"),
        A::BadCertificate => ("sslv3", "bad certificate"),
        A::UnsupportedCertificate => ("sslv3", "unsupported certificate"),
        A::CertificateRevoked => ("sslv3", "certificate revoked"),
        A::CertificateExpired => ("sslv3", "certificate expired"),
        A::CertificateUnknown => ("sslv3", "certificate unknown"),
        A::IllegalParameter => ("sslv3", "illegal parameter"),
        A::UnknownCA => ("tlsv1", "unknown ca"),
        A::AccessDenied => ("tlsv1", "access denied"),
        A::DecodeError => ("tlsv1", "decode error"),
        A::DecryptError => ("tlsv1", "decrypt error"),
        A::ProtocolVersion => ("tlsv1", "protocol version"),
        A::InsufficientSecurity => ("tlsv1", "insufficient security"),
        A::InternalError => ("tlsv1", "internal error"),
        A::UserCanceled => ("tlsv1", "user cancelled"),
        A::UnrecognisedName => ("tlsv1", "unrecognized name"),
        A::NoApplicationProtocol => ("tlsv1", "no application protocol"),
        A::CertificateRequired => ("tlsv13", "certificate required"),
        _ => ("tlsv1", "alert"),
    };
    let reason = if name == "unrecognized name" {
        format!("{prefix} {name}")
    } else {
        format!("{prefix} alert {name}")
    };
    let code = format!("ERR_SSL_{}", reason.to_uppercase().replace(' ', "_"));
    (code, reason)
}

fn tls_error(te: &TlsError) -> (String, String) {
    if let Some(n) = node_error_of(te) {
        return (n.code.into(), n.message.into());
    }
    let s = |c: &str, r: &str| (c.to_string(), r.to_string());
    match te {
        TlsError::AlertReceived(a) => alert_reason(*a),
        TlsError::InvalidMessage(_) | TlsError::InappropriateMessage { .. } => {
            s("ERR_SSL_WRONG_VERSION_NUMBER", "wrong version number")
        }
        TlsError::NoApplicationProtocol => {
            s("ERR_SSL_NO_APPLICATION_PROTOCOL", "no application protocol")
        }
        TlsError::NoCertificatesPresented => s(
            "ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE",
            "peer did not return a certificate",
        ),
        TlsError::PeerIncompatible(_) => {
            s("ERR_SSL_NO_PROTOCOLS_AVAILABLE", "no protocols available")
        }
        TlsError::PeerMisbehaved(_) => s("ERR_SSL_SSL_HANDSHAKE_FAILURE", "ssl handshake failure"),
        TlsError::DecryptError => s(
            "ERR_SSL_DECRYPTION_FAILED_OR_BAD_RECORD_MAC",
            "decryption failed or bad record mac",
        ),
        other => ("ERR_SSL_SSL_HANDSHAKE_FAILURE".into(), other.to_string()),
    }
}

fn error_object<'js>(ctx: &Ctx<'js>, code: &str, reason: &str) -> Result<Value<'js>> {
    let o = Object::new(ctx.clone())?;
    o.set("code", code)?;
    o.set("message", reason)?;
    Ok(o.into_value())
}

// --- the handle -----------------------------------------------------------------------------

struct WriteItem {
    data: Vec<u8>,
    off: usize,
    req: Option<Persistent<Object<'static>>>,
}

enum Setup {
    Client {
        config: Arc<rustls::ClientConfig>,
        verifier: Arc<super::context::NodeServerVerifier>,
        name: ServerName<'static>,
        sni: Option<String>,
    },
    Server {
        ctx: Rc<CtxInner>,
        opts: ConnOpts,
        ask_js: bool,
        timeout: Option<Duration>,
    },
}

enum Ev {
    Closed,
    Bridge(UnixStream),
}

pub struct WrapInner {
    owner: RefCell<Option<Persistent<Object<'static>>>>,
    fd: Cell<RawFd>,
    is_unix: Cell<bool>,
    is_server: Cell<bool>,
    stream: RefCell<Option<Tls>>,
    session: RefCell<Option<Session>>,
    handshaking: Cell<bool>,
    reading: Cell<bool>,
    queue: RefCell<VecDeque<WriteItem>>,
    unflushed: RefCell<Vec<Option<Persistent<Object<'static>>>>>,
    queued_bytes: Cell<usize>,
    shutdown_req: RefCell<Option<Persistent<Object<'static>>>>,
    write_failed: Cell<bool>,
    closed: Cell<bool>,
    waker: RefCell<Option<Waker>>,
    task: RefCell<Option<tokio::task::AbortHandle>>,
    loop_ref: LoopRef,
    bytes_read: Cell<f64>,
    bytes_written: Cell<f64>,
    rbuf: RefCell<Vec<u8>>,
    bridge: RefCell<Option<UnixStream>>,
    hello_reply:
        RefCell<Option<tokio::sync::oneshot::Sender<std::result::Result<Rc<CtxInner>, String>>>>,
    peer: Cell<Option<SocketAddr>>,
    local: Cell<Option<SocketAddr>>,
    bridged: Cell<bool>,
}

// Request completion and owner callbacks work as for TCP handles.
use crate::tcp::{call_owner, complete_req};

impl WrapInner {
    fn new() -> Rc<Self> {
        Rc::new(WrapInner {
            owner: RefCell::new(None),
            fd: Cell::new(-1),
            is_unix: Cell::new(false),
            is_server: Cell::new(false),
            stream: RefCell::new(None),
            session: RefCell::new(None),
            handshaking: Cell::new(false),
            reading: Cell::new(false),
            queue: RefCell::new(VecDeque::new()),
            unflushed: RefCell::new(Vec::new()),
            queued_bytes: Cell::new(0),
            shutdown_req: RefCell::new(None),
            write_failed: Cell::new(false),
            closed: Cell::new(false),
            waker: RefCell::new(None),
            task: RefCell::new(None),
            loop_ref: LoopRef::new(),
            bytes_read: Cell::new(0.0),
            bytes_written: Cell::new(0.0),
            rbuf: RefCell::new(Vec::new()),
            bridge: RefCell::new(None),
            hello_reply: RefCell::new(None),
            peer: Cell::new(None),
            local: Cell::new(None),
            bridged: Cell::new(false),
        })
    }

    fn wake(&self) {
        if let Some(w) = self.waker.borrow().as_ref() {
            w.wake_by_ref();
        }
    }

    fn post_owner(
        &self,
        f: impl for<'js> FnOnce(&Ctx<'js>, &Persistent<Object<'static>>) -> Result<()> + 'static,
    ) {
        let Some(owner) = self.owner.borrow().clone() else {
            return;
        };
        event_loop::post(Box::new(move |ctx| f(ctx, &owner)));
    }

    fn emit_read(&self, nread: i32, data: Option<Vec<u8>>) {
        self.post_owner(move |ctx, owner| {
            let ab = match data {
                Some(d) => ArrayBuffer::new(ctx.clone(), d)?.into_value(),
                None => Value::new_undefined(ctx.clone()),
            };
            call_owner(ctx, owner, "onread", (nread, ab))
        });
    }

    /// One pass over the connection: push writes, flush, shut down, read. Called by the
    /// connection task; never holds a borrow across an await.
    fn poll_io(&self, cx: &mut Context<'_>) -> Poll<Ev> {
        {
            let mut w = self.waker.borrow_mut();
            match w.as_ref() {
                Some(old) if old.will_wake(cx.waker()) => {}
                _ => *w = Some(cx.waker().clone()),
            }
        }
        if self.closed.get() {
            return Poll::Ready(Ev::Closed);
        }
        if let Some(u) = self.bridge.borrow_mut().take() {
            return Poll::Ready(Ev::Bridge(u));
        }
        let mut sref = self.stream.borrow_mut();
        let Some(tls) = sref.as_mut() else {
            return Poll::Ready(Ev::Closed);
        };
        if !self.write_failed.get() {
            let mut err = None;
            loop {
                let mut q = self.queue.borrow_mut();
                let Some(item) = q.front_mut() else { break };
                if item.off >= item.data.len() {
                    let it = q.pop_front();
                    if let Some(it) = it {
                        self.unflushed.borrow_mut().push(it.req);
                    }
                    continue;
                }
                match Pin::new(&mut *tls).poll_write(cx, &item.data[item.off..]) {
                    Poll::Ready(Ok(0)) => {
                        err = Some(-libc::EPIPE);
                        break;
                    }
                    Poll::Ready(Ok(n)) => {
                        item.off += n;
                        self.queued_bytes
                            .set(self.queued_bytes.get().saturating_sub(n));
                        self.bytes_written.set(self.bytes_written.get() + n as f64);
                    }
                    Poll::Ready(Err(e)) => {
                        err = Some(neg_errno(&e));
                        break;
                    }
                    Poll::Pending => break,
                }
            }
            if err.is_none() && !self.unflushed.borrow().is_empty() {
                match Pin::new(&mut *tls).poll_flush(cx) {
                    Poll::Ready(Ok(())) => {
                        let reqs: Vec<_> = self.unflushed.borrow_mut().drain(..).collect();
                        for req in reqs.into_iter().flatten() {
                            complete_req(req, 0);
                        }
                    }
                    Poll::Ready(Err(e)) => err = Some(neg_errno(&e)),
                    Poll::Pending => {}
                }
            }
            if err.is_none()
                && self.queue.borrow().is_empty()
                && self.unflushed.borrow().is_empty()
                && self.shutdown_req.borrow().is_some()
            {
                match Pin::new(&mut *tls).poll_shutdown(cx) {
                    Poll::Ready(r) => {
                        let status = match r {
                            Ok(()) => 0,
                            Err(e) if e.raw_os_error() == Some(libc::ENOTCONN) => 0,
                            Err(e) => neg_errno(&e),
                        };
                        if let Some(req) = self.shutdown_req.borrow_mut().take() {
                            complete_req(req, status);
                        }
                    }
                    Poll::Pending => {}
                }
            }
            if let Some(errno) = err {
                self.write_failed.set(true);
                self.fail(errno);
            }
        }
        let mut budget = 16;
        while self.reading.get() && !self.closed.get() {
            if budget == 0 {
                cx.waker().wake_by_ref();
                break;
            }
            budget -= 1;
            let mut rbuf = self.rbuf.borrow_mut();
            if rbuf.len() < 64 * 1024 {
                rbuf.resize(64 * 1024, 0);
            }
            let mut rb = ReadBuf::new(&mut rbuf[..]);
            match Pin::new(&mut *tls).poll_read(cx, &mut rb) {
                Poll::Ready(Ok(())) => {
                    let n = rb.filled().len();
                    if n == 0 {
                        self.reading.set(false);
                        self.update_active();
                        self.emit_read(UV_EOF, None);
                        break;
                    }
                    let data = rb.filled().to_vec();
                    self.bytes_read.set(self.bytes_read.get() + n as f64);
                    self.emit_read(n as i32, Some(data));
                }
                Poll::Ready(Err(e)) => {
                    self.reading.set(false);
                    self.update_active();
                    if e.kind() == io::ErrorKind::UnexpectedEof {
                        self.emit_read(UV_EOF, None);
                    } else {
                        let errno = if e.raw_os_error().is_some() {
                            neg_errno(&e)
                        } else {
                            -libc::EPROTO
                        };
                        self.emit_read(errno, None);
                    }
                    break;
                }
                Poll::Pending => break,
            }
        }
        Poll::Pending
    }

    async fn handshake(self: &Rc<Self>, io: NetIo, setup: Setup) -> io::Result<(Tls, Session)> {
        match setup {
            Setup::Client {
                config,
                verifier,
                name,
                sni,
            } => {
                let connector = tokio_rustls::TlsConnector::from(config);
                let s = connector.connect(name, io).await?;
                let tls = TlsStream::Client(s);
                let mut sess = session_of(&tls);
                sess.servername = sni;
                sess.verify = verifier.check_peer(&sess.peer);
                Ok((tls, sess))
            }
            Setup::Server {
                ctx,
                opts,
                ask_js,
                timeout,
            } => {
                let fut = async {
                    let acceptor = tokio_rustls::LazyConfigAcceptor::new(
                        rustls::server::Acceptor::default(),
                        io,
                    );
                    let start = acceptor.await?;
                    let sni = start.client_hello().server_name().map(str::to_string);
                    let chosen = if ask_js && sni.is_some() {
                        let (tx, rx) = tokio::sync::oneshot::channel();
                        *self.hello_reply.borrow_mut() = Some(tx);
                        let name = sni.clone().unwrap_or_default();
                        self.post_owner(move |ctx, owner| {
                            call_owner(ctx, owner, "onclienthello", (name,))
                        });
                        match rx.await {
                            Ok(Ok(c)) => c,
                            Ok(Err(msg)) => return Err(io::Error::other(SniError(msg))),
                            Err(_) => {
                                return Err(io::Error::from(io::ErrorKind::ConnectionAborted))
                            }
                        }
                    } else {
                        ctx
                    };
                    let (cfg, verifier) = chosen
                        .server_config(&opts)
                        .map_err(|m| io::Error::other(SniError(m)))?;
                    let s = start.into_stream(cfg).await?;
                    let tls = TlsStream::Server(s);
                    let mut sess = session_of(&tls);
                    if opts.request_cert {
                        sess.verify = verifier.check_peer(&sess.peer);
                    }
                    Ok((tls, sess))
                };
                match timeout {
                    Some(d) => match tokio::time::timeout(d, fut).await {
                        Ok(r) => r,
                        Err(_) => Err(io::Error::from(io::ErrorKind::TimedOut)),
                    },
                    None => fut.await,
                }
            }
        }
    }

    fn start_task(self: &Rc<Self>, io: NetIo, setup: Setup) {
        self.handshaking.set(true);
        self.update_active();
        let inner = self.clone();
        let h = tokio::task::spawn_local(async move {
            let r = inner.handshake(io, setup).await;
            inner.handshaking.set(false);
            inner.update_active();
            match r {
                Ok((tls, sess)) => {
                    *inner.stream.borrow_mut() = Some(tls);
                    *inner.session.borrow_mut() = Some(sess);
                    inner.post_owner(|ctx, owner| {
                        call_owner(ctx, owner, "onhandshake", (Value::new_null(ctx.clone()),))
                    });
                }
                Err(e) => {
                    let (code, reason) =
                        match e.get_ref().and_then(|x| x.downcast_ref::<SniError>()) {
                            Some(SniError(m)) => ("ERR_TLS_SNI_CONTEXT".to_string(), m.clone()),
                            None => handshake_error(&e),
                        };
                    // Node words a peer that hung up mid-handshake differently per side.
                    let reason = if code == "ECONNRESET" && inner.is_server.get() {
                        "socket hang up".to_string()
                    } else {
                        reason
                    };
                    inner.post_owner(move |ctx, owner| {
                        let err = error_object(ctx, &code, &reason)?;
                        call_owner(ctx, owner, "onhandshake", (err,))
                    });
                    return;
                }
            }
            // poll_io returns when the connection is over, or hands it to a bridge.
            if let Ev::Bridge(u) = poll_fn(|cx| inner.poll_io(cx)).await {
                let tls = inner.stream.borrow_mut().take();
                if let Some(tls) = tls {
                    run_bridge(tls, u).await;
                }
            }
            inner.stream.borrow_mut().take();
        });
        *self.task.borrow_mut() = Some(h.abort_handle());
    }
}

/// TLS's state and steps for the shared stream-handle methods (stream_base.rs).
impl StreamBase for WrapInner {
    stream_fields!();

    // A handshake holds the loop open too.
    fn update_active(&self) {
        let active = !self.closed.get() && (self.handshaking.get() || self.reading.get());
        self.loop_ref.set_active(active);
    }

    // Besides the queue, the writes handed to rustls but not yet flushed.
    fn fail(&self, errno: i32) {
        let items: Vec<WriteItem> = self.queue.borrow_mut().drain(..).collect();
        self.queued_bytes.set(0);
        for it in items {
            if let Some(req) = it.req {
                complete_req(req, errno);
            }
        }
        let reqs: Vec<_> = self.unflushed.borrow_mut().drain(..).collect();
        for req in reqs.into_iter().flatten() {
            complete_req(req, errno);
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
        if self.closed.get() {
            return -libc::EBADF;
        }
        if self.write_failed.get() {
            return -libc::EPIPE;
        }
        let mut off = 0;
        let idle = self.queue.borrow().is_empty()
            && self.unflushed.borrow().is_empty()
            && self.shutdown_req.borrow().is_none();
        if idle {
            if let Ok(mut sref) = self.stream.try_borrow_mut() {
                if let Some(tls) = sref.as_mut() {
                    // Try to hand it all to the socket now; the task takes over what is left.
                    let mut cx = Context::from_waker(Waker::noop());
                    while off < data.len() {
                        match Pin::new(&mut *tls).poll_write(&mut cx, &data[off..]) {
                            Poll::Ready(Ok(n)) if n > 0 => off += n,
                            Poll::Ready(Err(e)) => {
                                self.write_failed.set(true);
                                return neg_errno(&e);
                            }
                            _ => break,
                        }
                    }
                    self.bytes_written
                        .set(self.bytes_written.get() + off as f64);
                    if off == data.len() {
                        match Pin::new(&mut *tls).poll_flush(&mut cx) {
                            Poll::Ready(Ok(())) => return 0,
                            Poll::Ready(Err(e)) => {
                                self.write_failed.set(true);
                                return neg_errno(&e);
                            }
                            Poll::Pending => {}
                        }
                    }
                }
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
        self.wake();
        1
    }

    // Once bridged, the plaintext goes to the Unix socket, not to onread.
    fn can_read(&self) -> bool {
        !self.bridged.get()
    }
    fn connected(&self) -> bool {
        !self.closed.get() && self.fd.get() >= 0
    }
    fn kick(self: &Rc<Self>) {
        self.wake()
    }
    fn release(&self) {
        self.handshaking.set(false);
        self.hello_reply.borrow_mut().take();
        // A bridged connection is the bridge task's now: it ends when either side closes.
        if !self.bridged.get() {
            if let Some(t) = self.task.borrow_mut().take() {
                t.abort();
            }
            self.stream.borrow_mut().take();
        }
        self.wake();
    }
    fn sock_fd(&self) -> Option<RawFd> {
        let fd = self.fd.get();
        (!self.closed.get() && fd >= 0).then_some(fd)
    }
    fn is_unix(&self) -> bool {
        self.is_unix.get()
    }
    // The addresses are read at start; a Unix socket has none, hence `{}`.
    fn sock_name<'js>(&self, ctx: Ctx<'js>, peer: bool) -> Result<Value<'js>> {
        let addr = if peer { &self.peer } else { &self.local };
        match addr.get() {
            Some(a) => Ok(addr_object(&ctx, &a)?.into_value()),
            None if self.fd.get() >= 0 => Ok(Object::new(ctx)?.into_value()),
            None => Ok(Value::new_int(ctx, -libc::EBADF)),
        }
    }
}

#[derive(Debug)]
struct SniError(String);
impl std::fmt::Display for SniError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for SniError {}

/// Copy until EOF (then shut the writer down) or an error.
async fn pump<R: AsyncRead + Unpin, W: AsyncWrite + Unpin>(r: &mut R, w: &mut W) -> io::Result<()> {
    let mut buf = vec![0u8; 32 * 1024];
    loop {
        let n = match r.read(&mut buf).await {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => 0,
            Err(e) => return Err(e),
        };
        if n == 0 {
            let _ = w.shutdown().await;
            return Ok(());
        }
        w.write_all(&buf[..n]).await?;
        w.flush().await?;
    }
}

/// Plaintext between the TLS stream and a Unix socket (the http core's end of the pair).
async fn run_bridge(tls: Tls, unix: UnixStream) {
    let (mut tr, mut tw) = tokio::io::split(tls);
    let (mut ur, mut uw) = unix.into_split();
    let up = pump(&mut tr, &mut uw);
    let down = pump(&mut ur, &mut tw);
    tokio::pin!(up, down);
    tokio::select! {
        r = &mut up => {
            // The client finished sending: the core answers and closes its end.
            if r.is_ok() { let _ = down.await; }
        }
        r = &mut down => {
            // The core closed the connection: let the client see close_notify, then go.
            if r.is_ok() { let _ = tokio::time::timeout(Duration::from_secs(2), up).await; }
        }
    }
}

fn session_of(tls: &Tls) -> Session {
    let (_, common) = tls.get_ref();
    Session {
        protocol: common.protocol_version().map(|v| match v {
            rustls::ProtocolVersion::TLSv1_3 => "TLSv1.3",
            rustls::ProtocolVersion::TLSv1_2 => "TLSv1.2",
            _ => "unknown",
        }),
        cipher: common
            .negotiated_cipher_suite()
            .map(|s| format!("{:?}", s.suite())),
        alpn: common.alpn_protocol().map(|a| a.to_vec()),
        servername: match tls {
            TlsStream::Server(s) => s.get_ref().1.server_name().map(str::to_string),
            TlsStream::Client(_) => None,
        },
        peer: common
            .peer_certificates()
            .map(|c| c.iter().map(|d| d.as_ref().to_vec()).collect())
            .unwrap_or_default(),
        verify: None,
        resumed: matches!(
            common.handshake_kind(),
            Some(rustls::HandshakeKind::Resumed)
        ),
    }
}

// --- the JS class ---------------------------------------------------------------------------

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "TLSWrap")]
pub struct TlsWrap {
    #[qjs(skip_trace)]
    inner: Rc<WrapInner>,
}

fn alpn_list<'js>(ctx: &Ctx<'js>, v: Option<Array<'js>>) -> Result<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    if let Some(a) = v {
        for item in a.iter::<Value>() {
            let b = bytes::to_vec(ctx, &item?)?;
            if !b.is_empty() && b.len() < 256 {
                out.push(b);
            }
        }
    }
    Ok(out)
}
