//! fs natives (Node's src/node_file.cc). Every op takes its arguments and, last, an
//! optional request object: without one the op runs inline and throws a Node-shaped
//! error; with one it runs on the blocking pool and completes with
//! `req.oncomplete(err, value)` on the JS thread (js/README.md).
//!
//! The module loader also uses the cheap queries `internalModuleStat`, `readFileUtf8`
//! and `realpath(path)` — they stay sync and string-based.
mod dir;
mod fdio;
mod ops;
mod stat;
mod watch;

use crate::{event_loop, uv};
use rquickjs::function::Opt;
use rquickjs::{Array, ArrayBuffer, Ctx, Function, Object, Persistent, Result, TypedArray, Value};
use std::ffi::{CString, OsString};
use std::io;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::PathBuf;

/// An OS error plus the context Node puts in the message.
pub(crate) struct FsError {
    pub err: io::Error,
    pub syscall: &'static str,
    pub path: Option<String>,
    pub dest: Option<String>,
}

impl FsError {
    pub fn new(err: io::Error, syscall: &'static str) -> Self {
        FsError {
            err,
            syscall,
            path: None,
            dest: None,
        }
    }
    pub fn path(err: io::Error, syscall: &'static str, p: &FsPath) -> Self {
        FsError {
            err,
            syscall,
            path: Some(p.disp.clone()),
            dest: None,
        }
    }
    pub fn path2(err: io::Error, syscall: &'static str, p: &FsPath, d: &FsPath) -> Self {
        FsError {
            err,
            syscall,
            path: Some(p.disp.clone()),
            dest: Some(d.disp.clone()),
        }
    }
}

pub(crate) type FsResult<T> = std::result::Result<T, FsError>;

/// A path argument: the raw bytes for the OS and the text for error messages.
#[derive(Clone)]
pub(crate) struct FsPath {
    pub buf: PathBuf,
    pub disp: String,
}

impl FsPath {
    pub fn from_bytes(b: Vec<u8>) -> Self {
        let disp = String::from_utf8_lossy(&b).into_owned();
        FsPath {
            buf: PathBuf::from(OsString::from_vec(b)),
            disp,
        }
    }
    pub fn cstr(&self) -> io::Result<CString> {
        CString::new(self.buf.as_os_str().as_bytes())
            .map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))
    }
}

/// Strings and Uint8Arrays (Buffers) are paths; JS turns URLs into strings first.
pub(crate) fn path_arg<'js>(ctx: &Ctx<'js>, v: &Value<'js>) -> Result<FsPath> {
    if let Some(s) = v.as_string() {
        let s = s.to_string()?;
        return Ok(FsPath {
            buf: PathBuf::from(&s),
            disp: s,
        });
    }
    Ok(FsPath::from_bytes(crate::bytes::to_vec(ctx, v)?))
}

/// An op's result, built on the blocking pool and turned into JS on the JS thread.
pub(crate) enum Out {
    Undef,
    Num(f64),
    Str(String),
    /// Handed to JS as an ArrayBuffer without copying.
    Bytes(Vec<u8>),
    /// Stat fields as an ArrayBuffer of f64 (or i64 when `bigint`).
    Stat(stat::StatBuf, bool),
    /// Directory entries: names as strings (or ArrayBuffers) and optional UV_DIRENT types.
    Names {
        names: Vec<Vec<u8>>,
        types: Option<Vec<u8>>,
        buffer: bool,
    },
}

impl Out {
    pub fn into_js<'js>(self, ctx: &Ctx<'js>) -> Result<Value<'js>> {
        Ok(match self {
            Out::Undef => Value::new_undefined(ctx.clone()),
            Out::Num(n) => Value::new_number(ctx.clone(), n),
            Out::Str(s) => rquickjs::String::from_str(ctx.clone(), &s)?.into_value(),
            Out::Bytes(b) => ArrayBuffer::new(ctx.clone(), b)?.into_value(),
            Out::Stat(st, bigint) => st.into_js(ctx, bigint)?,
            Out::Names {
                names,
                types,
                buffer,
            } => {
                let arr = Array::new(ctx.clone())?;
                for (i, n) in names.into_iter().enumerate() {
                    if buffer {
                        arr.set(i, ArrayBuffer::new(ctx.clone(), n)?)?;
                    } else {
                        arr.set(i, String::from_utf8_lossy(&n).as_ref())?;
                    }
                }
                match types {
                    None => arr.into_value(),
                    Some(t) => {
                        let pair = Array::new(ctx.clone())?;
                        pair.set(0, arr)?;
                        pair.set(1, TypedArray::<u8>::new(ctx.clone(), t)?)?;
                        pair.into_value()
                    }
                }
            }
        })
    }
}

/// The optional trailing request argument of every op.
pub(crate) type Req<'js> = Opt<Value<'js>>;

pub(crate) fn req<'js>(ctx: &Ctx<'js>, r: Req<'js>) -> Value<'js> {
    r.0.unwrap_or_else(|| Value::new_undefined(ctx.clone()))
}

pub(crate) fn is_async(r: &Req<'_>) -> bool {
    r.0.as_ref().is_some_and(|v| v.is_object())
}

pub(crate) fn throw_fs<'js>(ctx: &Ctx<'js>, e: FsError) -> rquickjs::Error {
    uv::throw(ctx, &e.err, e.syscall, e.path.as_deref(), e.dest.as_deref())
}

fn is_req(req: &Value<'_>) -> bool {
    req.is_object()
}

