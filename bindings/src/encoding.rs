//! String <-> bytes for Buffer, TextEncoder and TextDecoder, plus the byte-level
//! helpers Buffer needs to be fast on big inputs (search, compare, swap).
//!
//! JS strings are read through QuickJS directly (not `rquickjs::String::to_string`,
//! which rejects lone surrogates): UTF-8 via `JS_ToCStringLen2` (WTF-8, lone
//! surrogates then replaced by U+FFFD like V8), UTF-16 units via
//! `JS_ToCStringLenUTF16`. Strings are made with `JS_NewStringLen` (UTF-8) or
//! `JS_NewStringUTF16` (keeps lone surrogates, as Node's ucs2 decoding does).
use crate::bytes;
use rquickjs::{qjs, Ctx, Exception, Function, Object, Result, TypedArray, Value};

use base64::engine::{general_purpose::GeneralPurpose, DecodePaddingMode, GeneralPurposeConfig};
use base64::Engine;

const B64_CONFIG: GeneralPurposeConfig = GeneralPurposeConfig::new()
    .with_decode_padding_mode(DecodePaddingMode::Indifferent)
    .with_decode_allow_trailing_bits(true);
const B64: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::STANDARD, B64_CONFIG);
const B64URL: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    B64_CONFIG.with_encode_padding(false),
);

/// Node decodes hex up to the first pair that is not hex.
fn hex_decode(b: &[u8]) -> Vec<u8> {
    let valid = b.iter().take_while(|c| c.is_ascii_hexdigit()).count() & !1;
    hex::decode(&b[..valid]).unwrap_or_default()
}

/// Node's base64 decoding is forgiving: either alphabet, characters outside it
/// (whitespace...) skipped, decoding stops at the first '='.
fn base64_decode(s: &[u8]) -> Vec<u8> {
    let clean: Vec<u8> = s
        .iter()
        .copied()
        .take_while(|&c| c != b'=')
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'-' | b'_'))
        .map(|c| match c {
            b'-' => b'+',
            b'_' => b'/',
            c => c,
        })
        .collect();
    // A dangling single character carries no full byte; drop it like Node does.
    let usable = if clean.len() % 4 == 1 {
        clean.len() - 1
    } else {
        clean.len()
    };
    B64.decode(&clean[..usable]).unwrap_or_default()
}

fn base64_encode(b: &[u8], url: bool) -> String {
    if url {
        B64URL.encode(b)
    } else {
        B64.encode(b)
    }
}

fn throw_if_exception<'js>(ctx: &Ctx<'js>, v: qjs::JSValue) -> Result<Value<'js>> {
    if unsafe { qjs::JS_IsException(v) } {
        // The exception stays pending in the context; rquickjs rethrows it.
        return Err(rquickjs::Error::Exception);
    }
    Ok(unsafe { Value::from_raw(ctx.clone(), v) })
}

/// Run `f` over the UTF-8 of a JS value (ToString'd), lone surrogates as U+FFFD.
fn with_utf8<'js, R>(ctx: &Ctx<'js>, v: &Value<'js>, f: impl FnOnce(&[u8]) -> R) -> Result<R> {
    let mut len: qjs::size_t = 0;
    let raw = ctx.as_raw().as_ptr();
    let ptr = unsafe { qjs::JS_ToCStringLen2(raw, &mut len, v.as_raw(), false) };
    if ptr.is_null() {
        return Err(rquickjs::Error::Exception);
    }
    let slice = unsafe { std::slice::from_raw_parts(ptr as *const u8, len as usize) };
    // WTF-8 surrogates are ED A0..BF xx; valid UTF-8 only has ED 80..9F.
    let has_surrogate = slice.windows(2).any(|w| w[0] == 0xed && w[1] >= 0xa0);
    let out = if has_surrogate {
        let mut owned = slice.to_vec();
        let mut i = 0;
        while i + 2 < owned.len() {
            // 0xED is only ever a lead byte, so a byte-wise scan cannot misfire.
            if owned[i] == 0xed && owned[i + 1] >= 0xa0 {
                owned[i] = 0xef;
                owned[i + 1] = 0xbf;
                owned[i + 2] = 0xbd;
                i += 3;
            } else {
                i += 1;
            }
        }
        f(&owned)
    } else {
        f(slice)
    };
    unsafe { qjs::JS_FreeCString(raw, ptr) };
    Ok(out)
}

