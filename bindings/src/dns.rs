//! `internalBinding('dns')`: name lookups for js/dns.js.
//!
//! - `getaddrinfo(host, family, hints, order, req)`: the system resolver (libc getaddrinfo:
//!   /etc/hosts, nsswitch, resolv.conf) on the blocking pool, like libuv. Completes with
//!   `req.oncomplete(null, [addr, family, addr, family, ...])` or `req.oncomplete(errData)`,
//!   errData = `{code, errno}` (libuv's EAI numbers; EAI_NONAME/EAI_NODATA are ENOTFOUND).
//!   `order`: 0 verbatim, 1 ipv4first, 2 ipv6first.
//! - `getnameinfo(ip, port, req)`: reverse lookup of an address and service name.
//! - `Resolver(timeoutMs, tries)`: DNS queries on hickory-resolver (tokio, no thread):
//!   `setServers([[ip, port], ...])`, `getServers()`, `query(type, name, ttl, req)` ->
//!   `req.oncomplete(code|null, records)`, `cancel()` (pending queries end with ECANCELLED).
//!   Servers default to /etc/resolv.conf. No cache (like c-ares) and no search list: names
//!   are queried as fully qualified.
use crate::event_loop;
use hickory_resolver::config::{
    NameServerConfig, ResolveHosts, ResolverConfig, ResolverOpts, ServerOrderingStrategy,
};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::net::{DnsError, NetError};
use hickory_resolver::proto::op::ResponseCode;
use hickory_resolver::proto::rr::{RData, RecordType};
use hickory_resolver::{Resolver, TokioResolver};
use rquickjs::class::Trace;
use rquickjs::{
    Array, Class, Ctx, Exception, Function, JsLifetime, Object, Persistent, Result, Value,
};
use std::cell::RefCell;
use std::ffi::{CStr, CString};
use std::net::{IpAddr, SocketAddr};
use std::rc::Rc;
use std::time::Duration;
use tokio::sync::watch;

// --- getaddrinfo / getnameinfo -------------------------------------------------------------

/// libuv's code and errno for a getaddrinfo/getnameinfo failure.
fn eai_error(rc: i32) -> (&'static str, i32) {
    match rc {
        libc::EAI_NONAME => ("ENOTFOUND", -3008),
        libc::EAI_NODATA => ("ENOTFOUND", -3007),
        libc::EAI_AGAIN => ("EAI_AGAIN", -3001),
        libc::EAI_BADFLAGS => ("EAI_BADFLAGS", -3002),
        libc::EAI_FAIL => ("EAI_FAIL", -3004),
        libc::EAI_FAMILY => ("EAI_FAMILY", -3005),
        libc::EAI_MEMORY => ("EAI_MEMORY", -3006),
        libc::EAI_OVERFLOW => ("EAI_OVERFLOW", -3009),
        libc::EAI_SERVICE => ("EAI_SERVICE", -3010),
        libc::EAI_SOCKTYPE => ("EAI_SOCKTYPE", -3011),
        _ => ("EAI_FAIL", -3004),
    }
}

