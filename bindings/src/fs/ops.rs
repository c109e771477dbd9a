//! The path and fd operations: open/read/write/close, stat, readdir, mkdir, rm, copy...
//! Each is registered as `binding.name(args..., req?)` (see `dispatch` in mod.rs).
use super::{
    bytes_os, cvt, cvt_size, dispatch, dispatch_with, num, path_arg, FsError, FsPath, FsResult, Out,
};
use crate::bytes;
use rquickjs::function::Opt;
use rquickjs::{Array, ArrayBuffer, Ctx, Function, Object, Persistent, Result, TypedArray, Value};
use std::fs::File;
use std::io::{self, Read, Write};
use std::mem::ManuallyDrop;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::io::FromRawFd;
use std::path::{Path, PathBuf};

type Req<'js> = Opt<Value<'js>>;

fn req<'js>(ctx: &Ctx<'js>, r: Req<'js>) -> Value<'js> {
    r.0.unwrap_or_else(|| Value::new_undefined(ctx.clone()))
}

fn is_async(r: &Req<'_>) -> bool {
    r.0.as_ref().is_some_and(|v| v.is_object())
}

// --- stat ----------------------------------------------------------------------

/// dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
/// atime s/ns, mtime s/ns, ctime s/ns, birthtime s/ns.
pub(crate) struct StatBuf([i64; 18]);

impl StatBuf {
    pub fn into_js<'js>(self, ctx: &Ctx<'js>, bigint: bool) -> Result<Value<'js>> {
        if bigint {
            Ok(ArrayBuffer::new(ctx.clone(), self.0.to_vec())?.into_value())
        } else {
            let v: Vec<f64> = self.0.iter().map(|&x| x as f64).collect();
            Ok(ArrayBuffer::new(ctx.clone(), v)?.into_value())
        }
    }
}

fn makedev(major: u32, minor: u32) -> i64 {
    let (ma, mi) = (major as u64, minor as u64);
    (((ma & 0xffff_f000) << 32) | ((ma & 0xfff) << 8) | ((mi & 0xffff_ff00) << 12) | (mi & 0xff))
        as i64
}

fn from_stat(st: &libc::stat) -> StatBuf {
    StatBuf([
        st.st_dev as i64,
        st.st_mode as i64,
        st.st_nlink as i64,
        st.st_uid as i64,
        st.st_gid as i64,
        st.st_rdev as i64,
        st.st_blksize as i64,
        st.st_ino as i64,
        st.st_size as i64,
        st.st_blocks as i64,
        st.st_atime as i64,
        st.st_atime_nsec as i64,
        st.st_mtime as i64,
        st.st_mtime_nsec as i64,
        st.st_ctime as i64,
        st.st_ctime_nsec as i64,
        st.st_ctime as i64,
        st.st_ctime_nsec as i64,
    ])
}

/// statx (for birthtime), falling back to fstatat where the kernel lacks it.
fn stat_at(fd: libc::c_int, path: &std::ffi::CStr, flags: libc::c_int) -> io::Result<StatBuf> {
    // Safety: zeroed plain-data structs filled by the kernel.
    unsafe {
        let mut sx: libc::statx = std::mem::zeroed();
        let r = libc::statx(
            fd,
            path.as_ptr(),
            flags | libc::AT_STATX_SYNC_AS_STAT,
            libc::STATX_BASIC_STATS | libc::STATX_BTIME,
            &mut sx,
        );
        if r == 0 {
            let (bs, bn) = if sx.stx_mask & libc::STATX_BTIME != 0 {
                (sx.stx_btime.tv_sec, sx.stx_btime.tv_nsec as i64)
            } else {
                (sx.stx_ctime.tv_sec, sx.stx_ctime.tv_nsec as i64)
            };
            return Ok(StatBuf([
                makedev(sx.stx_dev_major, sx.stx_dev_minor),
                sx.stx_mode as i64,
                sx.stx_nlink as i64,
                sx.stx_uid as i64,
                sx.stx_gid as i64,
                makedev(sx.stx_rdev_major, sx.stx_rdev_minor),
                sx.stx_blksize as i64,
                sx.stx_ino as i64,
                sx.stx_size as i64,
                sx.stx_blocks as i64,
                sx.stx_atime.tv_sec,
                sx.stx_atime.tv_nsec as i64,
                sx.stx_mtime.tv_sec,
                sx.stx_mtime.tv_nsec as i64,
                sx.stx_ctime.tv_sec,
                sx.stx_ctime.tv_nsec as i64,
                bs,
                bn,
            ]));
        }
        let e = io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::ENOSYS) {
            return Err(e);
        }
        let mut st: libc::stat = std::mem::zeroed();
        cvt(libc::fstatat(fd, path.as_ptr(), &mut st, flags))?;
        Ok(from_stat(&st))
    }
}

