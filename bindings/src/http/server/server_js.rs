//! `HTTPServer`'s JS-facing methods: listening, adopting fds, configuration, drain mode,
//! closing idle/all connections, ref/unref.
use super::*;

#[rquickjs::methods]
impl HttpServer {
    #[qjs(constructor)]
    pub fn new() -> Self {
        HttpServer {
            inner: Rc::new(ServerInner {
                shared: Rc::new(Shared {
                    cb: RefCell::new(None),
                    headers_timeout: Cell::new(60_000),
                    request_timeout: Cell::new(300_000),
                    keep_alive_timeout: Cell::new(5_000),
                    max_header_size: Cell::new(16 * 1024),
                    require_host: Cell::new(true),
                    emit_connection: Cell::new(false),
                    emit_client_error: Cell::new(false),
                    max_connections: Cell::new(None),
                    connections: Cell::new(0),
                    kick: Notify::new(),
                    close_idle: Cell::new(0),
                    close_all: Cell::new(0),
                    draining: Cell::new(false),
                    drain_quiet: Cell::new(1_000),
                }),
                listener: RefCell::new(None),
                loop_ref: LoopRef::new(),
                stop: Notify::new(),
                closed: Cell::new(false),
                unix_path: RefCell::new(None),
            }),
        }
    }

