//! `internalBinding('ipc')`: Unix socket streams that carry bytes *and* file descriptors
//! (SCM_RIGHTS). child_process uses them for a child's stdio pipes and for Node's IPC
//! channel (NODE_CHANNEL_FD, newline-delimited JSON; the framing and JSON are in JS:
//! js/internal/child_process/channel.js).
//!
//! Handles are small integers (ids), not JS classes:
//!   - `socketpair()` -> [fdA, fdB]  (close-on-exec, blocking; give one to a child)
//!   - `open(fd)` -> id (the handle owns fd from now on) or a negative errno
//!   - `readStart(id, onread)`: `onread(arrayBuffer, fds)` per chunk, with the fds that
//!     arrived with it (already close-on-exec); `onread(null, [])` at EOF;
//!     `onread(null, [], errData)` on error. Reading stops after EOF or an error.
//!   - `readStop(id)`
//!   - `write(id, data, sendFd, req)` -> 0 when written at once; 1 when the rest is queued
//!     (then `req.oncomplete(errData|null)`); or errData. `sendFd` >= 0 goes with the first
//!     byte (SCM_RIGHTS). JS keeps one write in flight per handle.
//!   - `shutdown(id)`, `close(id)`, `ref(id)`, `unref(id)`, `closeFd(fd)`, `fd(id)`.
//! A handle keeps the loop alive while it is reading and ref'd (uv_ref semantics).
use crate::{bytes, event_loop, uv};
use rquickjs::{Array, Ctx, Function, Object, Persistent, Result, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, RawFd};
use std::rc::Rc;
use tokio::io::Interest;
use tokio::net::UnixStream;
use tokio::task::JoinHandle;

const MAX_FDS: usize = 16;

struct Pipe {
    afd: UnixStream,
    reading: Cell<bool>,
    refed: Cell<bool>,
    /// Whether this handle currently counts in the loop's refs.
    counted: Cell<bool>,
    onread: RefCell<Option<Persistent<Function<'static>>>>,
    task: RefCell<Option<JoinHandle<()>>>,
}

impl Pipe {
    fn sync_ref(&self) {
        let want = self.reading.get() && self.refed.get();
        if want != self.counted.get() {
            self.counted.set(want);
            if want {
                event_loop::ref_handle()
            } else {
                event_loop::unref_handle()
            }
        }
    }
    fn stop(&self) {
        self.reading.set(false);
        if let Some(t) = self.task.borrow_mut().take() {
            t.abort();
        }
        self.sync_ref();
    }
}

thread_local! {
    static PIPES: RefCell<HashMap<u32, Rc<Pipe>>> = RefCell::new(HashMap::new());
    static NEXT: Cell<u32> = const { Cell::new(1) };
}

/// Drop every channel and the JS callback it holds, while the engine is still alive: a
/// finishing worker thread must not leave them to thread-local destructors.
pub fn clear() {
    let pipes = PIPES.with(|p| std::mem::take(&mut *p.borrow_mut()));
    for pipe in pipes.values() {
        pipe.stop();
        pipe.onread.borrow_mut().take();
    }
}

fn get(id: u32) -> Option<Rc<Pipe>> {
    PIPES.with(|p| p.borrow().get(&id).cloned())
}

