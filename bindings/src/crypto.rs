//! node:crypto's Rust half (Node's src/crypto/). Every primitive comes from a
//! RustCrypto crate; this file only routes bytes: digests, HMAC, randomness, KDFs.
//! Ciphers live in crypto/cipher.rs (AES key wrap in crypto/keywrap.rs), asymmetric
//! keys and signatures in crypto/keys.rs (NIST curves in crypto/ec.rs, JWK in
//! crypto/jwk.rs), key agreement in crypto/ecdh.rs and crypto/dh.rs (classic DH),
//! certificates in crypto/x509.rs.
//!
//! Errors a user can cause are thrown as plain `Error`s whose message is a short key
//! ("bad decrypt", "invalid digest"...); js/internal/crypto/util.js turns them into
//! Node-shaped errors. Heavy work with a request object runs on the blocking pool.
mod cipher;
mod dh;
mod dh_groups;
mod ec;
mod ecdh;
mod jwk;
mod keys;
mod keywrap;
mod pkcs8enc;
mod prime;
pub(crate) mod x509;

use crate::{bytes, event_loop};
use digest::{DynDigest, ExtendableOutput, Update as _, XofReader};
use hmac::Mac;
use rand::RngCore;
use rquickjs::class::Trace;
use rquickjs::function::Opt;
use rquickjs::{
    ArrayBuffer, Class, Ctx, Exception, Function, JsLifetime, Object, Persistent, Result,
    TypedArray, Value,
};

/// The digests minode knows, by Node/OpenSSL name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Alg {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha512_224,
    Sha512_256,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Shake128,
    Shake256,
    Ripemd160,
}

impl Alg {
    /// OpenSSL resolves digest names case-insensitively, with a few aliases.
    pub(crate) fn parse(name: &str) -> Option<Alg> {
        let n = name.to_ascii_lowercase();
        let n = n.strip_prefix("rsa-").unwrap_or(&n);
        let n = n.strip_prefix("id-rsassa-pkcs1-v1_5-with-").unwrap_or(n);
        let n = n
            .strip_suffix("withrsaencryption")
            .or_else(|| n.strip_suffix("withrsa"))
            .unwrap_or(n);
        Some(match n {
            "ssl3-md5" => Alg::Md5,
            "ssl3-sha1" | "sha1-2" => Alg::Sha1,
            "md5" => Alg::Md5,
            "sha1" | "sha-1" => Alg::Sha1,
            "sha224" | "sha-224" | "sha2-224" => Alg::Sha224,
            "sha256" | "sha-256" | "sha2-256" => Alg::Sha256,
            "sha384" | "sha-384" | "sha2-384" => Alg::Sha384,
            "sha512" | "sha-512" | "sha2-512" => Alg::Sha512,
            "sha512-224" | "sha-512/224" | "sha2-512/224" | "sha512/224" => Alg::Sha512_224,
            "sha512-256" | "sha-512/256" | "sha2-512/256" | "sha512/256" => Alg::Sha512_256,
            "sha3-224" => Alg::Sha3_224,
            "sha3-256" => Alg::Sha3_256,
            "sha3-384" => Alg::Sha3_384,
            "sha3-512" => Alg::Sha3_512,
            "shake128" | "shake-128" => Alg::Shake128,
            "shake256" | "shake-256" => Alg::Shake256,
            "ripemd160" | "ripemd-160" | "rmd160" | "ripemd" => Alg::Ripemd160,
            _ => return None,
        })
    }

    pub(crate) fn output_len(self) -> usize {
        match self {
            Alg::Md5 => 16,
            Alg::Sha1 | Alg::Ripemd160 => 20,
            Alg::Sha224 | Alg::Sha512_224 | Alg::Sha3_224 => 28,
            Alg::Sha256 | Alg::Sha512_256 | Alg::Sha3_256 => 32,
            Alg::Sha384 | Alg::Sha3_384 => 48,
            Alg::Sha512 | Alg::Sha3_512 => 64,
            Alg::Shake128 => 16,
            Alg::Shake256 => 32,
        }
    }