type LookupResult = std::result::Result<Vec<(String, u8)>, (&'static str, i32)>;

fn getaddrinfo(host: &str, family: i32, hints: i32, order: i32) -> LookupResult {
    // RFC 6761: names under .invalid never exist; answer without asking anyone.
    let lower = host.trim_end_matches('.').to_ascii_lowercase();
    if lower == "invalid" || lower.ends_with(".invalid") {
        return Err(("ENOTFOUND", -3008));
    }
    // Like libuv: the name goes to the resolver in its IDNA (punycode) form.
    let ascii = match idna::domain_to_ascii(host) {
        Ok(a) if a.len() <= 255 => a,
        _ if host.is_ascii() && host.len() <= 255 => host.to_string(),
        _ => return Err(("EINVAL", -libc::EINVAL)),
    };
    let Ok(c_host) = CString::new(ascii) else {
        return Err(("EINVAL", -libc::EINVAL));
    };
    // Safety: a zeroed addrinfo is a valid hints struct; the result list is freed below.
    let mut out = Vec::new();
    unsafe {
        let mut h: libc::addrinfo = std::mem::zeroed();
        h.ai_family = match family {
            4 => libc::AF_INET,
            6 => libc::AF_INET6,
            _ => libc::AF_UNSPEC,
        };
        h.ai_socktype = libc::SOCK_STREAM;
        h.ai_flags = hints;
        let mut res: *mut libc::addrinfo = std::ptr::null_mut();
        let rc = libc::getaddrinfo(c_host.as_ptr(), std::ptr::null(), &h, &mut res);
        if rc != 0 {
            if rc == libc::EAI_SYSTEM {
                let e = std::io::Error::last_os_error()
                    .raw_os_error()
                    .unwrap_or(libc::EIO);
                return Err((crate::uv::describe(e).0, -e));
            }
            return Err(eai_error(rc));
        }
        let mut p = res;
        while !p.is_null() {
            let ai = &*p;
            if !ai.ai_addr.is_null() {
                match ai.ai_family {
                    libc::AF_INET => {
                        let sa = &*(ai.ai_addr as *const libc::sockaddr_in);
                        let ip = std::net::Ipv4Addr::from(u32::from_be(sa.sin_addr.s_addr));
                        out.push((ip.to_string(), 4));
                    }
                    libc::AF_INET6 => {
                        let sa = &*(ai.ai_addr as *const libc::sockaddr_in6);
                        let ip = std::net::Ipv6Addr::from(sa.sin6_addr.s6_addr);
                        out.push((ip.to_string(), 6));
                    }
                    _ => {}
                }
            }
            p = ai.ai_next;
        }
        libc::freeaddrinfo(res);
    }
    match order {
        1 => out.sort_by_key(|a| a.1 != 4),
        2 => out.sort_by_key(|a| a.1 != 6),
        _ => {}
    }
    Ok(out)
}

fn getnameinfo(ip: &str, port: u16) -> std::result::Result<(String, String), (&'static str, i32)> {
    let Ok(addr) = ip.parse::<IpAddr>() else {
        return Err(("EINVAL", -libc::EINVAL));
    };
    let sa = SocketAddr::new(addr, port);
    let mut host = [0 as libc::c_char; 1025];
    let mut serv = [0 as libc::c_char; 32];
    // Safety: the sockaddr structs are fully initialised and the buffers sized as passed.
    let rc = unsafe {
        match sa {
            SocketAddr::V4(v4) => {
                let mut s: libc::sockaddr_in = std::mem::zeroed();
                s.sin_family = libc::AF_INET as libc::sa_family_t;
                s.sin_port = v4.port().to_be();
                s.sin_addr.s_addr = u32::from(*v4.ip()).to_be();
                libc::getnameinfo(
                    &s as *const _ as *const libc::sockaddr,
                    std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t,
                    host.as_mut_ptr(),
                    host.len() as libc::socklen_t,
                    serv.as_mut_ptr(),
                    serv.len() as libc::socklen_t,
                    libc::NI_NAMEREQD,
                )
            }
            SocketAddr::V6(v6) => {
                let mut s: libc::sockaddr_in6 = std::mem::zeroed();
                s.sin6_family = libc::AF_INET6 as libc::sa_family_t;
                s.sin6_port = v6.port().to_be();
                s.sin6_addr.s6_addr = v6.ip().octets();
                s.sin6_scope_id = v6.scope_id();
                libc::getnameinfo(
                    &s as *const _ as *const libc::sockaddr,
                    std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t,
                    host.as_mut_ptr(),
                    host.len() as libc::socklen_t,
                    serv.as_mut_ptr(),
                    serv.len() as libc::socklen_t,
                    libc::NI_NAMEREQD,
                )
            }
        }
    };
    if rc != 0 {
        return Err(eai_error(rc));
    }
    // Safety: getnameinfo NUL-terminates both buffers on success.
    let (h, s) = unsafe {
        (
            CStr::from_ptr(host.as_ptr()).to_string_lossy().into_owned(),
            CStr::from_ptr(serv.as_ptr()).to_string_lossy().into_owned(),
        )
    };
    Ok((h, s))
}

fn err_data<'js>(ctx: &Ctx<'js>, code: &str, errno: i32) -> Result<Value<'js>> {
    let o = Object::new(ctx.clone())?;
    o.set("code", code)?;
    o.set("errno", errno)?;
    Ok(o.into_value())
}

