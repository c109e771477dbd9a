//! `internalBinding('spawn')`: starting, waiting for and signalling child processes
//! (Node's process_wrap + spawn_sync). js/child_process.js builds ChildProcess on it.
//!
//!   - `spawn(opts)` -> pid, or errData (`{errno, code, syscall}`) when the exec failed.
//!     opts: `{file, args (args[0] is argv0), envPairs?: ['K=V'], cwd?, stdio: [fd per child
//!     index; -1 = /dev/null], detached?, uid?, gid?, onexit(exitCode|null, signal|null)}`.
//!     The child keeps the loop alive until it exits, unless `unref(pid)`.
//!   - `ref(pid)`, `unref(pid)`, `kill(pid, signal)` -> 0 or a negative errno.
//!   - `spawnSync(opts)` -> `{pid, status, signal, output: [null, ArrayBuffer|null, ...], error?}`
//!     opts as above but `stdio` entries: -3 = pipe, -1 = ignore, n >= 0 = that fd;
//!     plus `input` (bytes for a stdin pipe), `timeout` ms, `killSignal`, `maxBuffer`.
use crate::{bytes, event_loop, uv};
use rquickjs::{Array, Ctx, Function, Object, Persistent, Result, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io;
use std::os::fd::RawFd;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::rc::Rc;
use std::time::{Duration, Instant};

const PIPE: i32 = -3;
const IGNORE: i32 = -1;

struct ChildState {
    refed: Cell<bool>,
    alive: Cell<bool>,
}

thread_local! {
    static CHILDREN: RefCell<HashMap<u32, Rc<ChildState>>> = RefCell::new(HashMap::new());
}

struct Spec {
    file: String,
    args: Vec<String>,
    env: Option<Vec<(String, String)>>,
    cwd: Option<String>,
    stdio: Vec<i32>,
    detached: bool,
    uid: Option<u32>,
    gid: Option<u32>,
}

fn read_spec(o: &Object<'_>) -> Result<Spec> {
    let file: String = o.get("file")?;
    let args: Option<Vec<String>> = o.get("args")?;
    let env_pairs: Option<Vec<String>> = o.get("envPairs")?;
    let env = env_pairs.map(|pairs| {
        pairs
            .into_iter()
            .filter_map(|kv| {
                kv.split_once('=')
                    .map(|(k, v)| (k.to_string(), v.to_string()))
            })
            .collect()
    });
    let stdio: Option<Vec<i32>> = o.get("stdio")?;
    Ok(Spec {
        file,
        args: args.unwrap_or_default(),
        env,
        cwd: o.get("cwd")?,
        stdio: stdio.unwrap_or_else(|| vec![0, 1, 2]),
        detached: o.get::<_, Option<bool>>("detached")?.unwrap_or(false),
        uid: o.get("uid")?,
        gid: o.get("gid")?,
    })
}

/// Fds the child gets, moved above every target index so the dup2s in the child can't clobber
/// each other. Closed in the parent when dropped.
struct ChildFds(Vec<RawFd>);

impl Drop for ChildFds {
    fn drop(&mut self) {
        for &fd in &self.0 {
            if fd >= 0 {
                unsafe { libc::close(fd) };
            }
        }
    }
}

fn prepare_fds(stdio: &[i32]) -> io::Result<ChildFds> {
    let min = (stdio.len() as i32).max(3);
    let mut out = ChildFds(Vec::with_capacity(stdio.len()));
    for &src in stdio {
        let fd = if src == IGNORE {
            let path = c"/dev/null";
            let f = unsafe { libc::open(path.as_ptr(), libc::O_RDWR | libc::O_CLOEXEC) };
            if f < 0 {
                return Err(io::Error::last_os_error());
            }
            let high = unsafe { libc::fcntl(f, libc::F_DUPFD_CLOEXEC, min) };
            unsafe { libc::close(f) };
            high
        } else if src >= 0 {
            unsafe { libc::fcntl(src, libc::F_DUPFD_CLOEXEC, min) }
        } else {
            -1
        };
        if fd < 0 && src != -2 {
            // An inherited stdio fd that this process doesn't have open: give /dev/null.
            let path = c"/dev/null";
            let f = unsafe { libc::open(path.as_ptr(), libc::O_RDWR | libc::O_CLOEXEC) };
            let high = if f >= 0 {
                unsafe { libc::fcntl(f, libc::F_DUPFD_CLOEXEC, min) }
            } else {
                -1
            };
            if f >= 0 {
                unsafe { libc::close(f) };
            }
            out.0.push(high);
        } else {
            out.0.push(fd);
        }
    }
    Ok(out)
}

fn build_command(spec: &Spec, fds: &ChildFds) -> std::process::Command {
    let mut cmd = std::process::Command::new(&spec.file);
    if let Some(a0) = spec.args.first() {
        cmd.arg0(a0);
    }
    cmd.args(spec.args.iter().skip(1));
    if let Some(env) = &spec.env {
        cmd.env_clear();
        for (k, v) in env {
            cmd.env(k, v);
        }
    }
    if let Some(cwd) = &spec.cwd {
        cmd.current_dir(cwd);
    }
    if let Some(uid) = spec.uid {
        cmd.uid(uid);
    }
    if let Some(gid) = spec.gid {
        cmd.gid(gid);
    }
    let targets: Vec<RawFd> = fds.0.clone();
    let detached = spec.detached;
    // Safety: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            if detached {
                libc::setsid();
            }
            for (i, &src) in targets.iter().enumerate() {
                if src >= 0 && libc::dup2(src, i as i32) < 0 {
                    return Err(io::Error::last_os_error());
                }
            }
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            libc::sigprocmask(libc::SIG_SETMASK, &set, std::ptr::null_mut());
            for sig in [
                libc::SIGPIPE,
                libc::SIGINT,
                libc::SIGTERM,
                libc::SIGHUP,
                libc::SIGUSR1,
                libc::SIGUSR2,
                libc::SIGCHLD,
            ] {
                libc::signal(sig, libc::SIG_DFL);
            }
            Ok(())
        });
    }
    cmd
}

