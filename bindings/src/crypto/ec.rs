//! The NIST curves P-256, P-384 and P-521 and secp256k1 behind one face, for crypto/keys.rs and
//! crypto/ecdh.rs: key encodings (SEC1 points, PKCS#8, SPKI, SEC1 private keys),
//! ECDSA over a prehash and ECDH. The curve arithmetic, encodings and ECDSA
//! (RFC 6979) are the `p256`/`p384`/`p521`/`k256` crates'; this file only dispatches.
use pkcs8::der::Encode;
use pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey};
use rand_core::OsRng;

type R<T> = std::result::Result<T, String>;

fn err<E: std::fmt::Display>(e: E) -> String {
    format!("key error: {e}")
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Curve {
    P256,
    P384,
    P521,
    K256,
}

impl Curve {
    /// The names Node accepts for a curve (OpenSSL short names and NIST names).
    pub(crate) fn parse(name: &str) -> Option<Curve> {
        Some(match name {
            "P-256" | "prime256v1" | "secp256r1" => Curve::P256,
            "P-384" | "secp384r1" => Curve::P384,
            "P-521" | "secp521r1" => Curve::P521,
            "secp256k1" => Curve::K256,
            _ => return None,
        })
    }

    fn from_oid(oid: &pkcs8::ObjectIdentifier) -> Option<Curve> {
        Curve::ALL.into_iter().find(|c| c.oid() == *oid)
    }

    pub(crate) const ALL: [Curve; 4] = [Curve::P256, Curve::P384, Curve::P521, Curve::K256];

    pub(crate) fn oid(self) -> pkcs8::ObjectIdentifier {
        use pkcs8::AssociatedOid;
        match self {
            Curve::P256 => p256::NistP256::OID,
            Curve::P384 => p384::NistP384::OID,
            Curve::P521 => p521::NistP521::OID,
            Curve::K256 => k256::Secp256k1::OID,
        }
    }

    /// OpenSSL's name, which Node reports as `namedCurve`.
    pub(crate) fn openssl_name(self) -> &'static str {
        match self {
            Curve::P256 => "prime256v1",
            Curve::P384 => "secp384r1",
            Curve::P521 => "secp521r1",
            Curve::K256 => "secp256k1",
        }
    }

    /// The JWK / Web Crypto name.
    pub(crate) fn jwk_name(self) -> &'static str {
        match self {
            Curve::P256 => "P-256",
            Curve::P384 => "P-384",
            Curve::P521 => "P-521",
            Curve::K256 => "secp256k1",
        }
    }

    /// Bytes in a field element (and in a private scalar).
    pub(crate) fn field_len(self) -> usize {
        match self {
            Curve::P256 => 32,
            Curve::P384 => 48,
            Curve::P521 => 66,
            Curve::K256 => 32,
        }
    }
}

/// Run `$body` with `$m` naming the curve's crate (`p256`, `p384` or `p521`).
macro_rules! on_curve {
    ($c:expr, $m:ident => $body:expr) => {
        match $c {
            Curve::P256 => {
                #[allow(unused_imports)]
                use ::p256 as $m;
                $body
            }
            Curve::P384 => {
                #[allow(unused_imports)]
                use ::p384 as $m;
                $body
            }
            Curve::P521 => {
                #[allow(unused_imports)]
                use ::p521 as $m;
                $body
            }
            Curve::K256 => {
                #[allow(unused_imports)]
                use ::k256 as $m;
                $body
            }
        }
    };
}

/// Match a per-curve enum value, binding the key to `$k` and its crate to `$m`.
macro_rules! on_key {
    ($e:expr, $Ty:ident, $k:ident, $m:ident => $body:expr) => {
        match $e {
            $Ty::P256($k) => {
                #[allow(unused_imports)]
                use ::p256 as $m;
                $body
            }
            $Ty::P384($k) => {
                #[allow(unused_imports)]
                use ::p384 as $m;
                $body
            }
            $Ty::P521($k) => {
                #[allow(unused_imports)]
                use ::p521 as $m;
                $body
            }
            $Ty::K256($k) => {
                #[allow(unused_imports)]
                use ::k256 as $m;
                $body
            }
        }
    };
}

#[derive(Clone)]
pub(crate) enum EcSecret {
    P256(p256::SecretKey),
    P384(p384::SecretKey),
    P521(p521::SecretKey),
    K256(k256::SecretKey),
}

#[derive(Clone, PartialEq, Eq)]
pub(crate) enum EcPublic {
    P256(p256::PublicKey),
    P384(p384::PublicKey),
    P521(p521::PublicKey),
    K256(k256::PublicKey),
}

macro_rules! from_impls {
    ($($v:ident => $m:ident),*) => {$(
        impl From<$m::SecretKey> for EcSecret {
            fn from(k: $m::SecretKey) -> Self {
                EcSecret::$v(k)
            }
        }
        impl From<$m::PublicKey> for EcPublic {
            fn from(k: $m::PublicKey) -> Self {
                EcPublic::$v(k)
            }
        }
    )*};
}
from_impls!(P256 => p256, P384 => p384, P521 => p521, K256 => k256);

