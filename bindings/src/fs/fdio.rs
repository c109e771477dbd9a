//! fd I/O: open/close, read/readv/readChunk, write/writev, readFile/writeFile and the
//! small fd syscalls (fsync, ftruncate, fchmod...).
use super::{
    cvt, cvt_size, data_vec, dispatch, dispatch_with, num, path_arg, with_data, FsError, FsPath,
    FsResult, Out,
};
use super::{is_async, req, Req};
use rquickjs::{Array, Ctx, Function, Object, Persistent, Result, TypedArray, Value};
use std::fs::File;
use std::io::{self, Read};
use std::mem::ManuallyDrop;
use std::os::unix::io::FromRawFd;

// --- small helpers -------------------------------------------------------------

pub(crate) fn timespec(t: f64) -> libc::timespec {
    if !t.is_finite() {
        // Node maps non-finite times to "now".
        return libc::timespec {
            tv_sec: 0,
            tv_nsec: libc::UTIME_NOW,
        };
    }
    let sec = t.floor();
    let nsec = ((t - sec) * 1e9).round().clamp(0.0, 999_999_999.0);
    libc::timespec {
        tv_sec: sec as libc::time_t,
        tv_nsec: nsec as _,
    }
}

pub(crate) fn id_arg(v: f64) -> u32 {
    if v < 0.0 {
        u32::MAX
    } else {
        v as u32
    }
}

pub(crate) fn open_raw(p: &FsPath, flags: i32, mode: u32) -> io::Result<i32> {
    let c = p.cstr()?;
    // Safety: valid C string; the fd is owned by the caller.
    cvt(unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) })
}

fn write_all_at(fd: i32, mut data: &[u8], pos: i64) -> io::Result<usize> {
    let total = data.len();
    let mut off = pos;
    while !data.is_empty() {
        let n = write_at(fd, data, off)?;
        if n == 0 {
            return Err(io::Error::from_raw_os_error(libc::EIO));
        }
        data = &data[n..];
        if off >= 0 {
            off += n as i64;
        }
    }
    Ok(total)
}

fn write_at(fd: i32, data: &[u8], pos: i64) -> io::Result<usize> {
    loop {
        // Safety: the slice is valid for its length.
        let r = unsafe {
            if pos < 0 {
                libc::write(fd, data.as_ptr().cast(), data.len())
            } else {
                libc::pwrite(fd, data.as_ptr().cast(), data.len(), pos as libc::off_t)
            }
        };
        match cvt_size(r) {
            Err(e) if e.raw_os_error() == Some(libc::EINTR) => continue,
            other => return other,
        }
    }
}

fn read_at(fd: i32, buf: &mut [u8], pos: i64) -> io::Result<usize> {
    loop {
        // Safety: the slice is valid and writable for its length.
        let r = unsafe {
            if pos < 0 {
                libc::read(fd, buf.as_mut_ptr().cast(), buf.len())
            } else {
                libc::pread(fd, buf.as_mut_ptr().cast(), buf.len(), pos as libc::off_t)
            }
        };
        match cvt_size(r) {
            Err(e) if e.raw_os_error() == Some(libc::EINTR) => continue,
            other => return other,
        }
    }
}

/// Read everything from `fd` (at its current position).
fn read_fd_to_end(fd: i32) -> io::Result<Vec<u8>> {
    // Safety: ManuallyDrop keeps the caller's fd open.
    let mut f = ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
    let mut out = Vec::new();
    f.read_to_end(&mut out)?;
    Ok(out)
}

/// A zeroed buffer of `len` bytes (capped at Node's kIoMaxLength), or ENOMEM instead of aborting.
fn alloc_buf(len: usize) -> io::Result<Vec<u8>> {
    let len = len.min(0x7fff_ffff);
    let mut v = Vec::new();
    v.try_reserve_exact(len)
        .map_err(|_| io::Error::from_raw_os_error(libc::ENOMEM))?;
    v.resize(len, 0);
    Ok(v)
}

pub(crate) fn close_fd(fd: i32) {
    // Safety: the fd was opened by this op.
    unsafe { libc::close(fd) };
}

