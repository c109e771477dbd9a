//! Cipher/Decipher: AES (CBC, ECB, CTR, GCM, key wrap) and ChaCha20-Poly1305,
//! streaming like OpenSSL's EVP (update returns what is ready, final flushes and
//! checks). Key wrap (crypto/keywrap.rs) is one whole wrap per update(), as in OpenSSL.
//!
//! The block ciphers, CBC/ECB/CTR modes, GHASH and Poly1305 come from RustCrypto
//! crates. The two AEADs are assembled from those pieces (NIST SP 800-38D and
//! RFC 8439) because the `aes-gcm`/`chacha20poly1305` crates are one-shot, while
//! Node's API streams and accepts any GCM IV and tag length.
use super::throw;
use crate::bytes;
use cipher::generic_array::GenericArray;
use cipher::{
    consts::U16, BlockCipher, BlockDecryptMut, BlockEncrypt, BlockEncryptMut, BlockSizeUser,
    KeyInit, KeyIvInit, StreamCipher,
};
use rquickjs::class::Trace;
use rquickjs::function::Opt;
use rquickjs::{Class, Ctx, Function, JsLifetime, Object, Result, Value};
use universal_hash::UniversalHash;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Cbc,
    Ecb,
    Ctr,
    Gcm,
    ChaPoly,
    /// RFC 3394 key wrap.
    Wrap,
    /// RFC 5649 key wrap with padding.
    WrapPad,
}

pub(crate) struct Info {
    pub name: &'static str,
    pub key_len: usize,
    pub iv_len: usize,
    pub block: usize,
    pub mode: Mode,
}

const CIPHERS: &[Info] = &[
    Info {
        name: "aes-128-cbc",
        key_len: 16,
        iv_len: 16,
        block: 16,
        mode: Mode::Cbc,
    },
    Info {
        name: "aes-192-cbc",
        key_len: 24,
        iv_len: 16,
        block: 16,
        mode: Mode::Cbc,
    },
    Info {
        name: "aes-256-cbc",
        key_len: 32,
        iv_len: 16,
        block: 16,
        mode: Mode::Cbc,
    },
    Info {
        name: "aes-128-ecb",
        key_len: 16,
        iv_len: 0,
        block: 16,
        mode: Mode::Ecb,
    },
    Info {
        name: "aes-192-ecb",
        key_len: 24,
        iv_len: 0,
        block: 16,
        mode: Mode::Ecb,
    },
    Info {
        name: "aes-256-ecb",
        key_len: 32,
        iv_len: 0,
        block: 16,
        mode: Mode::Ecb,
    },
    Info {
        name: "aes-128-ctr",
        key_len: 16,
        iv_len: 16,
        block: 1,
        mode: Mode::Ctr,
    },
    Info {
        name: "aes-192-ctr",
        key_len: 24,
        iv_len: 16,
        block: 1,
        mode: Mode::Ctr,
    },
    Info {
        name: "aes-256-ctr",
        key_len: 32,
        iv_len: 16,
        block: 1,
        mode: Mode::Ctr,
    },
    Info {
        name: "aes-128-gcm",
        key_len: 16,
        iv_len: 12,
        block: 1,
        mode: Mode::Gcm,
    },
    Info {
        name: "aes-192-gcm",
        key_len: 24,
        iv_len: 12,
        block: 1,
        mode: Mode::Gcm,
    },
    Info {
        name: "aes-256-gcm",
        key_len: 32,
        iv_len: 12,
        block: 1,
        mode: Mode::Gcm,
    },
    Info {
        name: "chacha20-poly1305",
        key_len: 32,
        iv_len: 12,
        block: 1,
        mode: Mode::ChaPoly,
    },
    Info {
        name: "id-aes128-wrap",
        key_len: 16,
        iv_len: 8,
        block: 8,
        mode: Mode::Wrap,
    },
    Info {
        name: "id-aes192-wrap",
        key_len: 24,
        iv_len: 8,
        block: 8,
        mode: Mode::Wrap,
    },
    Info {
        name: "id-aes256-wrap",
        key_len: 32,
        iv_len: 8,
        block: 8,
        mode: Mode::Wrap,
    },
    Info {
        name: "id-aes128-wrap-pad",
        key_len: 16,
        iv_len: 4,
        block: 8,
        mode: Mode::WrapPad,
    },
    Info {
        name: "id-aes192-wrap-pad",
        key_len: 24,
        iv_len: 4,
        block: 8,
        mode: Mode::WrapPad,
    },
    Info {
        name: "id-aes256-wrap-pad",
        key_len: 32,
        iv_len: 4,
        block: 8,
        mode: Mode::WrapPad,
    },
];

