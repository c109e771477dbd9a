//! JWK (RFC 7517/7518/8037) import and export of the asymmetric keys in
//! crypto/keys.rs: base64url members in, a `Key` out, and back.
use super::ec::{Curve, EcPublic, EcSecret};
use super::keys::Key;
use base64::Engine as _;
use rquickjs::{Ctx, Object, Result};
use rsa::traits::{PrivateKeyParts, PublicKeyParts};
use rsa::{BigUint, RsaPrivateKey, RsaPublicKey};

type R<T> = std::result::Result<T, String>;

fn err<E: std::fmt::Display>(e: E) -> String {
    format!("key error: {e}")
}

fn b64u(b: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b)
}

fn unb64u(s: &str) -> R<Vec<u8>> {
    let t = s.trim_end_matches('=');
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(t)
        .map_err(|_| "invalid JWK encoding".to_string())
}

fn big(b: &BigUint) -> String {
    b64u(&b.to_bytes_be())
}

/// The key's JWK members (without kty and, for OKP keys, crv: JS adds those).
pub(crate) fn export<'js>(ctx: &Ctx<'js>, key: &Key) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    match key {
        Key::EdPriv(k) => {
            o.set("x", b64u(k.verifying_key().as_bytes()))?;
            o.set("d", b64u(&k.to_bytes()))?;
        }
        Key::EdPub(k) => o.set("x", b64u(k.as_bytes()))?,
        Key::EcPriv(k) => {
            let (x, y) = k.public().xy();
            o.set("crv", k.curve().jwk_name())?;
            o.set("x", b64u(&x))?;
            o.set("y", b64u(&y))?;
            o.set("d", b64u(&k.to_bytes()))?;
        }
        Key::EcPub(k) => {
            let (x, y) = k.xy();
            o.set("crv", k.curve().jwk_name())?;
            o.set("x", b64u(&x))?;
            o.set("y", b64u(&y))?;
        }
        Key::XPriv(k) => {
            o.set("x", b64u(x25519_dalek::PublicKey::from(k).as_bytes()))?;
            o.set("d", b64u(k.as_bytes()))?;
        }
        Key::XPub(k) => o.set("x", b64u(k.as_bytes()))?,
        Key::RsaPub(k) => {
            o.set("n", big(k.n()))?;
            o.set("e", big(k.e()))?;
        }
        Key::RsaPriv(k) => {
            o.set("n", big(k.n()))?;
            o.set("e", big(k.e()))?;
            o.set("d", big(k.d()))?;
            let primes = k.primes();
            if primes.len() == 2 {
                o.set("p", big(&primes[0]))?;
                o.set("q", big(&primes[1]))?;
                if let (Some(dp), Some(dq), Some(qi)) = (k.dp(), k.dq(), k.crt_coefficient()) {
                    o.set("dp", big(dp))?;
                    o.set("dq", big(dq))?;
                    o.set("qi", big(&qi))?;
                }
            }
        }
    }
    Ok(o)
}

/// A key from JWK members; `want_private` reads d (and RSA's CRT members).
pub(crate) fn import(o: &Object<'_>, want_private: bool) -> R<Key> {
    let get = |name: &str| -> R<Option<Vec<u8>>> {
        match o.get::<_, Option<String>>(name) {
            Ok(Some(s)) => unb64u(&s).map(Some),
            Ok(None) => Ok(None),
            Err(_) => Err(format!("invalid JWK member {name}")),
        }
    };
    let need = |name: &str| -> R<Vec<u8>> {
        get(name)?.ok_or_else(|| format!("invalid JWK: missing {name}"))
    };
    let kty: String = o
        .get::<_, Option<String>>("kty")
        .ok()
        .flatten()
        .unwrap_or_default();
    let crv: String = o
        .get::<_, Option<String>>("crv")
        .ok()
        .flatten()
        .unwrap_or_default();
    let key = match kty.as_str() {
        "OKP" if crv == "Ed25519" => {
            if want_private {
                let d: [u8; 32] = need("d")?
                    .try_into()
                    .map_err(|_| "invalid JWK Ed25519 key".to_string())?;
                Key::EdPriv(ed25519_dalek::SigningKey::from_bytes(&d))
            } else {
                let x: [u8; 32] = need("x")?
                    .try_into()
                    .map_err(|_| "invalid JWK Ed25519 key".to_string())?;
                Key::EdPub(ed25519_dalek::VerifyingKey::from_bytes(&x).map_err(err)?)
            }
        }
        "OKP" if crv == "X25519" => {
            let bad = |_| "invalid JWK X25519 key".to_string();
            if want_private {
                let d: [u8; 32] = need("d")?.try_into().map_err(bad)?;
                Key::XPriv(x25519_dalek::StaticSecret::from(d))
            } else {
                let x: [u8; 32] = need("x")?.try_into().map_err(bad)?;
                Key::XPub(x25519_dalek::PublicKey::from(x))
            }
        }
        "EC" => {
            let curve = Curve::ALL
                .into_iter()
                .find(|c| c.jwk_name() == crv)
                .ok_or("unsupported JWK curve")?;
            // The point must be on the curve, and match d when both are given.
            let (x, y) = (need("x")?, need("y")?);
            let n = curve.field_len();
            if x.len() != n || y.len() != n {
                return Err("invalid JWK EC key".into());
            }
            let mut pt = vec![4u8];
            pt.extend(x);
            pt.extend(y);
            let public = EcPublic::from_sec1(curve, &pt)?;
            if want_private {
                let d = need("d")?;
                if d.len() != n {
                    return Err("invalid JWK EC key".into());
                }
                let k = EcSecret::from_bytes(curve, &d)?;
                if k.public() != public {
                    return Err("invalid JWK EC key".into());
                }
                Key::EcPriv(k)
            } else {
                Key::EcPub(public)
            }
        }
        "RSA" => {
            let n = BigUint::from_bytes_be(&need("n")?);
            let e = BigUint::from_bytes_be(&need("e")?);
            if want_private {
                let d = BigUint::from_bytes_be(&need("d")?);
                let mut primes = Vec::new();
                if let (Some(p), Some(q)) = (get("p")?, get("q")?) {
                    primes.push(BigUint::from_bytes_be(&p));
                    primes.push(BigUint::from_bytes_be(&q));
                }
                Key::RsaPriv(RsaPrivateKey::from_components(n, e, d, primes).map_err(err)?)
            } else {
                Key::RsaPub(RsaPublicKey::new(n, e).map_err(err)?)
            }
        }
        _ => return Err("unsupported JWK key type".into()),
    };
    Ok(key)
}
