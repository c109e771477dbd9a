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

/// Each terminal's mode from before its first setRawMode; restored by setRawMode(false) and
/// when the process exits (as libuv resets ttys), so a crash never leaves a shell raw.
static SAVED_TTY_MODES: std::sync::Mutex<Vec<(i32, libc::termios)>> =
    std::sync::Mutex::new(Vec::new());

extern "C" fn restore_tty_modes() {
    if let Ok(saved) = SAVED_TTY_MODES.try_lock() {
        for (fd, mode) in saved.iter() {
            // Safety: mode is a termios read from this fd by tcgetattr.
            unsafe { libc::tcsetattr(*fd, libc::TCSANOW, mode) };
        }
    }
}

fn last_errno() -> i32 {
    -std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

/// Raw mode as libuv sets it (no echo, no line editing, no signal keys, bytes as typed);
/// returns 0 or a negative errno.
fn set_raw_mode(fd: i32, raw: bool) -> i32 {
    let Ok(mut saved) = SAVED_TTY_MODES.lock() else {
        return -libc::EIO;
    };
    let original = match saved.iter().find(|(f, _)| *f == fd) {
        Some((_, mode)) => *mode,
        None => {
            // Safety: tcgetattr fills a zeroed termios; a bad fd only returns an error.
            let mut mode: libc::termios = unsafe { std::mem::zeroed() };
            if unsafe { libc::tcgetattr(fd, &mut mode) } != 0 {
                return last_errno();
            }
            if saved.is_empty() {
                // Safety: registers a plain extern "C" fn.
                unsafe { libc::atexit(restore_tty_modes) };
            }
            saved.push((fd, mode));
            mode
        }
    };
    let mut mode = original;
    if raw {
        mode.c_iflag &= !(libc::BRKINT | libc::ICRNL | libc::INPCK | libc::ISTRIP | libc::IXON);
        mode.c_oflag |= libc::ONLCR;
        mode.c_cflag |= libc::CS8;
        mode.c_lflag &= !(libc::ECHO | libc::ICANON | libc::IEXTEN | libc::ISIG);
        mode.c_cc[libc::VMIN] = 1;
        mode.c_cc[libc::VTIME] = 0;
    }
    // Safety: mode is a valid termios for this fd.
    if unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &mode) } != 0 {
        return last_errno();
    }
    0
}

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
    // stdin's reads wait in read(2) on the blocking pool; while stdin is paused, its JS side
    // takes the read in flight out of the loop's count (and puts it back), as a stopped
    // libuv read does not keep Node alive.
    o.set(
        "refLoop",
        Function::new(ctx.clone(), crate::event_loop::ref_handle)?,
    )?;
    o.set(
        "unrefLoop",
        Function::new(ctx.clone(), crate::event_loop::unref_handle)?,
    )?;
    o.set(
        "setRawMode",
        Function::new(ctx.clone(), |fd: i32, raw: bool| set_raw_mode(fd, raw))?,
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