pub(crate) fn lookup(name: &str) -> Option<&'static Info> {
    let n = name.to_ascii_lowercase();
    let n = match n.as_str() {
        "aes128" => "aes-128-cbc",
        "aes192" => "aes-192-cbc",
        "aes256" => "aes-256-cbc",
        "id-aes128-gcm" => "aes-128-gcm",
        "id-aes192-gcm" => "aes-192-gcm",
        "id-aes256-gcm" => "aes-256-gcm",
        "aes128-wrap" => "id-aes128-wrap",
        "aes192-wrap" => "id-aes192-wrap",
        "aes256-wrap" => "id-aes256-wrap",
        s => s,
    };
    CIPHERS.iter().find(|c| c.name == n)
}

/// Transform bytes in place (a whole number of blocks for the block modes).
type Proc = Box<dyn FnMut(&mut [u8])>;

/// GHASH or Poly1305 fed an arbitrary byte stream, padding with zeros to a block
/// at the AAD/ciphertext boundary.
struct Absorb<U: UniversalHash<BlockSize = U16>> {
    u: Option<U>,
    pending: [u8; 16],
    n: usize,
}

impl<U: UniversalHash<BlockSize = U16>> Absorb<U> {
    fn new(u: U) -> Self {
        Absorb {
            u: Some(u),
            pending: [0; 16],
            n: 0,
        }
    }
    fn absorb(&mut self, mut d: &[u8]) {
        let Some(u) = self.u.as_mut() else { return };
        if self.n > 0 {
            let take = (16 - self.n).min(d.len());
            self.pending[self.n..self.n + take].copy_from_slice(&d[..take]);
            self.n += take;
            d = &d[take..];
            if self.n < 16 {
                return;
            }
            u.update(&[GenericArray::clone_from_slice(&self.pending)]);
            self.n = 0;
        }
        let mut chunks = d.chunks_exact(16);
        for c in &mut chunks {
            u.update(&[GenericArray::clone_from_slice(c)]);
        }
        let rest = chunks.remainder();
        self.pending[..rest.len()].copy_from_slice(rest);
        self.n = rest.len();
    }
    fn pad(&mut self) {
        if self.n > 0 {
            if let Some(u) = self.u.as_mut() {
                u.update_padded(&self.pending[..self.n]);
            }
            self.n = 0;
        }
    }
    fn finish(&mut self, last: [u8; 16]) -> [u8; 16] {
        self.pad();
        let Some(mut u) = self.u.take() else {
            return [0; 16];
        };
        u.update(&[GenericArray::clone_from_slice(&last)]);
        let mut out = [0u8; 16];
        out.copy_from_slice(&u.finalize());
        out
    }
}

enum Mac {
    G(Absorb<ghash::GHash>),
    P(Absorb<poly1305::Poly1305>),
}

impl Mac {
    fn absorb(&mut self, d: &[u8]) {
        match self {
            Mac::G(a) => a.absorb(d),
            Mac::P(a) => a.absorb(d),
        }
    }
    fn pad(&mut self) {
        match self {
            Mac::G(a) => a.pad(),
            Mac::P(a) => a.pad(),
        }
    }
}

struct Aead {
    ks: Proc,
    mac: Mac,
    /// E_K(J0) for GCM, XORed into the GHASH output; zeros for ChaCha20-Poly1305.
    mask: [u8; 16],
    aad_len: u64,
    ct_len: u64,
    in_data: bool,
}

