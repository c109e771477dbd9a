//! Synchronous writes to fds 1 and 2 (as Node does for files and TTYs) and tty queries.
use crate::{bytes, uv};
use rquickjs::{Ctx, Function, Object, Result, Value};

/// Write all of `data` to `fd`, retrying on EINTR/EAGAIN (a non-blocking pipe).
pub fn write_all(fd: i32, mut data: &[u8]) -> std::io::Result<()> {
    while !data.is_empty() {
        // Safety: data is a valid slice for the duration of the call.
        let n = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            match e.raw_os_error() {
                Some(libc::EINTR) => continue,
                Some(libc::EAGAIN) => {
                    let mut p = libc::pollfd {
                        fd,
                        events: libc::POLLOUT,
                        revents: 0,
                    };
                    unsafe { libc::poll(&mut p, 1, -1) };
                    continue;
                }
                _ => return Err(e),
            }
        }
        data = &data[n as usize..];
    }
    Ok(())
}

/// Writes are unbuffered, so there is nothing to flush; kept as the one place to add buffering.
pub fn flush_all() {}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "writeSync",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, fd: i32, data: Value<'js>| -> Result<usize> {
                let res = bytes::with_bytes(&ctx, &data, |b| write_all(fd, b).map(|_| b.len()))?;
                res.map_err(|e| uv::throw(&ctx, &e, "write", None, None))
            },
        )?,
    )?;
    o.set(
        "isatty",
        Function::new(ctx.clone(), |fd: i32| unsafe { libc::isatty(fd) == 1 })?,
    )?;
    o.set(
        "guessHandleType",
        Function::new(ctx.clone(), |fd: i32| -> &'static str {
            // Safety: fstat on an fd number only reads.
            let mut st: libc::stat = unsafe { std::mem::zeroed() };
            if unsafe { libc::fstat(fd, &mut st) } != 0 {
                return "INVALID";
            }
            if unsafe { libc::isatty(fd) } == 1 {
                return "TTY";
            }
            match st.st_mode & libc::S_IFMT {
                libc::S_IFREG | libc::S_IFCHR => "FILE",
                libc::S_IFIFO => "PIPE",
                libc::S_IFSOCK => "PIPE",
                _ => "UNKNOWN",
            }
        })?,
    )?;
    o.set(
        "windowSize",
        Function::new(ctx.clone(), |fd: i32| -> Option<Vec<u16>> {
            let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
            if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } == 0 {
                Some(vec![ws.ws_col, ws.ws_row])
            } else {
                None
            }
        })?,
    )?;
    Ok(())
}