pub(crate) fn stat_path(p: &FsPath, follow: bool) -> io::Result<StatBuf> {
    let c = p.cstr()?;
    stat_at(
        libc::AT_FDCWD,
        &c,
        if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW },
    )
}

fn stat_fd(fd: i32) -> io::Result<StatBuf> {
    stat_at(fd, c"", libc::AT_EMPTY_PATH)
}

fn is_missing(e: &io::Error) -> bool {
    e.raw_os_error() == Some(libc::ENOENT)
}

// --- small helpers -------------------------------------------------------------

fn timespec(t: f64) -> libc::timespec {
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

fn id_arg(v: f64) -> u32 {
    if v < 0.0 {
        u32::MAX
    } else {
        v as u32
    }
}

fn open_raw(p: &FsPath, flags: i32, mode: u32) -> io::Result<i32> {
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

fn close_fd(fd: i32) {
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

fn name_out(b: Vec<u8>, buffer: bool) -> Out {
    if buffer {
        Out::Bytes(b)
    } else {
        Out::Str(String::from_utf8_lossy(&b).into_owned())
    }
}

// --- mkdir / rm / copy -----------------------------------------------------------

fn mkdir_one(p: &Path, mode: u32) -> io::Result<()> {
    let c = std::ffi::CString::new(p.as_os_str().as_bytes())
        .map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))?;
    // Safety: valid C string.
    cvt(unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) }).map(|_| ())
}

/// mkdir -p; the first directory created, if any.
fn mkdir_p(p: &Path, mode: u32, depth: u32) -> io::Result<Option<PathBuf>> {
    match mkdir_one(p, mode) {
        Ok(()) => Ok(Some(p.to_path_buf())),
        Err(e) => match e.raw_os_error() {
            Some(libc::EEXIST) => {
                if std::fs::metadata(p).map(|m| m.is_dir()).unwrap_or(false) {
                    Ok(None)
                } else {
                    Err(e)
                }
            }
            Some(libc::ENOENT) if depth < 4096 => {
                let parent = match p.parent() {
                    Some(x) if !x.as_os_str().is_empty() => x,
                    _ => return Err(e),
                };
                let first = mkdir_p(parent, mode, depth + 1)?;
                match mkdir_one(p, mode) {
                    Ok(()) => Ok(first.or_else(|| Some(p.to_path_buf()))),
                    Err(e2) if e2.raw_os_error() == Some(libc::EEXIST) && p.is_dir() => Ok(first),
                    Err(e2) => Err(e2),
                }
            }
            _ => Err(e),
        },
    }
}

/// rm -r without following symlinks; errors name the entry that failed.
fn remove_tree(p: &Path) -> FsResult<()> {
    let fp = |p: &Path| FsPath {
        buf: p.to_path_buf(),
        disp: p.to_string_lossy().into_owned(),
    };
    let meta = std::fs::symlink_metadata(p).map_err(|e| FsError::path(e, "lstat", &fp(p)))?;
    if meta.is_dir() {
        let rd = std::fs::read_dir(p).map_err(|e| FsError::path(e, "scandir", &fp(p)))?;
        for entry in rd {
            let entry = entry.map_err(|e| FsError::path(e, "scandir", &fp(p)))?;
            remove_tree(&entry.path())?;
        }
        std::fs::remove_dir(p).map_err(|e| FsError::path(e, "rmdir", &fp(p)))
    } else {
        std::fs::remove_file(p).map_err(|e| FsError::path(e, "unlink", &fp(p)))
    }
}