/// The curve named by an algorithm identifier's parameters.
fn curve_of(params: std::result::Result<pkcs8::ObjectIdentifier, spki::Error>) -> R<Curve> {
    let oid = params.map_err(|_| "unsupported curve".to_string())?;
    Curve::from_oid(&oid).ok_or_else(|| "unsupported curve".to_string())
}

/// ECDSA takes the leftmost bits of the hash that fit the field; the `ecdsa` crate
/// also refuses digests shorter than half the field, which OpenSSL accepts.
/// Leading zeros keep the value, so widen those to the minimum.
fn prehash(h: &[u8], curve: Curve) -> Vec<u8> {
    let min = curve.field_len() / 2;
    if h.len() >= min {
        return h.to_vec();
    }
    let mut v = vec![0u8; min - h.len()];
    v.extend_from_slice(h);
    v
}

impl EcSecret {
    pub(crate) fn curve(&self) -> Curve {
        match self {
            EcSecret::P256(_) => Curve::P256,
            EcSecret::P384(_) => Curve::P384,
            EcSecret::P521(_) => Curve::P521,
            EcSecret::K256(_) => Curve::K256,
        }
    }

    pub(crate) fn random(c: Curve) -> EcSecret {
        on_curve!(c, m => m::SecretKey::random(&mut OsRng).into())
    }

    /// A big-endian scalar; shorter inputs are zero-extended as OpenSSL's BN_bin2bn.
    pub(crate) fn from_bytes(c: Curve, b: &[u8]) -> R<EcSecret> {
        let n = c.field_len();
        if b.is_empty() || b.len() > n {
            return Err("invalid private key".into());
        }
        let mut v = vec![0u8; n - b.len()];
        v.extend_from_slice(b);
        on_curve!(c, m => m::SecretKey::from_slice(&v)
            .map(Into::into)
            .map_err(|_| "invalid private key".to_string()))
    }

    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        on_key!(self, EcSecret, k, _m => k.to_bytes().to_vec())
    }

    pub(crate) fn public(&self) -> EcPublic {
        on_key!(self, EcSecret, k, _m => k.public_key().into())
    }

    pub(crate) fn from_pkcs8(der: &[u8]) -> R<EcSecret> {
        let info = pkcs8::PrivateKeyInfo::try_from(der).map_err(err)?;
        let c = curve_of(info.algorithm.parameters_oid())?;
        on_curve!(c, m => m::SecretKey::from_pkcs8_der(der).map(Into::into).map_err(err))
    }

    /// A SEC1 `ECPrivateKey`; without curve parameters the scalar length decides.
    pub(crate) fn from_sec1(der: &[u8]) -> R<EcSecret> {
        let k = sec1::EcPrivateKey::try_from(der).map_err(err)?;
        let c = match k.parameters.and_then(|p| p.named_curve()) {
            Some(oid) => Curve::from_oid(&oid).ok_or("unsupported curve")?,
            None => Curve::ALL
                .into_iter()
                .find(|c| c.field_len() == k.private_key.len())
                .ok_or("unsupported curve")?,
        };
        on_curve!(c, m => m::SecretKey::from_sec1_der(der).map(Into::into).map_err(err))
    }

    pub(crate) fn to_pkcs8(&self) -> R<Vec<u8>> {
        on_key!(self, EcSecret, k, _m => Ok(k.to_pkcs8_der().map_err(err)?.as_bytes().to_vec()))
    }

    /// SEC1 with the curve OID, as OpenSSL writes it (the crates leave it out).
    pub(crate) fn to_sec1(&self) -> R<Vec<u8>> {
        let secret = self.to_bytes();
        let public = self.public().to_sec1(false);
        sec1::EcPrivateKey {
            private_key: &secret,
            parameters: Some(sec1::EcParameters::NamedCurve(self.curve().oid())),
            public_key: Some(&public),
        }
        .to_der()
        .map_err(err)
    }

    /// ECDSA over a message digest: DER or IEEE P1363 (r || s).
    pub(crate) fn sign(&self, hash: &[u8], p1363: bool) -> R<Vec<u8>> {
        let h = prehash(hash, self.curve());
        on_key!(self, EcSecret, k, m => {
            use m::ecdsa::signature::hazmat::PrehashSigner;
            let sk = m::ecdsa::SigningKey::from_bytes(&k.to_bytes()).map_err(err)?;
            let sig: m::ecdsa::Signature = sk.sign_prehash(&h).map_err(err)?;
            Ok(if p1363 {
                sig.to_bytes().to_vec()
            } else {
                sig.to_der().as_bytes().to_vec()
            })
        })
    }

    /// ECDH: the x coordinate of the shared point. The curves must match.
    pub(crate) fn diffie_hellman(&self, public: &EcPublic) -> R<Vec<u8>> {
        macro_rules! dh {
            ($m:ident, $s:expr, $p:expr) => {
                Ok(
                    $m::ecdh::diffie_hellman($s.to_nonzero_scalar(), $p.as_affine())
                        .raw_secret_bytes()
                        .to_vec(),
                )
            };
        }
        match (self, public) {
            (EcSecret::P256(s), EcPublic::P256(p)) => dh!(p256, s, p),
            (EcSecret::P384(s), EcPublic::P384(p)) => dh!(p384, s, p),
            (EcSecret::P521(s), EcPublic::P521(p)) => dh!(p521, s, p),
            (EcSecret::K256(s), EcPublic::K256(p)) => dh!(k256, s, p),
            _ => Err("incompatible curves".into()),
        }
    }
}