impl Aead {
    fn tag(&mut self) -> [u8; 16] {
        self.mac.pad();
        let mut last = [0u8; 16];
        let s = match &mut self.mac {
            Mac::G(a) => {
                last[..8].copy_from_slice(&(self.aad_len * 8).to_be_bytes());
                last[8..].copy_from_slice(&(self.ct_len * 8).to_be_bytes());
                a.finish(last)
            }
            Mac::P(a) => {
                last[..8].copy_from_slice(&self.aad_len.to_le_bytes());
                last[8..].copy_from_slice(&self.ct_len.to_le_bytes());
                a.finish(last)
            }
        };
        let mut t = [0u8; 16];
        for i in 0..16 {
            t[i] = s[i] ^ self.mask[i];
        }
        t
    }
}

enum Engine {
    Block {
        f: Proc,
        buf: Vec<u8>,
    },
    Stream(Proc),
    Aead(Box<Aead>),
    /// Key wrap: each update() wraps or unwraps its whole input.
    Wrap {
        key: Vec<u8>,
        pad: bool,
    },
}

fn inc32(b: &mut [u8; 16]) {
    let c = u32::from_be_bytes([b[12], b[13], b[14], b[15]]).wrapping_add(1);
    b[12..].copy_from_slice(&c.to_be_bytes());
}

fn gcm_new<C>(key: &[u8], iv: &[u8]) -> Option<Aead>
where
    C: BlockCipher
        + BlockEncrypt
        + BlockEncryptMut
        + BlockSizeUser<BlockSize = U16>
        + KeyInit
        + Clone
        + 'static,
{
    let c = C::new_from_slice(key).ok()?;
    let mut h = GenericArray::default();
    c.encrypt_block(&mut h);
    let mut j0 = [0u8; 16];
    if iv.len() == 12 {
        j0[..12].copy_from_slice(iv);
        j0[15] = 1;
    } else {
        let mut g = <ghash::GHash as KeyInit>::new(&h);
        g.update_padded(iv);
        let mut lb = [0u8; 16];
        lb[8..].copy_from_slice(&((iv.len() as u64) * 8).to_be_bytes());
        g.update(&[lb.into()]);
        j0.copy_from_slice(&g.finalize());
    }
    let mut mask = GenericArray::clone_from_slice(&j0);
    c.encrypt_block(&mut mask);
    let mut ctr0 = j0;
    inc32(&mut ctr0);
    let mut ctr = ctr::Ctr32BE::<C>::new_from_slices(key, &ctr0).ok()?;
    let mut m = [0u8; 16];
    m.copy_from_slice(&mask);
    Some(Aead {
        ks: Box::new(move |b| ctr.apply_keystream(b)),
        mac: Mac::G(Absorb::new(<ghash::GHash as KeyInit>::new(&h))),
        mask: m,
        aad_len: 0,
        ct_len: 0,
        in_data: false,
    })
}

fn chapoly_new(key: &[u8], iv: &[u8]) -> Option<Aead> {
    let mut c = <chacha20::ChaCha20 as KeyIvInit>::new_from_slices(key, iv).ok()?;
    let mut block0 = [0u8; 64];
    c.apply_keystream(&mut block0);
    let p = <poly1305::Poly1305 as KeyInit>::new_from_slice(&block0[..32]).ok()?;
    Some(Aead {
        ks: Box::new(move |b| c.apply_keystream(b)),
        mac: Mac::P(Absorb::new(p)),
        mask: [0; 16],
        aad_len: 0,
        ct_len: 0,
        in_data: false,
    })
}

