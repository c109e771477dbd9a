//! Path operations: access, chmod/chown/utimes, mkdir/mkdtemp/rm/rmdir/unlink, rename,
//! links, copyFile, readdir, realpath, truncate.
use super::fdio::{close_fd, id_arg, open_raw, timespec};
use super::stat::stat_fd;
use super::{cvt, dispatch, path_arg, FsError, FsPath, FsResult, Out};
use super::{req, Req};
use crate::bytes;
use rquickjs::function::Opt;
use rquickjs::{Ctx, Function, Object, Result, Value};
use std::fs::File;
use std::io::{self, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::io::FromRawFd;
use std::path::{Path, PathBuf};

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

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    macro_rules! f {
        ($name:literal, $f:expr) => {
            o.set($name, Function::new(ctx.clone(), $f)?)?;
        };
    }

    // name(path, ...args, req): `$work` runs through `dispatch` (inline, or on the
    // blocking pool with a req) once the path is converted on the JS thread.
    macro_rules! path_fn {
        ($name:literal, |$p:ident $(, $a:ident : $t:ty)*| $work:expr) => {
            f!($name, |ctx: Ctx<'js>, $p: Value<'js>, $($a: $t,)* r: Req<'js>| -> Result<Value<'js>> {
                let $p = path_arg(&ctx, &$p)?;
                dispatch(&ctx, req(&ctx, r), move || $work)
            });
        };
    }

    // Likewise with two paths (rename, links, copy): no result, errors name both paths.
    macro_rules! path2_op {
        ($name:literal, $syscall:literal, |$a:ident, $b:ident $(, $x:ident : $t:ty)*| $body:expr) => {
            f!($name, |ctx: Ctx<'js>, $a: Value<'js>, $b: Value<'js>, $($x: $t,)* r: Req<'js>| -> Result<Value<'js>> {
                let ($a, $b) = (path_arg(&ctx, &$a)?, path_arg(&ctx, &$b)?);
                dispatch(&ctx, req(&ctx, r), move || {
                    $body.map_err(|e| FsError::path2(e, $syscall, &$a, &$b))?;
                    Ok(Out::Undef)
                })
            });
        };
    }

    // A plain syscall on the path as a C string; no result.
    macro_rules! path_op {
        ($name:literal, $syscall:literal, |$p:ident, $c:ident $(, $a:ident : $t:ty)*| $body:expr) => {
            path_fn!($name, |$p $(, $a: $t)*| {
                let $c = $p.cstr().map_err(|e| FsError::path(e, $syscall, &$p))?;
                // Safety: plain syscalls on a valid C string.
                cvt(unsafe { $body }).map_err(|e| FsError::path(e, $syscall, &$p))?;
                Ok(Out::Undef)
            });
        };
    }

    path_op!("access", "access", |p, c, mode: i32| {
        libc::access(c.as_ptr(), mode)
    });

    f!("existsSync", |ctx: Ctx<'js>,
                      p: Value<'js>|
     -> Result<bool> {
        let p = path_arg(&ctx, &p)?;
        let Ok(c) = p.cstr() else { return Ok(false) };
        // Safety: valid C string.
        Ok(unsafe { libc::access(c.as_ptr(), libc::F_OK) } == 0)
    });

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

    path_fn!("truncate", |p, len: f64| {
        let fd = open_raw(&p, libc::O_WRONLY, 0).map_err(|e| FsError::path(e, "open", &p))?;
        // Safety: fd opened above.
        let res = cvt(unsafe { libc::ftruncate(fd, len.max(0.0) as libc::off_t) });
        close_fd(fd);
        res.map_err(|e| FsError::new(e, "ftruncate"))?;
        Ok(Out::Undef)
    });

    path_fn!("readdir", |p, buffer: bool, types: bool| {
        readdir(&p, types, buffer)
    });

    path_fn!("mkdir", |p, mode: f64, recursive: bool| {
        if recursive {
            match mkdir_p(&p.buf, mode as u32, 0).map_err(|e| FsError::path(e, "mkdir", &p))? {
                Some(first) => Ok(Out::Str(first.to_string_lossy().into_owned())),
                None => Ok(Out::Undef),
            }
        } else {
            mkdir_one(&p.buf, mode as u32).map_err(|e| FsError::path(e, "mkdir", &p))?;
            Ok(Out::Undef)
        }
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
    path_fn!("rm", |p, recursive: bool, force: bool| {
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
    });

    path2_op!("rename", "rename", |a, b| std::fs::rename(&a.buf, &b.buf));
    path2_op!("link", "link", |a, b| std::fs::hard_link(&a.buf, &b.buf));
    path2_op!("symlink", "symlink", |target, p| {
        std::os::unix::fs::symlink(&target.buf, &p.buf)
    });
    path2_op!("copyFile", "copyfile", |a, b, mode: i32| {
        copy_file(&a, &b, mode)
    });

    path_fn!("readlink", |p, buffer: bool| {
        let t = std::fs::read_link(&p.buf).map_err(|e| FsError::path(e, "readlink", &p))?;
        Ok(name_out(t.into_os_string().into_encoded_bytes(), buffer))
    });

    // realpath(path[, buffer[, native[, req]]]): the module loader calls realpath(path).
    path_fn!("realpath", |p, buffer: Opt<bool>, native: Opt<bool>| {
        let v = if native.0.unwrap_or(true) {
            realpath_native(&p).map_err(|e| FsError::path(e, "realpath", &p))?
        } else {
            realpath_walk(&p)?
        };
        Ok(name_out(v, buffer.0.unwrap_or(false)))
    });

    Ok(())
}
