//! Key agreement: node:crypto's ECDH class and crypto.diffieHellman(), Web Crypto's
//! ECDH and X25519. The math is `p256`/`p384`/`p521` (via crypto/ec.rs) and
//! `x25519-dalek`; X25519's PKCS#8/SPKI containers (RFC 8410) are built with the
//! `pkcs8`/`spki` crates here, since x25519-dalek has no encoding support.
use super::ec::{Curve, EcPublic, EcSecret};
use super::keys::{Key, KeyHandle, OID_X25519};
use super::throw;
use crate::bytes;
use pkcs8::der::asn1::{BitStringRef, OctetStringRef};
use pkcs8::der::{Decode, Encode};
use rquickjs::{Array, Class, Ctx, Function, Object, Result, Value};

type R<T> = std::result::Result<T, String>;

fn err<E: std::fmt::Display>(e: E) -> String {
    format!("key error: {e}")
}

fn x25519_alg() -> R<spki::AlgorithmIdentifierRef<'static>> {
    Ok(spki::AlgorithmIdentifierRef {
        oid: pkcs8::ObjectIdentifier::new(OID_X25519).map_err(err)?,
        parameters: None,
    })
}

/// RFC 8410: the private key is an OCTET STRING inside PKCS#8's privateKey.
pub(crate) fn x25519_from_pkcs8(der: &[u8]) -> R<x25519_dalek::StaticSecret> {
    let info = pkcs8::PrivateKeyInfo::try_from(der).map_err(err)?;
    if info.algorithm.oid.to_string() != OID_X25519 {
        return Err("unsupported key type".into());
    }
    let os = OctetStringRef::from_der(info.private_key).map_err(err)?;
    let b: [u8; 32] = os
        .as_bytes()
        .try_into()
        .map_err(|_| "invalid X25519 key".to_string())?;
    Ok(x25519_dalek::StaticSecret::from(b))
}

/// Node writes the v1 form, without the public key.
pub(crate) fn x25519_to_pkcs8(k: &x25519_dalek::StaticSecret) -> R<Vec<u8>> {
    let inner = OctetStringRef::new(k.as_bytes())
        .map_err(err)?
        .to_der()
        .map_err(err)?;
    pkcs8::PrivateKeyInfo::new(x25519_alg()?, &inner)
        .to_der()
        .map_err(err)
}

pub(crate) fn x25519_from_spki(der: &[u8]) -> R<x25519_dalek::PublicKey> {
    let info = spki::SubjectPublicKeyInfoRef::try_from(der).map_err(err)?;
    if info.algorithm.oid.to_string() != OID_X25519 {
        return Err("unsupported key type".into());
    }
    x25519_public(info.subject_public_key.as_bytes().unwrap_or_default())
}

pub(crate) fn x25519_to_spki(k: &x25519_dalek::PublicKey) -> R<Vec<u8>> {
    spki::SubjectPublicKeyInfoRef {
        algorithm: x25519_alg()?,
        subject_public_key: BitStringRef::from_bytes(k.as_bytes()).map_err(err)?,
    }
    .to_der()
    .map_err(err)
}

fn x25519_public(b: &[u8]) -> R<x25519_dalek::PublicKey> {
    let b: [u8; 32] = b.try_into().map_err(|_| "invalid X25519 key".to_string())?;
    Ok(x25519_dalek::PublicKey::from(b))
}

/// The shared secret of a private and a public key of the same kind. X25519 results
/// that are all zeros (a small-order peer key) fail, as in OpenSSL.
pub(crate) fn derive(private: &Key, public: &Key) -> R<Vec<u8>> {
    match (private, public.public()) {
        (Key::EcPriv(s), Key::EcPub(p)) => {
            if s.curve() != p.curve() {
                return Err("mismatching domain parameters".into());
            }
            s.diffie_hellman(&p)
        }
        (Key::XPriv(s), Key::XPub(p)) => {
            let shared = s.diffie_hellman(&p);
            if !shared.was_contributory() {
                return Err("failed during derivation".into());
            }
            Ok(shared.as_bytes().to_vec())
        }
        _ => Err("incompatible key types".into()),
    }
}

fn curve_arg(ctx: &Ctx<'_>, name: &str) -> Result<Curve> {
    match Curve::parse(name) {
        Some(c) => Ok(c),
        None => throw(ctx, "invalid curve"),
    }
}

fn pair<'js>(ctx: &Ctx<'js>, k: &EcSecret) -> Result<Value<'js>> {
    let a = Array::new(ctx.clone())?;
    a.set(0, bytes::array_buffer(ctx, k.to_bytes())?)?;
    a.set(1, bytes::array_buffer(ctx, k.public().to_sec1(false))?)?;
    Ok(a.into_value())
}