fn js_getaddrinfo<'js>(
    ctx: Ctx<'js>,
    host: String,
    family: i32,
    hints: i32,
    order: i32,
    req: Object<'js>,
) -> Result<()> {
    let req = Persistent::save(&ctx, req);
    event_loop::spawn_blocking_op(
        move || getaddrinfo(&host, family, hints, order),
        move |ctx, r| {
            let req = req.restore(ctx)?;
            let cb: Function = req.get("oncomplete")?;
            match r {
                Ok(list) => {
                    let arr = Array::new(ctx.clone())?;
                    for (i, (a, f)) in list.into_iter().enumerate() {
                        arr.set(2 * i, a)?;
                        arr.set(2 * i + 1, f)?;
                    }
                    cb.call::<_, ()>((rquickjs::Null, arr))
                }
                Err((code, errno)) => cb.call::<_, ()>((err_data(ctx, code, errno)?,)),
            }
        },
    );
    Ok(())
}

fn js_getnameinfo<'js>(ctx: Ctx<'js>, ip: String, port: f64, req: Object<'js>) -> Result<()> {
    let req = Persistent::save(&ctx, req);
    let port = if (0.0..=65535.0).contains(&port) {
        port as u16
    } else {
        0
    };
    event_loop::spawn_blocking_op(
        move || getnameinfo(&ip, port),
        move |ctx, r| {
            let req = req.restore(ctx)?;
            let cb: Function = req.get("oncomplete")?;
            match r {
                Ok((h, s)) => cb.call::<_, ()>((rquickjs::Null, h, s)),
                Err((code, errno)) => cb.call::<_, ()>((err_data(ctx, code, errno)?,)),
            }
        },
    );
    Ok(())
}

// --- DNS queries (hickory-resolver) ----------------------------------------------------------

/// One answer, in the shape js/dns.js hands to the user.
enum Answer {
    A(String, u32),
    Aaaa(String, u32),
    Name(String),
    Mx(u16, String),
    Txt(Vec<String>),
    Srv(u16, u16, u16, String),
    Soa {
        nsname: String,
        hostmaster: String,
        serial: u32,
        refresh: i32,
        retry: i32,
        expire: i32,
        minttl: u32,
    },
    Caa(bool, String, String),
    Naptr {
        flags: String,
        service: String,
        regexp: String,
        replacement: String,
        order: u16,
        preference: u16,
    },
}

fn name_str(n: &hickory_resolver::proto::rr::Name) -> String {
    let s = n.to_utf8();
    s.strip_suffix('.').map(str::to_string).unwrap_or(s)
}

fn convert(data: &RData, ttl: u32, want: RecordType) -> Option<(RecordType, Answer)> {
    let any = want == RecordType::ANY;
    let a = match data {
        RData::A(a) if any || want == RecordType::A => Answer::A(a.0.to_string(), ttl),
        RData::AAAA(a) if any || want == RecordType::AAAA => Answer::Aaaa(a.0.to_string(), ttl),
        RData::CNAME(c) if any || want == RecordType::CNAME => Answer::Name(name_str(&c.0)),
        RData::NS(n) if any || want == RecordType::NS => Answer::Name(name_str(&n.0)),
        RData::PTR(p) if any || want == RecordType::PTR => Answer::Name(name_str(&p.0)),
        RData::MX(m) if any || want == RecordType::MX => {
            Answer::Mx(m.preference, name_str(&m.exchange))
        }
        RData::TXT(t) if any || want == RecordType::TXT => Answer::Txt(
            t.txt_data
                .iter()
                .map(|b| String::from_utf8_lossy(b).into_owned())
                .collect(),
        ),
        RData::SRV(s) if any || want == RecordType::SRV => {
            Answer::Srv(s.priority, s.weight, s.port, name_str(&s.target))
        }
        RData::SOA(s) if any || want == RecordType::SOA => Answer::Soa {
            nsname: name_str(&s.mname),
            hostmaster: name_str(&s.rname),
            serial: s.serial,
            refresh: s.refresh,
            retry: s.retry,
            expire: s.expire,
            minttl: s.minimum,
        },
        RData::CAA(c) if any || want == RecordType::CAA => {
            let value = caa_value(c);
            Answer::Caa(c.issuer_critical, c.tag.clone(), value)
        }
        RData::NAPTR(n) if any || want == RecordType::NAPTR => Answer::Naptr {
            flags: String::from_utf8_lossy(&n.flags).into_owned(),
            service: String::from_utf8_lossy(&n.services).into_owned(),
            regexp: String::from_utf8_lossy(&n.regexp).into_owned(),
            replacement: name_str(&n.replacement),
            order: n.order,
            preference: n.preference,
        },
        _ => return None,
    };
    Some((data.record_type(), a))
}