    #[qjs(rename = "setCallbacks")]
    pub fn set_callbacks<'js>(&self, ctx: Ctx<'js>, o: Object<'js>) -> Result<()> {
        let get = |name: &str| -> Result<Persistent<Function<'static>>> {
            let f: Function = o.get(name)?;
            Ok(Persistent::save(&ctx, f))
        };
        *self.inner.shared.cb.borrow_mut() = Some(Rc::new(Callbacks {
            onrequest: get("onrequest")?,
            onbody: get("onbody")?,
            onbodyend: get("onbodyend")?,
            onclose: get("onclose")?,
            onclienterror: get("onclienterror")?,
            ondrain: get("ondrain")?,
            onconnection: get("onconnection")?,
        }));
        Ok(())
    }

    pub fn configure(
        &self,
        headers_timeout: f64,
        request_timeout: f64,
        keep_alive_timeout: f64,
        max_header_size: f64,
        require_host: bool,
    ) {
        let s = &self.inner.shared;
        let ms = |v: f64| {
            if v.is_finite() && v > 0.0 {
                v as u64
            } else {
                0
            }
        };
        s.headers_timeout.set(match ms(headers_timeout) {
            0 => 60_000,
            v => v,
        });
        s.request_timeout.set(ms(request_timeout));
        s.keep_alive_timeout.set(ms(keep_alive_timeout));
        if max_header_size.is_finite() && max_header_size > 0.0 {
            s.max_header_size.set(max_header_size as usize);
        }
        s.require_host.set(require_host);
    }

    #[qjs(set, rename = "emitConnection")]
    pub fn set_emit_connection(&self, v: bool) {
        self.inner.shared.emit_connection.set(v)
    }
    #[qjs(get, rename = "emitConnection")]
    pub fn emit_connection(&self) -> bool {
        self.inner.shared.emit_connection.get()
    }
    #[qjs(set, rename = "emitClientError")]
    pub fn set_emit_client_error(&self, v: bool) {
        self.inner.shared.emit_client_error.set(v)
    }
    #[qjs(get, rename = "emitClientError")]
    pub fn emit_client_error(&self) -> bool {
        self.inner.shared.emit_client_error.get()
    }
    #[qjs(set, rename = "maxConnections")]
    pub fn set_max_connections(&self, v: Option<f64>) {
        self.inner
            .shared
            .max_connections
            .set(v.filter(|n| n.is_finite() && *n >= 0.0).map(|n| n as usize))
    }
    #[qjs(get, rename = "maxConnections")]
    pub fn max_connections(&self) -> Option<f64> {
        self.inner.shared.max_connections.get().map(|n| n as f64)
    }
    #[qjs(get)]
    pub fn connections(&self) -> f64 {
        self.inner.shared.connections.get() as f64
    }

    pub fn listen(
        &self,
        host: Option<String>,
        port: i32,
        backlog: Opt<Value<'_>>,
        ipv6_only: Opt<bool>,
    ) -> i32 {
        if self.inner.listener.borrow().is_some() {
            return -libc::EINVAL;
        }
        let port = if (0..=65535).contains(&port) {
            port as u16
        } else {
            return -libc::EINVAL;
        };
        let backlog = backlog
            .0
            .and_then(|v| v.as_number())
            .filter(|n| *n > 0.0 && *n < 1e9)
            .map(|n| n as i32)
            .unwrap_or(511);
        match Listener::bind_tcp(
            host.as_deref().unwrap_or(""),
            port,
            backlog,
            ipv6_only.0.unwrap_or(false),
        ) {
            Ok(l) => {
                self.start(l);
                0
            }
            Err(e) => neg_errno(&e),
        }
    }

    #[qjs(rename = "listenPipe")]
    pub fn listen_pipe(&self, path: String, backlog: Opt<Value<'_>>) -> i32 {
        if self.inner.listener.borrow().is_some() {
            return -libc::EINVAL;
        }
        let backlog = backlog
            .0
            .and_then(|v| v.as_number())
            .filter(|n| *n > 0.0 && *n < 1e9)
            .map(|n| n as i32)
            .unwrap_or(511);
        match Listener::bind_unix(&path, backlog) {
            Ok(l) => {
                *self.inner.unix_path.borrow_mut() = Some(path);
                self.start(l);
                0
            }
            Err(e) => neg_errno(&e),
        }
    }

    pub fn open(&self, fd: i32) -> i32 {
        if self.inner.listener.borrow().is_some() {
            return -libc::EINVAL;
        }
        match Listener::from_fd(fd) {
            Ok(l) => {
                self.start(l);
                0
            }
            Err(e) => neg_errno(&e),
        }
    }

    /// Serve an already-accepted connection (its fd is owned from now on).
    pub fn adopt(&self, fd: i32) -> i32 {
        match Sock::from_fd(fd) {
            Ok(s) => {
                spawn_conn(self.inner.shared.clone(), s);
                0
            }
            Err(e) => neg_errno(&e),
        }
    }

    #[qjs(get)]
    pub fn fd(&self) -> i32 {
        self.inner
            .listener
            .borrow()
            .as_ref()
            .map(|l| l.fd())
            .unwrap_or(-1)
    }

    pub fn getsockname<'js>(&self, ctx: Ctx<'js>) -> Result<Value<'js>> {
        match self.inner.listener.borrow().as_ref() {
            Some(l) => l.sockname(&ctx),
            None => Ok(Value::new_int(ctx, -libc::EBADF)),
        }
    }

    pub fn close<'js>(&self, ctx: Ctx<'js>, cb: Opt<Function<'js>>) {
        if !self.inner.closed.replace(true) {
            self.inner.listener.borrow_mut().take();
            self.inner.stop.notify_one();
            self.inner.loop_ref.set_active(false);
            if let Some(p) = self.inner.unix_path.borrow_mut().take() {
                let _ = std::fs::remove_file(p);
            }
        }
        if let Some(cb) = cb.0 {
            let cb = Persistent::save(&ctx, cb);
            event_loop::post(Box::new(move |ctx| cb.restore(ctx)?.call::<_, ()>(())));
        }
    }

    #[qjs(rename = "closeIdle")]
    pub fn close_idle(&self) {
        let s = &self.inner.shared;
        s.close_idle.set(s.close_idle.get() + 1);
        s.kick.notify_waiters();
    }

    /// Enter drain mode (see `Shared::draining`); `quiet_ms` is the idle period after which
    /// an idle keep-alive connection is closed.
    #[qjs(rename = "startDraining")]
    pub fn start_draining(&self, quiet_ms: Opt<f64>) {
        let s = &self.inner.shared;
        if let Some(ms) = quiet_ms.0.filter(|m| m.is_finite() && *m >= 0.0) {
            s.drain_quiet.set(ms as u64);
        }
        s.draining.set(true);
        s.kick.notify_waiters();
    }

    #[qjs(rename = "closeAll")]
    pub fn close_all(&self) {
        let s = &self.inner.shared;
        s.close_all.set(s.close_all.get() + 1);
        s.kick.notify_waiters();
    }

    #[qjs(rename = "ref")]
    pub fn ref_(&self) {
        self.inner.loop_ref.set_ref(true)
    }
    pub fn unref(&self) {
        self.inner.loop_ref.set_ref(false)
    }
    #[qjs(rename = "hasRef")]
    pub fn has_ref(&self) -> bool {
        self.inner.loop_ref.has_ref()
    }
}
