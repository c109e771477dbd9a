//! fs.watch on inotify (what libuv uses on Linux). `watch(path, recursive, onchange)`
//! returns a handle `{ close(), ref(), unref() }`; `onchange(eventType, filename)` runs on
//! the JS thread. A ref'd, open watcher keeps the loop alive.
use super::{path_arg, FsError, FsPath};
use crate::event_loop;
use rquickjs::{Ctx, Function, Object, Persistent, Result, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use tokio::io::unix::AsyncFd;
use tokio::sync::Notify;

const MASK: u32 = libc::IN_ATTRIB
    | libc::IN_CREATE
    | libc::IN_MODIFY
    | libc::IN_DELETE
    | libc::IN_DELETE_SELF
    | libc::IN_MOVE_SELF
    | libc::IN_MOVED_FROM
    | libc::IN_MOVED_TO;

struct State {
    closed: Cell<bool>,
    refed: Cell<bool>,
    stop: Notify,
}

impl State {
    fn set_ref(&self, on: bool) {
        if self.closed.get() || self.refed.get() == on {
            return;
        }
        self.refed.set(on);
        if on {
            event_loop::ref_handle();
        } else {
            event_loop::unref_handle();
        }
    }
    fn close(&self) {
        if self.closed.get() {
            return;
        }
        self.set_ref(false);
        self.closed.set(true);
        self.stop.notify_one();
    }
}

fn add_watch(fd: i32, p: &Path) -> io::Result<i32> {
    let c = std::ffi::CString::new(p.as_os_str().as_encoded_bytes())
        .map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))?;
    // Safety: valid fd and C string.
    let wd = unsafe { libc::inotify_add_watch(fd, c.as_ptr(), MASK) };
    if wd < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(wd)
    }
}