fn caa_value(c: &hickory_resolver::proto::rr::rdata::caa::CAA) -> String {
    // The raw value bytes as sent ("ca.example; key=value").
    String::from_utf8_lossy(&c.value).into_owned()
}

type QueryResult = std::result::Result<Vec<(RecordType, Answer)>, &'static str>;

fn error_code(e: &NetError) -> &'static str {
    if std::env::var_os("MINODE_DNS_DEBUG").is_some() {
        eprintln!("dns error: {e:?}");
    }
    match e {
        NetError::Dns(DnsError::NoRecordsFound(nr)) => match nr.response_code {
            ResponseCode::NXDomain => "ENOTFOUND",
            ResponseCode::NoError => "ENODATA",
            rc => rcode(rc),
        },
        NetError::Dns(DnsError::ResponseCode(rc)) => rcode(*rc),
        NetError::Timeout => "ETIMEOUT",
        NetError::Io(io) => match io.kind() {
            std::io::ErrorKind::ConnectionRefused => "ECONNREFUSED",
            std::io::ErrorKind::TimedOut => "ETIMEOUT",
            _ => "ECONNREFUSED",
        },
        NetError::NoConnections => "ECONNREFUSED",
        NetError::Proto(_) => "EBADRESP",
        _ => {
            let s = e.to_string();
            if s.contains("timed out") {
                "ETIMEOUT"
            } else if s.contains("refused") {
                "ECONNREFUSED"
            } else {
                "ESERVFAIL"
            }
        }
    }
}

fn rcode(rc: ResponseCode) -> &'static str {
    match rc {
        ResponseCode::NXDomain => "ENOTFOUND",
        ResponseCode::ServFail => "ESERVFAIL",
        ResponseCode::Refused => "EREFUSED",
        ResponseCode::FormErr => "EFORMERR",
        ResponseCode::NotImp => "ENOTIMP",
        ResponseCode::NoError => "ENODATA",
        _ => "EBADRESP",
    }
}

fn record_type(t: &str) -> Option<RecordType> {
    Some(match t {
        "A" => RecordType::A,
        "AAAA" => RecordType::AAAA,
        "CNAME" => RecordType::CNAME,
        "MX" => RecordType::MX,
        "NS" => RecordType::NS,
        "PTR" => RecordType::PTR,
        "SOA" => RecordType::SOA,
        "SRV" => RecordType::SRV,
        "TXT" => RecordType::TXT,
        "CAA" => RecordType::CAA,
        "NAPTR" => RecordType::NAPTR,
        "ANY" => RecordType::ANY,
        _ => return None,
    })
}

fn answer_value<'js>(
    ctx: &Ctx<'js>,
    t: RecordType,
    a: Answer,
    ttl: bool,
    any: bool,
) -> Result<Value<'js>> {
    let o = Object::new(ctx.clone())?;
    let type_name = match t {
        RecordType::A => "A",
        RecordType::AAAA => "AAAA",
        RecordType::CNAME => "CNAME",
        RecordType::MX => "MX",
        RecordType::NS => "NS",
        RecordType::PTR => "PTR",
        RecordType::SOA => "SOA",
        RecordType::SRV => "SRV",
        RecordType::TXT => "TXT",
        RecordType::CAA => "CAA",
        RecordType::NAPTR => "NAPTR",
        _ => "UNKNOWN",
    };
    match a {
        Answer::A(addr, t) | Answer::Aaaa(addr, t) => {
            if !ttl && !any {
                return Ok(rquickjs::String::from_str(ctx.clone(), &addr)?.into_value());
            }
            o.set("address", addr)?;
            o.set("ttl", t)?;
        }
        Answer::Name(n) => {
            if !any {
                return Ok(rquickjs::String::from_str(ctx.clone(), &n)?.into_value());
            }
            o.set("value", n)?;
        }
        Answer::Mx(p, e) => {
            o.set("exchange", e)?;
            o.set("priority", p)?;
        }
        Answer::Txt(parts) => {
            let arr = Array::new(ctx.clone())?;
            for (i, p) in parts.into_iter().enumerate() {
                arr.set(i, p)?;
            }
            if !any {
                return Ok(arr.into_value());
            }
            o.set("entries", arr)?;
        }
        Answer::Srv(prio, weight, port, name) => {
            o.set("name", name)?;
            o.set("port", port)?;
            o.set("priority", prio)?;
            o.set("weight", weight)?;
        }
        Answer::Soa {
            nsname,
            hostmaster,
            serial,
            refresh,
            retry,
            expire,
            minttl,
        } => {
            o.set("nsname", nsname)?;
            o.set("hostmaster", hostmaster)?;
            o.set("serial", serial)?;
            o.set("refresh", refresh)?;
            o.set("retry", retry)?;
            o.set("expire", expire)?;
            o.set("minttl", minttl)?;
        }
        Answer::Caa(critical, tag, value) => {
            o.set("critical", if critical { 128 } else { 0 })?;
            o.set(tag, value)?;
        }
        Answer::Naptr {
            flags,
            service,
            regexp,
            replacement,
            order,
            preference,
        } => {
            o.set("flags", flags)?;
            o.set("service", service)?;
            o.set("regexp", regexp)?;
            o.set("replacement", replacement)?;
            o.set("order", order)?;
            o.set("preference", preference)?;
        }
    }
    if any {
        o.set("type", type_name)?;
    }
    Ok(o.into_value())
}