/// `byteLengthUtf8(string)`: the UTF-8 length of a JS value (ToString'd). QuickJS
/// encodes a lone surrogate as 3 WTF-8 bytes, the length of the U+FFFD Node writes for
/// it, so the length `JS_ToCStringLen2` reports is the answer; for an ASCII string it
/// does not copy. A plain QuickJS C function: Buffer.byteLength runs per request (Koa,
/// Express set Content-Length with it), and this skips rquickjs' closure trampoline.
unsafe extern "C" fn byte_length_utf8(
    ctx: *mut qjs::JSContext,
    _this: qjs::JSValue,
    argc: std::ffi::c_int,
    argv: *mut qjs::JSValue,
) -> qjs::JSValue {
    let v = if argc < 1 || argv.is_null() {
        qjs::JS_UNDEFINED
    } else {
        // SAFETY: QuickJS passes `argc` valid values in `argv`.
        unsafe { *argv }
    };
    let mut len: qjs::size_t = 0;
    // SAFETY: `ctx` is the live context calling us; `v` is borrowed for the call.
    let ptr = unsafe { qjs::JS_ToCStringLen2(ctx, &mut len, v, false) };
    if ptr.is_null() {
        return qjs::JS_EXCEPTION;
    }
    // SAFETY: `ptr` came from JS_ToCStringLen2 on this context.
    unsafe { qjs::JS_FreeCString(ctx, ptr) };
    qjs::JS_NewFloat64(len as f64)
}

/// A JS function backed directly by a QuickJS C function.
fn raw_function<'js>(
    ctx: &Ctx<'js>,
    f: unsafe extern "C" fn(
        *mut qjs::JSContext,
        qjs::JSValue,
        std::ffi::c_int,
        *mut qjs::JSValue,
    ) -> qjs::JSValue,
    name: &'static std::ffi::CStr,
    length: std::ffi::c_int,
) -> Result<Value<'js>> {
    // SAFETY: plain constructor call on the live context.
    let v = unsafe {
        qjs::JS_NewCFunction2(
            ctx.as_raw().as_ptr(),
            Some(f),
            name.as_ptr(),
            length,
            qjs::JSCFunctionEnum_JS_CFUNC_generic,
            0,
        )
    };
    throw_if_exception(ctx, v)
}

/// Run `f` over the UTF-16 code units of a JS value (ToString'd).
fn with_utf16<'js, R>(ctx: &Ctx<'js>, v: &Value<'js>, f: impl FnOnce(&[u16]) -> R) -> Result<R> {
    let mut len: qjs::size_t = 0;
    let raw = ctx.as_raw().as_ptr();
    let ptr = unsafe { qjs::JS_ToCStringLenUTF16(raw, &mut len, v.as_raw()) };
    if ptr.is_null() {
        return Err(rquickjs::Error::Exception);
    }
    let slice = unsafe { std::slice::from_raw_parts(ptr, len as usize) };
    let out = f(slice);
    unsafe { qjs::JS_FreeCStringUTF16(raw, ptr) };
    Ok(out)
}

fn new_string_utf8<'js>(ctx: &Ctx<'js>, s: &[u8]) -> Result<Value<'js>> {
    let v = unsafe { qjs::JS_NewStringLen(ctx.as_raw().as_ptr(), s.as_ptr() as _, s.len() as _) };
    throw_if_exception(ctx, v)
}

fn new_string_utf16<'js>(ctx: &Ctx<'js>, units: &[u16]) -> Result<Value<'js>> {
    let v =
        unsafe { qjs::JS_NewStringUTF16(ctx.as_raw().as_ptr(), units.as_ptr(), units.len() as _) };
    throw_if_exception(ctx, v)
}