    fn is_xof(self) -> bool {
        matches!(self, Alg::Shake128 | Alg::Shake256)
    }
}

/// Run `$body` with `$D` bound to the digest type of `$alg` (fixed-output digests only;
/// the XOFs take the `$xof` branch).
macro_rules! with_digest {
    ($alg:expr, $D:ident => $body:expr, xof => $xof:expr) => {
        match $alg {
            $crate::crypto::Alg::Md5 => {
                type $D = md5::Md5;
                $body
            }
            $crate::crypto::Alg::Sha1 => {
                type $D = sha1::Sha1;
                $body
            }
            $crate::crypto::Alg::Sha224 => {
                type $D = sha2::Sha224;
                $body
            }
            $crate::crypto::Alg::Sha256 => {
                type $D = sha2::Sha256;
                $body
            }
            $crate::crypto::Alg::Sha384 => {
                type $D = sha2::Sha384;
                $body
            }
            $crate::crypto::Alg::Sha512 => {
                type $D = sha2::Sha512;
                $body
            }
            $crate::crypto::Alg::Sha512_224 => {
                type $D = sha2::Sha512_224;
                $body
            }
            $crate::crypto::Alg::Sha512_256 => {
                type $D = sha2::Sha512_256;
                $body
            }
            $crate::crypto::Alg::Sha3_224 => {
                type $D = sha3::Sha3_224;
                $body
            }
            $crate::crypto::Alg::Sha3_256 => {
                type $D = sha3::Sha3_256;
                $body
            }
            $crate::crypto::Alg::Sha3_384 => {
                type $D = sha3::Sha3_384;
                $body
            }
            $crate::crypto::Alg::Sha3_512 => {
                type $D = sha3::Sha3_512;
                $body
            }
            $crate::crypto::Alg::Ripemd160 => {
                type $D = ripemd::Ripemd160;
                $body
            }
            $crate::crypto::Alg::Shake128 | $crate::crypto::Alg::Shake256 => $xof,
        }
    };
}
pub(crate) use with_digest;

enum HashState {
    Fixed(Box<dyn DynDigest>),
    Shake128(sha3::Shake128, usize),
    Shake256(sha3::Shake256, usize),
}

impl HashState {
    fn new(alg: Alg, xof_len: Option<usize>) -> HashState {
        match alg {
            Alg::Shake128 => HashState::Shake128(Default::default(), xof_len.unwrap_or(16)),
            Alg::Shake256 => HashState::Shake256(Default::default(), xof_len.unwrap_or(32)),
            _ => HashState::Fixed(
                with_digest!(alg, D => Box::new(D::default()) as Box<dyn DynDigest>, xof => unreachable!()),
            ),
        }
    }
    fn update(&mut self, data: &[u8]) {
        match self {
            HashState::Fixed(d) => d.update(data),
            HashState::Shake128(x, _) => x.update(data),
            HashState::Shake256(x, _) => x.update(data),
        }
    }
    fn finish(self) -> Vec<u8> {
        match self {
            HashState::Fixed(d) => d.finalize().to_vec(),
            HashState::Shake128(x, n) => read_xof(x.finalize_xof(), n),
            HashState::Shake256(x, n) => read_xof(x.finalize_xof(), n),
        }
    }
    fn copy(&self, xof_len: Option<usize>) -> HashState {
        match self {
            HashState::Fixed(d) => HashState::Fixed(d.box_clone()),
            HashState::Shake128(x, n) => HashState::Shake128(x.clone(), xof_len.unwrap_or(*n)),
            HashState::Shake256(x, n) => HashState::Shake256(x.clone(), xof_len.unwrap_or(*n)),
        }
    }
}

fn read_xof(mut r: impl XofReader, n: usize) -> Vec<u8> {
    let mut out = vec![0u8; n];
    r.read(&mut out);
    out
}

