//! minode-test-dns-server: a tiny authoritative DNS server for the dns tests (test-only).
//! Binds UDP 127.0.0.1 on the port given as argv[1] (0 = any), prints the port on stdout,
//! answers from the fixed zone below, and exits after 120 s (or when stdin closes, given
//! `--watch-stdin`).
//! Special names: servfail./refused./timeout.minode.test answer SERVFAIL / REFUSED / never.
use hickory_resolver::proto::op::{Message, MessageType, ResponseCode};
use hickory_resolver::proto::rr::rdata::{caa::CAA, A, AAAA, CNAME, MX, NS, PTR, SOA, SRV, TXT};
use hickory_resolver::proto::rr::{Name, RData, Record, RecordType};
use std::io::{Read, Write};
use std::net::UdpSocket;
use std::time::{Duration, Instant};

fn name(s: &str) -> Name {
    Name::from_ascii(s).unwrap_or_default()
}

fn zone() -> Vec<(&'static str, RData, u32)> {
    let soa = SOA::new(
        name("ns1.minode.test."),
        name("hostmaster.minode.test."),
        2024010101,
        7200,
        3600,
        1209600,
        300,
    );
    vec![
        ("a.minode.test.", RData::A(A::new(10, 0, 0, 1)), 300),
        ("a.minode.test.", RData::A(A::new(10, 0, 0, 2)), 300),
        (
            "a.minode.test.",
            RData::AAAA(AAAA::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1)),
            600,
        ),
        (
            "alias.minode.test.",
            RData::CNAME(CNAME(name("a.minode.test."))),
            60,
        ),
        (
            "mail.minode.test.",
            RData::MX(MX::new(10, name("mx1.minode.test."))),
            300,
        ),
        (
            "mail.minode.test.",
            RData::MX(MX::new(20, name("mx2.minode.test."))),
            300,
        ),
        (
            "txt.minode.test.",
            RData::TXT(TXT::new(vec!["v=spf1 -all".into()])),
            300,
        ),
        (
            "txt.minode.test.",
            RData::TXT(TXT::new(vec!["part1".into(), "part2".into()])),
            300,
        ),
        (
            "_sip._tcp.minode.test.",
            RData::SRV(SRV::new(10, 5, 5060, name("sip.minode.test."))),
            300,
        ),
        ("minode.test.", RData::NS(NS(name("ns1.minode.test."))), 300),
        ("minode.test.", RData::NS(NS(name("ns2.minode.test."))), 300),
        ("minode.test.", RData::SOA(soa), 300),
        (
            "1.0.0.10.in-addr.arpa.",
            RData::PTR(PTR(name("a.minode.test."))),
            300,
        ),
        (
            "caa.minode.test.",
            RData::CAA(CAA::new_issue(false, Some(name("ca.example.")), vec![])),
            300,
        ),
        (
            "empty.minode.test.",
            RData::TXT(TXT::new(vec!["only txt".into()])),
            300,
        ),
    ]
}

fn answer(zone: &[(&'static str, RData, u32)], req: &Message) -> Option<Message> {
    let q = req.queries.first()?;
    let qname = q.name().to_ascii().to_ascii_lowercase();
    let qname = if qname.ends_with('.') {
        qname
    } else {
        format!("{qname}.")
    };
    let mut resp = Message::response(req.id, req.op_code);
    resp.metadata.message_type = MessageType::Response;
    resp.metadata.authoritative = true;
    resp.metadata.recursion_desired = req.recursion_desired;
    resp.metadata.recursion_available = true;
    resp.add_query(q.clone());
    match qname.as_str() {
        "timeout.minode.test." => return None,
        "servfail.minode.test." => {
            resp.metadata.response_code = ResponseCode::ServFail;
            return Some(resp);
        }
        "refused.minode.test." => {
            resp.metadata.response_code = ResponseCode::Refused;
            return Some(resp);
        }
        _ => {}
    }
    let qt = q.query_type();
    let mut known = false;
    let mut target = qname.clone();
    // Follow a CNAME inside the zone, as a recursive server would.
    for (n, data, ttl) in zone {
        if *n == qname && data.record_type() == RecordType::CNAME && qt != RecordType::CNAME {
            resp.add_answer(Record::from_rdata(name(n), *ttl, data.clone()));
            if let RData::CNAME(c) = data {
                target = c.0.to_ascii();
            }
        }
    }
    for (n, data, ttl) in zone {
        if *n == qname || *n == target {
            known = true;
            if qt == RecordType::ANY || data.record_type() == qt {
                resp.add_answer(Record::from_rdata(name(n), *ttl, data.clone()));
            }
        }
    }
    if resp.answers.is_empty() {
        if !known {
            resp.metadata.response_code = ResponseCode::NXDomain;
        }
        for (n, data, ttl) in zone {
            if data.record_type() == RecordType::SOA {
                resp.add_authority(Record::from_rdata(name(n), *ttl, data.clone()));
            }
        }
    }
    Some(resp)
}

fn main() {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    let sock = match UdpSocket::bind(("127.0.0.1", port)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("bind: {e}");
            std::process::exit(1);
        }
    };
    let _ = sock.set_read_timeout(Some(Duration::from_millis(200)));
    let port = sock.local_addr().map(|a| a.port()).unwrap_or(0);
    println!("{port}");
    let _ = std::io::stdout().flush();
    // With --watch-stdin, exit when the parent closes our stdin (or goes away).
    let watch = std::env::args().any(|a| a == "--watch-stdin");
    std::thread::spawn(move || {
        if !watch {
            return;
        }
        let mut buf = [0u8; 64];
        while let Ok(n) = std::io::stdin().read(&mut buf) {
            if n == 0 {
                break;
            }
        }
        std::process::exit(0);
    });
    let zone = zone();
    let start = Instant::now();
    let mut buf = [0u8; 4096];
    while start.elapsed() < Duration::from_secs(120) {
        let Ok((n, peer)) = sock.recv_from(&mut buf) else {
            continue;
        };
        let Ok(req) = Message::from_vec(&buf[..n]) else {
            continue;
        };
        if let Some(resp) = answer(&zone, &req) {
            if let Ok(bytes) = resp.to_vec() {
                let _ = sock.send_to(&bytes, peer);
            }
        }
    }
}
