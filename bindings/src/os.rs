//! os natives: identity of the machine, its load, memory, CPUs, network interfaces, users.
use crate::uv;
use rquickjs::{Array, Ctx, Function, Object, Result};
use std::ffi::CStr;

fn uname() -> [String; 4] {
    // Safety: uname fills the zeroed struct with NUL-terminated strings.
    unsafe {
        let mut u: libc::utsname = std::mem::zeroed();
        libc::uname(&mut u);
        let f = |p: &[libc::c_char]| CStr::from_ptr(p.as_ptr()).to_string_lossy().into_owned();
        [f(&u.sysname), f(&u.release), f(&u.version), f(&u.machine)]
    }
}

fn sysinfo() -> libc::sysinfo {
    // Safety: sysinfo fills the zeroed struct.
    unsafe {
        let mut s: libc::sysinfo = std::mem::zeroed();
        libc::sysinfo(&mut s);
        s
    }
}

/// /proc/meminfo value in bytes for `key` (e.g. "MemAvailable").
fn meminfo(key: &str) -> Option<f64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with(key))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024.0)
}

fn cpus<'js>(ctx: &Ctx<'js>) -> Result<Array<'js>> {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let models: Vec<(String, f64)> = info
        .split("\n\n")
        .filter(|b| b.contains("processor"))
        .map(|block| {
            let field = |k: &str| {
                block
                    .lines()
                    .find(|l| l.starts_with(k))
                    .and_then(|l| l.split_once(':'))
                    .map(|(_, v)| v.trim().to_string())
                    .unwrap_or_default()
            };
            (
                field("model name"),
                field("cpu MHz").parse::<f64>().unwrap_or(0.0).floor(),
            )
        })
        .collect();
    let ticks_ms = 1000.0 / (unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64).max(1.0);
    let out = Array::new(ctx.clone())?;
    let lines = stat.lines().filter(|l| {
        l.starts_with("cpu") && l.as_bytes().get(3).is_some_and(|c| c.is_ascii_digit())
    });
    for (i, line) in lines.enumerate() {
        let n: Vec<f64> = line
            .split_whitespace()
            .skip(1)
            .map(|v| v.parse().unwrap_or(0.0))
            .collect();
        let get = |j: usize| n.get(j).copied().unwrap_or(0.0) * ticks_ms;
        let (model, speed) = models.get(i).cloned().unwrap_or_default();
        let cpu = Object::new(ctx.clone())?;
        cpu.set("model", model)?;
        cpu.set("speed", speed)?;
        let times = Object::new(ctx.clone())?;
        times.set("user", get(0))?;
        times.set("nice", get(1))?;
        times.set("sys", get(2))?;
        times.set("idle", get(3))?;
        times.set("irq", get(5))?;
        cpu.set("times", times)?;
        out.set(i, cpu)?;
    }
    Ok(out)
}

fn sockaddr_ip(sa: *const libc::sockaddr) -> Option<std::net::IpAddr> {
    if sa.is_null() {
        return None;
    }
    // Safety: the family tells which sockaddr layout getifaddrs filled in.
    unsafe {
        match (*sa).sa_family as i32 {
            libc::AF_INET => {
                let a = &*(sa as *const libc::sockaddr_in);
                Some(std::net::IpAddr::V4(std::net::Ipv4Addr::from(
                    u32::from_be(a.sin_addr.s_addr),
                )))
            }
            libc::AF_INET6 => {
                let a = &*(sa as *const libc::sockaddr_in6);
                Some(std::net::IpAddr::V6(std::net::Ipv6Addr::from(
                    a.sin6_addr.s6_addr,
                )))
            }
            _ => None,
        }
    }
}

fn mac_of(name: &str) -> String {
    std::fs::read_to_string(format!("/sys/class/net/{name}/address"))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| "00:00:00:00:00:00".into())
}

