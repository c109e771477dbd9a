//! Asymmetric keys (Ed25519, X25519, P-256/384/521, RSA): parsing PEM/DER, export,
//! key generation, sign/verify and RSA encryption; JWK is in crypto/jwk.rs. Encoding
//! is done by the RustCrypto `pkcs8`/`spki`/`pkcs1`/`sec1` crates; keys and
//! algorithms by `ed25519-dalek`, `x25519-dalek`, `p256`/`p384`/`p521` (via
//! crypto/ec.rs) and `rsa`.
use super::ec::{Curve, EcPublic, EcSecret};
use super::ecdh::{x25519_from_pkcs8, x25519_from_spki, x25519_to_pkcs8, x25519_to_spki};
use super::{dispatch, throw, with_digest, Alg};
use crate::bytes;
use ed25519_dalek::{Signer as _, Verifier as _};
use pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey, LineEnding};
use rand_core::OsRng;
use rquickjs::class::Trace;
use rquickjs::function::Opt;
use rquickjs::{Array, Class, Ctx, Function, JsLifetime, Object, Result, Value};
use rsa::pkcs1::{
    DecodeRsaPrivateKey, DecodeRsaPublicKey, EncodeRsaPrivateKey, EncodeRsaPublicKey,
};
use rsa::traits::PublicKeyParts;
use rsa::{BigUint, RsaPrivateKey, RsaPublicKey};

const OID_ED25519: &str = "1.3.101.112";
pub(crate) const OID_X25519: &str = "1.3.101.110";
const OID_EC: &str = "1.2.840.10045.2.1";
const OID_RSA: &str = "1.2.840.113549.1.1.1";

#[derive(Clone)]
pub(crate) enum Key {
    EdPriv(ed25519_dalek::SigningKey),
    EdPub(ed25519_dalek::VerifyingKey),
    EcPriv(EcSecret),
    EcPub(EcPublic),
    XPriv(x25519_dalek::StaticSecret),
    XPub(x25519_dalek::PublicKey),
    RsaPriv(RsaPrivateKey),
    RsaPub(RsaPublicKey),
}

type R<T> = std::result::Result<T, String>;

fn err<E: std::fmt::Display>(e: E) -> String {
    format!("key error: {e}")
}