fn new_handle<'js>(ctx: &Ctx<'js>, r: R<Key>) -> Result<Class<'js, KeyHandle>> {
    match r {
        Ok(key) => Class::instance(ctx.clone(), KeyHandle { key }),
        Err(e) => throw(ctx, &e),
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    // ecdhCurves() -> the OpenSSL names of the supported curves.
    o.set(
        "ecdhCurves",
        Function::new(ctx.clone(), || -> Vec<&'static str> {
            Curve::ALL.iter().map(|c| c.openssl_name()).collect()
        })?,
    )?;
    // ecdhGenerate(curve) -> [private scalar, uncompressed public point]
    o.set(
        "ecdhGenerate",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, curve: String| -> Result<Value<'js>> {
                let c = curve_arg(&ctx, &curve)?;
                pair(&ctx, &EcSecret::random(c))
            },
        )?,
    )?;
    // ecdhFromPrivate(curve, scalar) -> [private scalar, uncompressed public point];
    // throws "invalid private key" when the scalar is zero or not below the order.
    o.set(
        "ecdhFromPrivate",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, curve: String, private: Value<'js>| -> Result<Value<'js>> {
                let c = curve_arg(&ctx, &curve)?;
                match bytes::with_bytes(&ctx, &private, |b| EcSecret::from_bytes(c, b))? {
                    Ok(k) => pair(&ctx, &k),
                    Err(e) => throw(&ctx, &e),
                }
            },
        )?,
    )?;
    // ecdhCompute(curve, scalar, peerPoint) -> shared x coordinate;
    // throws "invalid public key" for a point that is not on the curve.
    o.set(
        "ecdhCompute",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             curve: String,
             private: Value<'js>,
             peer: Value<'js>|
             -> Result<Value<'js>> {
                let c = curve_arg(&ctx, &curve)?;
                let sk = bytes::with_bytes(&ctx, &private, |b| EcSecret::from_bytes(c, b))?;
                let pk = bytes::with_bytes(&ctx, &peer, |b| EcPublic::from_sec1(c, b))?;
                match (sk, pk) {
                    (Ok(sk), Ok(pk)) => match sk.diffie_hellman(&pk) {
                        Ok(v) => bytes::array_buffer(&ctx, v),
                        Err(e) => throw(&ctx, &e),
                    },
                    (Err(e), _) | (_, Err(e)) => throw(&ctx, &e),
                }
            },
        )?,
    )?;
    // ecdhConvert(curve, point, compressed) -> the point re-encoded.
    o.set(
        "ecdhConvert",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             curve: String,
             point: Value<'js>,
             compressed: bool|
             -> Result<Value<'js>> {
                let c = curve_arg(&ctx, &curve)?;
                match bytes::with_bytes(&ctx, &point, |b| EcPublic::from_sec1(c, b))? {
                    Ok(p) => bytes::array_buffer(&ctx, p.to_sec1(compressed)),
                    Err(e) => throw(&ctx, &e),
                }
            },
        )?,
    )?;
    // diffieHellman(privateHandle, publicHandle) -> shared secret
    o.set(
        "diffieHellman",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             private: Class<'js, KeyHandle>,
             public: Class<'js, KeyHandle>|
             -> Result<Value<'js>> {
                let r = derive(&private.borrow().key, &public.borrow().key);
                match r {
                    Ok(v) => bytes::array_buffer(&ctx, v),
                    Err(e) => throw(&ctx, &e),
                }
            },
        )?,
    )?;
    // keyFromRaw('ec', curve, point) | keyFromRaw('x25519', null, 32 bytes) -> public KeyHandle
    o.set(
        "keyFromRaw",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             kind: String,
             curve: Option<String>,
             data: Value<'js>|
             -> Result<Class<'js, KeyHandle>> {
                let r = bytes::with_bytes(&ctx, &data, |b| match kind.as_str() {
                    "ec" => {
                        let c = curve
                            .as_deref()
                            .and_then(Curve::parse)
                            .ok_or("invalid curve")?;
                        EcPublic::from_sec1(c, b).map(Key::EcPub)
                    }
                    "x25519" => x25519_public(b).map(Key::XPub),
                    _ => Err("unsupported key type".to_string()),
                })?;
                new_handle(&ctx, r)
            },
        )?,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn x25519_containers() {
        let k = x25519_dalek::StaticSecret::from([0x77; 32]);
        let der = x25519_to_pkcs8(&k).unwrap();
        assert_eq!(
            hex::encode(&der),
            format!("302e020100300506032b656e04220420{}", "77".repeat(32))
        );
        assert_eq!(x25519_from_pkcs8(&der).unwrap().to_bytes(), [0x77; 32]);
        let p = x25519_dalek::PublicKey::from(&k);
        let spki = x25519_to_spki(&p).unwrap();
        assert_eq!(
            hex::encode(&spki),
            "302a300506032b656e0321001cf579aba45a10ba1d1ef06d91fca2aa9ed0a1150515653155405d0b18cb9a67"
        );
        assert_eq!(x25519_from_spki(&spki).unwrap(), p);
    }
}
