//! `internalBinding('tls')`: TLS on rustls (ring provider) for js/tls.js, js/_tls_wrap.js and
//! js/https.js.
//!
//! - `SecureContext` (tls/context.rs): key, certificate chain, trust store, protocol range;
//!   builds and caches the rustls configs, with Node-style (OpenSSL-coded) verification.
//! - `TLSWrap` (tls/wrap.rs): a stream handle with tcp.rs's `TCP` interface over a TLS
//!   session on an adopted socket fd; `onhandshake(err, info)`, `sessionInfo()`,
//!   `getPeerCertificates()`, `bridge()` (plaintext to a socketpair for the http core).
//! - `parseCertificate(der)`, `rootCertificates()` (PEM strings of the default store),
//!   `socketpair()` -> [fd, fd].
mod cert;
mod context;
mod wrap;

use rquickjs::{Array, Class, Ctx, Function, Object, Result, Value};
use std::os::fd::IntoRawFd;

fn pem_of(der: &[u8]) -> String {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let mut s = String::from("-----BEGIN CERTIFICATE-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        s.push_str(&String::from_utf8_lossy(chunk));
        s.push('\n');
    }
    s.push_str("-----END CERTIFICATE-----");
    s
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    Class::<context::SecureContext>::define(o)?;
    Class::<wrap::TlsWrap>::define(o)?;
    o.set(
        "parseCertificate",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, v: Value<'js>| -> Result<Value<'js>> {
                let der = crate::bytes::to_vec(&ctx, &v)?;
                let der = match context::parse_certs(&der) {
                    Ok(mut list) if !list.is_empty() => list.remove(0).as_ref().to_vec(),
                    _ => der,
                };
                cert::cert_object(&ctx, &der)
            },
        )?,
    )?;
    o.set(
        "rootCertificates",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| -> Result<Array<'js>> {
            let arr = Array::new(ctx.clone())?;
            for (i, c) in context::default_root_ders().iter().enumerate() {
                arr.set(i, pem_of(c.as_ref()))?;
            }
            Ok(arr)
        })?,
    )?;
    o.set(
        "socketpair",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| -> Result<Value<'js>> {
            match std::os::unix::net::UnixStream::pair() {
                Ok((a, b)) => {
                    let arr = Array::new(ctx.clone())?;
                    arr.set(0, a.into_raw_fd())?;
                    arr.set(1, b.into_raw_fd())?;
                    Ok(arr.into_value())
                }
                Err(e) => Ok(Value::new_int(ctx, crate::tcp::neg_errno(&e))),
            }
        })?,
    )?;
    Ok(())
}