struct ResolverInner {
    servers: RefCell<Option<Vec<(IpAddr, u16)>>>,
    built: RefCell<Option<TokioResolver>>,
    timeout: Option<Duration>,
    tries: usize,
    cancel: watch::Sender<u64>,
}

impl ResolverInner {
    fn system_servers() -> Vec<(IpAddr, u16)> {
        match hickory_resolver::system_conf::read_system_conf() {
            Ok((cfg, _)) => {
                let mut v: Vec<(IpAddr, u16)> = Vec::new();
                for ns in cfg.name_servers() {
                    let port = ns.connections.first().map(|c| c.port).unwrap_or(53);
                    if !v.contains(&(ns.ip, port)) {
                        v.push((ns.ip, port));
                    }
                }
                v
            }
            Err(_) => Vec::new(),
        }
    }

    fn servers(&self) -> Vec<(IpAddr, u16)> {
        let mut s = self.servers.borrow_mut();
        s.get_or_insert_with(Self::system_servers).clone()
    }

    fn resolver(&self) -> std::result::Result<TokioResolver, &'static str> {
        if let Some(r) = self.built.borrow().as_ref() {
            return Ok(r.clone());
        }
        let servers = self.servers();
        let mut list = Vec::new();
        for (ip, port) in &servers {
            let mut ns = NameServerConfig::udp_and_tcp(*ip);
            for c in &mut ns.connections {
                c.port = *port;
            }
            list.push(ns);
        }
        let cfg = ResolverConfig::from_name_servers(list);
        let mut opts = ResolverOpts::default();
        opts.cache_size = 0;
        opts.use_hosts_file = ResolveHosts::Never;
        opts.ndots = 0;
        opts.num_concurrent_reqs = 1;
        opts.server_ordering_strategy = ServerOrderingStrategy::UserProvidedOrder;
        opts.preserve_intermediates = false;
        if let Some(t) = self.timeout {
            opts.timeout = t;
        }
        opts.attempts = self.tries.max(1);
        let r = Resolver::builder_with_config(cfg, TokioRuntimeProvider::default())
            .with_options(opts)
            .build()
            .map_err(|_| "ENOTINITIALIZED")?;
        *self.built.borrow_mut() = Some(r.clone());
        Ok(r)
    }
}

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "ChannelWrap")]
pub struct DnsResolver {
    #[qjs(skip_trace)]
    inner: Rc<ResolverInner>,
}

#[rquickjs::methods]
impl DnsResolver {
    #[qjs(constructor)]
    pub fn new(timeout_ms: f64, tries: f64) -> Self {
        let timeout = if timeout_ms.is_finite() && timeout_ms >= 0.0 {
            Some(Duration::from_millis(timeout_ms.max(1.0) as u64))
        } else {
            None
        };
        let tries = if tries.is_finite() && tries >= 1.0 {
            tries as usize
        } else {
            4
        };
        DnsResolver {
            inner: Rc::new(ResolverInner {
                servers: RefCell::new(None),
                built: RefCell::new(None),
                timeout,
                tries,
                cancel: watch::channel(0).0,
            }),
        }
    }

