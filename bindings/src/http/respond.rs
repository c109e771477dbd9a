//! The response fast path: `res.end(body)` with headers not yet sent builds the whole head
//! here from the header map ServerResponse keeps (`{lower: [name, value]}`), adds Date,
//! Connection/Keep-Alive and Content-Length like Node's `_storeHeader`, and writes head and
//! body with one syscall. Anything unusual (Transfer-Encoding set by the app, values that
//! are not strings, numbers or arrays of them) makes it decline, and JS takes the general path.
use rquickjs::{Ctx, Object, Result, Value};
use std::cell::RefCell;
use std::time::{SystemTime, UNIX_EPOCH};

/// The caller keeps the connection alive unless this is clear.
pub const R_KEEP_ALIVE: i32 = 1;
/// Add a Date header unless the app set one.
pub const R_SEND_DATE: i32 = 2;
/// The body is delimited by closing the connection (an HTTP/1.0 request without
/// `TE: chunked`: Node's `useChunkedEncodingByDefault` is false), so no Content-Length.
pub const R_NO_LENGTH: i32 = 4;

/// Returned (as a pending-bytes count) when the fast path declines; nothing was written.
pub const DECLINED: f64 = -100_000.0;

thread_local! {
    static DATE: RefCell<(u64, Vec<u8>)> = const { RefCell::new((0, Vec::new())) };
}

/// Append the HTTP date for now, formatted once per second.
fn push_http_date(out: &mut Vec<u8>) {
    let now = SystemTime::now();
    let sec = now
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    DATE.with(|d| {
        let mut d = d.borrow_mut();
        if d.0 != sec || d.1.is_empty() {
            *d = (sec, httpdate::fmt_http_date(now).into_bytes());
        }
        out.extend_from_slice(&d.1);
    })
}

/// Append a decimal integer (itoa: the head is built per request, `fmt` costs more).
fn push_int(out: &mut Vec<u8>, n: impl itoa::Integer) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// Append `name: value\r\n`.
fn push_line(out: &mut Vec<u8>, name: &[u8], value: &[u8]) {
    out.extend_from_slice(name);
    out.extend_from_slice(b": ");
    out.extend_from_slice(value);
    out.extend_from_slice(b"\r\n");
}

fn contains_token(value: &str, token: &str) -> bool {
    value
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .any(|t| t.eq_ignore_ascii_case(token))
}

/// What the head says about framing, as `_storeHeader` tracks it.
#[derive(Default)]
pub struct Seen {
    date: bool,
    connection: bool,
    close: bool,
    content_length: bool,
}

/// Append `name: value\r\n` lines for one header entry; false to decline.
fn push_value(out: &mut Vec<u8>, name: &str, v: &Value<'_>) -> Result<bool> {
    if let Some(s) = v.as_string() {
        push_line(out, name.as_bytes(), s.to_string()?.as_bytes());
    } else if let Some(n) = v.as_number() {
        if n.fract() != 0.0 || n.abs() >= 1e15 {
            // JS's number-to-string rules (1e+21, Infinity) are JS's to apply.
            return Ok(false);
        }
        let mut digits = itoa::Buffer::new();
        push_line(out, name.as_bytes(), digits.format(n as i64).as_bytes());
    } else if let Some(arr) = v.as_array() {
        for item in arr.iter::<Value>() {
            if !push_value(out, name, &item?)? {
                return Ok(false);
            }
        }
    } else {
        return Ok(false);
    }
    Ok(true)
}

fn first_string(v: &Value<'_>) -> String {
    if let Some(s) = v.as_string() {
        return s.to_string().unwrap_or_default();
    }
    v.as_array()
        .and_then(|a| a.get::<String>(0).ok())
        .unwrap_or_default()
}

/// Build the head into `out`; None when the fast path must decline.
pub fn build_head<'js>(
    _ctx: &Ctx<'js>,
    out: &mut Vec<u8>,
    status: u32,
    message: &str,
    headers: Option<Object<'js>>,
    body_len: usize,
    flags: i32,
    keep_alive_secs: u32,
) -> Result<Option<bool>> {
    out.extend_from_slice(b"HTTP/1.1 ");
    push_int(out, status);
    out.push(b' ');
    out.extend_from_slice(message.as_bytes());
    out.extend_from_slice(b"\r\n");
    let mut seen = Seen::default();
    if let Some(h) = headers {
        for entry in h.props::<String, Value>() {
            let (lower, pair) = entry?;
            let Some(pair) = pair.as_array() else {
                return Ok(None);
            };
            let name: String = pair.get(0)?;
            let value: Value = pair.get(1)?;
            match lower.as_str() {
                "transfer-encoding" | "trailer" => return Ok(None),
                "date" => seen.date = true,
                "content-length" => seen.content_length = true,
                "connection" => {
                    seen.connection = true;
                    seen.close = contains_token(&first_string(&value), "close");
                }
                _ => {}
            }
            if !push_value(out, &name, &value)? {
                return Ok(None);
            }
        }
    }
    if flags & R_SEND_DATE != 0 && !seen.date {
        out.extend_from_slice(b"Date: ");
        push_http_date(out);
        out.extend_from_slice(b"\r\n");
    }
    // A close-delimited body (HTTP/1.0 without a Content-Length) ends the connection.
    let close_delimited = flags & R_NO_LENGTH != 0 && !seen.content_length;
    let keep_alive = if seen.connection {
        flags & R_KEEP_ALIVE != 0 && !seen.close && !close_delimited
    } else if flags & R_KEEP_ALIVE != 0 && !close_delimited {
        out.extend_from_slice(b"Connection: keep-alive\r\n");
        if keep_alive_secs > 0 {
            out.extend_from_slice(b"Keep-Alive: timeout=");
            push_int(out, keep_alive_secs);
            out.extend_from_slice(b"\r\n");
        }
        true
    } else {
        out.extend_from_slice(b"Connection: close\r\n");
        false
    };
    if !seen.content_length && !close_delimited {
        out.extend_from_slice(b"Content-Length: ");
        push_int(out, body_len);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"\r\n");
    Ok(Some(keep_alive))
}