/// One-shot digest (crypto.hash, Sign/Verify, subtle.digest).
pub(crate) fn digest_once(alg: Alg, data: &[u8], xof_len: Option<usize>) -> Vec<u8> {
    let mut h = HashState::new(alg, xof_len);
    h.update(data);
    h.finish()
}

pub(crate) fn throw<T>(ctx: &Ctx<'_>, msg: &str) -> Result<T> {
    Err(Exception::throw_message(ctx, msg))
}

/// Trailing optional arguments: missing, undefined and null all read as None.
pub(crate) fn opt_obj<'js>(v: Opt<Value<'js>>) -> Option<Object<'js>> {
    v.0.and_then(|v| v.into_object())
}
pub(crate) fn opt_str(v: Opt<Value<'_>>) -> Option<String> {
    v.0.and_then(|v| v.as_string().and_then(|s| s.to_string().ok()))
}
pub(crate) fn opt_f64(v: Opt<Value<'_>>) -> Option<f64> {
    v.0.and_then(|v| v.as_number())
}

fn xof_arg(v: Option<f64>) -> Option<usize> {
    v.filter(|n| n.is_finite() && *n >= 0.0).map(|n| n as usize)
}

/// Return bytes as an ArrayBuffer, or as a string for the encodings digests
/// usually ask for (saves a Buffer round trip on the common `digest('hex')`).
fn out_bytes<'js>(ctx: &Ctx<'js>, data: Vec<u8>, enc: Option<&str>) -> Result<Value<'js>> {
    use base64::Engine;
    let s = match enc {
        Some("hex") => hex::encode(&data),
        Some("base64") => base64::engine::general_purpose::STANDARD.encode(&data),
        Some("base64url") => base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&data),
        _ => return bytes::array_buffer(ctx, data),
    };
    Ok(rquickjs::String::from_str(ctx.clone(), &s)?.into_value())
}

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "Hash")]
pub struct Hash {
    #[qjs(skip_trace)]
    state: Option<HashState>,
}

#[rquickjs::methods]
impl Hash {
    pub fn update<'js>(&mut self, ctx: Ctx<'js>, data: Value<'js>) -> Result<()> {
        let Some(st) = self.state.as_mut() else {
            return throw(&ctx, "hash finalized");
        };
        bytes::with_bytes(&ctx, &data, |b| st.update(b))
    }

    pub fn digest<'js>(&mut self, ctx: Ctx<'js>, enc: Opt<Value<'js>>) -> Result<Value<'js>> {
        let enc = opt_str(enc);
        let Some(st) = self.state.take() else {
            return throw(&ctx, "hash finalized");
        };
        out_bytes(&ctx, st.finish(), enc.as_deref())
    }

    pub fn copy<'js>(&self, ctx: Ctx<'js>, xof_len: Opt<Value<'js>>) -> Result<Class<'js, Hash>> {
        let xof_len = opt_f64(xof_len);
        let Some(st) = self.state.as_ref() else {
            return throw(&ctx, "hash finalized");
        };
        Class::instance(
            ctx,
            Hash {
                state: Some(st.copy(xof_arg(xof_len))),
            },
        )
    }
}

/// HMAC state behind one object-safe face.
trait MacDyn {
    fn up(&mut self, d: &[u8]);
    fn fin(self: Box<Self>) -> Vec<u8>;
}
impl<T: Mac> MacDyn for T {
    fn up(&mut self, d: &[u8]) {
        Mac::update(self, d)
    }
    fn fin(self: Box<Self>) -> Vec<u8> {
        self.finalize().into_bytes().to_vec()
    }
}

fn new_hmac(alg: Alg, key: &[u8]) -> Option<Box<dyn MacDyn>> {
    with_digest!(alg, D => {
        let m = <hmac::Hmac<D> as hmac::digest::KeyInit>::new_from_slice(key).ok()?;
        Some(Box::new(m) as Box<dyn MacDyn>)
    }, xof => None)
}