impl EcPublic {
    pub(crate) fn curve(&self) -> Curve {
        match self {
            EcPublic::P256(_) => Curve::P256,
            EcPublic::P384(_) => Curve::P384,
            EcPublic::P521(_) => Curve::P521,
            EcPublic::K256(_) => Curve::K256,
        }
    }

    /// A SEC1 point, compressed (02/03) or uncompressed (04). The identity and the
    /// crates' compact form (05), which OpenSSL does not read, are refused.
    pub(crate) fn from_sec1(c: Curve, b: &[u8]) -> R<EcPublic> {
        if !matches!(b.first(), Some(2..=4)) {
            return Err("invalid public key".into());
        }
        on_curve!(c, m => m::PublicKey::from_sec1_bytes(b)
            .map(Into::into)
            .map_err(|_| "invalid public key".to_string()))
    }

    pub(crate) fn to_sec1(&self, compressed: bool) -> Vec<u8> {
        use p256::elliptic_curve::sec1::ToEncodedPoint;
        on_key!(self, EcPublic, k, _m => k.to_encoded_point(compressed).as_bytes().to_vec())
    }

    /// The affine coordinates, each a full field element (for JWK).
    pub(crate) fn xy(&self) -> (Vec<u8>, Vec<u8>) {
        let n = self.curve().field_len();
        let p = self.to_sec1(false);
        (p[1..1 + n].to_vec(), p[1 + n..].to_vec())
    }

    pub(crate) fn from_spki(der: &[u8]) -> R<EcPublic> {
        let info = spki::SubjectPublicKeyInfoRef::try_from(der).map_err(err)?;
        let c = curve_of(info.algorithm.parameters_oid())?;
        on_curve!(c, m => m::PublicKey::from_public_key_der(der).map(Into::into).map_err(err))
    }

    pub(crate) fn to_spki(&self) -> R<Vec<u8>> {
        on_key!(self, EcPublic, k, _m => Ok(k.to_public_key_der().map_err(err)?.into_vec()))
    }

    /// Check an ECDSA signature (DER or IEEE P1363) over a message digest.
    pub(crate) fn verify(&self, hash: &[u8], sig: &[u8], p1363: bool) -> bool {
        let h = prehash(hash, self.curve());
        on_key!(self, EcPublic, k, m => {
            use m::ecdsa::signature::hazmat::PrehashVerifier;
            let s = if p1363 {
                m::ecdsa::Signature::from_slice(sig)
            } else {
                m::ecdsa::Signature::from_der(sig)
            };
            let Ok(s) = s else { return false };
            // OpenSSL accepts either s or n - s; `k256` insists on the low one.
            let s = s.normalize_s().unwrap_or(s);
            match m::ecdsa::VerifyingKey::from_affine(*k.as_affine()) {
                Ok(vk) => vk.verify_prehash(&h, &s).is_ok(),
                Err(_) => false,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_verify_each_curve() {
        for c in Curve::ALL {
            let k = EcSecret::random(c);
            let p = k.public();
            for hlen in [20, 32, 48, 64] {
                let h = vec![7u8; hlen];
                for p1363 in [false, true] {
                    let s = k.sign(&h, p1363).unwrap();
                    assert!(p.verify(&h, &s, p1363));
                    assert!(!p.verify(&[8u8; 32], &s, p1363));
                }
            }
            let der = k.to_pkcs8().unwrap();
            assert_eq!(EcSecret::from_pkcs8(&der).unwrap().to_bytes(), k.to_bytes());
            let sec1 = k.to_sec1().unwrap();
            assert_eq!(EcSecret::from_sec1(&sec1).unwrap().to_bytes(), k.to_bytes());
            let spki = p.to_spki().unwrap();
            assert!(EcPublic::from_spki(&spki).unwrap() == p);
            let other = EcSecret::random(c);
            assert_eq!(
                k.diffie_hellman(&other.public()).unwrap(),
                other.diffie_hellman(&p).unwrap()
            );
            let comp = p.to_sec1(true);
            assert!(EcPublic::from_sec1(c, &comp).unwrap() == p);
        }
    }
}