fn signal_of(status: &std::process::ExitStatus) -> (Option<i32>, Option<i32>) {
    (status.code(), status.signal())
}

fn spawn_async<'js>(ctx: &Ctx<'js>, o: Object<'js>) -> Result<Value<'js>> {
    let spec = read_spec(&o)?;
    let onexit: Function = o.get("onexit")?;
    let fds = match prepare_fds(&spec.stdio) {
        Ok(f) => f,
        Err(e) => {
            return Ok(uv::error_data(ctx, uv::errno_of(&e), "spawn", None, None)?.into_value())
        }
    };
    let cmd = build_command(&spec, &fds);
    let mut cmd = tokio::process::Command::from(cmd);
    cmd.kill_on_drop(false);
    let child = cmd.spawn();
    drop(fds);
    let mut child = match child {
        Ok(c) => c,
        Err(e) => {
            return Ok(uv::error_data(ctx, uv::errno_of(&e), "spawn", None, None)?.into_value())
        }
    };
    let pid = child.id().unwrap_or(0);
    let state = Rc::new(ChildState {
        refed: Cell::new(true),
        alive: Cell::new(true),
    });
    CHILDREN.with(|c| c.borrow_mut().insert(pid, state.clone()));
    event_loop::ref_handle();
    let onexit = Persistent::save(ctx, onexit);
    tokio::task::spawn_local(async move {
        let status = child.wait().await;
        event_loop::post(Box::new(move |ctx| {
            state.alive.set(false);
            if state.refed.get() {
                event_loop::unref_handle();
            }
            CHILDREN.with(|c| c.borrow_mut().remove(&pid));
            let f = onexit.restore(ctx)?;
            let (code, sig) = match status {
                Ok(s) => signal_of(&s),
                Err(_) => (Some(-1), None),
            };
            f.call::<_, ()>((code, sig))
        }));
    });
    Ok(Value::new_int(ctx.clone(), pid as i32))
}

/// Read whatever is available on a non-blocking fd into out; false at EOF or error.
fn drain_fd(fd: RawFd, out: &mut Vec<u8>) -> bool {
    let mut buf = [0u8; 65536];
    loop {
        let n = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
        if n > 0 {
            out.extend_from_slice(&buf[..n as usize]);
            continue;
        }
        if n == 0 {
            return false;
        }
        let e = io::Error::last_os_error();
        return match e.raw_os_error() {
            Some(libc::EINTR) => continue,
            Some(libc::EAGAIN) => true,
            _ => false,
        };
    }
}