fn canonical(enc: &str) -> Option<&'static str> {
    Some(match enc {
        "utf8" | "utf-8" => "utf8",
        "hex" => "hex",
        "base64" => "base64",
        "base64url" => "base64url",
        "latin1" | "binary" => "latin1",
        "ascii" => "ascii",
        "utf16le" | "ucs2" | "ucs-2" | "utf-16le" => "utf16le",
        _ => return None,
    })
}

/// Encode a JS string into bytes in `enc`.
fn encode<'js>(ctx: &Ctx<'js>, v: &Value<'js>, enc: &str) -> Result<Vec<u8>> {
    match canonical(enc) {
        Some("utf8") => with_utf8(ctx, v, |b| b.to_vec()),
        Some("hex") => with_utf8(ctx, v, hex_decode),
        Some("base64") | Some("base64url") => with_utf8(ctx, v, base64_decode),
        Some("latin1") | Some("ascii") => {
            with_utf16(ctx, v, |u| u.iter().map(|&c| c as u8).collect())
        }
        Some("utf16le") => with_utf16(ctx, v, |u| u.iter().flat_map(|c| c.to_le_bytes()).collect()),
        _ => Err(Exception::throw_type(
            ctx,
            &format!("Unknown encoding: {enc}"),
        )),
    }
}

/// Length of the longest prefix of `b` (at most `max` bytes) that ends on a UTF-8
/// character boundary.
fn utf8_cut(b: &[u8], max: usize) -> usize {
    if b.len() <= max {
        return b.len();
    }
    let mut cut = max;
    while cut > 0 && (b[cut] & 0xc0) == 0x80 {
        cut -= 1;
    }
    cut
}

/// Write string `v` in `enc` into `dst[off .. off+max]` (a Uint8Array), whole
/// characters only; returns bytes written. `v` must already be a string so no JS runs
/// while the destination bytes are borrowed.
fn write_into<'js>(
    ctx: &Ctx<'js>,
    dst: &Value<'js>,
    v: &Value<'js>,
    enc: &str,
    off: usize,
    max: usize,
) -> Result<usize> {
    let region = |b: &mut [u8]| -> (usize, usize) {
        let off = off.min(b.len());
        (off, max.min(b.len() - off))
    };
    match canonical(enc) {
        Some("utf8") => with_utf8(ctx, v, |src| {
            with_bytes_mut(ctx, dst, |b| {
                let (off, room) = region(b);
                let n = utf8_cut(src, room);
                b[off..off + n].copy_from_slice(&src[..n]);
                n
            })
        })?,
        Some("latin1") | Some("ascii") => with_utf16(ctx, v, |u| {
            with_bytes_mut(ctx, dst, |b| {
                let (off, room) = region(b);
                let n = u.len().min(room);
                for (d, &c) in b[off..off + n].iter_mut().zip(u) {
                    *d = c as u8;
                }
                n
            })
        })?,
        Some("utf16le") => with_utf16(ctx, v, |u| {
            with_bytes_mut(ctx, dst, |b| {
                let (off, room) = region(b);
                let n = u.len().min(room / 2);
                for (i, &c) in u[..n].iter().enumerate() {
                    let [lo, hi] = c.to_le_bytes();
                    b[off + 2 * i] = lo;
                    b[off + 2 * i + 1] = hi;
                }
                n * 2
            })
        })?,
        Some(_) => {
            let bytes = encode(ctx, v, enc)?;
            with_bytes_mut(ctx, dst, |b| {
                let (off, room) = region(b);
                let n = bytes.len().min(room);
                b[off..off + n].copy_from_slice(&bytes[..n]);
                n
            })
        }
        None => Err(Exception::throw_type(
            ctx,
            &format!("Unknown encoding: {enc}"),
        )),
    }
}