/// [name, address, netmask, family, mac, internal, scopeid] per address.
fn interfaces<'js>(ctx: &Ctx<'js>) -> Result<Array<'js>> {
    let out = Array::new(ctx.clone())?;
    let mut ifap: *mut libc::ifaddrs = std::ptr::null_mut();
    // Safety: getifaddrs allocates a list we walk and free.
    if unsafe { libc::getifaddrs(&mut ifap) } != 0 {
        return Ok(out);
    }
    let mut i = 0;
    let mut cur = ifap;
    while !cur.is_null() {
        let ifa = unsafe { &*cur };
        cur = ifa.ifa_next;
        let Some(addr) = sockaddr_ip(ifa.ifa_addr) else {
            continue;
        };
        let mask = sockaddr_ip(ifa.ifa_netmask);
        let name = unsafe { CStr::from_ptr(ifa.ifa_name) }
            .to_string_lossy()
            .into_owned();
        let entry = Object::new(ctx.clone())?;
        entry.set("name", name.clone())?;
        entry.set("address", addr.to_string())?;
        entry.set("netmask", mask.map(|m| m.to_string()).unwrap_or_default())?;
        entry.set("family", if addr.is_ipv4() { "IPv4" } else { "IPv6" })?;
        entry.set("mac", mac_of(&name))?;
        entry.set("internal", ifa.ifa_flags & libc::IFF_LOOPBACK as u32 != 0)?;
        if let std::net::IpAddr::V6(_) = addr {
            let scope = unsafe { (*(ifa.ifa_addr as *const libc::sockaddr_in6)).sin6_scope_id };
            entry.set("scopeid", scope)?;
        }
        out.set(i, entry)?;
        i += 1;
    }
    unsafe { libc::freeifaddrs(ifap) };
    Ok(out)
}

fn user_info<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let uid = unsafe { libc::geteuid() };
    let o = Object::new(ctx.clone())?;
    // Safety: getpwuid_r fills pw using buf; we copy strings out before returning.
    unsafe {
        let mut pw: libc::passwd = std::mem::zeroed();
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let mut buf = vec![0 as libc::c_char; 4096];
        if libc::getpwuid_r(uid, &mut pw, buf.as_mut_ptr(), buf.len(), &mut result) == 0
            && !result.is_null()
        {
            let s = |p: *const libc::c_char| {
                if p.is_null() {
                    String::new()
                } else {
                    CStr::from_ptr(p).to_string_lossy().into_owned()
                }
            };
            o.set("uid", pw.pw_uid)?;
            o.set("gid", pw.pw_gid)?;
            o.set("username", s(pw.pw_name))?;
            o.set("homedir", s(pw.pw_dir))?;
            o.set("shell", s(pw.pw_shell))?;
            return Ok(o);
        }
    }
    let e = std::io::Error::last_os_error();
    Err(uv::throw(ctx, &e, "uv_os_get_passwd", None, None))
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "getHostname",
        Function::new(ctx.clone(), || {
            let mut buf = [0u8; 256];
            // Safety: gethostname writes at most buf.len() bytes.
            unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
            let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
            String::from_utf8_lossy(&buf[..end]).into_owned()
        })?,
    )?;
    o.set("getUname", Function::new(ctx.clone(), || uname().to_vec())?)?;
    o.set(
        "getLoadAvg",
        Function::new(ctx.clone(), || {
            let mut l = [0f64; 3];
            unsafe { libc::getloadavg(l.as_mut_ptr(), 3) };
            l.to_vec()
        })?,
    )?;
    o.set(
        "getUptime",
        Function::new(ctx.clone(), || sysinfo().uptime as f64)?,
    )?;
    o.set(
        "getTotalMem",
        Function::new(ctx.clone(), || {
            meminfo("MemTotal").unwrap_or_else(|| {
                let s = sysinfo();
                s.totalram as f64 * s.mem_unit as f64
            })
        })?,
    )?;
    o.set(
        "getFreeMem",
        Function::new(ctx.clone(), || {
            meminfo("MemAvailable").unwrap_or_else(|| {
                let s = sysinfo();
                s.freeram as f64 * s.mem_unit as f64
            })
        })?,
    )?;
    o.set(
        "getCPUs",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| cpus(&ctx))?,
    )?;
    o.set(
        "availableParallelism",
        Function::new(ctx.clone(), || {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        })?,
    )?;
    o.set(
        "getInterfaceAddresses",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| interfaces(&ctx))?,
    )?;
    o.set(
        "getUserInfo",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| user_info(&ctx))?,
    )?;
    o.set(
        "getPriority",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, pid: i32| -> Result<i32> {
            // Safety: plain syscall; errno distinguishes -1 from failure.
            unsafe {
                *libc::__errno_location() = 0;
                let p = libc::getpriority(libc::PRIO_PROCESS, pid as libc::id_t);
                let e = std::io::Error::last_os_error();
                if p == -1 && e.raw_os_error().unwrap_or(0) != 0 {
                    return Err(uv::throw(&ctx, &e, "uv_os_getpriority", None, None));
                }
                Ok(p)
            }
        })?,
    )?;
    o.set(
        "setPriority",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, pid: i32, prio: i32| -> Result<()> {
                if unsafe { libc::setpriority(libc::PRIO_PROCESS, pid as libc::id_t, prio) } != 0 {
                    let e = std::io::Error::last_os_error();
                    return Err(uv::throw(&ctx, &e, "uv_os_setpriority", None, None));
                }
                Ok(())
            },
        )?,
    )?;
    Ok(())
}
