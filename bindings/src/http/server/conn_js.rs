//! `HTTPConn`: the JS-facing handle of one fast-path connection (what `res._conn` is):
//! sending heads and bodies, the response fast path, pause/resume, detaching for upgrades.
use super::*;

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "HTTPConn")]
pub struct HttpConn {
    #[qjs(skip_trace)]
    pub(super) conn: Rc<Conn>,
}

fn append_chunked(o: &mut Vec<u8>, data: &[u8]) {
    if data.is_empty() {
        return;
    }
    use std::io::Write;
    let _ = write!(o, "{:x}\r\n", data.len());
    o.extend_from_slice(data);
    o.extend_from_slice(b"\r\n");
}

#[rquickjs::methods]
impl HttpConn {
    /// Write `head` (a latin1/ASCII string, may be undefined) and `data` in one go.
    pub fn send<'js>(
        &self,
        ctx: Ctx<'js>,
        head: Value<'js>,
        data: Value<'js>,
        flags: i32,
    ) -> Result<f64> {
        let c = &self.conn;
        let mut data_bytes: Option<Vec<u8>> = None;
        let mut head_str: Option<String> = None;
        if let Some(s) = head.as_string() {
            head_str = Some(s.to_string()?);
        }
        let mut with = |o: &mut Vec<u8>, d: &[u8]| {
            if let Some(h) = head_str.take() {
                let hb = h.as_bytes();
                if flags & S_AUTO_LEN != 0 && hb.len() >= 2 {
                    use std::io::Write;
                    o.extend_from_slice(&hb[..hb.len() - 2]);
                    let _ = write!(o, "Content-Length: {}\r\n\r\n", d.len());
                } else {
                    o.extend_from_slice(hb);
                }
            }
            if flags & S_CHUNKED != 0 {
                append_chunked(o, d);
                if flags & S_END != 0 {
                    o.extend_from_slice(b"0\r\n\r\n");
                }
            } else {
                o.extend_from_slice(d);
            }
        };
        let r = if data.is_undefined() || data.is_null() {
            c.write_now(|o| with(o, &[]))
        } else if let Some(s) = data.as_string() {
            let s = s.to_string()?;
            c.write_now(|o| with(o, s.as_bytes()))
        } else {
            let mut res = Err(-libc::EINVAL);
            crate::bytes::with_bytes(&ctx, &data, |b| {
                res = c.write_now(|o| with(o, b));
            })?;
            data_bytes.take();
            res
        };
        if flags & S_END != 0 {
            c.finish_response(flags & S_CLOSE != 0);
        }
        Ok(c.write_result(r))
    }

    /// The whole response in one call (see http/respond.rs). Returns the bytes still queued,
    /// a negative errno, or `respond::DECLINED` (nothing written; JS takes the general path).
    /// Whether the connection stays open can be read back with `willClose`.
    pub fn respond<'js>(
        &self,
        ctx: Ctx<'js>,
        status: u32,
        message: String,
        headers: Value<'js>,
        body: Value<'js>,
        flags: i32,
        keep_alive_secs: u32,
    ) -> Result<f64> {
        use crate::http::respond;
        let c = &self.conn;
        let headers = headers.as_object().cloned();
        let mut head = Vec::with_capacity(256);
        let body_string;
        let body_bytes;
        let body_ref: &[u8] = if body.is_undefined() || body.is_null() {
            &[]
        } else if let Some(s) = body.as_string() {
            body_string = s.to_string()?;
            body_string.as_bytes()
        } else {
            body_bytes = crate::bytes::to_vec(&ctx, &body)?;
            &body_bytes
        };
        let keep_alive = match respond::build_head(
            &ctx,
            &mut head,
            status,
            &message,
            headers,
            body_ref.len(),
            flags,
            keep_alive_secs,
        )? {
            Some(k) => k,
            None => return Ok(respond::DECLINED),
        };
        let r = c.write_now(|o| {
            o.extend_from_slice(&head);
            o.extend_from_slice(body_ref);
        });
        c.finish_response(!keep_alive);
        Ok(c.write_result(r))
    }

    /// Whether the connection closes after the current response.
    #[qjs(rename = "willClose")]
    pub fn will_close(&self) -> bool {
        self.conn.close_after.get()
    }

    /// Trailers after a chunked body: `0\r\n` + trailer lines + `\r\n`, ending the response.
    #[qjs(rename = "sendTrailers")]
    pub fn send_trailers(&self, trailers: String, flags: i32) -> f64 {
        let c = &self.conn;
        let r = c.write_now(|o| {
            o.extend_from_slice(b"0\r\n");
            o.extend_from_slice(trailers.as_bytes());
            o.extend_from_slice(b"\r\n");
        });
        c.finish_response(flags & S_CLOSE != 0);
        c.write_result(r)
    }

    #[qjs(rename = "writeRaw")]
    pub fn write_raw<'js>(&self, ctx: Ctx<'js>, data: Value<'js>) -> Result<f64> {
        let c = &self.conn;
        let mut res = Err(-libc::EINVAL);
        crate::bytes::with_bytes(&ctx, &data, |b| {
            res = c.write_now(|o| o.extend_from_slice(b));
        })?;
        Ok(c.write_result(res))
    }

    /// The response is complete without writing anything more (e.g. after raw writes).
    #[qjs(rename = "endResponse")]
    pub fn end_response(&self, close: bool) {
        self.conn.finish_response(close);
    }

    pub fn pause(&self) {
        self.conn.paused.set(true);
    }

    pub fn resume(&self) {
        self.conn.paused.set(false);
        self.conn.notify.notify_one();
    }

    /// Stop HTTP processing and hand over the socket: [fd, bytes read past the head].
    pub fn detach<'js>(&self, ctx: Ctx<'js>) -> Result<Value<'js>> {
        let c = &self.conn;
        let Some(sock) = c.sock() else {
            return Ok(Value::new_int(ctx, -libc::EBADF));
        };
        // Anything still queued goes out first (best effort, the socket is non-blocking).
        let _ = c.flush(&sock);
        let fd = match dup_fd(sock.fd()) {
            Ok(fd) => fd,
            Err(e) => return Ok(Value::new_int(ctx, neg_errno(&e))),
        };
        c.detached.set(true);
        c.notify.notify_one();
        let rest = {
            let rbuf = c.rbuf.borrow();
            let (_, e) = c.head.get();
            if c.in_request.get() && e <= rbuf.len() {
                rbuf[e..].to_vec()
            } else {
                rbuf.to_vec()
            }
        };
        let arr = Array::new(ctx.clone())?;
        arr.set(0, fd)?;
        arr.set(1, ArrayBuffer::new(ctx.clone(), rest)?)?;
        Ok(arr.into_value())
    }

    pub fn destroy(&self) {
        let c = &self.conn;
        if !c.detached.get() {
            c.gone.set(true);
            c.notify.notify_one();
        }
    }

    /// socket.end(): flush, then FIN.
    pub fn shutdown(&self) {
        let c = &self.conn;
        c.shutdown_req.set(true);
        c.res_done.set(true);
        c.close_after.set(true);
        c.notify.notify_one();
    }

    #[qjs(get, rename = "writeQueueSize")]
    pub fn write_queue_size(&self) -> f64 {
        self.conn.pending_out() as f64
    }

    #[qjs(get)]
    pub fn closed(&self) -> bool {
        self.conn.gone.get() || self.conn.sock.borrow().is_none()
    }

    #[qjs(get, rename = "bytesRead")]
    pub fn bytes_read(&self) -> f64 {
        self.conn.bytes_read.get()
    }

    #[qjs(get, rename = "bytesWritten")]
    pub fn bytes_written(&self) -> f64 {
        self.conn.bytes_written.get()
    }

    pub fn getpeername<'js>(&self, ctx: Ctx<'js>) -> Result<Value<'js>> {
        match self.conn.sock() {
            Some(s) => name_object(&ctx, s.fd(), true),
            None => Ok(Value::new_int(ctx, -libc::EBADF)),
        }
    }

    pub fn getsockname<'js>(&self, ctx: Ctx<'js>) -> Result<Value<'js>> {
        match self.conn.sock() {
            Some(s) => name_object(&ctx, s.fd(), false),
            None => Ok(Value::new_int(ctx, -libc::EBADF)),
        }
    }

    #[qjs(rename = "setNoDelay")]
    pub fn set_no_delay(&self, on: bool) -> i32 {
        match self.conn.sock() {
            Some(s) if !s.is_unix() => set_nodelay(s.fd(), on),
            _ => 0,
        }
    }

    #[qjs(rename = "setKeepAlive")]
    pub fn set_keep_alive(&self, on: bool, secs: Opt<f64>) -> i32 {
        match self.conn.sock() {
            Some(s) if !s.is_unix() => {
                set_keepalive(s.fd(), on, secs.0.unwrap_or(0.0).max(0.0) as u32)
            }
            _ => 0,
        }
    }

    #[qjs(get)]
    pub fn fd(&self) -> i32 {
        self.conn.sock().map(|s| s.fd()).unwrap_or(-1)
    }
}