fn block_proc<C>(mode: Mode, encrypt: bool, key: &[u8], iv: &[u8]) -> Option<Proc>
where
    C: BlockCipher
        + BlockEncryptMut
        + BlockDecryptMut
        + BlockSizeUser<BlockSize = U16>
        + KeyInit
        + Clone
        + 'static,
    C: cipher::BlockEncrypt,
{
    Some(match (mode, encrypt) {
        (Mode::Cbc, true) => {
            let mut e = cbc::Encryptor::<C>::new_from_slices(key, iv).ok()?;
            Box::new(move |b: &mut [u8]| {
                for ch in b.chunks_exact_mut(16) {
                    e.encrypt_block_mut(GenericArray::from_mut_slice(ch));
                }
            })
        }
        (Mode::Cbc, false) => {
            let mut d = cbc::Decryptor::<C>::new_from_slices(key, iv).ok()?;
            Box::new(move |b: &mut [u8]| {
                for ch in b.chunks_exact_mut(16) {
                    d.decrypt_block_mut(GenericArray::from_mut_slice(ch));
                }
            })
        }
        (Mode::Ecb, true) => {
            let mut e = ecb::Encryptor::<C>::new_from_slice(key).ok()?;
            Box::new(move |b: &mut [u8]| {
                for ch in b.chunks_exact_mut(16) {
                    e.encrypt_block_mut(GenericArray::from_mut_slice(ch));
                }
            })
        }
        (Mode::Ecb, false) => {
            let mut d = ecb::Decryptor::<C>::new_from_slice(key).ok()?;
            Box::new(move |b: &mut [u8]| {
                for ch in b.chunks_exact_mut(16) {
                    d.decrypt_block_mut(GenericArray::from_mut_slice(ch));
                }
            })
        }
        (Mode::Ctr, _) => {
            let mut c = ctr::Ctr128BE::<C>::new_from_slices(key, iv).ok()?;
            Box::new(move |b: &mut [u8]| c.apply_keystream(b))
        }
        _ => return None,
    })
}

macro_rules! by_key_len {
    ($len:expr, $C:ident => $body:expr) => {
        match $len {
            16 => {
                type $C = aes::Aes128;
                $body
            }
            24 => {
                type $C = aes::Aes192;
                $body
            }
            32 => {
                type $C = aes::Aes256;
                $body
            }
            _ => None,
        }
    };
}

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "CipherContext")]
pub struct CipherContext {
    #[qjs(skip_trace)]
    engine: Engine,
    #[qjs(skip_trace)]
    encrypt: bool,
    #[qjs(skip_trace)]
    padding: bool,
    #[qjs(skip_trace)]
    finalized: bool,
    #[qjs(skip_trace)]
    tag_len: usize,
    /// After encryption: the computed tag. For decryption: the expected one.
    #[qjs(skip_trace)]
    tag: Option<Vec<u8>>,
}

impl CipherContext {
    fn update_bytes(&mut self, input: &[u8]) -> std::result::Result<Vec<u8>, &'static str> {
        if self.finalized {
            return Err("state");
        }
        let encrypt = self.encrypt;
        let padding = self.padding;
        match &mut self.engine {
            Engine::Stream(f) => {
                let mut out = input.to_vec();
                f(&mut out);
                Ok(out)
            }
            Engine::Aead(a) => {
                if !a.in_data {
                    a.mac.pad();
                    a.in_data = true;
                }
                let mut out = input.to_vec();
                if !encrypt {
                    a.mac.absorb(&out);
                }
                (a.ks)(&mut out);
                if encrypt {
                    a.mac.absorb(&out);
                }
                a.ct_len += out.len() as u64;
                Ok(out)
            }
            Engine::Wrap { key, pad } => {
                if input.is_empty() {
                    return Ok(Vec::new());
                }
                super::keywrap::run(key, input, encrypt, *pad).map_err(|_| "update failed")
            }
            Engine::Block { f, buf } => {
                buf.extend_from_slice(input);
                let mut n = buf.len() / 16 * 16;
                // Decrypting with padding holds back the last whole block for final().
                if !encrypt && padding && n == buf.len() && n > 0 {
                    n -= 16;
                }
                let mut out: Vec<u8> = buf.drain(..n).collect();
                f(&mut out);
                Ok(out)
            }
        }
    }

    fn final_bytes(&mut self) -> std::result::Result<Vec<u8>, &'static str> {
        if self.finalized {
            return Err("state");
        }
        self.finalized = true;
        let encrypt = self.encrypt;
        match &mut self.engine {
            Engine::Stream(_) | Engine::Wrap { .. } => Ok(Vec::new()),
            Engine::Aead(a) => {
                if !a.in_data {
                    a.mac.pad();
                    a.in_data = true;
                }
                let t = a.tag();
                if encrypt {
                    self.tag = Some(t[..self.tag_len].to_vec());
                    Ok(Vec::new())
                } else {
                    use subtle::ConstantTimeEq;
                    match &self.tag {
                        Some(exp) if exp.len() <= 16 && bool::from(t[..exp.len()].ct_eq(exp)) => {
                            Ok(Vec::new())
                        }
                        _ => Err("auth"),
                    }
                }
            }
            Engine::Block { f, buf } => {
                if !self.padding {
                    if !buf.is_empty() {
                        return Err("wrong final block length");
                    }
                    return Ok(Vec::new());
                }
                if encrypt {
                    let pad = 16 - buf.len() % 16;
                    let mut out = std::mem::take(buf);
                    out.extend(std::iter::repeat(pad as u8).take(pad));
                    f(&mut out);
                    Ok(out)
                } else {
                    if buf.len() != 16 {
                        return Err("wrong final block length");
                    }
                    let mut out = std::mem::take(buf);
                    f(&mut out);
                    let pad = out[15] as usize;
                    if pad == 0 || pad > 16 || out[16 - pad..].iter().any(|&b| b as usize != pad) {
                        return Err("bad decrypt");
                    }
                    out.truncate(16 - pad);
                    Ok(out)
                }
            }
        }
    }
}

