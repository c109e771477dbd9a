//! `TCP`'s JS-facing methods: connect/open/detach here; reading, writing, shutdown, close
//! and options are stream_base.rs's, shared with `TLSWrap`.
use super::*;
use crate::stream_base::{stream_fields, StreamBase};

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
        self.inner.read_start(&ctx, &this.0)
    }

    #[qjs(rename = "readStop")]
    pub fn read_stop(&self) -> i32 {
        self.inner.read_stop()
    }

    pub fn write<'js>(
        &self,
        ctx: Ctx<'js>,
        this: This<Object<'js>>,
        req: Option<Object<'js>>,
        data: Value<'js>,
    ) -> Result<i32> {
        self.inner.write(&ctx, &this.0, req, &data)
    }

    pub fn writev<'js>(
        &self,
        ctx: Ctx<'js>,
        this: This<Object<'js>>,
        req: Option<Object<'js>>,
        chunks: Array<'js>,
    ) -> Result<i32> {
        self.inner.writev(&ctx, &this.0, req, &chunks)
    }

    #[qjs(get, rename = "writeQueueSize")]
    pub fn write_queue_size(&self) -> f64 {
        self.inner.queued_bytes.get() as f64
    }

    pub fn shutdown<'js>(&self, ctx: Ctx<'js>, req: Object<'js>) -> i32 {
        self.inner.shutdown(&ctx, req)
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
        self.inner.close(&ctx, cb.0)
    }

    #[qjs(get)]
    pub fn fd(&self) -> i32 {
        self.fd_or().unwrap_or(-1)
    }

    #[qjs(get, rename = "isUnix")]
    pub fn is_unix(&self) -> bool {
        self.inner.is_unix()
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
        self.inner.sock_name(ctx, false)
    }

    pub fn getpeername<'js>(&self, ctx: Ctx<'js>) -> Result<Value<'js>> {
        self.inner.sock_name(ctx, true)
    }

    #[qjs(rename = "setNoDelay")]
    pub fn set_no_delay(&self, on: bool) -> i32 {
        self.inner.set_no_delay(on)
    }

    #[qjs(rename = "setKeepAlive")]
    pub fn set_keep_alive(&self, on: bool, secs: Opt<f64>) -> i32 {
        self.inner.set_keep_alive(on, secs.0)
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

/// TCP's state and steps for the shared stream-handle methods (the write path and task
/// live in tcp.rs).
impl StreamBase for StreamInner {
    stream_fields!();
    // These three name tcp.rs's inherent methods, which take precedence over the trait's.
    fn update_active(&self) {
        StreamInner::update_active(self)
    }
    fn fail(&self, errno: i32) {
        StreamInner::fail(self, errno)
    }
    fn write_bytes<'js>(
        self: &Rc<Self>,
        ctx: &Ctx<'js>,
        req: Option<Object<'js>>,
        data: &[u8],
    ) -> i32 {
        StreamInner::write_bytes(self, ctx, req, data)
    }
    fn can_read(&self) -> bool {
        self.sock.borrow().is_some()
    }
    fn connected(&self) -> bool {
        self.sock.borrow().is_some()
    }
    fn kick(self: &Rc<Self>) {
        // Starts the I/O task if it is not running, else wakes it.
        self.ensure_task()
    }
    fn release(&self) {
        self.sock.borrow_mut().take();
        self.notify.notify_one();
    }
    fn sock_fd(&self) -> Option<RawFd> {
        self.sock.borrow().as_ref().map(|s| s.fd())
    }
    fn is_unix(&self) -> bool {
        self.sock.borrow().as_ref().is_some_and(|s| s.is_unix())
    }
    fn sock_name<'js>(&self, ctx: Ctx<'js>, peer: bool) -> Result<Value<'js>> {
        match self.sock_fd() {
            Some(fd) => name_object(&ctx, fd, peer),
            None => Ok(Value::new_int(ctx, -libc::EBADF)),
        }
    }
}