impl Key {
    fn is_private(&self) -> bool {
        matches!(
            self,
            Key::EdPriv(_) | Key::EcPriv(_) | Key::XPriv(_) | Key::RsaPriv(_)
        )
    }
    fn kind(&self) -> &'static str {
        match self {
            Key::EdPriv(_) | Key::EdPub(_) => "ed25519",
            Key::EcPriv(_) | Key::EcPub(_) => "ec",
            Key::XPriv(_) | Key::XPub(_) => "x25519",
            Key::RsaPriv(_) | Key::RsaPub(_) => "rsa",
        }
    }
    pub(crate) fn public(&self) -> Key {
        match self {
            Key::EdPriv(k) => Key::EdPub(k.verifying_key()),
            Key::EcPriv(k) => Key::EcPub(k.public()),
            Key::XPriv(k) => Key::XPub(x25519_dalek::PublicKey::from(k)),
            Key::RsaPriv(k) => Key::RsaPub(k.to_public_key()),
            k => k.clone(),
        }
    }

    fn from_pkcs8(der: &[u8]) -> R<Key> {
        let info = pkcs8::PrivateKeyInfo::try_from(der).map_err(err)?;
        let oid = info.algorithm.oid.to_string();
        Ok(match oid.as_str() {
            OID_ED25519 => {
                Key::EdPriv(ed25519_dalek::SigningKey::from_pkcs8_der(der).map_err(err)?)
            }
            OID_EC => Key::EcPriv(EcSecret::from_pkcs8(der)?),
            OID_X25519 => Key::XPriv(x25519_from_pkcs8(der)?),
            OID_RSA => Key::RsaPriv(RsaPrivateKey::from_pkcs8_der(der).map_err(err)?),
            _ => return Err("unsupported key type".into()),
        })
    }

    fn from_spki(der: &[u8]) -> R<Key> {
        let info = spki::SubjectPublicKeyInfoRef::try_from(der).map_err(err)?;
        let oid = info.algorithm.oid.to_string();
        Ok(match oid.as_str() {
            OID_ED25519 => {
                Key::EdPub(ed25519_dalek::VerifyingKey::from_public_key_der(der).map_err(err)?)
            }
            OID_EC => Key::EcPub(EcPublic::from_spki(der)?),
            OID_X25519 => Key::XPub(x25519_from_spki(der)?),
            OID_RSA => Key::RsaPub(RsaPublicKey::from_public_key_der(der).map_err(err)?),
            _ => return Err("unsupported key type".into()),
        })
    }

    fn from_der(der: &[u8], typ: &str, public: bool) -> R<Key> {
        match typ {
            "pkcs8" => Key::from_pkcs8(der),
            "spki" => Key::from_spki(der),
            "sec1" => Ok(Key::EcPriv(EcSecret::from_sec1(der)?)),
            "pkcs1" => {
                if public {
                    if let Ok(k) = RsaPublicKey::from_pkcs1_der(der) {
                        return Ok(Key::RsaPub(k));
                    }
                }
                Ok(Key::RsaPriv(
                    RsaPrivateKey::from_pkcs1_der(der).map_err(err)?,
                ))
            }
            _ => {
                // No type given: try what fits.
                if public {
                    if let Ok(k) = Key::from_spki(der) {
                        return Ok(k);
                    }
                }
                Key::from_pkcs8(der)
                    .or_else(|_| {
                        RsaPrivateKey::from_pkcs1_der(der)
                            .map(Key::RsaPriv)
                            .map_err(err)
                    })
                    .or_else(|_| EcSecret::from_sec1(der).map(Key::EcPriv))
            }
        }
    }

    fn from_pem(text: &str) -> R<Key> {
        let start = text.find("-----BEGIN").ok_or("no PEM data")?;
        let (label, der) = pkcs8::der::pem::decode_vec(text[start..].as_bytes()).map_err(err)?;
        match label {
            "PRIVATE KEY" => Key::from_pkcs8(&der),
            "PUBLIC KEY" => Key::from_spki(&der),
            "RSA PRIVATE KEY" => Ok(Key::RsaPriv(
                RsaPrivateKey::from_pkcs1_der(&der).map_err(err)?,
            )),
            "RSA PUBLIC KEY" => Ok(Key::RsaPub(
                RsaPublicKey::from_pkcs1_der(&der).map_err(err)?,
            )),
            "EC PRIVATE KEY" => Ok(Key::EcPriv(EcSecret::from_sec1(&der)?)),
            "ENCRYPTED PRIVATE KEY" => Err("encrypted private keys are not supported".into()),
            _ => Err("unsupported PEM label".into()),
        }
    }

    /// DER in the given container type.
    fn to_der(&self, typ: &str) -> R<Vec<u8>> {
        let bad = || format!("unsupported export type {typ}");
        Ok(match (self, typ) {
            (Key::EdPriv(k), "pkcs8") => {
                // Node writes the RFC 8410 v1 form, without the public key.
                let kp = ed25519_dalek::pkcs8::KeypairBytes {
                    secret_key: k.to_bytes(),
                    public_key: None,
                };
                kp.to_pkcs8_der().map_err(err)?.as_bytes().to_vec()
            }
            (Key::EcPriv(k), "pkcs8") => k.to_pkcs8()?,
            (Key::EcPriv(k), "sec1") => k.to_sec1()?,
            (Key::XPriv(k), "pkcs8") => x25519_to_pkcs8(k)?,
            (Key::XPub(k), "spki") => x25519_to_spki(k)?,
            (Key::RsaPriv(k), "pkcs8") => k.to_pkcs8_der().map_err(err)?.as_bytes().to_vec(),
            (Key::RsaPriv(k), "pkcs1") => k.to_pkcs1_der().map_err(err)?.as_bytes().to_vec(),
            (Key::EdPub(k), "spki") => k.to_public_key_der().map_err(err)?.into_vec(),
            (Key::EcPub(k), "spki") => k.to_spki()?,
            (Key::RsaPub(k), "spki") => k.to_public_key_der().map_err(err)?.into_vec(),
            (Key::RsaPub(k), "pkcs1") => k.to_pkcs1_der().map_err(err)?.into_vec(),
            _ => return Err(bad()),
        })
    }

    fn to_pem(&self, typ: &str) -> R<String> {
        let der = self.to_der(typ)?;
        let label = match (self.is_private(), typ) {
            (true, "pkcs8") => "PRIVATE KEY",
            (true, "pkcs1") => "RSA PRIVATE KEY",
            (true, "sec1") => "EC PRIVATE KEY",
            (false, "spki") => "PUBLIC KEY",
            (false, "pkcs1") => "RSA PUBLIC KEY",
            _ => return Err(format!("unsupported export type {typ}")),
        };
        pkcs8::der::pem::encode_string(label, LineEnding::LF, &der).map_err(err)
    }

    /// A canonical encoding, for equals().
    fn canonical(&self) -> R<Vec<u8>> {
        if self.is_private() {
            self.to_der("pkcs8")
        } else {
            self.to_der("spki")
        }
    }
}

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "KeyHandle")]
pub struct KeyHandle {
    #[qjs(skip_trace)]
    pub(crate) key: Key,
}

