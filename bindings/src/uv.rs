//! OS errors as data for JS: `{errno, code, syscall, path, dest}`, turned into a
//! Node-shaped Error by the one JS helper `uvException` (js/internal/errors.js).
use crate::hooks;
use rquickjs::{Ctx, Error, Object, Result, Value};

/// (code, libuv's message) for an errno value.
pub fn describe(errno: i32) -> (&'static str, &'static str) {
    use libc::*;
    match errno {
        E2BIG => ("E2BIG", "argument list too long"),
        EACCES => ("EACCES", "permission denied"),
        EADDRINUSE => ("EADDRINUSE", "address already in use"),
        EADDRNOTAVAIL => ("EADDRNOTAVAIL", "address not available"),
        EAFNOSUPPORT => ("EAFNOSUPPORT", "address family not supported"),
        EAGAIN => ("EAGAIN", "resource temporarily unavailable"),
        EALREADY => ("EALREADY", "connection already in progress"),
        EBADF => ("EBADF", "bad file descriptor"),
        EBUSY => ("EBUSY", "resource busy or locked"),
        ECANCELED => ("ECANCELED", "operation canceled"),
        ECONNABORTED => ("ECONNABORTED", "software caused connection abort"),
        ECONNREFUSED => ("ECONNREFUSED", "connection refused"),
        ECONNRESET => ("ECONNRESET", "connection reset by peer"),
        EEXIST => ("EEXIST", "file already exists"),
        EFAULT => ("EFAULT", "bad address in system call argument"),
        EFBIG => ("EFBIG", "file too large"),
        EHOSTUNREACH => ("EHOSTUNREACH", "host is unreachable"),
        EINTR => ("EINTR", "interrupted system call"),
        EINVAL => ("EINVAL", "invalid argument"),
        EIO => ("EIO", "i/o error"),
        EISCONN => ("EISCONN", "socket is already connected"),
        EISDIR => ("EISDIR", "illegal operation on a directory"),
        ELOOP => ("ELOOP", "too many symbolic links encountered"),
        EMFILE => ("EMFILE", "too many open files"),
        EMLINK => ("EMLINK", "too many links"),
        EMSGSIZE => ("EMSGSIZE", "message too long"),
        ENAMETOOLONG => ("ENAMETOOLONG", "name too long"),
        ENETDOWN => ("ENETDOWN", "network is down"),
        ENETUNREACH => ("ENETUNREACH", "network is unreachable"),
        ENFILE => ("ENFILE", "file table overflow"),
        ENOBUFS => ("ENOBUFS", "no buffer space available"),
        ENODEV => ("ENODEV", "no such device"),
        ENOENT => ("ENOENT", "no such file or directory"),
        ENOMEM => ("ENOMEM", "not enough memory"),
        ENOSPC => ("ENOSPC", "no space left on device"),
        ENOSYS => ("ENOSYS", "function not implemented"),
        ENOTCONN => ("ENOTCONN", "socket is not connected"),
        ENOTDIR => ("ENOTDIR", "not a directory"),
        ENOTEMPTY => ("ENOTEMPTY", "directory not empty"),
        ENOTSOCK => ("ENOTSOCK", "socket operation on non-socket"),
        ENOTSUP => ("ENOTSUP", "operation not supported on socket"),
        ENXIO => ("ENXIO", "no such device or address"),
        EPERM => ("EPERM", "operation not permitted"),
        EPIPE => ("EPIPE", "broken pipe"),
        EPROTO => ("EPROTO", "protocol error"),
        ERANGE => ("ERANGE", "result too large"),
        EROFS => ("EROFS", "read-only file system"),
        ESPIPE => ("ESPIPE", "invalid seek"),
        ESRCH => ("ESRCH", "no such process"),
        ETIMEDOUT => ("ETIMEDOUT", "connection timed out"),
        ETXTBSY => ("ETXTBSY", "text file is busy"),
        EXDEV => ("EXDEV", "cross-device link not permitted"),
        _ => ("UNKNOWN", "unknown error"),
    }
}

/// Errno from an io::Error; errors that carry no OS code map to the closest errno.
pub fn errno_of(e: &std::io::Error) -> i32 {
    use std::io::ErrorKind::*;
    e.raw_os_error().unwrap_or(match e.kind() {
        NotFound => libc::ENOENT,
        PermissionDenied => libc::EACCES,
        AlreadyExists => libc::EEXIST,
        InvalidInput | InvalidData => libc::EINVAL,
        TimedOut => libc::ETIMEDOUT,
        UnexpectedEof => libc::EIO,
        _ => libc::EIO,
    })
}

/// The error as a JS data object; `errno` is negative like libuv's.
pub fn error_data<'js>(
    ctx: &Ctx<'js>,
    errno: i32,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
) -> Result<Object<'js>> {
    let (code, message) = describe(errno);
    let o = Object::new(ctx.clone())?;
    o.set("errno", -errno)?;
    o.set("code", code)?;
    o.set("message", message)?;
    o.set("syscall", syscall)?;
    if let Some(p) = path {
        o.set("path", p)?;
    }
    if let Some(d) = dest {
        o.set("dest", d)?;
    }
    Ok(o)
}

/// A Node-shaped Error value (via the JS helper) for an io::Error.
pub fn exception<'js>(
    ctx: &Ctx<'js>,
    e: &std::io::Error,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
) -> Result<Value<'js>> {
    let data = error_data(ctx, errno_of(e), syscall, path, dest)?;
    hooks::get(ctx, "uvException")?.call((data,))
}

/// Throw the Node-shaped error for `e` (for sync ops).
pub fn throw<'js>(
    ctx: &Ctx<'js>,
    e: &std::io::Error,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
) -> Error {
    match exception(ctx, e, syscall, path, dest) {
        Ok(v) => ctx.throw(v),
        Err(err) => err,
    }
}
