//! process.* natives: identity, cwd, env, resource usage, signals to others, exit.
use crate::uv;
use rquickjs::function::Opt;
use rquickjs::{Array, Ctx, Exception, Function, Object, Result};
use std::ffi::CString;

fn timeval_us(t: libc::timeval) -> f64 {
    t.tv_sec as f64 * 1e6 + t.tv_usec as f64
}

fn rusage() -> libc::rusage {
    // Safety: getrusage fills the zeroed struct.
    unsafe {
        let mut u: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut u);
        u
    }
}

/// Resident set size in bytes, from /proc/self/statm.
pub fn rss() -> f64 {
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as f64;
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .nth(1)
                .and_then(|v| v.parse::<f64>().ok())
        })
        .map(|pages| pages * page)
        .unwrap_or(0.0)
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set("pid", std::process::id())?;
    o.set("ppid", unsafe { libc::getppid() })?;
    o.set(
        "execPath",
        std::env::current_exe()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default(),
    )?;
    o.set(
        "cwd",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| -> Result<String> {
            std::env::current_dir()
                .map(|p| p.to_string_lossy().into_owned())
                .map_err(|e| uv::throw(&ctx, &e, "uv_cwd", None, None))
        })?,
    )?;
    o.set(
        "chdir",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, dir: String| -> Result<()> {
            std::env::set_current_dir(&dir)
                .map_err(|e| uv::throw(&ctx, &e, "chdir", Some(&dir), None))
        })?,
    )?;
    o.set(
        "umask",
        Function::new(ctx.clone(), |mask: Opt<u32>| -> u32 {
            // Safety: umask has no failure mode; reading it means setting and restoring.
            unsafe {
                match mask.0 {
                    Some(m) => libc::umask(m as libc::mode_t) as u32,
                    None => {
                        let old = libc::umask(0);
                        libc::umask(old);
                        old as u32
                    }
                }
            }
        })?,
    )?;
    o.set(
        "hrtime",
        Function::new(ctx.clone(), || -> f64 {
            let mut ts = libc::timespec {
                tv_sec: 0,
                tv_nsec: 0,
            };
            unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
            ts.tv_sec as f64 * 1e9 + ts.tv_nsec as f64
        })?,
    )?;
    o.set(
        "hrtimeParts",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| -> Result<Array<'js>> {
            let mut ts = libc::timespec {
                tv_sec: 0,
                tv_nsec: 0,
            };
            unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
            let a = Array::new(ctx)?;
            a.set(0, ts.tv_sec as f64)?;
            a.set(1, ts.tv_nsec as f64)?;
            Ok(a)
        })?,
    )?;
    o.set("rss", Function::new(ctx.clone(), rss)?)?;
    o.set(
        "cpuUsage",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| -> Result<Array<'js>> {
            let u = rusage();
            let a = Array::new(ctx)?;
            a.set(0, timeval_us(u.ru_utime))?;
            a.set(1, timeval_us(u.ru_stime))?;
            Ok(a)
        })?,
    )?;
    o.set(
        "resourceUsage",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| -> Result<Object<'js>> {
            let u = rusage();
            let r = Object::new(ctx)?;
            r.set("userCPUTime", timeval_us(u.ru_utime))?;
            r.set("systemCPUTime", timeval_us(u.ru_stime))?;
            r.set("maxRSS", u.ru_maxrss as f64)?;
            r.set("sharedMemorySize", u.ru_ixrss as f64)?;
            r.set("unsharedDataSize", u.ru_idrss as f64)?;
            r.set("unsharedStackSize", u.ru_isrss as f64)?;
            r.set("minorPageFault", u.ru_minflt as f64)?;
            r.set("majorPageFault", u.ru_majflt as f64)?;
            r.set("swappedOut", u.ru_nswap as f64)?;
            r.set("fsRead", u.ru_inblock as f64)?;
            r.set("fsWrite", u.ru_oublock as f64)?;
            r.set("ipcSent", u.ru_msgsnd as f64)?;
            r.set("ipcReceived", u.ru_msgrcv as f64)?;
            r.set("signalsCount", u.ru_nsignals as f64)?;
            r.set("voluntaryContextSwitches", u.ru_nvcsw as f64)?;
            r.set("involuntaryContextSwitches", u.ru_nivcsw as f64)?;
            Ok(r)
        })?,
    )?;
    o.set(
        "kill",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, pid: i32, sig: i32| -> Result<()> {
                // Safety: plain syscall.
                if unsafe { libc::kill(pid, sig) } != 0 {
                    let e = std::io::Error::last_os_error();
                    return Err(uv::throw(&ctx, &e, "kill", None, None));
                }
                Ok(())
            },
        )?,
    )?;
    o.set(
        "reallyExit",
        Function::new(ctx.clone(), |code: i32| -> () {
            crate::stdio::flush_all();
            std::process::exit(code)
        })?,
    )?;
    o.set(
        "abort",
        Function::new(ctx.clone(), || -> () {
            crate::stdio::flush_all();
            std::process::abort()
        })?,
    )?;
    o.set(
        "getenv",
        Function::new(ctx.clone(), |key: String| {
            std::env::var_os(&key).map(|v| v.to_string_lossy().into_owned())
        })?,
    )?;
    o.set(
        "setenv",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, key: String, value: String| -> Result<()> {
                if key.is_empty() || key.contains('=') || key.contains('\0') || value.contains('\0')
                {
                    return Err(Exception::throw_type(
                        &ctx,
                        "Invalid environment variable name or value",
                    ));
                }
                // Safety: the JS thread is the only one that touches the environment.
                unsafe { std::env::set_var(&key, value) };
                reload_time_zone(&key);
                Ok(())
            },
        )?,
    )?;
    o.set(
        "unsetenv",
        Function::new(ctx.clone(), |key: String| {
            if !key.is_empty() && !key.contains('=') && !key.contains('\0') {
                // Safety: as for setenv.
                unsafe { std::env::remove_var(&key) };
                reload_time_zone(&key);
            }
        })?,
    )?;
    o.set(
        "envKeys",
        Function::new(ctx.clone(), || -> Vec<String> {
            std::env::vars_os()
                .map(|(k, _)| k.to_string_lossy().into_owned())
                .collect()
        })?,
    )?;
    o.set(
        "setTitle",
        Function::new(ctx.clone(), |title: String| {
            if let Ok(c) = CString::new(title) {
                // Safety: PR_SET_NAME copies at most 16 bytes of a NUL-terminated string.
                unsafe { libc::prctl(libc::PR_SET_NAME, c.as_ptr() as libc::c_ulong, 0, 0, 0) };
            }
        })?,
    )?;
    o.set(
        "getuid",
        Function::new(ctx.clone(), || unsafe { libc::getuid() })?,
    )?;
    o.set(
        "getgid",
        Function::new(ctx.clone(), || unsafe { libc::getgid() })?,
    )?;
    o.set(
        "geteuid",
        Function::new(ctx.clone(), || unsafe { libc::geteuid() })?,
    )?;
    o.set(
        "getegid",
        Function::new(ctx.clone(), || unsafe { libc::getegid() })?,
    )?;
    Ok(())
}

/// Assigning or deleting process.env.TZ changes the local time zone at once, as in Node:
/// the engine's local time comes from localtime_r, which does not re-read TZ by itself.
fn reload_time_zone(key: &str) {
    if key == "TZ" {
        extern "C" {
            fn tzset();
        }
        // Safety: tzset only re-reads TZ; the JS thread is the only one changing it.
        unsafe { tzset() };
    }
}