pub(crate) fn hmac_once(alg: Alg, key: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    let mut m = new_hmac(alg, key)?;
    m.up(data);
    Some(m.fin())
}

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "Hmac")]
pub struct Hmac {
    #[qjs(skip_trace)]
    state: Option<Box<dyn MacDyn>>,
}

#[rquickjs::methods]
impl Hmac {
    pub fn update<'js>(&mut self, ctx: Ctx<'js>, data: Value<'js>) -> Result<()> {
        let Some(st) = self.state.as_mut() else {
            return throw(&ctx, "hash finalized");
        };
        bytes::with_bytes(&ctx, &data, |b| st.up(b))
    }

    pub fn digest<'js>(&mut self, ctx: Ctx<'js>, enc: Opt<Value<'js>>) -> Result<Value<'js>> {
        let enc = opt_str(enc);
        let Some(st) = self.state.take() else {
            return throw(&ctx, "hash finalized");
        };
        out_bytes(&ctx, st.fin(), enc.as_deref())
    }
}

/// Run `work` now (no request: return or throw) or on the blocking pool
/// (`req.oncomplete(err)` / `req.oncomplete(null, arrayBuffer)`).
pub(crate) fn dispatch<'js, T: Send + 'static>(
    ctx: &Ctx<'js>,
    req: Option<Object<'js>>,
    work: impl FnOnce() -> std::result::Result<T, String> + Send + 'static,
    finish: impl for<'a> FnOnce(&Ctx<'a>, T) -> Result<Value<'a>> + 'static,
) -> Result<Value<'js>> {
    let Some(req) = req else {
        return match work() {
            Ok(v) => finish(ctx, v),
            Err(e) => throw(ctx, &e),
        };
    };
    let req = Persistent::save(ctx, req);
    event_loop::spawn_blocking_op(work, move |ctx, out| {
        let req = req.restore(ctx)?;
        let cb: Function = req.get("oncomplete")?;
        match out {
            Ok(v) => {
                let value = finish(ctx, v)?;
                cb.call::<_, ()>((rquickjs::Null, value))
            }
            Err(e) => {
                let ctor: rquickjs::Constructor = ctx.globals().get("Error")?;
                let err: Value = ctor.construct((e,))?;
                cb.call::<_, ()>((err,))
            }
        }
    });
    Ok(Value::new_undefined(ctx.clone()))
}

fn to_ab<'a>(ctx: &Ctx<'a>, v: Vec<u8>) -> Result<Value<'a>> {
    bytes::array_buffer(ctx, v)
}

fn parse_alg(ctx: &Ctx<'_>, name: &str) -> Result<Alg> {
    match Alg::parse(name) {
        Some(a) => Ok(a),
        None => throw(ctx, "invalid digest"),
    }
}

fn pbkdf2_run(alg: Alg, pw: &[u8], salt: &[u8], iter: u32, out: &mut [u8]) -> bool {
    with_digest!(alg, D => { pbkdf2::pbkdf2_hmac::<D>(pw, salt, iter, out); true }, xof => false)
}

fn hkdf_run(
    alg: Alg,
    ikm: &[u8],
    salt: &[u8],
    info: &[u8],
    out: &mut [u8],
) -> std::result::Result<(), String> {
    with_digest!(alg, D => {
        hkdf::Hkdf::<D, hmac::Hmac<D>>::new(Some(salt), ikm)
            .expand(info, out)
            .map_err(|_| "invalid key length".to_string())
    }, xof => Err("invalid digest".into()))
}