/// Decode bytes in `enc` into a JS string.
fn decode<'js>(ctx: &Ctx<'js>, b: &[u8], enc: &str) -> Result<Value<'js>> {
    match canonical(enc) {
        Some("utf8") => match std::str::from_utf8(b) {
            Ok(_) => new_string_utf8(ctx, b),
            Err(_) => new_string_utf8(ctx, String::from_utf8_lossy(b).as_bytes()),
        },
        Some("hex") => new_string_utf8(ctx, hex::encode(b).as_bytes()),
        Some("base64") => new_string_utf8(ctx, base64_encode(b, false).as_bytes()),
        Some("base64url") => new_string_utf8(ctx, base64_encode(b, true).as_bytes()),
        Some("latin1") => {
            if b.is_ascii() {
                new_string_utf8(ctx, b)
            } else {
                let s: String = b.iter().map(|&c| c as char).collect();
                new_string_utf8(ctx, s.as_bytes())
            }
        }
        Some("ascii") => {
            let s: Vec<u8> = b.iter().map(|&c| c & 0x7f).collect();
            new_string_utf8(ctx, &s)
        }
        Some("utf16le") => {
            let units: Vec<u16> = b
                .chunks_exact(2)
                .map(|p| u16::from_le_bytes([p[0], p[1]]))
                .collect();
            new_string_utf16(ctx, &units)
        }
        _ => Err(Exception::throw_type(
            ctx,
            &format!("Unknown encoding: {enc}"),
        )),
    }
}

/// Mutable bytes of a Uint8Array.
fn with_bytes_mut<'js, R>(
    ctx: &Ctx<'js>,
    v: &Value<'js>,
    f: impl FnOnce(&mut [u8]) -> R,
) -> Result<R> {
    let ta = TypedArray::<u8>::from_value(v.clone())
        .map_err(|_| Exception::throw_type(ctx, "expected a Uint8Array"))?;
    match ta.as_raw() {
        // Safety: no JS runs while the slice is alive.
        Some(p) => Ok(f(unsafe { &mut *p.as_ptr() })),
        None => Ok(f(&mut [])),
    }
}

fn find_forward(hay: &[u8], needle: &[u8], start: usize) -> Option<usize> {
    if needle.is_empty() {
        return Some(start.min(hay.len()));
    }
    if start >= hay.len() || hay.len() - start < needle.len() {
        return None;
    }
    let first = needle[0];
    let last_start = hay.len() - needle.len();
    let mut i = start;
    while i <= last_start {
        match hay[i..=last_start].iter().position(|&c| c == first) {
            None => return None,
            Some(p) => {
                i += p;
                if &hay[i..i + needle.len()] == needle {
                    return Some(i);
                }
                i += 1;
            }
        }
    }
    None
}

