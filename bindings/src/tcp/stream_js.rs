//! `TCP`'s JS-facing methods: connect/open/detach, reading, writing, shutdown, close, options.
use super::*;

#[rquickjs::methods]
impl TcpStreamHandle {
    #[qjs(constructor)]
    pub fn new() -> Self {
        TcpStreamHandle {
            inner: StreamInner::new(None),
        }
    }

    pub fn open(&self, fd: i32) -> i32 {
        if self.inner.sock.borrow().is_some() {
            return -libc::EINVAL;
        }
        match Sock::from_fd(fd) {
            Ok(s) => {
                *self.inner.sock.borrow_mut() = Some(Rc::new(s));
                0
            }
            Err(e) => neg_errno(&e),
        }
    }

    pub fn connect<'js>(
        &self,
        ctx: Ctx<'js>,
        this: This<Object<'js>>,
        req: Object<'js>,
        address: String,
        port: i32,
    ) -> i32 {
        let ip: IpAddr = match address.parse() {
            Ok(ip) => ip,
            Err(_) => return -libc::EINVAL,
        };
        if !(0..=65535).contains(&port) {
            return -libc::EINVAL;
        }
        let addr = SocketAddr::new(ip, port as u16);
        self.adopt_owner(&ctx, &this.0);
        let inner = self.inner.clone();
        let req = Persistent::save(&ctx, req);
        event_loop::ref_handle();
        tokio::task::spawn_local(async move {
            let r = TcpStream::connect(addr).await;
            let status = match r {
                Ok(s) => {
                    let _ = s.set_nodelay(true);
                    if inner.closed.get() {
                        0
                    } else {
                        *inner.sock.borrow_mut() = Some(Rc::new(Sock::Tcp(s)));
                        0
                    }
                }
                Err(e) => neg_errno(&e),
            };
            complete_req(req, status);
        });
        0
    }

    #[qjs(rename = "connectPipe")]
    pub fn connect_pipe<'js>(
        &self,
        ctx: Ctx<'js>,
        this: This<Object<'js>>,
        req: Object<'js>,
        path: String,
    ) -> i32 {
        self.adopt_owner(&ctx, &this.0);
        let inner = self.inner.clone();
        let req = Persistent::save(&ctx, req);
        event_loop::ref_handle();
        tokio::task::spawn_local(async move {
            let status = match UnixStream::connect(&path).await {
                Ok(s) => {
                    *inner.sock.borrow_mut() = Some(Rc::new(Sock::Unix(s)));
                    0
                }
                Err(e) => neg_errno(&e),
            };
            complete_req(req, status);
        });
        0
    }

    #[qjs(rename = "readStart")]
    pub fn read_start<'js>(&self, ctx: Ctx<'js>, this: This<Object<'js>>) -> i32 {
        if self.inner.closed.get() || self.inner.sock.borrow().is_none() {
            return -libc::EBADF;
        }
        self.adopt_owner(&ctx, &this.0);
        self.inner.reading.set(true);
        self.inner.update_active();
        self.inner.ensure_task();
        0
    }

    #[qjs(rename = "readStop")]
    pub fn read_stop(&self) -> i32 {
        self.inner.reading.set(false);
        self.inner.update_active();
        0
    }

    pub fn write<'js>(
        &self,
        ctx: Ctx<'js>,
        this: This<Object<'js>>,
        req: Option<Object<'js>>,
        data: Value<'js>,
    ) -> Result<i32> {
        self.adopt_owner(&ctx, &this.0);
        let inner = self.inner.clone();
        bytes::with_bytes(&ctx, &data, |b| inner.write_bytes(&ctx, req, b))
    }

    pub fn writev<'js>(
        &self,
        ctx: Ctx<'js>,
        this: This<Object<'js>>,
        req: Option<Object<'js>>,
        chunks: Array<'js>,
    ) -> Result<i32> {
        self.adopt_owner(&ctx, &this.0);
        let mut all = Vec::new();
        for v in chunks.iter::<Value>() {
            let v = v?;
            bytes::with_bytes(&ctx, &v, |b| all.extend_from_slice(b))?;
        }
        Ok(self.inner.write_bytes(&ctx, req, &all))
    }

    #[qjs(get, rename = "writeQueueSize")]
    pub fn write_queue_size(&self) -> f64 {
        self.inner.queued_bytes.get() as f64
    }

    pub fn shutdown<'js>(&self, ctx: Ctx<'js>, req: Object<'js>) -> i32 {
        if self.inner.sock.borrow().is_none() {
            return -libc::ENOTCONN;
        }
        event_loop::ref_handle();
        *self.inner.shutdown_req.borrow_mut() = Some(Persistent::save(&ctx, req));
        self.inner.ensure_task();
        0
    }

    pub fn detach(&self) -> i32 {
        let fd = match self.inner.sock.borrow().as_ref() {
            Some(s) => match dup_fd(s.fd()) {
                Ok(fd) => fd,
                Err(e) => return neg_errno(&e),
            },
            None => return -libc::EBADF,
        };
        self.inner.closed.set(true);
        self.inner.reading.set(false);
        self.inner.sock.borrow_mut().take();
        self.inner.owner.borrow_mut().take();
        self.inner.fail(-libc::ECANCELED);
        self.inner.update_active();
        self.inner.notify.notify_one();
        fd
    }

    pub fn close<'js>(&self, ctx: Ctx<'js>, cb: Opt<Function<'js>>) {
        if !self.inner.closed.replace(true) {
            self.inner.reading.set(false);
            self.inner.update_active();
            self.inner.fail(-libc::ECANCELED);
            self.inner.sock.borrow_mut().take();
            self.inner.notify.notify_one();
        }
        self.inner.owner.borrow_mut().take();
        if let Some(cb) = cb.0 {
            let cb = Persistent::save(&ctx, cb);
            event_loop::post(Box::new(move |ctx| call_fn(ctx, cb, ())));
        }
    }

    #[qjs(get)]
    pub fn fd(&self) -> i32 {
        self.fd_or().unwrap_or(-1)
    }

    #[qjs(get, rename = "isUnix")]
    pub fn is_unix(&self) -> bool {
        self.inner
            .sock
            .borrow()
            .as_ref()
            .is_some_and(|s| s.is_unix())
    }

    #[qjs(get, rename = "bytesRead")]
    pub fn bytes_read(&self) -> f64 {
        self.inner.bytes_read.get()
    }

    #[qjs(get, rename = "bytesWritten")]
    pub fn bytes_written(&self) -> f64 {
        self.inner.bytes_written.get()
    }

    pub fn getsockname<'js>(&self, ctx: Ctx<'js>) -> Result<Value<'js>> {
        match self.fd_or() {
            Some(fd) => name_object(&ctx, fd, false),
            None => Ok(Value::new_int(ctx, -libc::EBADF)),
        }
    }

    pub fn getpeername<'js>(&self, ctx: Ctx<'js>) -> Result<Value<'js>> {
        match self.fd_or() {
            Some(fd) => name_object(&ctx, fd, true),
            None => Ok(Value::new_int(ctx, -libc::EBADF)),
        }
    }

    #[qjs(rename = "setNoDelay")]
    pub fn set_no_delay(&self, on: bool) -> i32 {
        match self.fd_or() {
            Some(fd) if !self.is_unix() => set_nodelay(fd, on),
            _ => 0,
        }
    }

    #[qjs(rename = "setKeepAlive")]
    pub fn set_keep_alive(&self, on: bool, secs: Opt<f64>) -> i32 {
        match self.fd_or() {
            Some(fd) if !self.is_unix() => {
                set_keepalive(fd, on, secs.0.unwrap_or(0.0).max(0.0) as u32)
            }
            _ => 0,
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