    /// `list`: [[ip, port], ...]; the JS side validated the addresses.
    #[qjs(rename = "setServers")]
    pub fn set_servers<'js>(&self, ctx: Ctx<'js>, list: Array<'js>) -> Result<()> {
        let mut out = Vec::new();
        for item in list.iter::<Array>() {
            let item = item?;
            let ip: String = item.get(0)?;
            let port: f64 = item.get(1)?;
            let Ok(ip) = ip.parse::<IpAddr>() else {
                return Err(Exception::throw_type(&ctx, "invalid IP address"));
            };
            let port = if port > 0.0 && port <= 65535.0 {
                port as u16
            } else {
                53
            };
            out.push((ip, port));
        }
        *self.inner.servers.borrow_mut() = Some(out);
        *self.inner.built.borrow_mut() = None;
        Ok(())
    }

    #[qjs(rename = "getServers")]
    pub fn get_servers<'js>(&self, ctx: Ctx<'js>) -> Result<Array<'js>> {
        let arr = Array::new(ctx.clone())?;
        for (i, (ip, port)) in self.inner.servers().into_iter().enumerate() {
            let pair = Array::new(ctx.clone())?;
            pair.set(0, ip.to_string())?;
            pair.set(1, port)?;
            arr.set(i, pair)?;
        }
        Ok(arr)
    }

    pub fn cancel(&self) {
        self.inner.cancel.send_modify(|g| *g += 1);
    }

    pub fn query<'js>(
        &self,
        ctx: Ctx<'js>,
        kind: String,
        name: String,
        ttl: bool,
        req: Object<'js>,
    ) -> Result<()> {
        let req = Persistent::save(&ctx, req);
        let rtype = record_type(&kind);
        let resolver = self.inner.resolver();
        // Subscribed now, so a cancel() right after this call still counts.
        let mut cancel = self.inner.cancel.subscribe();
        // The resolver (and its cancel sender) lives as long as a query on it runs.
        let keep = self.inner.clone();
        let fqdn = if name.ends_with('.') {
            name
        } else {
            format!("{name}.")
        };
        event_loop::spawn_op(
            async move {
                let Some(rtype) = rtype else {
                    return Err("EBADQUERY");
                };
                let resolver = resolver?;
                let lookup = resolver.lookup(fqdn.as_str(), rtype);
                let r: QueryResult = tokio::select! {
                    r = lookup => match r {
                        Ok(l) => {
                            let v: Vec<_> = l
                                .answers()
                                .iter()
                                .filter_map(|rec| convert(&rec.data, rec.ttl, rtype))
                                .collect();
                            if v.is_empty() { Err("ENODATA") } else { Ok(v) }
                        }
                        Err(e) => Err(error_code(&e)),
                    },
                    Ok(()) = cancel.changed() => Err("ECANCELLED"),
                };
                drop(keep);
                r
            },
            move |ctx, r| {
                let req = req.restore(ctx)?;
                let cb: Function = req.get("oncomplete")?;
                match r {
                    Ok(list) => {
                        let any = rtype == Some(RecordType::ANY);
                        let arr = Array::new(ctx.clone())?;
                        let mut i = 0;
                        for (t, a) in list {
                            // SOA is a single object, not a list.
                            if t == RecordType::SOA && !any {
                                let v = answer_value(ctx, t, a, ttl, any)?;
                                return cb.call::<_, ()>((rquickjs::Null, v));
                            }
                            arr.set(i, answer_value(ctx, t, a, ttl, any)?)?;
                            i += 1;
                        }
                        cb.call::<_, ()>((rquickjs::Null, arr))
                    }
                    Err(code) => cb.call::<_, ()>((code,)),
                }
            },
        );
        Ok(())
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    Class::<DnsResolver>::define(o)?;
    o.set("getaddrinfo", Function::new(ctx.clone(), js_getaddrinfo)?)?;
    o.set("getnameinfo", Function::new(ctx.clone(), js_getnameinfo)?)?;
    o.set("AI_ADDRCONFIG", libc::AI_ADDRCONFIG)?;
    o.set("AI_ALL", libc::AI_ALL)?;
    o.set("AI_V4MAPPED", libc::AI_V4MAPPED)?;
    Ok(())
}