fn copy_file(src: &FsPath, dst: &FsPath, mode: i32) -> io::Result<()> {
    let sfd = open_raw(src, libc::O_RDONLY, 0)?;
    // Safety: we own sfd from here on.
    let mut sf = unsafe { File::from_raw_fd(sfd) };
    let st = stat_fd(sfd)?;
    let smode = (st.0[1] as u32) & 0o7777;
    if (st.0[1] as u32) & libc::S_IFMT == libc::S_IFDIR {
        return Err(io::Error::from_raw_os_error(libc::EISDIR));
    }
    let mut flags = libc::O_WRONLY | libc::O_CREAT;
    if mode & 1 != 0 {
        flags |= libc::O_EXCL;
    }
    let dfd = open_raw(dst, flags, smode)?;
    // Safety: we own dfd from here on.
    let mut df = unsafe { File::from_raw_fd(dfd) };
    let dst_st = stat_fd(dfd)?;
    if dst_st.0[0] == st.0[0] && dst_st.0[7] == st.0[7] {
        return Ok(()); // same file
    }
    df.set_len(0)?;
    // Safety: valid fd.
    unsafe { libc::fchmod(dfd, smode as libc::mode_t) };
    const FICLONE: libc::c_ulong = 0x4004_9409;
    if mode & (2 | 4) != 0 {
        // Safety: ioctl on two valid fds.
        let r = unsafe { libc::ioctl(dfd, FICLONE, sfd) };
        if r == 0 {
            return Ok(());
        }
        if mode & 4 != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    io::copy(&mut sf, &mut df)?;
    df.flush()
}

fn realpath_native(p: &FsPath) -> io::Result<Vec<u8>> {
    std::fs::canonicalize(&p.buf).map(|b| b.into_os_string().into_encoded_bytes())
}

/// fs.realpath (not .native): Node walks the path with lstat, so its errors name the
/// first missing component with syscall 'lstat'.
fn realpath_walk(p: &FsPath) -> FsResult<Vec<u8>> {
    match realpath_native(p) {
        Ok(v) => Ok(v),
        Err(e) => {
            if e.raw_os_error() == Some(libc::ENOENT) || e.raw_os_error() == Some(libc::ENOTDIR) {
                let abs = if p.buf.is_absolute() {
                    p.buf.clone()
                } else {
                    std::env::current_dir()
                        .map(|c| c.join(&p.buf))
                        .unwrap_or_else(|_| p.buf.clone())
                };
                let mut cur = PathBuf::new();
                for comp in abs.components() {
                    cur.push(comp);
                    if let Err(e2) = std::fs::symlink_metadata(&cur) {
                        let fp = FsPath {
                            disp: cur.to_string_lossy().into_owned(),
                            buf: cur,
                        };
                        return Err(FsError::path(e2, "lstat", &fp));
                    }
                }
            }
            Err(FsError::path(e, "realpath", p))
        }
    }
}

fn readdir(p: &FsPath, with_types: bool, buffer: bool) -> FsResult<Out> {
    let rd = std::fs::read_dir(&p.buf).map_err(|e| FsError::path(e, "scandir", p))?;
    let mut entries: Vec<(Vec<u8>, u8)> = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| FsError::path(e, "scandir", p))?;
        let name = entry.file_name().into_encoded_bytes();
        let t = if with_types {
            entry.file_type().map(dirent_type).unwrap_or(0)
        } else {
            0
        };
        entries.push((name, t));
    }
    // libuv's scandir sorts entries by name.
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let types = with_types.then(|| entries.iter().map(|e| e.1).collect());
    Ok(Out::Names {
        names: entries.into_iter().map(|e| e.0).collect(),
        types,
        buffer,
    })
}