/// Watch `dir` and every directory below it, recording each watch's path relative to the root.
fn add_tree(fd: i32, root: &Path, rel: PathBuf, wds: &mut HashMap<i32, PathBuf>, depth: u32) {
    if depth > 64 {
        return;
    }
    let Ok(rd) = std::fs::read_dir(root.join(&rel)) else {
        return;
    };
    for e in rd.flatten() {
        if e.file_type().map(|t| t.is_dir()).unwrap_or(false) {
            let sub = rel.join(e.file_name());
            if let Ok(wd) = add_watch(fd, &root.join(&sub)) {
                wds.insert(wd, sub.clone());
                add_tree(fd, root, sub, wds, depth + 1);
            }
        }
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "watch",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             p: Value<'js>,
             recursive: bool,
             cb: Function<'js>|
             -> Result<Object<'js>> {
                let p: FsPath = path_arg(&ctx, &p)?;
                let throw = |e: io::Error| super::throw_fs(&ctx, FsError::path(e, "watch", &p));
                // Safety: plain syscall; the fd is owned below.
                let raw = unsafe { libc::inotify_init1(libc::IN_NONBLOCK | libc::IN_CLOEXEC) };
                if raw < 0 {
                    return Err(throw(io::Error::last_os_error()));
                }
                // Safety: raw is a fresh fd we own.
                let owned = unsafe { OwnedFd::from_raw_fd(raw) };
                let root_wd = add_watch(raw, &p.buf).map_err(throw)?;
                let is_dir = p.buf.is_dir();
                let mut wds = HashMap::new();
                wds.insert(root_wd, PathBuf::new());
                if recursive && is_dir {
                    add_tree(raw, &p.buf, PathBuf::new(), &mut wds, 0);
                }
                // OwnedFd keeps its fd for its whole life, so plain registration is sound.
                #[allow(deprecated)]
                let afd = AsyncFd::new(owned).map_err(throw)?;
                let base = p
                    .buf
                    .file_name()
                    .map(|n| n.to_os_string().into_encoded_bytes())
                    .unwrap_or_default();

                let state = Rc::new(State {
                    closed: Cell::new(false),
                    refed: Cell::new(false),
                    stop: Notify::new(),
                });
                state.set_ref(true);
                let cb = Rc::new(RefCell::new(Some(Persistent::save(&ctx, cb))));
                let root = p.buf.clone();

                let st = state.clone();
                let cbt = cb.clone();
                tokio::task::spawn_local(async move {
                    let mut wds = wds;
                    let mut buf = vec![0u8; 64 * 1024];
                    loop {
                        if st.closed.get() {
                            break;
                        }
                        let mut guard = tokio::select! {
                            g = afd.readable() => match g { Ok(g) => g, Err(_) => break },
                            _ = st.stop.notified() => break,
                        };
                        let fd = afd.as_raw_fd();
                        // Safety: reading into our own buffer.
                        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
                        if n < 0 {
                            let e = io::Error::last_os_error();
                            if e.kind() == io::ErrorKind::WouldBlock {
                                guard.clear_ready();
                                continue;
                            }
                            break;
                        }
                        let mut events: Vec<(&'static str, Vec<u8>)> = Vec::new();
                        let mut off = 0usize;
                        let n = n as usize;
                        let hdr = std::mem::size_of::<libc::inotify_event>();
                        while off + hdr <= n {
                            // Safety: the kernel wrote whole events; read_unaligned copes with alignment.
                            let ev: libc::inotify_event =
                                unsafe { std::ptr::read_unaligned(buf.as_ptr().add(off).cast()) };
                            let name_start = off + hdr;
                            let name_end = (name_start + ev.len as usize).min(n);
                            let raw_name = &buf[name_start..name_end];
                            let name: Vec<u8> =
                                raw_name.iter().copied().take_while(|&b| b != 0).collect();
                            off = name_end;
                            if ev.mask & libc::IN_IGNORED != 0 {
                                wds.remove(&ev.wd);
                                continue;
                            }
                            let kind = if ev.mask & (libc::IN_ATTRIB | libc::IN_MODIFY) != 0 {
                                "change"
                            } else {
                                "rename"
                            };
                            let dir_rel = wds.get(&ev.wd).cloned().unwrap_or_default();
                            let fname = if name.is_empty() {
                                if dir_rel.as_os_str().is_empty() {
                                    base.clone()
                                } else {
                                    dir_rel.clone().into_os_string().into_encoded_bytes()
                                }
                            } else {
                                dir_rel
                                    .join(super::bytes_os(&name))
                                    .into_os_string()
                                    .into_encoded_bytes()
                            };
                            if recursive
                                && ev.mask & (libc::IN_CREATE | libc::IN_MOVED_TO) != 0
                                && ev.mask & libc::IN_ISDIR != 0
                            {
                                let sub = dir_rel.join(super::bytes_os(&name));
                                if let Ok(wd) = add_watch(fd, &root.join(&sub)) {
                                    wds.insert(wd, sub.clone());
                                    add_tree(fd, &root, sub, &mut wds, 0);
                                }
                            }
                            events.push((kind, fname));
                        }
                        if events.is_empty() {
                            continue;
                        }
                        let st2 = st.clone();
                        let cb2 = cbt.clone();
                        event_loop::post(Box::new(move |ctx| {
                            let f = match cb2.borrow().as_ref() {
                                Some(p) => p.clone().restore(ctx)?,
                                None => return Ok(()),
                            };
                            for (kind, name) in events {
                                if st2.closed.get() {
                                    break;
                                }
                                let name = String::from_utf8_lossy(&name).into_owned();
                                f.call::<_, ()>((kind, name))?;
                            }
                            Ok(())
                        }));
                    }
                    drop(afd);
                });

                let handle = Object::new(ctx.clone())?;
                let s1 = state.clone();
                let cb1 = cb.clone();
                handle.set(
                    "close",
                    Function::new(ctx.clone(), move || {
                        s1.close();
                        cb1.borrow_mut().take();
                    })?,
                )?;
                let s2 = state.clone();
                handle.set("ref", Function::new(ctx.clone(), move || s2.set_ref(true))?)?;
                let s3 = state;
                handle.set(
                    "unref",
                    Function::new(ctx.clone(), move || s3.set_ref(false))?,
                )?;
                Ok(handle)
            },
        )?,
    )?;
    Ok(())
}