#[rquickjs::methods]
impl CipherContext {
    pub fn update<'js>(&mut self, ctx: Ctx<'js>, data: Value<'js>) -> Result<Value<'js>> {
        let r = bytes::with_bytes(&ctx, &data, |b| self.update_bytes(b))?;
        match r {
            Ok(v) => bytes::array_buffer(&ctx, v),
            Err(e) => throw(&ctx, e),
        }
    }

    #[qjs(rename = "final")]
    pub fn finish<'js>(&mut self, ctx: Ctx<'js>) -> Result<Value<'js>> {
        match self.final_bytes() {
            Ok(v) => bytes::array_buffer(&ctx, v),
            Err(e) => throw(&ctx, e),
        }
    }

    #[qjs(rename = "setAAD")]
    pub fn set_aad<'js>(&mut self, ctx: Ctx<'js>, data: Value<'js>) -> Result<bool> {
        let Engine::Aead(a) = &mut self.engine else {
            return Ok(false);
        };
        if a.in_data || self.finalized {
            return Ok(false);
        }
        let n = bytes::with_bytes(&ctx, &data, |b| {
            a.mac.absorb(b);
            b.len()
        })?;
        a.aad_len += n as u64;
        Ok(true)
    }

    #[qjs(rename = "setAutoPadding")]
    pub fn set_auto_padding(&mut self, on: bool) -> bool {
        if self.finalized {
            return false;
        }
        self.padding = on;
        true
    }

    #[qjs(rename = "getAuthTag")]
    pub fn get_auth_tag<'js>(&self, ctx: Ctx<'js>) -> Result<Value<'js>> {
        match (&self.tag, self.encrypt) {
            (Some(t), true) => bytes::array_buffer(&ctx, t.clone()),
            _ => Ok(Value::new_undefined(ctx)),
        }
    }

    #[qjs(rename = "setAuthTag")]
    pub fn set_auth_tag<'js>(&mut self, ctx: Ctx<'js>, data: Value<'js>) -> Result<bool> {
        if self.encrypt || self.finalized || !matches!(self.engine, Engine::Aead(_)) {
            return Ok(false);
        }
        self.tag = Some(bytes::to_vec(&ctx, &data)?);
        Ok(true)
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    Class::<CipherContext>::define(o)?;
    // cipherInfo(name) -> {name, keyLength, ivLength, blockSize, mode} | undefined
    o.set(
        "cipherInfo",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, name: String| -> Result<Value<'js>> {
                let Some(i) = lookup(&name) else {
                    return Ok(Value::new_undefined(ctx));
                };
                let r = Object::new(ctx.clone())?;
                r.set("name", i.name)?;
                r.set("keyLength", i.key_len)?;
                r.set("ivLength", i.iv_len)?;
                r.set("blockSize", i.block)?;
                r.set(
                    "mode",
                    match i.mode {
                        Mode::Cbc => "cbc",
                        Mode::Ecb => "ecb",
                        Mode::Ctr => "ctr",
                        Mode::Gcm => "gcm",
                        Mode::ChaPoly => "stream",
                        Mode::Wrap | Mode::WrapPad => "wrap",
                    },
                )?;
                Ok(r.into_value())
            },
        )?,
    )?;
    o.set(
        "cipherNames",
        Function::new(ctx.clone(), || -> Vec<&'static str> {
            let mut v: Vec<&str> = CIPHERS.iter().map(|c| c.name).collect();
            v.extend([
                "aes128",
                "aes192",
                "aes256",
                "id-aes128-gcm",
                "id-aes192-gcm",
                "id-aes256-gcm",
                "aes128-wrap",
                "aes192-wrap",
                "aes256-wrap",
            ]);
            v.sort();
            v
        })?,
    )?;
    // createCipher(name, encrypt, key, iv|null, tagLen) -> CipherContext
    // Lengths are validated in JS; a mismatch here still throws rather than panics.
    o.set(
        "createCipher",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             name: String,
             encrypt: bool,
             key: Value<'js>,
             iv: Value<'js>,
             tag_len: Opt<Value<'js>>|
             -> Result<Class<'js, CipherContext>> {
                let tag_len = super::opt_f64(tag_len);
                let Some(info) = lookup(&name) else {
                    return throw(&ctx, "unknown cipher");
                };
                let key = bytes::to_vec(&ctx, &key)?;
                let iv = if iv.is_null() || iv.is_undefined() {
                    Vec::new()
                } else {
                    bytes::to_vec(&ctx, &iv)?
                };
                if key.len() != info.key_len {
                    return throw(&ctx, "invalid key length");
                }
                let iv_ok = match info.mode {
                    Mode::Gcm => !iv.is_empty(),
                    Mode::Ecb => true,
                    _ => iv.len() == info.iv_len,
                };
                if !iv_ok {
                    return throw(&ctx, "invalid iv");
                }
                let wrap_pad = info.mode == Mode::WrapPad;
                if matches!(info.mode, Mode::Wrap | Mode::WrapPad)
                    && !super::keywrap::is_default_iv(&iv, wrap_pad)
                {
                    return throw(&ctx, "unsupported: AES key wrap with a non-default IV");
                }
                let engine = match info.mode {
                    Mode::Cbc | Mode::Ecb => {
                        by_key_len!(key.len(), C => block_proc::<C>(info.mode, encrypt, &key, &iv))
                            .map(|f| Engine::Block { f, buf: Vec::new() })
                    }
                    Mode::Ctr => {
                        by_key_len!(key.len(), C => block_proc::<C>(info.mode, encrypt, &key, &iv))
                            .map(Engine::Stream)
                    }
                    Mode::Gcm => by_key_len!(key.len(), C => gcm_new::<C>(&key, &iv))
                        .map(|a| Engine::Aead(Box::new(a))),
                    Mode::ChaPoly => chapoly_new(&key, &iv).map(|a| Engine::Aead(Box::new(a))),
                    Mode::Wrap | Mode::WrapPad => Some(Engine::Wrap {
                        key: key.clone(),
                        pad: wrap_pad,
                    }),
                };
                let Some(engine) = engine else {
                    return throw(&ctx, "invalid key length");
                };
                let tag_len = tag_len
                    .filter(|t| *t >= 1.0 && *t <= 16.0)
                    .map_or(16, |t| t as usize);
                Class::instance(
                    ctx,
                    CipherContext {
                        engine,
                        encrypt,
                        padding: true,
                        finalized: false,
                        tag_len,
                        tag: None,
                    },
                )
            },
        )?,
    )?;
    Ok(())
}
