//! `HTTPParser`: an incremental HTTP/1 parser driven from JS (the http client, and servers fed
//! sockets by hand). Heads are parsed with httparse, bodies with the shared framing code.
//!
//! `new HTTPParser(isResponse)`; `execute(buf)` -> bytes consumed, or `{code, reason,
//! bytesParsed}` on bad input; it calls back on the parser object:
//!   `onHeaders(versionMinor, methodOrStatus, urlOrStatusText, rawHeaders, flags)` — flags as
//!   in server.rs (1 keep-alive, 2 has body, 4 upgrade, 32 HTTP/1.1); returning true means the
//!   message has no body (a response to HEAD);
//!   `onBody(arrayBuffer)`, `onComplete(rawTrailers | undefined)`.
//! After an upgrade (101 / CONNECT 2xx or an upgrade request) parsing stops and `execute`
//! returns the bytes used; the rest belongs to the new protocol.
//! `finish()` ends a read-until-close body (or reports an incomplete message); `reset()`.
use super::framing::{inspect, Body, PErr, Step};
use super::server::raw_headers;
use rquickjs::class::Trace;
use rquickjs::function::This;
use rquickjs::{Array, ArrayBuffer, Ctx, Function, JsLifetime, Object, Result, Value};

#[derive(PartialEq, Clone, Copy)]
enum State {
    Head,
    Body,
    Upgraded,
}

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "HTTPParser")]
pub struct HttpParser {
    #[qjs(skip_trace)]
    is_response: bool,
    #[qjs(skip_trace)]
    buf: Vec<u8>,
    #[qjs(skip_trace)]
    state: State,
    #[qjs(skip_trace)]
    body: Body,
    #[qjs(skip_trace)]
    max_header: usize,
}

fn latin1<'js>(ctx: &Ctx<'js>, v: &[u8]) -> Result<rquickjs::String<'js>> {
    let s: String = v.iter().map(|&b| b as char).collect();
    rquickjs::String::from_str(ctx.clone(), &s)
}

fn call<'js, A: rquickjs::function::IntoArgs<'js>>(
    this: &Object<'js>,
    name: &str,
    args: A,
) -> Result<Value<'js>> {
    let f: Value = this.get(name)?;
    match f.into_function() {
        Some(f) => {
            let f: Function = f;
            let mut a = rquickjs::function::Args::new(this.ctx().clone(), 8);
            a.this(this.clone())?;
            args.into_args(&mut a)?;
            f.call_arg(a)
        }
        None => Ok(Value::new_undefined(this.ctx().clone())),
    }
}

fn err_obj<'js>(ctx: &Ctx<'js>, e: PErr, parsed: usize) -> Result<Value<'js>> {
    let o = Object::new(ctx.clone())?;
    o.set("code", e.code())?;
    o.set("reason", e.reason())?;
    o.set("bytesParsed", parsed as f64)?;
    Ok(o.into_value())
}

#[rquickjs::methods]
impl HttpParser {
    #[qjs(constructor)]
    pub fn new(is_response: bool) -> Self {
        HttpParser {
            is_response,
            buf: Vec::new(),
            state: State::Head,
            body: Body::None,
            max_header: 16 * 1024,
        }
    }

    #[qjs(rename = "setMaxHeaderSize")]
    pub fn set_max_header_size(&mut self, n: f64) {
        if n.is_finite() && n > 0.0 {
            self.max_header = n as usize;
        }
    }

    pub fn reset(&mut self) {
        self.buf.clear();
        self.state = State::Head;
        self.body = Body::None;
    }

    pub fn execute<'js>(
        &mut self,
        ctx: Ctx<'js>,
        this: This<Object<'js>>,
        data: Value<'js>,
    ) -> Result<Value<'js>> {
        let this = this.0;
        let prev = self.buf.len();
        crate::bytes::with_bytes(&ctx, &data, |b| self.buf.extend_from_slice(b))?;
        let total_new = self.buf.len() - prev;
        let mut pos = 0usize;
        loop {
            match self.state {
                State::Upgraded => break,
                State::Head => {
                    while pos < self.buf.len() && (self.buf[pos] == b'\r' || self.buf[pos] == b'\n')
                    {
                        pos += 1;
                    }
                    if pos >= self.buf.len() {
                        break;
                    }
                    let r = self.parse_head(&ctx, &this, pos)?;
                    match r {
                        Ok(Some(used)) => pos += used,
                        Ok(None) => {
                            if self.buf.len() - pos > self.max_header {
                                return err_obj(&ctx, PErr::HeaderOverflow, pos);
                            }
                            break;
                        }
                        Err(e) => return err_obj(&ctx, e, pos),
                    }
                }
                State::Body => {
                    let step = self.body.step(&self.buf[pos..], self.max_header);
                    match step {
                        Ok((used, Step::Data(d))) => {
                            if !d.is_empty() {
                                let ab = ArrayBuffer::new(ctx.clone(), d.to_vec())?;
                                pos += used;
                                call(&this, "onBody", (ab,))?;
                            } else {
                                pos += used;
                            }
                            if used == 0 {
                                break;
                            }
                        }
                        Ok((used, Step::End(t))) => {
                            let trailers = if t.len() > 2 {
                                raw_headers(&ctx, t)?.into_value()
                            } else {
                                Value::new_undefined(ctx.clone())
                            };
                            pos += used;
                            self.state = State::Head;
                            self.body = Body::None;
                            call(&this, "onComplete", (trailers,))?;
                        }
                        Ok((_, Step::More)) => break,
                        Err(e) => return err_obj(&ctx, e, pos),
                    }
                }
            }
        }
        // Keep only what is unparsed. Report consumption relative to this call's input.
        let consumed_total = pos;
        let leftover_start = consumed_total.min(self.buf.len());
        if self.state == State::Upgraded {
            // Bytes of this call's input that were used.
            let used_of_new = consumed_total.saturating_sub(prev);
            self.buf.clear();
            return Ok(Value::new_number(ctx, used_of_new.min(total_new) as f64));
        }
        self.buf.drain(..leftover_start);
        Ok(Value::new_number(ctx, total_new as f64))
    }

    pub fn finish<'js>(&mut self, ctx: Ctx<'js>, this: This<Object<'js>>) -> Result<Value<'js>> {
        if self.state == State::Body {
            if let Body::Eof = self.body {
                self.state = State::Head;
                self.body = Body::None;
                call(&this.0, "onComplete", (Value::new_undefined(ctx.clone()),))?;
                return Ok(Value::new_int(ctx, 0));
            }
            return err_obj(&ctx, PErr::InvalidConstant, 0).map(|v| {
                if let Some(o) = v.as_object() {
                    let _ = o.set("code", "HPE_INVALID_EOF_STATE");
                    let _ = o.set("reason", "Invalid EOF state");
                }
                v
            });
        }
        Ok(Value::new_int(ctx, 0))
    }
}

