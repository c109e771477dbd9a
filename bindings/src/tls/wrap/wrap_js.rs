//! `TLSWrap`'s JS-facing methods: the same stream-handle interface as `TCP` (tcp.rs), its
//! reading, writing, shutdown, close and options from stream_base.rs, plus the handshake,
//! session facts and certificates.
use super::*;

#[rquickjs::methods]
impl TlsWrap {
    #[qjs(constructor)]
    pub fn new() -> Self {
        TlsWrap {
            inner: WrapInner::new(),
        }
    }

    /// Adopt the connected socket `fd` and start the handshake. `opts`: servername,
    /// ALPNProtocols (array of byte strings), rejectUnauthorized, requestCert, askHello
    /// (server: call `onclienthello(servername)` and wait for `setContext`),
    /// handshakeTimeout (ms). Returns 0 or a negative errno; throws on a bad context.
    pub fn start<'js>(
        &self,
        ctx: Ctx<'js>,
        this: This<Object<'js>>,
        fd: i32,
        is_server: bool,
        sc: Class<'js, SecureContext>,
        opts: Object<'js>,
    ) -> Result<i32> {
        if self.inner.fd.get() >= 0 || self.inner.closed.get() {
            return Ok(-libc::EINVAL);
        }
        let sc = sc.borrow().inner.clone();
        let servername: Option<String> = opts.get("servername")?;
        let alpn = alpn_list(&ctx, opts.get("ALPNProtocols")?)?;
        let reject: Option<bool> = opts.get("rejectUnauthorized")?;
        let request: Option<bool> = opts.get("requestCert")?;
        let ask: Option<bool> = opts.get("askHello")?;
        let timeout: Option<f64> = opts.get("handshakeTimeout")?;
        let conn_opts = ConnOpts {
            alpn,
            reject_unauthorized: reject.unwrap_or(true),
            request_cert: request.unwrap_or(false),
        };
        let setup = if is_server {
            Setup::Server {
                ctx: sc,
                opts: conn_opts,
                ask_js: ask.unwrap_or(false),
                timeout: timeout
                    .filter(|t| *t > 0.0 && t.is_finite())
                    .map(|t| Duration::from_millis(t as u64)),
            }
        } else {
            let (config, verifier) = sc
                .client_config(&conn_opts)
                .map_err(|m| rquickjs::Exception::throw_message(&ctx, &m))?;
            let sn = servername.filter(|s| !s.is_empty());
            let parsed = sn
                .as_ref()
                .and_then(|s| ServerName::try_from(s.clone()).ok());
            let (name, sni) = match parsed {
                Some(n @ ServerName::DnsName(_)) => (n, sn.clone()),
                Some(n) => (n, None),
                None => (
                    ServerName::IpAddress(std::net::Ipv4Addr::UNSPECIFIED.into()),
                    None,
                ),
            };
            Setup::Client {
                config,
                verifier,
                name,
                sni,
            }
        };
        let io = match NetIo::from_fd(fd) {
            Ok(io) => io,
            Err(e) => return Ok(neg_errno(&e)),
        };
        self.inner.fd.set(io.fd());
        match &io {
            NetIo::Tcp(s) => {
                self.inner.peer.set(s.peer_addr().ok());
                self.inner.local.set(s.local_addr().ok());
            }
            NetIo::Unix(_) => self.inner.is_unix.set(true),
        }
        self.inner.is_server.set(is_server);
        self.inner.adopt_owner(&ctx, &this.0);
        self.inner.start_task(io, setup);
        Ok(0)
    }

    /// The answer to `onclienthello`: the context to use, or an error message.
    #[qjs(rename = "setContext")]
    pub fn set_context<'js>(&self, sc: Option<Class<'js, SecureContext>>, err: Opt<String>) {
        let Some(tx) = self.inner.hello_reply.borrow_mut().take() else {
            return;
        };
        let r = match (sc, err.0) {
            (_, Some(e)) => Err(e),
            (Some(c), None) => Ok(c.borrow().inner.clone()),
            (None, None) => Err("Invalid SNI context".to_string()),
        };
        let _ = tx.send(r);
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

    pub fn close<'js>(&self, ctx: Ctx<'js>, cb: Opt<Function<'js>>) {
        self.inner.close(&ctx, cb.0)
    }

    /// After the handshake: move the plaintext to a Unix socketpair and return the other
    /// end's fd (owned by the caller), or a negative errno.
    pub fn bridge(&self) -> i32 {
        if self.inner.closed.get()
            || self.inner.bridged.get()
            || self.inner.stream.borrow().is_none()
        {
            return -libc::EINVAL;
        }
        let (a, b) = match std::os::unix::net::UnixStream::pair() {
            Ok(p) => p,
            Err(e) => return neg_errno(&e),
        };
        if let Err(e) = a.set_nonblocking(true) {
            return neg_errno(&e);
        }
        let a = match UnixStream::from_std(a) {
            Ok(a) => a,
            Err(e) => return neg_errno(&e),
        };
        self.inner.bridged.set(true);
        self.inner.reading.set(false);
        self.inner.update_active();
        *self.inner.bridge.borrow_mut() = Some(a);
        self.inner.owner.borrow_mut().take();
        self.inner.wake();
        b.into_raw_fd()
    }

    /// `{protocol, cipher, standardName, alpn, servername, verifyCode, verifyMessage,
    /// resumed}` once the handshake is done, else undefined.
    #[qjs(rename = "sessionInfo")]
    pub fn session_info<'js>(&self, ctx: Ctx<'js>) -> Result<Value<'js>> {
        let s = self.inner.session.borrow();
        let Some(s) = s.as_ref() else {
            return Ok(Value::new_undefined(ctx));
        };
        let o = Object::new(ctx.clone())?;
        o.set("protocol", s.protocol)?;
        if let Some(c) = &s.cipher {
            let (name, std) = cipher_names(c);
            o.set("cipher", name)?;
            o.set("standardName", std)?;
        }
        match &s.alpn {
            Some(a) => o.set("alpn", String::from_utf8_lossy(a).into_owned())?,
            None => o.set("alpn", false)?,
        }
        o.set("servername", s.servername.clone())?;
        if let Some(v) = &s.verify {
            o.set("verifyCode", v.code)?;
            o.set("verifyMessage", v.message)?;
        }
        o.set("resumed", s.resumed)?;
        Ok(o.into_value())
    }

    /// The peer's certificates as Node-style objects, leaf first.
    #[qjs(rename = "getPeerCertificates")]
    pub fn get_peer_certificates<'js>(&self, ctx: Ctx<'js>) -> Result<Array<'js>> {
        let arr = Array::new(ctx.clone())?;
        if let Some(s) = self.inner.session.borrow().as_ref() {
            for (i, der) in s.peer.iter().enumerate() {
                arr.set(i, cert::cert_object(&ctx, der)?)?;
            }
        }
        Ok(arr)
    }

    #[qjs(rename = "exportKeyingMaterial")]
    pub fn export_keying_material<'js>(
        &self,
        ctx: Ctx<'js>,
        len: usize,
        label: Value<'js>,
        context: Opt<Value<'js>>,
    ) -> Result<Value<'js>> {
        let label = bytes::to_vec(&ctx, &label)?;
        let context = match context.0 {
            Some(v) if !v.is_undefined() && !v.is_null() => Some(bytes::to_vec(&ctx, &v)?),
            _ => None,
        };
        let sref = self.inner.stream.borrow();
        let Some(tls) = sref.as_ref() else {
            return Ok(Value::new_undefined(ctx));
        };
        let out = vec![0u8; len.min(1 << 20)];
        let r = match tls {
            TlsStream::Client(s) => {
                s.get_ref()
                    .1
                    .export_keying_material(out, &label, context.as_deref())
            }
            TlsStream::Server(s) => {
                s.get_ref()
                    .1
                    .export_keying_material(out, &label, context.as_deref())
            }
        };
        match r {
            Ok(v) => bytes::array_buffer(&ctx, v),
            Err(e) => Err(rquickjs::Exception::throw_message(&ctx, &e.to_string())),
        }
    }

    #[qjs(get)]
    pub fn fd(&self) -> i32 {
        self.inner.sock_fd().unwrap_or(-1)
    }

    #[qjs(get, rename = "isUnix")]
    pub fn is_unix(&self) -> bool {
        self.inner.is_unix.get()
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