pub(crate) fn random_fill(buf: &mut [u8]) {
    rand::thread_rng().fill_bytes(buf);
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    Class::<Hash>::define(o)?;
    Class::<Hmac>::define(o)?;

    // createHash(alg, xofLen) -> Hash; throws "invalid digest".
    o.set(
        "createHash",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, alg: String, xof: Opt<Value<'js>>| -> Result<Class<'js, Hash>> {
                let xof = opt_f64(xof);
                let alg = parse_alg(&ctx, &alg)?;
                Class::instance(
                    ctx,
                    Hash {
                        state: Some(HashState::new(alg, xof_arg(xof))),
                    },
                )
            },
        )?,
    )?;
    // hashOnce(alg, data, enc, xofLen, req?) -> string | ArrayBuffer
    o.set(
        "hashOnce",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             alg: String,
             data: Value<'js>,
             enc: Opt<Value<'js>>,
             xof: Opt<Value<'js>>,
             req: Opt<Value<'js>>|
             -> Result<Value<'js>> {
                let (enc, xof, req) = (opt_str(enc), opt_f64(xof), opt_obj(req));
                let alg = parse_alg(&ctx, &alg)?;
                let xof = xof_arg(xof);
                if req.is_none() {
                    let out = bytes::with_bytes(&ctx, &data, |b| digest_once(alg, b, xof))?;
                    return out_bytes(&ctx, out, enc.as_deref());
                }
                let data = bytes::to_vec(&ctx, &data)?;
                dispatch(&ctx, req, move || Ok(digest_once(alg, &data, xof)), to_ab)
            },
        )?,
    )?;
    // digestLength(alg) -> number | -1; lets JS validate names without throwing.
    o.set(
        "digestLength",
        Function::new(ctx.clone(), |alg: String| -> i32 {
            Alg::parse(&alg).map_or(-1, |a| if a.is_xof() { 0 } else { a.output_len() as i32 })
        })?,
    )?;
    o.set(
        "createHmac",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, alg: String, key: Value<'js>| -> Result<Class<'js, Hmac>> {
                let alg = parse_alg(&ctx, &alg)?;
                let m = bytes::with_bytes(&ctx, &key, |k| new_hmac(alg, k))?;
                let Some(m) = m else {
                    return throw(&ctx, "invalid digest");
                };
                Class::instance(ctx, Hmac { state: Some(m) })
            },
        )?,
    )?;
    // randomBytes(n) -> ArrayBuffer
    o.set(
        "randomBytes",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, n: f64| -> Result<Value<'js>> {
            let n = if n.is_finite() && n > 0.0 {
                n as usize
            } else {
                0
            };
            let mut v = vec![0u8; n];
            random_fill(&mut v);
            bytes::array_buffer(&ctx, v)
        })?,
    )?;
    // randomFill(uint8array): fills the view in place.
    o.set(
        "randomFill",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, v: Value<'js>| -> Result<()> {
            let fill = |raw: Option<std::ptr::NonNull<[u8]>>| {
                if let Some(p) = raw {
                    // Safety: the view is alive and no JS runs while we write into it.
                    let s = unsafe { &mut *p.as_ptr() };
                    random_fill(s);
                }
            };
            if let Ok(ta) = TypedArray::<u8>::from_value(v.clone()) {
                fill(ta.as_raw());
                return Ok(());
            }
            if let Some(ab) = ArrayBuffer::from_value(v) {
                fill(ab.as_raw());
                return Ok(());
            }
            throw(&ctx, "expected a Uint8Array")
        })?,
    )?;
    // timingSafeEqual(a, b) -> bool (lengths already checked in JS)
    o.set(
        "timingSafeEqual",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, a: Value<'js>, b: Value<'js>| -> Result<bool> {
                use subtle::ConstantTimeEq;
                let a = bytes::to_vec(&ctx, &a)?;
                bytes::with_bytes(&ctx, &b, |b| a.len() == b.len() && bool::from(a.ct_eq(b)))
            },
        )?,
    )?;
    // pbkdf2(pw, salt, iterations, keylen, digest, req?)
    o.set(
        "pbkdf2",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             pw: Value<'js>,
             salt: Value<'js>,
             iter: f64,
             keylen: f64,
             alg: String,
             req: Opt<Value<'js>>|
             -> Result<Value<'js>> {
                let req = opt_obj(req);
                let alg = parse_alg(&ctx, &alg)?;
                if alg.is_xof() {
                    return throw(&ctx, "invalid digest");
                }
                let pw = bytes::to_vec(&ctx, &pw)?;
                let salt = bytes::to_vec(&ctx, &salt)?;
                let iter = iter.clamp(1.0, u32::MAX as f64) as u32;
                let keylen = keylen.clamp(0.0, i32::MAX as f64) as usize;
                dispatch(
                    &ctx,
                    req,
                    move || {
                        let mut out = vec![0u8; keylen];
                        pbkdf2_run(alg, &pw, &salt, iter, &mut out);
                        Ok(out)
                    },
                    to_ab,
                )
            },
        )?,
    )?;
    // scrypt(pw, salt, [keylen, N, r, p], req?) — parameters validated in JS.
    o.set(
        "scrypt",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             pw: Value<'js>,
             salt: Value<'js>,
             params: Vec<f64>,
             req: Opt<Value<'js>>|
             -> Result<Value<'js>> {
                let req = opt_obj(req);
                let [keylen, n, r, p] = params[..] else {
                    return throw(&ctx, "invalid scrypt params");
                };
                let pw = bytes::to_vec(&ctx, &pw)?;
                let salt = bytes::to_vec(&ctx, &salt)?;
                let keylen = keylen.clamp(0.0, i32::MAX as f64) as usize;
                let n = n.clamp(0.0, u64::MAX as f64) as u64;
                if n < 2 || !n.is_power_of_two() {
                    return throw(&ctx, "invalid scrypt params");
                }
                let log_n = n.trailing_zeros() as u8;
                let params = scrypt::Params::new(
                    log_n,
                    r.clamp(0.0, u32::MAX as f64) as u32,
                    p.clamp(0.0, u32::MAX as f64) as u32,
                    32,
                );
                let Ok(params) = params else {
                    return throw(&ctx, "invalid scrypt params");
                };
                dispatch(
                    &ctx,
                    req,
                    move || {
                        let mut out = vec![0u8; keylen];
                        if keylen > 0 {
                            scrypt::scrypt(&pw, &salt, &params, &mut out)
                                .map_err(|_| "invalid scrypt params".to_string())?;
                        }
                        Ok(out)
                    },
                    to_ab,
                )
            },
        )?,
    )?;
    // hkdf(digest, ikm, salt, info, keylen, req?)
    o.set(
        "hkdf",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             alg: String,
             ikm: Value<'js>,
             salt: Value<'js>,
             info: Value<'js>,
             keylen: f64,
             req: Opt<Value<'js>>|
             -> Result<Value<'js>> {
                let req = opt_obj(req);
                let alg = parse_alg(&ctx, &alg)?;
                let ikm = bytes::to_vec(&ctx, &ikm)?;
                let salt = bytes::to_vec(&ctx, &salt)?;
                let info = bytes::to_vec(&ctx, &info)?;
                let keylen = keylen.clamp(0.0, i32::MAX as f64) as usize;
                dispatch(
                    &ctx,
                    req,
                    move || {
                        let mut out = vec![0u8; keylen];
                        hkdf_run(alg, &ikm, &salt, &info, &mut out)?;
                        Ok(out)
                    },
                    to_ab,
                )
            },
        )?,
    )?;
    // hmacOnce(alg, key, data) -> ArrayBuffer (webcrypto)
    o.set(
        "hmacOnce",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, alg: String, key: Value<'js>, data: Value<'js>| -> Result<Value<'js>> {
                let alg = parse_alg(&ctx, &alg)?;
                let key = bytes::to_vec(&ctx, &key)?;
                let out = bytes::with_bytes(&ctx, &data, |d| hmac_once(alg, &key, d))?;
                match out {
                    Some(v) => bytes::array_buffer(&ctx, v),
                    None => throw(&ctx, "invalid digest"),
                }
            },
        )?,
    )?;
    cipher::init(ctx, o)?;
    keys::init(ctx, o)?;
    keywrap::init(ctx, o)?;
    ecdh::init(ctx, o)?;
    x509::init(ctx, o)?;
    dh::init(ctx, o)?;
    pkcs8enc::init(ctx, o)?;
    prime::init(ctx, o)?;
    Ok(())
}