#[rquickjs::methods]
impl KeyHandle {
    /// {type, asymmetricKeyType, modulusLength?, publicExponent?, namedCurve?}
    pub fn info<'js>(&self, ctx: Ctx<'js>) -> Result<Object<'js>> {
        let o = Object::new(ctx.clone())?;
        o.set(
            "type",
            if self.key.is_private() {
                "private"
            } else {
                "public"
            },
        )?;
        o.set("asymmetricKeyType", self.key.kind())?;
        match &self.key {
            Key::RsaPriv(k) => {
                o.set("modulusLength", k.n().bits())?;
                o.set("publicExponent", k.e().to_string())?;
            }
            Key::RsaPub(k) => {
                o.set("modulusLength", k.n().bits())?;
                o.set("publicExponent", k.e().to_string())?;
            }
            Key::EcPriv(k) => o.set("namedCurve", k.curve().openssl_name())?,
            Key::EcPub(k) => o.set("namedCurve", k.curve().openssl_name())?,
            _ => {}
        }
        Ok(o)
    }

    /// export(format 'pem'|'der', type) -> string | ArrayBuffer
    pub fn export<'js>(&self, ctx: Ctx<'js>, format: String, typ: String) -> Result<Value<'js>> {
        let r = if format == "pem" {
            self.key
                .to_pem(&typ)
                .map(|s| rquickjs::String::from_str(ctx.clone(), &s).map(|s| s.into_value()))
        } else {
            self.key.to_der(&typ).map(|d| bytes::array_buffer(&ctx, d))
        };
        match r {
            Ok(v) => v,
            Err(e) => throw(&ctx, &e),
        }
    }

    /// The JWK members as base64url strings (JS puts them in Node's order).
    pub fn jwk<'js>(&self, ctx: Ctx<'js>) -> Result<Object<'js>> {
        super::jwk::export(&ctx, &self.key)
    }

    #[qjs(rename = "publicKey")]
    pub fn public_key<'js>(&self, ctx: Ctx<'js>) -> Result<Class<'js, KeyHandle>> {
        Class::instance(
            ctx,
            KeyHandle {
                key: self.key.public(),
            },
        )
    }

    pub fn equals(&self, other: Class<'_, KeyHandle>) -> bool {
        let o = other.borrow();
        match (self.key.canonical(), o.key.canonical()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
    }
}

