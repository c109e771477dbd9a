//! What the connection loop posts to JS: the connection object, requests (built from the
//! buffered head), body chunks and trailers, 'drain', and the close.
use super::*;

impl Conn {
    /// The JS object for this connection (created on first use).
    pub(super) fn js_object<'js>(self: &Rc<Self>, ctx: &Ctx<'js>) -> Result<Object<'js>> {
        if let Some(p) = self.js.borrow().as_ref() {
            return p.clone().restore(ctx);
        }
        let obj = Class::instance(ctx.clone(), HttpConn { conn: self.clone() })?.into_inner();
        *self.js.borrow_mut() = Some(Persistent::save(ctx, obj.clone()));
        Ok(obj)
    }

    pub(super) fn post_drain(self: &Rc<Self>) {
        let c = self.clone();
        event_loop::post(Box::new(move |ctx| {
            let Some(cb) = c.shared.cb.borrow().clone() else {
                return Ok(());
            };
            let obj = c.js_object(ctx)?;
            cb.ondrain.clone().restore(ctx)?.call::<_, ()>((obj,))
        }));
    }

    /// Resolves once JS has run everything posted to it so far (the queue is FIFO).
    pub(super) async fn js_caught_up(&self) {
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        event_loop::post(Box::new(move |_| {
            let _ = tx.send(());
            Ok(())
        }));
        let _ = rx.await;
    }

    pub(super) fn post_request(self: &Rc<Self>, flags: i32) {
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
            let head = with_request_head(input, |req, r| -> Result<Option<_>> {
                if r.is_err() {
                    return Ok(None);
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
                Ok(Some((method, url, raw)))
            })?;
            let Some(head) = head else {
                return Ok(());
            };
            head
        };
        cb.onrequest
            .clone()
            .restore(ctx)?
            .call::<_, ()>((obj, method, url, raw, flags))
    }

    pub(super) fn post_body(self: &Rc<Self>, chunk: Vec<u8>) {
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

    pub(super) fn post_body_end(self: &Rc<Self>, trailers: Option<Vec<u8>>) {
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
    pub(super) fn finish(self: &Rc<Self>, errno: i32) {
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
