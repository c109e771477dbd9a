//! `TCPServer`'s JS-facing methods (listen, open, close, ref/unref, getsockname...).
use super::*;

#[rquickjs::methods]
impl TcpServer {
    #[qjs(constructor)]
    pub fn new() -> Self {
        TcpServer {
            inner: Rc::new(ServerInner {
                listener: RefCell::new(None),
                owner: RefCell::new(None),
                loop_ref: LoopRef::new(),
                stop: Notify::new(),
                closed: Cell::new(false),
                unix_path: RefCell::new(None),
            }),
        }
    }

    pub fn listen<'js>(
        &self,
        ctx: Ctx<'js>,
        this: This<Object<'js>>,
        host: Option<String>,
        port: i32,
        backlog: Opt<Value<'js>>,
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
        match Listener::bind_tcp(
            host.as_deref().unwrap_or(""),
            port,
            backlog_of(backlog),
            ipv6_only.0.unwrap_or(false),
        ) {
            Ok(l) => {
                self.start(&ctx, &this.0, l);
                0
            }
            Err(e) => neg_errno(&e),
        }
    }

    #[qjs(rename = "listenPipe")]
    pub fn listen_pipe<'js>(
        &self,
        ctx: Ctx<'js>,
        this: This<Object<'js>>,
        path: String,
        backlog: Opt<Value<'js>>,
    ) -> i32 {
        if self.inner.listener.borrow().is_some() {
            return -libc::EINVAL;
        }
        match Listener::bind_unix(&path, backlog_of(backlog)) {
            Ok(l) => {
                *self.inner.unix_path.borrow_mut() = Some(path);
                self.start(&ctx, &this.0, l);
                0
            }
            Err(e) => neg_errno(&e),
        }
    }

    pub fn open<'js>(&self, ctx: Ctx<'js>, this: This<Object<'js>>, fd: i32) -> i32 {
        if self.inner.listener.borrow().is_some() {
            return -libc::EINVAL;
        }
        match Listener::from_fd(fd) {
            Ok(l) => {
                self.start(&ctx, &this.0, l);
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

    /// Stop accepting and hand back a dup of the listening fd (the caller owns it).
    pub fn detach(&self) -> i32 {
        let fd = match self.inner.listener.borrow().as_ref() {
            Some(l) => match dup_fd(l.fd()) {
                Ok(fd) => fd,
                Err(e) => return neg_errno(&e),
            },
            None => return -libc::EBADF,
        };
        self.inner.closed.set(true);
        self.inner.listener.borrow_mut().take();
        self.inner.owner.borrow_mut().take();
        self.inner.unix_path.borrow_mut().take();
        self.inner.stop.notify_one();
        self.inner.loop_ref.set_active(false);
        fd
    }

    #[qjs(get, rename = "isUnix")]
    pub fn is_unix(&self) -> bool {
        matches!(
            self.inner.listener.borrow().as_deref(),
            Some(Listener::Unix(_))
        )
    }

    pub fn getsockname<'js>(&self, ctx: Ctx<'js>) -> Result<Value<'js>> {
        match self.inner.listener.borrow().as_ref() {
            Some(l) => l.sockname(&ctx),
            None => Ok(Value::new_int(ctx, -libc::EBADF)),
        }
    }

    pub fn close<'js>(&self, cb: Opt<Function<'js>>, ctx: Ctx<'js>) {
        if self.inner.closed.replace(true) {
            return;
        }
        self.inner.listener.borrow_mut().take();
        self.inner.owner.borrow_mut().take();
        self.inner.stop.notify_one();
        self.inner.loop_ref.set_active(false);
        if let Some(p) = self.inner.unix_path.borrow_mut().take() {
            let _ = std::fs::remove_file(p);
        }
        if let Some(cb) = cb.0 {
            let cb = Persistent::save(&ctx, cb);
            event_loop::post(Box::new(move |ctx| call_fn(ctx, cb, ())));
        }
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

// --- stream handle --------------------------------------------------------------------