fn digest_for(alg: Option<&str>, default: Alg) -> R<Alg> {
    match alg {
        None => Ok(default),
        Some(a) => Alg::parse(a).ok_or_else(|| "invalid digest".to_string()),
    }
}

pub(crate) struct SignOpts {
    pub alg: Option<String>,
    pub prehashed: bool,
    pub padding: i32,
    pub salt_len: i32,
    pub p1363: bool,
}

const RSA_PKCS1_PSS_PADDING: i32 = 6;

fn pss_max_salt(k: &RsaPublicKey, hlen: usize) -> usize {
    let em_len = (k.n().bits() - 1).div_ceil(8);
    em_len.saturating_sub(hlen + 2)
}

fn hashed(o: &SignOpts, data: &[u8], default: Alg) -> R<(Alg, Vec<u8>)> {
    let alg = digest_for(o.alg.as_deref(), default)?;
    if o.prehashed {
        Ok((alg, data.to_vec()))
    } else {
        Ok((alg, super::digest_once(alg, data, None)))
    }
}

fn sign(key: &Key, data: &[u8], o: &SignOpts) -> R<Vec<u8>> {
    match key {
        Key::EdPriv(k) => {
            if o.prehashed {
                return Err("unsupported operation".into());
            }
            Ok(k.sign(data).to_bytes().to_vec())
        }
        Key::EcPriv(k) => {
            let (_, h) = hashed(o, data, Alg::Sha256)?;
            k.sign(&h, o.p1363)
        }
        Key::XPriv(_) => Err("operation not supported for this keytype".into()),
        Key::RsaPriv(k) => {
            let (alg, h) = hashed(o, data, Alg::Sha256)?;
            if o.padding == RSA_PKCS1_PSS_PADDING {
                let hlen = alg.output_len();
                let salt = match o.salt_len {
                    -1 => hlen,
                    s if s < 0 => pss_max_salt(&k.to_public_key(), hlen),
                    s => s as usize,
                };
                with_digest!(alg, D => {
                    let mut rng = OsRng;
                    k.sign_with_rng(&mut rng, rsa::Pss::new_with_salt::<D>(salt), &h).map_err(err)
                }, xof => Err("invalid digest".into()))
            } else {
                with_digest!(alg, D => k.sign(rsa::Pkcs1v15Sign::new::<D>(), &h).map_err(err),
                    xof => Err("invalid digest".into()))
            }
        }
        _ => Err("not a private key".into()),
    }
}

fn verify(key: &Key, data: &[u8], sig: &[u8], o: &SignOpts) -> R<bool> {
    match key.public() {
        Key::EdPub(k) => {
            if o.prehashed {
                return Err("unsupported operation".into());
            }
            let Ok(s) = ed25519_dalek::Signature::from_slice(sig) else {
                return Ok(false);
            };
            Ok(k.verify(data, &s).is_ok())
        }
        Key::EcPub(k) => {
            let (_, h) = hashed(o, data, Alg::Sha256)?;
            Ok(k.verify(&h, sig, o.p1363))
        }
        Key::XPub(_) => Err("operation not supported for this keytype".into()),
        Key::RsaPub(k) => {
            let (alg, h) = hashed(o, data, Alg::Sha256)?;
            if o.padding == RSA_PKCS1_PSS_PADDING {
                let hlen = alg.output_len();
                let max = pss_max_salt(&k, hlen);
                let candidates: Vec<usize> = match o.salt_len {
                    -1 => vec![hlen],
                    s if s < 0 => {
                        // RSA_PSS_SALTLEN_AUTO: accept any salt length.
                        let mut v = vec![hlen, max];
                        v.extend((0..=max).filter(|&s| s != hlen && s != max));
                        v
                    }
                    s => vec![s as usize],
                };
                for salt in candidates {
                    let ok = with_digest!(alg, D => k.verify(rsa::Pss::new_with_salt::<D>(salt), &h, sig).is_ok(),
                        xof => false);
                    if ok {
                        return Ok(true);
                    }
                }
                Ok(false)
            } else {
                Ok(
                    with_digest!(alg, D => k.verify(rsa::Pkcs1v15Sign::new::<D>(), &h, sig).is_ok(),
                    xof => false),
                )
            }
        }
        _ => Err("not a key".into()),
    }
}