fn set_nonblocking(fd: RawFd) -> io::Result<()> {
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 || unsafe { libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// recvmsg: bytes plus any fds passed with them.
fn recv_with_fds(fd: RawFd, buf: &mut [u8]) -> io::Result<(usize, Vec<RawFd>)> {
    let mut iov = libc::iovec {
        iov_base: buf.as_mut_ptr() as *mut libc::c_void,
        iov_len: buf.len(),
    };
    let space =
        unsafe { libc::CMSG_SPACE((MAX_FDS * std::mem::size_of::<RawFd>()) as u32) } as usize;
    let mut cbuf = vec![0u64; space.div_ceil(8)];
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    msg.msg_control = cbuf.as_mut_ptr() as *mut libc::c_void;
    msg.msg_controllen = space as _;
    // Safety: msg points at live buffers of the sizes given.
    let n = unsafe { libc::recvmsg(fd, &mut msg, libc::MSG_CMSG_CLOEXEC) };
    if n < 0 {
        return Err(io::Error::last_os_error());
    }
    let mut fds = Vec::new();
    // Safety: walking the control buffer the kernel filled, with the libc macros.
    unsafe {
        let mut c = libc::CMSG_FIRSTHDR(&msg);
        while !c.is_null() {
            if (*c).cmsg_level == libc::SOL_SOCKET && (*c).cmsg_type == libc::SCM_RIGHTS {
                let data = libc::CMSG_DATA(c) as *const RawFd;
                let len = (*c).cmsg_len as usize - libc::CMSG_LEN(0) as usize;
                for i in 0..len / std::mem::size_of::<RawFd>() {
                    fds.push(std::ptr::read_unaligned(data.add(i)));
                }
            }
            c = libc::CMSG_NXTHDR(&msg, c);
        }
    }
    Ok((n as usize, fds))
}

/// sendmsg: bytes, with `send_fd` (if any) attached.
fn send_with_fd(fd: RawFd, data: &[u8], send_fd: Option<RawFd>) -> io::Result<usize> {
    let mut iov = libc::iovec {
        iov_base: data.as_ptr() as *mut libc::c_void,
        iov_len: data.len(),
    };
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    let space = unsafe { libc::CMSG_SPACE(std::mem::size_of::<RawFd>() as u32) } as usize;
    let mut cbuf = vec![0u64; space.div_ceil(8)];
    if let Some(sfd) = send_fd {
        msg.msg_control = cbuf.as_mut_ptr() as *mut libc::c_void;
        msg.msg_controllen = space as _;
        // Safety: the control buffer has room for one SCM_RIGHTS header and one fd.
        unsafe {
            let c = libc::CMSG_FIRSTHDR(&msg);
            (*c).cmsg_level = libc::SOL_SOCKET;
            (*c).cmsg_type = libc::SCM_RIGHTS;
            (*c).cmsg_len = libc::CMSG_LEN(std::mem::size_of::<RawFd>() as u32) as _;
            std::ptr::write_unaligned(libc::CMSG_DATA(c) as *mut RawFd, sfd);
        }
    }
    // Safety: msg points at live buffers.
    let n = unsafe { libc::sendmsg(fd, &msg, libc::MSG_NOSIGNAL) };
    if n < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(n as usize)
    }
}

fn post_read(p: Rc<Pipe>, data: Option<Vec<u8>>, fds: Vec<RawFd>, err: Option<io::Error>) {
    event_loop::post(Box::new(move |ctx| {
        let cb = p.onread.borrow().clone();
        let Some(cb) = cb else {
            for fd in fds {
                unsafe { libc::close(fd) };
            }
            return Ok(());
        };
        let f = cb.restore(ctx)?;
        let ab: Value = match data {
            Some(d) => bytes::array_buffer(ctx, d)?,
            None => Value::new_null(ctx.clone()),
        };
        let arr = Array::new(ctx.clone())?;
        for (i, fd) in fds.iter().enumerate() {
            arr.set(i, *fd)?;
        }
        match err {
            Some(e) => {
                let data = uv::error_data(ctx, uv::errno_of(&e), "read", None, None)?;
                f.call::<_, ()>((ab, arr, data))
            }
            None => f.call::<_, ()>((ab, arr)),
        }
    }));
}

async fn read_loop(p: Rc<Pipe>) {
    let mut buf = vec![0u8; 65536];
    loop {
        match p.afd.readable().await {
            Ok(()) => {}
            Err(e) => {
                p.reading.set(false);
                p.sync_ref();
                post_read(p.clone(), None, Vec::new(), Some(e));
                return;
            }
        };
        match p.afd.try_io(Interest::READABLE, || {
            recv_with_fds(p.afd.as_raw_fd(), &mut buf)
        }) {
            Ok((0, fds)) => {
                p.reading.set(false);
                p.sync_ref();
                post_read(p.clone(), None, fds, None);
                return;
            }
            Ok((n, fds)) => post_read(p.clone(), Some(buf[..n].to_vec()), fds, None),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
            Err(e) if e.raw_os_error() == Some(libc::EINTR) => continue,
            Err(e) => {
                p.reading.set(false);
                p.sync_ref();
                // A reset peer is the end of the stream for a pipe.
                if e.raw_os_error() == Some(libc::ECONNRESET) {
                    post_read(p.clone(), None, Vec::new(), None);
                } else {
                    post_read(p.clone(), None, Vec::new(), Some(e));
                }
                return;
            }
        }
    }
}

/// Write all of data (the fd with the first byte); Ok(n) is how much went out right away.
fn try_write_now(p: &Pipe, data: &[u8], send_fd: Option<RawFd>) -> io::Result<usize> {
    loop {
        match send_with_fd(p.afd.as_raw_fd(), data, send_fd) {
            Ok(n) => return Ok(n),
            Err(e) if e.raw_os_error() == Some(libc::EINTR) => continue,
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(0),
            Err(e) => return Err(e),
        }
    }
}

async fn write_rest(
    p: Rc<Pipe>,
    data: Vec<u8>,
    mut off: usize,
    mut send_fd: Option<RawFd>,
) -> io::Result<()> {
    while off < data.len() || send_fd.is_some() {
        p.afd.writable().await?;
        match p.afd.try_io(Interest::WRITABLE, || {
            send_with_fd(p.afd.as_raw_fd(), &data[off..], send_fd)
        }) {
            Ok(n) => {
                off += n;
                send_fd = None;
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
            Err(e) if e.raw_os_error() == Some(libc::EINTR) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "socketpair",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| -> Result<Vec<i32>> {
            let mut fds = [0 as RawFd; 2];
            // Safety: fds has room for two descriptors.
            let r = unsafe {
                libc::socketpair(
                    libc::AF_UNIX,
                    libc::SOCK_STREAM | libc::SOCK_CLOEXEC,
                    0,
                    fds.as_mut_ptr(),
                )
            };
            if r != 0 {
                return Err(uv::throw(
                    &ctx,
                    &io::Error::last_os_error(),
                    "socketpair",
                    None,
                    None,
                ));
            }
            Ok(fds.to_vec())
        })?,
    )?;
    o.set(
        "open",
        Function::new(ctx.clone(), |fd: i32| -> i32 {
            if fd < 0 {
                return -libc::EBADF;
            }
            if let Err(e) = set_nonblocking(fd) {
                return -uv::errno_of(&e);
            }
            // Safety: the caller hands over ownership of fd.
            let std_sock = unsafe { std::os::unix::net::UnixStream::from_raw_fd(fd) };
            let afd = match UnixStream::from_std(std_sock) {
                Ok(a) => a,
                Err(e) => return -uv::errno_of(&e),
            };
            let id = NEXT.with(|n| {
                let id = n.get();
                n.set(id.wrapping_add(1).max(1));
                id
            });
            let p = Rc::new(Pipe {
                afd,
                reading: Cell::new(false),
                refed: Cell::new(true),
                counted: Cell::new(false),
                onread: RefCell::new(None),
                task: RefCell::new(None),
            });
            PIPES.with(|m| m.borrow_mut().insert(id, p));
            id as i32
        })?,
    )?;
    o.set(
        "fd",
        Function::new(ctx.clone(), |id: u32| -> i32 {
            get(id).map(|p| p.afd.as_raw_fd()).unwrap_or(-1)
        })?,
    )?;
    o.set(
        "readStart",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, id: u32, onread: Function<'js>| {
                let Some(p) = get(id) else { return };
                *p.onread.borrow_mut() = Some(Persistent::save(&ctx, onread));
                if p.reading.get() {
                    return;
                }
                p.reading.set(true);
                p.sync_ref();
                let task = tokio::task::spawn_local(read_loop(p.clone()));
                *p.task.borrow_mut() = Some(task);
            },
        )?,
    )?;
    o.set(
        "readStop",
        Function::new(ctx.clone(), |id: u32| {
            if let Some(p) = get(id) {
                p.stop();
            }
        })?,
    )?;
    o.set(
        "write",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             id: u32,
             data: Value<'js>,
             send_fd: i32,
             req: Object<'js>|
             -> Result<Value<'js>> {
                let Some(p) = get(id) else {
                    return Ok(uv::error_data(&ctx, libc::EBADF, "write", None, None)?.into_value());
                };
                let data = bytes::to_vec(&ctx, &data)?;
                let sfd = (send_fd >= 0).then_some(send_fd);
                match try_write_now(&p, &data, sfd) {
                    Err(e) => {
                        Ok(uv::error_data(&ctx, uv::errno_of(&e), "write", None, None)?
                            .into_value())
                    }
                    Ok(n) if n == data.len() && (n > 0 || sfd.is_none()) => {
                        Ok(Value::new_int(ctx.clone(), 0))
                    }
                    Ok(n) => {
                        let rest_fd = if n == 0 { sfd } else { None };
                        let req = Persistent::save(&ctx, req);
                        event_loop::spawn_op(write_rest(p, data, n, rest_fd), move |ctx, r| {
                            let req = req.restore(ctx)?;
                            let cb: Function = req.get("oncomplete")?;
                            match r {
                                Ok(()) => cb.call::<_, ()>((Value::new_null(ctx.clone()),)),
                                Err(e) => {
                                    let d =
                                        uv::error_data(ctx, uv::errno_of(&e), "write", None, None)?;
                                    cb.call::<_, ()>((d,))
                                }
                            }
                        });
                        Ok(Value::new_int(ctx.clone(), 1))
                    }
                }
            },
        )?,
    )?;
    o.set(
        "shutdown",
        Function::new(ctx.clone(), |id: u32| -> i32 {
            match get(id) {
                Some(p) => {
                    if unsafe { libc::shutdown(p.afd.as_raw_fd(), libc::SHUT_WR) } != 0 {
                        -uv::errno_of(&io::Error::last_os_error())
                    } else {
                        0
                    }
                }
                None => -libc::EBADF,
            }
        })?,
    )?;
    o.set(
        "close",
        Function::new(ctx.clone(), |id: u32| {
            if let Some(p) = PIPES.with(|m| m.borrow_mut().remove(&id)) {
                p.stop();
                *p.onread.borrow_mut() = None;
            }
        })?,
    )?;
    o.set(
        "ref",
        Function::new(ctx.clone(), |id: u32| {
            if let Some(p) = get(id) {
                p.refed.set(true);
                p.sync_ref();
            }
        })?,
    )?;
    o.set(
        "unref",
        Function::new(ctx.clone(), |id: u32| {
            if let Some(p) = get(id) {
                p.refed.set(false);
                p.sync_ref();
            }
        })?,
    )?;
    o.set(
        "closeFd",
        Function::new(ctx.clone(), |fd: i32| {
            if fd >= 0 {
                unsafe { libc::close(fd) };
            }
        })?,
    )?;
    Ok(())
}
