//! Encrypted PKCS#8 (`-----BEGIN ENCRYPTED PRIVATE KEY-----`): PBES2 with PBKDF2 and
//! AES-CBC, via the `pkcs8` crate's `encryption` feature (`pkcs5`). Writing uses
//! OpenSSL's defaults, as Node's KeyObject.export({cipher, passphrase}) does:
//! PBKDF2-HMAC-SHA256, 2048 iterations, an 8-byte salt and a random IV.
use super::throw;
use crate::bytes;
use pkcs8::der::{Decode, Encode};
use pkcs8::pkcs5::pbes2;
use rand::RngCore;
use rquickjs::{Ctx, Function, Object, Result, Value};

type R<T> = std::result::Result<T, String>;

const ITERATIONS: u32 = 2048;
const SALT_LEN: usize = 8;

/// Whether `der` is an EncryptedPrivateKeyInfo at all.
fn is_encrypted(der: &[u8]) -> bool {
    pkcs8::EncryptedPrivateKeyInfo::try_from(der).is_ok()
}

/// The plain PKCS#8 inside; any failure to decrypt is OpenSSL's "bad decrypt".
fn decrypt(der: &[u8], passphrase: &[u8]) -> R<Vec<u8>> {
    let info =
        pkcs8::EncryptedPrivateKeyInfo::try_from(der).map_err(|_| "unsupported".to_string())?;
    let doc = info
        .decrypt(passphrase)
        .map_err(|_| "bad decrypt".to_string())?;
    // A wrong key can still leave valid padding; the result must parse.
    pkcs8::PrivateKeyInfo::from_der(doc.as_bytes()).map_err(|_| "bad decrypt".to_string())?;
    Ok(doc.as_bytes().to_vec())
}

fn encrypt(plain: &[u8], key_bits: u32, passphrase: &[u8]) -> R<Vec<u8>> {
    let mut rng = rand::thread_rng();
    let mut salt = [0u8; SALT_LEN];
    let mut iv = [0u8; 16];
    rng.fill_bytes(&mut salt);
    rng.fill_bytes(&mut iv);
    let kdf =
        pbes2::Pbkdf2Params::hmac_with_sha256(ITERATIONS, &salt).map_err(|e| e.to_string())?;
    let encryption = match key_bits {
        128 => pbes2::EncryptionScheme::Aes128Cbc { iv: &iv },
        192 => pbes2::EncryptionScheme::Aes192Cbc { iv: &iv },
        256 => pbes2::EncryptionScheme::Aes256Cbc { iv: &iv },
        _ => return Err("unsupported cipher".into()),
    };
    let params = pbes2::Parameters {
        kdf: kdf.into(),
        encryption,
    };
    let data = params
        .encrypt(passphrase, plain)
        .map_err(|e| e.to_string())?;
    pkcs8::EncryptedPrivateKeyInfo {
        encryption_algorithm: params.into(),
        encrypted_data: &data,
    }
    .to_der()
    .map_err(|e| e.to_string())
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    // pkcs8IsEncrypted(der) -> bool
    o.set(
        "pkcs8IsEncrypted",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, der: Value<'js>| -> Result<bool> {
                bytes::with_bytes(&ctx, &der, is_encrypted)
            },
        )?,
    )?;
    // pkcs8Decrypt(der, passphrase) -> plain PKCS#8 DER; throws "bad decrypt".
    o.set(
        "pkcs8Decrypt",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, der: Value<'js>, pass: Value<'js>| -> Result<Value<'js>> {
                let pass = bytes::to_vec(&ctx, &pass)?;
                match bytes::with_bytes(&ctx, &der, |d| decrypt(d, &pass))? {
                    Ok(v) => bytes::array_buffer(&ctx, v),
                    Err(e) => throw(&ctx, &e),
                }
            },
        )?,
    )?;
    // pkcs8Encrypt(der, aesKeyBits, passphrase) -> EncryptedPrivateKeyInfo DER
    o.set(
        "pkcs8Encrypt",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, der: Value<'js>, bits: u32, pass: Value<'js>| -> Result<Value<'js>> {
                let pass = bytes::to_vec(&ctx, &pass)?;
                match bytes::with_bytes(&ctx, &der, |d| encrypt(d, bits, &pass))? {
                    Ok(v) => bytes::array_buffer(&ctx, v),
                    Err(e) => throw(&ctx, &e),
                }
            },
        )?,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let k = p256::SecretKey::from_slice(&[7u8; 32]).unwrap();
        use pkcs8::EncodePrivateKey;
        let plain = k.to_pkcs8_der().unwrap().as_bytes().to_vec();
        for bits in [128, 192, 256] {
            let enc = encrypt(&plain, bits, b"pw").unwrap();
            assert!(is_encrypted(&enc));
            assert_eq!(decrypt(&enc, b"pw").unwrap(), plain);
            assert!(decrypt(&enc, b"px").is_err());
        }
    }
}