fn generate(kind: &str, bits: usize, exp: u64, curve: Option<Curve>) -> R<Key> {
    Ok(match kind {
        "ed25519" => Key::EdPriv(ed25519_dalek::SigningKey::generate(&mut OsRng)),
        "x25519" => Key::XPriv(x25519_dalek::StaticSecret::random_from_rng(OsRng)),
        "ec" => Key::EcPriv(EcSecret::random(curve.ok_or("invalid curve")?)),
        "rsa" => Key::RsaPriv(
            RsaPrivateKey::new_with_exp(&mut OsRng, bits, &BigUint::from(exp)).map_err(err)?,
        ),
        _ => return Err("unsupported key type".into()),
    })
}

fn sign_opts(o: &Object<'_>) -> SignOpts {
    SignOpts {
        alg: o.get::<_, Option<String>>("algorithm").ok().flatten(),
        prehashed: o
            .get::<_, Option<bool>>("prehashed")
            .ok()
            .flatten()
            .unwrap_or(false),
        padding: o
            .get::<_, Option<i32>>("padding")
            .ok()
            .flatten()
            .unwrap_or(1),
        salt_len: o
            .get::<_, Option<i32>>("saltLength")
            .ok()
            .flatten()
            .unwrap_or(-2),
        p1363: o
            .get::<_, Option<String>>("dsaEncoding")
            .ok()
            .flatten()
            .as_deref()
            == Some("ieee-p1363"),
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    Class::<KeyHandle>::define(o)?;
    // parseKey(data, 'pem'|'der', type|null, wantPublic) -> KeyHandle
    o.set(
        "parseKey",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             data: Value<'js>,
             format: String,
             typ: Option<String>,
             public: bool|
             -> Result<Class<'js, KeyHandle>> {
                let r = bytes::with_bytes(&ctx, &data, |b| {
                    if format == "pem" {
                        Key::from_pem(&String::from_utf8_lossy(b))
                    } else {
                        Key::from_der(b, typ.as_deref().unwrap_or(""), public)
                    }
                })?;
                match r {
                    Ok(k) => {
                        let k = if public { k.public() } else { k };
                        if !public && !k.is_private() {
                            return throw(&ctx, "not a private key");
                        }
                        Class::instance(ctx, KeyHandle { key: k })
                    }
                    Err(e) => throw(&ctx, &e),
                }
            },
        )?,
    )?;
    o.set(
        "keyFromJwk",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, jwk: Object<'js>, private: bool| -> Result<Class<'js, KeyHandle>> {
                match super::jwk::import(&jwk, private) {
                    Ok(k) => Class::instance(ctx, KeyHandle { key: k }),
                    Err(e) => throw(&ctx, &e),
                }
            },
        )?,
    )?;
    // generateKeyPair(kind, modulusLength, publicExponent, namedCurve, req?) -> [private, public]
    o.set(
        "generateKeyPair",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             kind: String,
             bits: f64,
             exp: f64,
             curve: Option<String>,
             req: Opt<Value<'js>>|
             -> Result<Value<'js>> {
                let req = super::opt_obj(req);
                let bits = bits.clamp(0.0, 65536.0) as usize;
                let exp = exp.clamp(0.0, u64::MAX as f64) as u64;
                let curve = curve.as_deref().and_then(Curve::parse);
                dispatch(
                    &ctx,
                    req,
                    move || generate(&kind, bits, exp, curve),
                    |ctx, k: Key| {
                        let a = Array::new(ctx.clone())?;
                        a.set(
                            1,
                            Class::instance(ctx.clone(), KeyHandle { key: k.public() })?,
                        )?;
                        a.set(0, Class::instance(ctx.clone(), KeyHandle { key: k })?)?;
                        Ok(a.into_value())
                    },
                )
            },
        )?,
    )?;
    // sign(keyHandle, data, {algorithm, prehashed, padding, saltLength, dsaEncoding}, req?)
    o.set(
        "sign",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             key: Class<'js, KeyHandle>,
             data: Value<'js>,
             opts: Object<'js>,
             req: Opt<Value<'js>>|
             -> Result<Value<'js>> {
                let req = super::opt_obj(req);
                let k = key.borrow().key.clone();
                let data = bytes::to_vec(&ctx, &data)?;
                let so = sign_opts(&opts);
                dispatch(
                    &ctx,
                    req,
                    move || sign(&k, &data, &so),
                    |ctx, v| bytes::array_buffer(ctx, v),
                )
            },
        )?,
    )?;
    // verify(keyHandle, data, signature, opts, req?) -> bool
    o.set(
        "verify",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             key: Class<'js, KeyHandle>,
             data: Value<'js>,
             sig: Value<'js>,
             opts: Object<'js>,
             req: Opt<Value<'js>>|
             -> Result<Value<'js>> {
                let req = super::opt_obj(req);
                let k = key.borrow().key.clone();
                let data = bytes::to_vec(&ctx, &data)?;
                let sig = bytes::to_vec(&ctx, &sig)?;
                let so = sign_opts(&opts);
                dispatch(
                    &ctx,
                    req,
                    move || verify(&k, &data, &sig, &so),
                    |ctx, b: bool| Ok(Value::new_bool(ctx.clone(), b)),
                )
            },
        )?,
    )?;
    // rsaCipher(keyHandle, data, encrypt, padding, oaepHash, label) -> ArrayBuffer
    o.set(
        "rsaCipher",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, key: Class<'js, KeyHandle>, data: Value<'js>, encrypt: bool, padding: i32, oaep_hash: Opt<Value<'js>>, label: Opt<Value<'js>>| -> Result<Value<'js>> {
                let oaep_hash = super::opt_str(oaep_hash);
                let label = label.0;
                let k = key.borrow().key.clone();
                let data = bytes::to_vec(&ctx, &data)?;
                let label = match label {
                    Some(l) if !l.is_undefined() && !l.is_null() => Some(bytes::to_vec(&ctx, &l)?),
                    _ => None,
                };
                let r: R<Vec<u8>> = (|| {
                    let alg = digest_for(oaep_hash.as_deref(), Alg::Sha1)?;
                    let oaep = |alg: Alg| -> R<rsa::Oaep> {
                        with_digest!(alg, D => Ok(match &label {
                            Some(l) => rsa::Oaep::new_with_label::<D, _>(String::from_utf8_lossy(l).into_owned()),
                            None => rsa::Oaep::new::<D>(),
                        }), xof => Err("invalid digest".into()))
                    };
                    if encrypt {
                        let Key::RsaPub(pk) = k.public() else { return Err("not an RSA key".into()) };
                        let mut rng = OsRng;
                        if padding == 4 {
                            pk.encrypt(&mut rng, oaep(alg)?, &data).map_err(err)
                        } else {
                            pk.encrypt(&mut rng, rsa::Pkcs1v15Encrypt, &data).map_err(err)
                        }
                    } else {
                        let Key::RsaPriv(sk) = &k else { return Err("not an RSA private key".into()) };
                        if padding == 4 {
                            sk.decrypt(oaep(alg)?, &data).map_err(err)
                        } else {
                            sk.decrypt(rsa::Pkcs1v15Encrypt, &data).map_err(err)
                        }
                    }
                })();
                match r {
                    Ok(v) => bytes::array_buffer(&ctx, v),
                    Err(e) => throw(&ctx, &e),
                }
            },
        )?,
    )?;
    Ok(())
}