fn pipe_pair() -> io::Result<(RawFd, RawFd)> {
    let mut p = [0 as RawFd; 2];
    if unsafe { libc::pipe2(p.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok((p[0], p[1]))
}

fn spawn_sync<'js>(ctx: &Ctx<'js>, o: Object<'js>) -> Result<Object<'js>> {
    let mut spec = read_spec(&o)?;
    let input: Option<Vec<u8>> = match o.get::<_, Option<Value>>("input")? {
        Some(v) if !v.is_undefined() && !v.is_null() => Some(bytes::to_vec(ctx, &v)?),
        _ => None,
    };
    let timeout: Option<f64> = o.get("timeout")?;
    let kill_signal: i32 = o
        .get::<_, Option<i32>>("killSignal")?
        .unwrap_or(libc::SIGTERM);
    let max_buffer: f64 = o
        .get::<_, Option<f64>>("maxBuffer")?
        .unwrap_or(f64::INFINITY);
    let result = Object::new(ctx.clone())?;
    let set_error = |errno: i32| -> Result<()> {
        result.set(
            "error",
            uv::error_data(ctx, errno, "spawnSync", None, None)?,
        )
    };

    // Our ends of the pipes: (child index, parent fd).
    let mut parent_ends: Vec<(usize, RawFd)> = Vec::new();
    let mut child_ends: Vec<RawFd> = Vec::new();
    for i in 0..spec.stdio.len() {
        if spec.stdio[i] == PIPE {
            match pipe_pair() {
                Ok((r, w)) => {
                    let (ours, theirs) = if i == 0 { (w, r) } else { (r, w) };
                    parent_ends.push((i, ours));
                    child_ends.push(theirs);
                    spec.stdio[i] = theirs;
                }
                Err(e) => {
                    set_error(uv::errno_of(&e))?;
                    return Ok(result);
                }
            }
        }
    }
    let close_all = |v: &[RawFd]| {
        for &fd in v {
            unsafe { libc::close(fd) };
        }
    };
    let fds = match prepare_fds(&spec.stdio) {
        Ok(f) => f,
        Err(e) => {
            close_all(&child_ends);
            close_all(&parent_ends.iter().map(|p| p.1).collect::<Vec<_>>());
            set_error(uv::errno_of(&e))?;
            return Ok(result);
        }
    };
    let mut cmd = build_command(&spec, &fds);
    let child = cmd.spawn();
    drop(fds);
    close_all(&child_ends);
    let mut child = match child {
        Ok(c) => c,
        Err(e) => {
            close_all(&parent_ends.iter().map(|p| p.1).collect::<Vec<_>>());
            set_error(uv::errno_of(&e))?;
            result.set("status", Value::new_null(ctx.clone()))?;
            result.set("signal", Value::new_null(ctx.clone()))?;
            return Ok(result);
        }
    };
    result.set("pid", child.id())?;
    let deadline = timeout
        .filter(|t| *t > 0.0)
        .map(|t| Instant::now() + Duration::from_secs_f64(t / 1000.0));
    let mut outputs: Vec<Vec<u8>> = vec![Vec::new(); spec.stdio.len()];
    let mut open: Vec<(usize, RawFd)> = Vec::new();
    let mut input_off = 0usize;
    for &(i, fd) in &parent_ends {
        unsafe {
            let fl = libc::fcntl(fd, libc::F_GETFL);
            libc::fcntl(fd, libc::F_SETFL, fl | libc::O_NONBLOCK);
        }
        if i == 0 && input.as_ref().is_none_or(|b| b.is_empty()) {
            unsafe { libc::close(fd) };
        } else {
            open.push((i, fd));
        }
    }
    let mut killed_for: Option<i32> = None;
    let pid = child.id() as i32;
    while !open.is_empty() {
        let mut pfds: Vec<libc::pollfd> = open
            .iter()
            .map(|&(i, fd)| libc::pollfd {
                fd,
                events: if i == 0 { libc::POLLOUT } else { libc::POLLIN },
                revents: 0,
            })
            .collect();
        let wait_ms = match deadline {
            Some(d) if killed_for.is_none() => d
                .saturating_duration_since(Instant::now())
                .as_millis()
                .min(i32::MAX as u128) as i32,
            _ => -1,
        };
        let r = unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, wait_ms) };
        if r < 0 {
            if io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            break;
        }
        if r == 0 {
            // Timed out.
            unsafe { libc::kill(pid, kill_signal) };
            killed_for = Some(libc::ETIMEDOUT);
            continue;
        }
        let mut still = Vec::new();
        for (k, &(i, fd)) in open.iter().enumerate() {
            let rev = pfds[k].revents;
            if rev == 0 {
                still.push((i, fd));
                continue;
            }
            if i == 0 {
                let data = input.as_deref().unwrap_or(&[]);
                let n = unsafe {
                    libc::write(
                        fd,
                        data[input_off..].as_ptr() as *const libc::c_void,
                        data.len() - input_off,
                    )
                };
                if n > 0 {
                    input_off += n as usize;
                }
                if (n < 0 && io::Error::last_os_error().raw_os_error() != Some(libc::EAGAIN))
                    || input_off >= data.len()
                {
                    unsafe { libc::close(fd) };
                } else {
                    still.push((i, fd));
                }
            } else {
                let alive = drain_fd(fd, &mut outputs[i]);
                if outputs[i].len() as f64 > max_buffer && killed_for.is_none() {
                    unsafe { libc::kill(pid, kill_signal) };
                    killed_for = Some(libc::ENOBUFS);
                }
                if alive {
                    still.push((i, fd));
                } else {
                    unsafe { libc::close(fd) };
                }
            }
        }
        open = still;
    }
    // Pipes are done; wait for the exit (still honouring the timeout).
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) => {}
            Err(_) => break None,
        }
        if let Some(d) = deadline {
            if killed_for.is_none() && Instant::now() >= d {
                unsafe { libc::kill(pid, kill_signal) };
                killed_for = Some(libc::ETIMEDOUT);
                continue;
            }
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    match status.map(|s| signal_of(&s)) {
        Some((code, sig)) => {
            match code {
                Some(c) => result.set("status", c)?,
                None => result.set("status", Value::new_null(ctx.clone()))?,
            }
            match sig {
                Some(s) => result.set("signal", s)?,
                None => result.set("signal", Value::new_null(ctx.clone()))?,
            }
        }
        None => {
            result.set("status", Value::new_null(ctx.clone()))?;
            result.set("signal", Value::new_null(ctx.clone()))?;
        }
    }
    let output = Array::new(ctx.clone())?;
    for i in 0..spec.stdio.len() {
        if i > 0 && parent_ends.iter().any(|p| p.0 == i) {
            output.set(
                i,
                bytes::array_buffer(ctx, std::mem::take(&mut outputs[i]))?,
            )?;
        } else {
            output.set(i, Value::new_null(ctx.clone()))?;
        }
    }
    result.set("output", output)?;
    if let Some(errno) = killed_for {
        set_error(errno)?;
    }
    Ok(result)
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "spawn",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, opts: Object<'js>| {
            spawn_async(&ctx, opts)
        })?,
    )?;
    o.set(
        "spawnSync",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, opts: Object<'js>| {
            spawn_sync(&ctx, opts)
        })?,
    )?;
    o.set(
        "kill",
        Function::new(ctx.clone(), |pid: i32, sig: i32| -> i32 {
            if pid <= 0 {
                return -libc::ESRCH;
            }
            let alive = CHILDREN.with(|c| c.borrow().get(&(pid as u32)).map(|s| s.alive.get()));
            if alive == Some(false) {
                return -libc::ESRCH;
            }
            if unsafe { libc::kill(pid, sig) } != 0 {
                -uv::errno_of(&io::Error::last_os_error())
            } else {
                0
            }
        })?,
    )?;
    let set_ref = |pid: u32, on: bool| {
        if let Some(s) = CHILDREN.with(|c| c.borrow().get(&pid).cloned()) {
            if s.alive.get() && s.refed.get() != on {
                s.refed.set(on);
                if on {
                    event_loop::ref_handle()
                } else {
                    event_loop::unref_handle()
                }
            }
        }
    };
    o.set(
        "ref",
        Function::new(ctx.clone(), move |pid: u32| set_ref(pid, true))?,
    )?;
    o.set(
        "unref",
        Function::new(ctx.clone(), move |pid: u32| set_ref(pid, false))?,
    )?;
    Ok(())
}