/// Run `work` inline (no request: return or throw) or on the blocking pool (request:
/// `req.oncomplete(err)` / `req.oncomplete(null, value)`), converting with `finish`.
pub(crate) fn dispatch_with<'js, T: Send + 'static>(
    ctx: &Ctx<'js>,
    req: Value<'js>,
    work: impl FnOnce() -> FsResult<T> + Send + 'static,
    finish: impl for<'a> FnOnce(&Ctx<'a>, T) -> Result<Value<'a>> + 'static,
) -> Result<Value<'js>> {
    if !is_req(&req) {
        return match work() {
            Ok(v) => finish(ctx, v),
            Err(e) => Err(throw_fs(ctx, e)),
        };
    }
    let req = Persistent::save(ctx, req);
    event_loop::spawn_blocking_op(work, move |ctx, out| {
        let req = req.restore(ctx)?;
        let Some(obj) = req.as_object() else {
            return Ok(());
        };
        let cb: Function = obj.get("oncomplete")?;
        match out {
            Ok(v) => {
                let value = finish(ctx, v)?;
                // Node calls back with just (null) when an op has no result.
                if value.is_undefined() {
                    cb.call::<_, ()>((rquickjs::Null,))
                } else {
                    cb.call::<_, ()>((rquickjs::Null, value))
                }
            }
            Err(e) => {
                let err =
                    uv::exception(ctx, &e.err, e.syscall, e.path.as_deref(), e.dest.as_deref())?;
                cb.call::<_, ()>((err,))
            }
        }
    });
    Ok(Value::new_undefined(ctx.clone()))
}

pub(crate) fn dispatch<'js>(
    ctx: &Ctx<'js>,
    req: Value<'js>,
    work: impl FnOnce() -> FsResult<Out> + Send + 'static,
) -> Result<Value<'js>> {
    dispatch_with(ctx, req, work, |ctx, out| out.into_js(ctx))
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    // 0 = file, 1 = directory, negative = missing (Node's internalModuleStat).
    o.set(
        "internalModuleStat",
        Function::new(ctx.clone(), |path: String| -> i32 {
            match std::fs::metadata(&path) {
                Ok(m) if m.is_dir() => 1,
                Ok(_) => 0,
                Err(_) => -2,
            }
        })?,
    )?;
    o.set(
        "readFileUtf8",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, path: String| -> Result<String> {
                let data = std::fs::read(&path)
                    .map_err(|e| uv::throw(&ctx, &e, "open", Some(&path), None))?;
                Ok(match String::from_utf8(data) {
                    Ok(s) => s,
                    Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
                })
            },
        )?,
    )?;
    fdio::init(ctx, o)?;
    stat::init(ctx, o)?;
    ops::init(ctx, o)?;
    dir::init(ctx, o)?;
    watch::init(ctx, o)?;
    Ok(())
}

/// `Ok(())` for a libc return value that is not -1, else the errno as io::Error.
pub(crate) fn cvt(r: libc::c_int) -> io::Result<libc::c_int> {
    if r == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

pub(crate) fn cvt_size(r: libc::ssize_t) -> io::Result<usize> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r as usize)
    }
}

/// Arguments that JS may pass as number or undefined.
pub(crate) fn num(v: &Value<'_>, def: f64) -> f64 {
    if let Some(n) = v.as_number() {
        n
    } else if let Some(i) = v.as_int() {
        i as f64
    } else {
        def
    }
}

/// Run `f` over data to write: a string's UTF-8 (lone surrogates become U+FFFD, as in
/// Buffer.from), or the bytes of a Uint8Array/ArrayBuffer.
pub(crate) fn with_data<'js, R>(
    ctx: &Ctx<'js>,
    v: &Value<'js>,
    f: impl FnOnce(&[u8]) -> R,
) -> Result<R> {
    if !v.is_string() {
        return crate::bytes::with_bytes(ctx, v, f);
    }
    let mut len: rquickjs::qjs::size_t = 0;
    let raw = ctx.as_raw().as_ptr();
    // Safety: the string value is alive; the C string is freed below.
    let ptr = unsafe { rquickjs::qjs::JS_ToCStringLen2(raw, &mut len, v.as_raw(), false) };
    if ptr.is_null() {
        return Err(rquickjs::Error::Exception);
    }
    // Safety: QuickJS returned `len` bytes at `ptr`.
    let slice = unsafe { std::slice::from_raw_parts(ptr as *const u8, len as usize) };
    // WTF-8 lone surrogates are ED A0..BF xx (valid UTF-8 only has ED 80..9F after ED).
    let out = if slice.windows(2).any(|w| w[0] == 0xed && w[1] >= 0xa0) {
        let mut owned = slice.to_vec();
        let mut i = 0;
        while i + 2 < owned.len() {
            if owned[i] == 0xed && owned[i + 1] >= 0xa0 {
                owned[i..i + 3].copy_from_slice(&[0xef, 0xbf, 0xbd]);
                i += 3;
            } else {
                i += 1;
            }
        }
        f(&owned)
    } else {
        f(slice)
    };
    // Safety: ptr came from JS_ToCStringLen2 on this context.
    unsafe { rquickjs::qjs::JS_FreeCString(raw, ptr) };
    Ok(out)
}

pub(crate) fn data_vec<'js>(ctx: &Ctx<'js>, v: &Value<'js>) -> Result<Vec<u8>> {
    with_data(ctx, v, |b| b.to_vec())
}

pub(crate) fn bytes_os(b: &[u8]) -> &std::ffi::OsStr {
    std::ffi::OsStr::from_bytes(b)
}