/// UV_DIRENT_* for a file type.
pub(crate) fn dirent_type(t: std::fs::FileType) -> u8 {
    use std::os::unix::fs::FileTypeExt;
    if t.is_file() {
        1
    } else if t.is_dir() {
        2
    } else if t.is_symlink() {
        3
    } else if t.is_fifo() {
        4
    } else if t.is_socket() {
        5
    } else if t.is_char_device() {
        6
    } else if t.is_block_device() {
        7
    } else {
        0
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

    f!("access", |ctx: Ctx<'js>,
                  p: Value<'js>,
                  mode: i32,
                  r: Req<'js>|
     -> Result<Value<'js>> {
        let p = path_arg(&ctx, &p)?;
        dispatch(&ctx, req(&ctx, r), move || {
            let c = p.cstr().map_err(|e| FsError::path(e, "access", &p))?;
            // Safety: valid C string.
            cvt(unsafe { libc::access(c.as_ptr(), mode) })
                .map_err(|e| FsError::path(e, "access", &p))?;
            Ok(Out::Undef)
        })
    });

    f!("existsSync", |ctx: Ctx<'js>,
                      p: Value<'js>|
     -> Result<bool> {
        let p = path_arg(&ctx, &p)?;
        let Ok(c) = p.cstr() else { return Ok(false) };
        // Safety: valid C string.
        Ok(unsafe { libc::access(c.as_ptr(), libc::F_OK) } == 0)
    });

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
                let mut v = vec![0u8; length];
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
            let mut v = vec![0u8; length];
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
                let mut v = vec![0u8; total];
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
            let n = bytes::with_bytes(&ctx, &data, |b| write_at(fd, b, pos))?
                .map_err(|e| super::throw_fs(&ctx, FsError::new(e, "write")))?;
            return Ok(Value::new_number(ctx.clone(), n as f64));
        }
        let data = bytes::to_vec(&ctx, &data)?;
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
            bytes::with_bytes(&ctx, &v?, |b| data.extend_from_slice(b))?;
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
            return match bytes::with_bytes(&ctx, &data, run)? {
                Ok(_) => Ok(Value::new_undefined(ctx.clone())),
                Err(e) => Err(super::throw_fs(&ctx, e)),
            };
        }
        let data = bytes::to_vec(&ctx, &data)?;
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

    f!("fstat", |ctx: Ctx<'js>,
                 fd: i32,
                 bigint: bool,
                 r: Req<'js>|
     -> Result<Value<'js>> {
        dispatch(&ctx, req(&ctx, r), move || {
            let st = stat_fd(fd).map_err(|e| FsError::new(e, "fstat"))?;
            Ok(Out::Stat(st, bigint))
        })
    });

    for (name, follow) in [("stat", true), ("lstat", false)] {
        let syscall: &'static str = name;
        o.set(
            name,
            Function::new(
                ctx.clone(),
                move |ctx: Ctx<'js>,
                      p: Value<'js>,
                      bigint: bool,
                      throw_missing: bool,
                      r: Req<'js>|
                      -> Result<Value<'js>> {
                    let p = path_arg(&ctx, &p)?;
                    dispatch(&ctx, req(&ctx, r), move || match stat_path(&p, follow) {
                        Ok(st) => Ok(Out::Stat(st, bigint)),
                        Err(e) if !throw_missing && is_missing(&e) => Ok(Out::Undef),
                        Err(e) => Err(FsError::path(e, syscall, &p)),
                    })
                },
            )?,
        )?;
    }

    f!("statfs", |ctx: Ctx<'js>,
                  p: Value<'js>,
                  bigint: bool,
                  r: Req<'js>|
     -> Result<Value<'js>> {
        let p = path_arg(&ctx, &p)?;
        dispatch(&ctx, req(&ctx, r), move || {
            let c = p.cstr().map_err(|e| FsError::path(e, "statfs", &p))?;
            // Safety: zeroed struct filled by the kernel.
            let mut s: libc::statfs = unsafe { std::mem::zeroed() };
            cvt(unsafe { libc::statfs(c.as_ptr(), &mut s) })
                .map_err(|e| FsError::path(e, "statfs", &p))?;
            let mut buf = StatBuf([0; 18]);
            let vals = [
                s.f_type as i64,
                s.f_bsize as i64,
                s.f_blocks as i64,
                s.f_bfree as i64,
                s.f_bavail as i64,
                s.f_files as i64,
                s.f_ffree as i64,
            ];
            buf.0[..7].copy_from_slice(&vals);
            Ok(Out::Stat(buf, bigint))
        })
    });

    macro_rules! path_op {
        ($name:literal, $syscall:literal, |$p:ident, $c:ident $(, $a:ident : $t:ty)*| $body:expr) => {
            f!($name, |ctx: Ctx<'js>, $p: Value<'js>, $($a: $t,)* r: Req<'js>| -> Result<Value<'js>> {
                let $p = path_arg(&ctx, &$p)?;
                dispatch(&ctx, req(&ctx, r), move || {
                    let $c = $p.cstr().map_err(|e| FsError::path(e, $syscall, &$p))?;
                    // Safety: plain syscalls on a valid C string.
                    cvt(unsafe { $body }).map_err(|e| FsError::path(e, $syscall, &$p))?;
                    Ok(Out::Undef)
                })
            });
        };
    }
    path_op!("chmod", "chmod", |p, c, mode: f64| libc::chmod(
        c.as_ptr(),
        mode as libc::mode_t
    ));
    path_op!("chown", "chown", |p, c, uid: f64, gid: f64| libc::chown(
        c.as_ptr(),
        id_arg(uid),
        id_arg(gid)
    ));
    path_op!("lchown", "lchown", |p, c, uid: f64, gid: f64| libc::lchown(
        c.as_ptr(),
        id_arg(uid),
        id_arg(gid)
    ));
    path_op!("utimes", "utime", |p, c, a: f64, m: f64| {
        let ts = [timespec(a), timespec(m)];
        libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ts.as_ptr(), 0)
    });
    path_op!("lutimes", "lutime", |p, c, a: f64, m: f64| {
        let ts = [timespec(a), timespec(m)];
        libc::utimensat(
            libc::AT_FDCWD,
            c.as_ptr(),
            ts.as_ptr(),
            libc::AT_SYMLINK_NOFOLLOW,
        )
    });
    path_op!("rmdir", "rmdir", |p, c| libc::rmdir(c.as_ptr()));
    path_op!("unlink", "unlink", |p, c| libc::unlink(c.as_ptr()));

    f!("truncate", |ctx: Ctx<'js>,
                    p: Value<'js>,
                    len: f64,
                    r: Req<'js>|
     -> Result<Value<'js>> {
        let p = path_arg(&ctx, &p)?;
        dispatch(&ctx, req(&ctx, r), move || {
            let fd = open_raw(&p, libc::O_WRONLY, 0).map_err(|e| FsError::path(e, "open", &p))?;
            // Safety: fd opened above.
            let res = cvt(unsafe { libc::ftruncate(fd, len.max(0.0) as libc::off_t) });
            close_fd(fd);
            res.map_err(|e| FsError::new(e, "ftruncate"))?;
            Ok(Out::Undef)
        })
    });

    f!("readdir", |ctx: Ctx<'js>,
                   p: Value<'js>,
                   buffer: bool,
                   types: bool,
                   r: Req<'js>|
     -> Result<Value<'js>> {
        let p = path_arg(&ctx, &p)?;
        dispatch(&ctx, req(&ctx, r), move || readdir(&p, types, buffer))
    });

    f!("mkdir", |ctx: Ctx<'js>,
                 p: Value<'js>,
                 mode: f64,
                 recursive: bool,
                 r: Req<'js>|
     -> Result<Value<'js>> {
        let p = path_arg(&ctx, &p)?;
        dispatch(&ctx, req(&ctx, r), move || {
            if recursive {
                match mkdir_p(&p.buf, mode as u32, 0).map_err(|e| FsError::path(e, "mkdir", &p))? {
                    Some(first) => Ok(Out::Str(first.to_string_lossy().into_owned())),
                    None => Ok(Out::Undef),
                }
            } else {
                mkdir_one(&p.buf, mode as u32).map_err(|e| FsError::path(e, "mkdir", &p))?;
                Ok(Out::Undef)
            }
        })
    });

    f!("mkdtemp", |ctx: Ctx<'js>,
                   prefix: Value<'js>,
                   buffer: bool,
                   r: Req<'js>|
     -> Result<Value<'js>> {
        let mut t = bytes::to_vec(&ctx, &prefix)?;
        t.extend_from_slice(b"XXXXXX");
        let p = FsPath::from_bytes(t);
        dispatch(&ctx, req(&ctx, r), move || {
            let c = p.cstr().map_err(|e| FsError::path(e, "mkdtemp", &p))?;
            let mut raw = c.into_bytes_with_nul();
            // Safety: a writable NUL-terminated template.
            let r = unsafe { libc::mkdtemp(raw.as_mut_ptr().cast()) };
            if r.is_null() {
                return Err(FsError::path(io::Error::last_os_error(), "mkdtemp", &p));
            }
            raw.pop();
            Ok(name_out(raw, buffer))
        })
    });

    // rm(path, recursive, force, req): EISDIR with syscall 'rm' becomes ERR_FS_EISDIR in JS.
    f!("rm", |ctx: Ctx<'js>,
              p: Value<'js>,
              recursive: bool,
              force: bool,
              r: Req<'js>|
     -> Result<Value<'js>> {
        let p = path_arg(&ctx, &p)?;
        dispatch(&ctx, req(&ctx, r), move || {
            let meta = match std::fs::symlink_metadata(&p.buf) {
                Ok(m) => m,
                Err(e) if force && e.raw_os_error() == Some(libc::ENOENT) => return Ok(Out::Undef),
                Err(e) => return Err(FsError::path(e, "lstat", &p)),
            };
            if meta.is_dir() {
                if !recursive {
                    return Err(FsError::path(
                        io::Error::from_raw_os_error(libc::EISDIR),
                        "rm",
                        &p,
                    ));
                }
                remove_tree(&p.buf)?;
            } else {
                std::fs::remove_file(&p.buf).map_err(|e| FsError::path(e, "unlink", &p))?;
            }
            Ok(Out::Undef)
        })
    });

    f!("rename", |ctx: Ctx<'js>,
                  a: Value<'js>,
                  b: Value<'js>,
                  r: Req<'js>|
     -> Result<Value<'js>> {
        let (a, b) = (path_arg(&ctx, &a)?, path_arg(&ctx, &b)?);
        dispatch(&ctx, req(&ctx, r), move || {
            std::fs::rename(&a.buf, &b.buf).map_err(|e| FsError::path2(e, "rename", &a, &b))?;
            Ok(Out::Undef)
        })
    });

    f!("link", |ctx: Ctx<'js>,
                a: Value<'js>,
                b: Value<'js>,
                r: Req<'js>|
     -> Result<Value<'js>> {
        let (a, b) = (path_arg(&ctx, &a)?, path_arg(&ctx, &b)?);
        dispatch(&ctx, req(&ctx, r), move || {
            std::fs::hard_link(&a.buf, &b.buf).map_err(|e| FsError::path2(e, "link", &a, &b))?;
            Ok(Out::Undef)
        })
    });

    f!("symlink", |ctx: Ctx<'js>,
                   target: Value<'js>,
                   p: Value<'js>,
                   r: Req<'js>|
     -> Result<Value<'js>> {
        let (a, b) = (path_arg(&ctx, &target)?, path_arg(&ctx, &p)?);
        dispatch(&ctx, req(&ctx, r), move || {
            std::os::unix::fs::symlink(&a.buf, &b.buf)
                .map_err(|e| FsError::path2(e, "symlink", &a, &b))?;
            Ok(Out::Undef)
        })
    });

    f!("copyFile", |ctx: Ctx<'js>,
                    a: Value<'js>,
                    b: Value<'js>,
                    mode: i32,
                    r: Req<'js>|
     -> Result<Value<'js>> {
        let (a, b) = (path_arg(&ctx, &a)?, path_arg(&ctx, &b)?);
        dispatch(&ctx, req(&ctx, r), move || {
            copy_file(&a, &b, mode).map_err(|e| FsError::path2(e, "copyfile", &a, &b))?;
            Ok(Out::Undef)
        })
    });

    f!("readlink", |ctx: Ctx<'js>,
                    p: Value<'js>,
                    buffer: bool,
                    r: Req<'js>|
     -> Result<Value<'js>> {
        let p = path_arg(&ctx, &p)?;
        dispatch(&ctx, req(&ctx, r), move || {
            let t = std::fs::read_link(&p.buf).map_err(|e| FsError::path(e, "readlink", &p))?;
            Ok(name_out(t.into_os_string().into_encoded_bytes(), buffer))
        })
    });

    // realpath(path[, buffer[, native[, req]]]): the module loader calls realpath(path).
    f!("realpath", |ctx: Ctx<'js>,
                    p: Value<'js>,
                    buffer: Opt<bool>,
                    native: Opt<bool>,
                    r: Req<'js>|
     -> Result<Value<'js>> {
        let p = path_arg(&ctx, &p)?;
        let buffer = buffer.0.unwrap_or(false);
        let native = native.0.unwrap_or(true);
        dispatch(&ctx, req(&ctx, r), move || {
            let v = if native {
                realpath_native(&p).map_err(|e| FsError::path(e, "realpath", &p))?
            } else {
                realpath_walk(&p)?
            };
            Ok(name_out(v, buffer))
        })
    });

    let _ = bytes_os;
    Ok(())
}