/// A path argument, or a numeric fd.
enum Target {
    Path(FsPath),
    Fd(i32),
}

fn target_arg<'js>(ctx: &Ctx<'js>, v: &Value<'js>) -> Result<Target> {
    if v.is_number() {
        Ok(Target::Fd(num(v, -1.0) as i32))
    } else {
        Ok(Target::Path(path_arg(ctx, v)?))
    }
}

fn utf8_or_bytes(data: Vec<u8>, utf8: bool) -> Out {
    if !utf8 {
        return Out::Bytes(data);
    }
    match String::from_utf8(data) {
        Ok(s) => Out::Str(s),
        Err(e) => Out::Str(String::from_utf8_lossy(e.as_bytes()).into_owned()),
    }
}

fn u8_array<'js>(v: &Value<'js>) -> Option<TypedArray<'js, u8>> {
    TypedArray::<u8>::from_value(v.clone()).ok()
}

/// Copy `data` into a Uint8Array at `offset` (on the JS thread, after an async read).
fn copy_into(ta: &TypedArray<'_, u8>, offset: usize, data: &[u8]) {
    if let Some(raw) = ta.as_raw() {
        let len = raw.len();
        let n = data.len().min(len.saturating_sub(offset));
        // Safety: bounds checked above; no JS runs during the copy.
        unsafe {
            std::ptr::copy_nonoverlapping(data.as_ptr(), (raw.as_ptr() as *mut u8).add(offset), n);
        }
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    macro_rules! f {
        ($name:literal, $f:expr) => {
            o.set($name, Function::new(ctx.clone(), $f)?)?;
        };
    }

    f!("open", |ctx: Ctx<'js>,
                p: Value<'js>,
                flags: i32,
                mode: f64,
                r: Req<'js>|
     -> Result<Value<'js>> {
        let p = path_arg(&ctx, &p)?;
        dispatch(&ctx, req(&ctx, r), move || {
            let fd = open_raw(&p, flags, mode as u32).map_err(|e| FsError::path(e, "open", &p))?;
            Ok(Out::Num(fd as f64))
        })
    });

    f!("close", |ctx: Ctx<'js>,
                 fd: i32,
                 r: Req<'js>|
     -> Result<Value<'js>> {
        dispatch(&ctx, req(&ctx, r), move || {
            // Safety: closing a caller-supplied fd number is what close(2) is for.
            cvt(unsafe { libc::close(fd) }).map_err(|e| FsError::new(e, "close"))?;
            Ok(Out::Undef)
        })
    });

    // read(fd, u8array, offset, length, position, req) -> bytesRead
    f!("read", |ctx: Ctx<'js>,
                fd: i32,
                buf: Value<'js>,
                offset: f64,
                length: f64,
                pos: f64,
                r: Req<'js>|
     -> Result<Value<'js>> {
        let Some(ta) = u8_array(&buf) else {
            return Err(rquickjs::Exception::throw_type(
                &ctx,
                "buffer must be a Uint8Array",
            ));
        };
        let offset = offset.max(0.0) as usize;
        let length = length.max(0.0) as usize;
        let pos = pos as i64;
        if !is_async(&r) {
            let Some(raw) = ta.as_raw() else {
                return Ok(Value::new_number(ctx.clone(), 0.0));
            };
            let avail = raw.len().saturating_sub(offset);
            let n = length.min(avail);
            // Safety: bounds checked; no JS runs while the slice is alive.
            let slice = unsafe {
                std::slice::from_raw_parts_mut(
                    (raw.as_ptr() as *mut u8).add(offset.min(raw.len())),
                    n,
                )
            };
            let got = read_at(fd, slice, pos)
                .map_err(|e| super::throw_fs(&ctx, FsError::new(e, "read")))?;
            return Ok(Value::new_number(ctx.clone(), got as f64));
        }
        let keep = Persistent::save(&ctx, ta);
        dispatch_with(
            &ctx,
            req(&ctx, r),
            move || {
                let mut v = alloc_buf(length).map_err(|e| FsError::new(e, "read"))?;
                let n = read_at(fd, &mut v, pos).map_err(|e| FsError::new(e, "read"))?;
                v.truncate(n);
                Ok(v)
            },
            move |ctx, data| {
                let ta = keep.restore(ctx)?;
                copy_into(&ta, offset, &data);
                Ok(Value::new_number(ctx.clone(), data.len() as f64))
            },
        )
    });

    // readChunk(fd, length, position, req) -> ArrayBuffer (fresh memory, no copy)
    f!("readChunk", |ctx: Ctx<'js>,
                     fd: i32,
                     length: f64,
                     pos: f64,
                     r: Req<'js>|
     -> Result<Value<'js>> {
        let length = length.max(0.0) as usize;
        let pos = pos as i64;
        dispatch(&ctx, req(&ctx, r), move || {
            let mut v = alloc_buf(length).map_err(|e| FsError::new(e, "read"))?;
            let n = read_at(fd, &mut v, pos).map_err(|e| FsError::new(e, "read"))?;
            v.truncate(n);
            Ok(Out::Bytes(v))
        })
    });

    // readv(fd, [u8array...], position, req) -> bytesRead
    f!("readv", |ctx: Ctx<'js>,
                 fd: i32,
                 bufs: Array<'js>,
                 pos: f64,
                 r: Req<'js>|
     -> Result<Value<'js>> {
        let mut arrays = Vec::new();
        for v in bufs.iter::<Value>() {
            if let Some(ta) = u8_array(&v?) {
                arrays.push(ta);
            }
        }
        let lens: Vec<usize> = arrays
            .iter()
            .map(|t| t.as_raw().map(|r| r.len()).unwrap_or(0))
            .collect();
        let total: usize = lens.iter().sum();
        let pos = pos as i64;
        let keep: Vec<_> = arrays
            .into_iter()
            .map(|t| Persistent::save(&ctx, t))
            .collect();
        dispatch_with(
            &ctx,
            req(&ctx, r),
            move || {
                let mut v = alloc_buf(total).map_err(|e| FsError::new(e, "read"))?;
                let mut got = 0;
                while got < total {
                    let n = read_at(
                        fd,
                        &mut v[got..],
                        if pos < 0 { -1 } else { pos + got as i64 },
                    )
                    .map_err(|e| FsError::new(e, "read"))?;
                    if n == 0 {
                        break;
                    }
                    got += n;
                }
                v.truncate(got);
                Ok(v)
            },
            move |ctx, data| {
                let mut off = 0;
                for (p, len) in keep.into_iter().zip(lens) {
                    if off >= data.len() {
                        break;
                    }
                    let ta = p.restore(ctx)?;
                    let end = (off + len).min(data.len());
                    copy_into(&ta, 0, &data[off..end]);
                    off = end;
                }
                Ok(Value::new_number(ctx.clone(), data.len() as f64))
            },
        )
    });

    // write(fd, data(u8array|string), position, req) -> bytesWritten
    f!("write", |ctx: Ctx<'js>,
                 fd: i32,
                 data: Value<'js>,
                 pos: f64,
                 r: Req<'js>|
     -> Result<Value<'js>> {
        let pos = pos as i64;
        if !is_async(&r) {
            let n = with_data(&ctx, &data, |b| write_at(fd, b, pos))?
                .map_err(|e| super::throw_fs(&ctx, FsError::new(e, "write")))?;
            return Ok(Value::new_number(ctx.clone(), n as f64));
        }
        let data = data_vec(&ctx, &data)?;
        dispatch(&ctx, req(&ctx, r), move || {
            let n = write_at(fd, &data, pos).map_err(|e| FsError::new(e, "write"))?;
            Ok(Out::Num(n as f64))
        })
    });

    // writev(fd, [u8array...], position, req) -> bytesWritten (all of it, like libuv)
    f!("writev", |ctx: Ctx<'js>,
                  fd: i32,
                  bufs: Array<'js>,
                  pos: f64,
                  r: Req<'js>|
     -> Result<Value<'js>> {
        let mut data = Vec::new();
        for v in bufs.iter::<Value>() {
            with_data(&ctx, &v?, |b| data.extend_from_slice(b))?;
        }
        let pos = pos as i64;
        dispatch(&ctx, req(&ctx, r), move || {
            let n = write_all_at(fd, &data, pos).map_err(|e| FsError::new(e, "write"))?;
            Ok(Out::Num(n as f64))
        })
    });

    // readFile(pathOrFd, flags, utf8, req) -> ArrayBuffer | string
    f!("readFile", |ctx: Ctx<'js>,
                    t: Value<'js>,
                    flags: i32,
                    utf8: bool,
                    r: Req<'js>|
     -> Result<Value<'js>> {
        let t = target_arg(&ctx, &t)?;
        dispatch(&ctx, req(&ctx, r), move || {
            let data = match t {
                Target::Fd(fd) => read_fd_to_end(fd).map_err(|e| FsError::new(e, "read"))?,
                Target::Path(p) => {
                    let fd =
                        open_raw(&p, flags, 0o666).map_err(|e| FsError::path(e, "open", &p))?;
                    let res = read_fd_to_end(fd);
                    close_fd(fd);
                    res.map_err(|e| FsError::new(e, "read"))?
                }
            };
            Ok(utf8_or_bytes(data, utf8))
        })
    });

    // writeFile(pathOrFd, data, flags, mode, req)
    f!("writeFile", |ctx: Ctx<'js>,
                     t: Value<'js>,
                     data: Value<'js>,
                     flags: i32,
                     mode: f64,
                     r: Req<'js>|
     -> Result<Value<'js>> {
        let t = target_arg(&ctx, &t)?;
        let run = move |b: &[u8]| -> FsResult<Out> {
            match &t {
                Target::Fd(fd) => {
                    write_all_at(*fd, b, -1).map_err(|e| FsError::new(e, "write"))?;
                }
                Target::Path(p) => {
                    let fd =
                        open_raw(p, flags, mode as u32).map_err(|e| FsError::path(e, "open", p))?;
                    let res = write_all_at(fd, b, -1);
                    close_fd(fd);
                    res.map_err(|e| FsError::new(e, "write"))?;
                }
            }
            Ok(Out::Undef)
        };
        if !is_async(&r) {
            return match with_data(&ctx, &data, run)? {
                Ok(_) => Ok(Value::new_undefined(ctx.clone())),
                Err(e) => Err(super::throw_fs(&ctx, e)),
            };
        }
        let data = data_vec(&ctx, &data)?;
        dispatch(&ctx, req(&ctx, r), move || run(&data))
    });

    macro_rules! fd_op {
        ($name:literal, $syscall:literal, |$fd:ident $(, $a:ident : $t:ty)*| $body:expr) => {
            f!($name, |ctx: Ctx<'js>, $fd: i32, $($a: $t,)* r: Req<'js>| -> Result<Value<'js>> {
                dispatch(&ctx, req(&ctx, r), move || {
                    // Safety: plain syscalls on a caller-supplied fd.
                    cvt(unsafe { $body }).map_err(|e| FsError::new(e, $syscall))?;
                    Ok(Out::Undef)
                })
            });
        };
    }
    fd_op!("fsync", "fsync", |fd| libc::fsync(fd));
    fd_op!("fdatasync", "fdatasync", |fd| libc::fdatasync(fd));
    fd_op!("ftruncate", "ftruncate", |fd, len: f64| libc::ftruncate(
        fd,
        len.max(0.0) as libc::off_t
    ));
    fd_op!("fchmod", "fchmod", |fd, mode: f64| libc::fchmod(
        fd,
        mode as libc::mode_t
    ));
    fd_op!("fchown", "fchown", |fd, uid: f64, gid: f64| libc::fchown(
        fd,
        id_arg(uid),
        id_arg(gid)
    ));
    fd_op!("futimes", "futime", |fd, a: f64, m: f64| {
        let ts = [timespec(a), timespec(m)];
        libc::futimens(fd, ts.as_ptr())
    });

    Ok(())
}
