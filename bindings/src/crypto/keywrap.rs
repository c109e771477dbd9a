//! AES key wrap: RFC 3394 (AES-KW, WebCrypto's "AES-KW" and OpenSSL's
//! id-aesN-wrap) and RFC 5649 (AES-KWP, id-aesN-wrap-pad), by the `aes-kw` crate.
use super::throw;
use crate::bytes;
use rquickjs::{Ctx, Function, Object, Result, Value};

/// Why a wrap/unwrap failed; the JS side maps both to the error its API throws.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum KwError {
    /// The KEK is not 16, 24 or 32 bytes.
    KeyLength,
    /// Bad input length or failed integrity check.
    Failed,
}

/// Wrap (`wrap`) or unwrap `data` under `kek`; `pad` selects KWP (RFC 5649).
/// Lengths follow OpenSSL: KW wraps at least two semiblocks (16 bytes) and
/// unwraps at least three; KWP wraps 1..2^32 bytes and unwraps at least 16.
pub(crate) fn run(
    kek: &[u8],
    data: &[u8],
    wrap: bool,
    pad: bool,
) -> std::result::Result<Vec<u8>, KwError> {
    macro_rules! with_kek {
        ($K:ty) => {{
            let k = <$K>::try_from(kek).map_err(|_| KwError::KeyLength)?;
            let r = match (wrap, pad) {
                (true, false) if data.len() >= 16 => k.wrap_vec(data),
                (false, false) if data.len() >= 24 => k.unwrap_vec(data),
                (true, true) if !data.is_empty() => k.wrap_with_padding_vec(data),
                (false, true) if data.len() >= 16 => k.unwrap_with_padding_vec(data),
                _ => return Err(KwError::Failed),
            };
            r.map_err(|_| KwError::Failed)
        }};
    }
    match kek.len() {
        16 => with_kek!(aes_kw::KekAes128),
        24 => with_kek!(aes_kw::KekAes192),
        32 => with_kek!(aes_kw::KekAes256),
        _ => Err(KwError::KeyLength),
    }
}

/// The default initial values; OpenSSL lets a caller pick another, `aes-kw` does not.
pub(crate) fn is_default_iv(iv: &[u8], pad: bool) -> bool {
    if pad {
        iv == aes_kw::KWP_IV_PREFIX
    } else {
        iv == aes_kw::IV
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    // aesKeyWrap(kek, data, wrap, pad) -> ArrayBuffer; throws "invalid key length"
    // or "key wrap failed" (bad length, or the integrity check failed on unwrap).
    o.set(
        "aesKeyWrap",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             kek: Value<'js>,
             data: Value<'js>,
             wrap: bool,
             pad: bool|
             -> Result<Value<'js>> {
                let kek = bytes::to_vec(&ctx, &kek)?;
                let r = bytes::with_bytes(&ctx, &data, |d| run(&kek, d, wrap, pad))?;
                match r {
                    Ok(v) => bytes::array_buffer(&ctx, v),
                    Err(KwError::KeyLength) => throw(&ctx, "invalid key length"),
                    Err(KwError::Failed) => throw(&ctx, "key wrap failed"),
                }
            },
        )?,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(s: &str) -> Vec<u8> {
        hex::decode(s).unwrap()
    }

    #[test]
    fn rfc3394_4_1() {
        let kek = h("000102030405060708090A0B0C0D0E0F");
        let data = h("00112233445566778899AABBCCDDEEFF");
        let w = run(&kek, &data, true, false).unwrap();
        assert_eq!(w, h("1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5"));
        assert_eq!(run(&kek, &w, false, false).unwrap(), data);
        let mut bad = w.clone();
        bad[0] ^= 1;
        assert_eq!(run(&kek, &bad, false, false), Err(KwError::Failed));
    }

    #[test]
    fn rfc5649_example() {
        let kek = h("5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8");
        let w = run(&kek, &h("466f7250617369"), true, true).unwrap();
        assert_eq!(w, h("afbeb0f07dfbf5419200f2ccb50bb24f"));
    }

    #[test]
    fn lengths() {
        let kek = [0u8; 16];
        assert_eq!(run(&kek, &[0; 8], true, false), Err(KwError::Failed));
        assert_eq!(run(&kek, &[0; 17], true, false), Err(KwError::Failed));
        assert_eq!(run(&kek, &[0; 16], false, false), Err(KwError::Failed));
        assert_eq!(
            run(&[0; 15], &[0; 16], true, false),
            Err(KwError::KeyLength)
        );
    }
}