/// Last match starting at or before `start`.
fn find_backward(hay: &[u8], needle: &[u8], start: usize) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let mut i = start.min(hay.len() - needle.len()) + 1;
    let first = needle[0];
    while i > 0 {
        match hay[..i].iter().rposition(|&c| c == first) {
            None => return None,
            Some(p) => {
                if &hay[p..p + needle.len()] == needle {
                    return Some(p);
                }
                i = p;
            }
        }
    }
    None
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    // encode(string, encoding) -> ArrayBuffer
    o.set(
        "encode",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, v: Value<'js>, enc: String| -> Result<Value<'js>> {
                let data = encode(&ctx, &v, &enc)?;
                bytes::array_buffer(&ctx, data)
            },
        )?,
    )?;
    // byteLengthUtf8(string): the length of Buffer.from(string) (utf8).
    o.set(
        "byteLengthUtf8",
        raw_function(ctx, byte_length_utf8, c"byteLengthUtf8", 1)?,
    )?;
    // decode(uint8array, encoding, start, end) -> string
    o.set(
        "decode",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             v: Value<'js>,
             enc: String,
             start: Option<f64>,
             end: Option<f64>|
             -> Result<Value<'js>> {
                // Copy out first: creating the string may run GC, never JS, but keep it simple.
                let data = bytes::with_bytes(&ctx, &v, |b| {
                    let end = end.map_or(b.len(), |e| (e.max(0.0) as usize).min(b.len()));
                    let start = start.map_or(0, |s| (s.max(0.0) as usize).min(end));
                    b[start..end].to_vec()
                })?;
                decode(&ctx, &data, &enc)
            },
        )?,
    )?;
    // write(uint8array, string, encoding, offset, max) -> bytes written (whole characters only)
    o.set(
        "write",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             dst: Value<'js>,
             s: rquickjs::String<'js>,
             enc: String,
             offset: f64,
             max: f64|
             -> Result<usize> {
                let s = s.into_value();
                write_into(
                    &ctx,
                    &dst,
                    &s,
                    &enc,
                    offset.max(0.0) as usize,
                    max.max(0.0) as usize,
                )
            },
        )?,
    )?;
    // encodeInto(string, uint8array) -> [read (UTF-16 units), written (bytes)]
    o.set(
        "encodeInto",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, s: Value<'js>, dst: Value<'js>| -> Result<Vec<usize>> {
                let units = with_utf16(&ctx, &s, |u| u.to_vec())?;
                with_bytes_mut(&ctx, &dst, |b| {
                    let mut read = 0;
                    let mut written = 0;
                    let mut buf = [0u8; 4];
                    for r in char::decode_utf16(units.iter().copied()) {
                        let (c, n_units) = match r {
                            Ok(c) => (c, c.len_utf16()),
                            Err(_) => ('\u{FFFD}', 1),
                        };
                        let enc = c.encode_utf8(&mut buf);
                        if written + enc.len() > b.len() {
                            break;
                        }
                        b[written..written + enc.len()].copy_from_slice(enc.as_bytes());
                        written += enc.len();
                        read += n_units;
                    }
                    vec![read, written]
                })
            },
        )?,
    )?;
    // Is this a complete, valid UTF-8 sequence? (TextDecoder fatal mode, buffer.isUtf8)
    o.set(
        "isUtf8",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, v: Value<'js>| -> Result<bool> {
                bytes::with_bytes(&ctx, &v, |b| std::str::from_utf8(b).is_ok())
            },
        )?,
    )?;
    o.set(
        "isAscii",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, v: Value<'js>| -> Result<bool> {
                bytes::with_bytes(&ctx, &v, |b| b.is_ascii())
            },
        )?,
    )?;
    // indexOf(haystack, needle, start, forward) -> index or -1 (start already normalised by JS)
    o.set(
        "indexOf",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             hay: Value<'js>,
             needle: Value<'js>,
             start: f64,
             forward: bool|
             -> Result<f64> {
                let needle = bytes::to_vec(&ctx, &needle)?;
                bytes::with_bytes(&ctx, &hay, |h| {
                    if start < 0.0 {
                        return -1.0;
                    }
                    let start = start as usize;
                    let r = if forward {
                        find_forward(h, &needle, start)
                    } else {
                        find_backward(h, &needle, start)
                    };
                    r.map_or(-1.0, |i| i as f64)
                })
            },
        )?,
    )?;
    // compare(a, aStart, aEnd, b, bStart, bEnd) -> -1 | 0 | 1
    o.set(
        "compare",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             a: Value<'js>,
             a0: f64,
             a1: f64,
             b: Value<'js>,
             b0: f64,
             b1: f64|
             -> Result<i32> {
                let bv = bytes::to_vec(&ctx, &b)?;
                bytes::with_bytes(&ctx, &a, |av| {
                    let a1 = (a1.max(0.0) as usize).min(av.len());
                    let a0 = (a0.max(0.0) as usize).min(a1);
                    let b1 = (b1.max(0.0) as usize).min(bv.len());
                    let b0 = (b0.max(0.0) as usize).min(b1);
                    match av[a0..a1].cmp(&bv[b0..b1]) {
                        std::cmp::Ordering::Less => -1,
                        std::cmp::Ordering::Equal => 0,
                        std::cmp::Ordering::Greater => 1,
                    }
                })
            },
        )?,
    )?;
    // swap(uint8array, size): reverse each `size`-byte group in place (length checked by JS).
    o.set(
        "swap",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, v: Value<'js>, size: usize| -> Result<()> {
                with_bytes_mut(&ctx, &v, |b| {
                    if size >= 2 {
                        for chunk in b.chunks_exact_mut(size) {
                            chunk.reverse();
                        }
                    }
                })
            },
        )?,
    )?;
    Ok(())
}