impl HttpParser {
    fn parse_head<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        this: &Object<'js>,
        pos: usize,
    ) -> Result<std::result::Result<Option<usize>, PErr>> {
        let input = &self.buf[pos..];
        let mut hs = vec![httparse::EMPTY_HEADER; 256];
        let raw = Array::new(ctx.clone())?;
        let (used, info, minor, a, b, status) = if self.is_response {
            let mut res = httparse::Response::new(&mut hs);
            match res.parse(input) {
                Ok(httparse::Status::Complete(n)) => {
                    let info = match inspect(res.headers, false) {
                        Ok(i) => i,
                        Err(e) => return Ok(Err(e)),
                    };
                    let mut i = 0;
                    for h in res.headers.iter() {
                        raw.set(i, h.name)?;
                        raw.set(i + 1, latin1(ctx, h.value)?)?;
                        i += 2;
                    }
                    let code = res.code.unwrap_or(0);
                    (
                        n,
                        info,
                        res.version.unwrap_or(1),
                        Value::new_int(ctx.clone(), code as i32),
                        latin1(ctx, res.reason.unwrap_or("").as_bytes())?.into_value(),
                        code,
                    )
                }
                Ok(httparse::Status::Partial) => return Ok(Ok(None)),
                Err(e) => return Ok(Err(PErr::from_httparse(e))),
            }
        } else {
            let mut req = httparse::Request::new(&mut hs);
            match req.parse(input) {
                Ok(httparse::Status::Complete(n)) => {
                    let info = match inspect(req.headers, true) {
                        Ok(i) => i,
                        Err(e) => return Ok(Err(e)),
                    };
                    let method = req.method.unwrap_or("");
                    if !super::framing::known_method(method) {
                        return Ok(Err(PErr::InvalidMethod));
                    }
                    let mut i = 0;
                    for h in req.headers.iter() {
                        raw.set(i, h.name)?;
                        raw.set(i + 1, latin1(ctx, h.value)?)?;
                        i += 2;
                    }
                    let is_connect = method == "CONNECT";
                    (
                        n,
                        info,
                        req.version.unwrap_or(1),
                        rquickjs::String::from_str(ctx.clone(), method)?.into_value(),
                        rquickjs::String::from_str(ctx.clone(), req.path.unwrap_or("/"))?
                            .into_value(),
                        if is_connect { 1 } else { 0 },
                    )
                }
                Ok(httparse::Status::Partial) => return Ok(Ok(None)),
                Err(e) => return Ok(Err(PErr::from_httparse(e))),
            }
        };
        let http11 = minor == 1;
        let keep_alive = if http11 {
            !info.conn_close
        } else {
            info.conn_keep_alive && !info.conn_close
        };
        let upgrade = if self.is_response {
            status == 101
        } else {
            status == 1 || (info.upgrade && info.conn_upgrade)
        };
        let mut body = if self.is_response {
            if (100..200).contains(&status) || status == 204 || status == 304 {
                Body::None
            } else if info.chunked {
                Body::Chunked(super::framing::Chunk::Size)
            } else if let Some(n) = info.content_length {
                if n == 0 {
                    Body::None
                } else {
                    Body::Length(n)
                }
            } else if info.has_te {
                Body::Eof
            } else {
                Body::Eof
            }
        } else {
            Body::from_info(&info)
        };
        let mut flags = 0;
        if keep_alive && !matches!(body, Body::Eof) {
            flags |= 1;
        }
        if !matches!(body, Body::None) {
            flags |= 2;
        }
        if upgrade {
            flags |= 4;
        }
        if http11 {
            flags |= 32;
        }
        let skip = call(this, "onHeaders", (minor as i32, a, b, raw, flags))?;
        if skip.as_bool() == Some(true) {
            body = Body::None;
        }
        if upgrade {
            self.state = State::Upgraded;
            return Ok(Ok(Some(used)));
        }
        if self.is_response && (100..200).contains(&status) {
            // Informational: another head follows.
            self.state = State::Head;
            return Ok(Ok(Some(used)));
        }
        self.body = body;
        self.state = State::Body;
        Ok(Ok(Some(used)))
    }
}
