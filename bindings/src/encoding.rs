//! String <-> bytes for Buffer, TextEncoder and TextDecoder.
use crate::bytes;
use rquickjs::{Ctx, Exception, Function, Object, Result, Value};

use base64::engine::{general_purpose::GeneralPurpose, DecodePaddingMode, GeneralPurposeConfig};
use base64::Engine;

const B64_CONFIG: GeneralPurposeConfig = GeneralPurposeConfig::new()
    .with_decode_padding_mode(DecodePaddingMode::Indifferent)
    .with_decode_allow_trailing_bits(true);
const B64: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::STANDARD, B64_CONFIG);
const B64URL: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::URL_SAFE, B64_CONFIG.with_encode_padding(false));

/// Node decodes hex up to the first pair that is not hex.
fn hex_decode(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let valid = b.iter().take_while(|c| c.is_ascii_hexdigit()).count() & !1;
    hex::decode(&b[..valid]).unwrap_or_default()
}

/// Node's base64 decoding is forgiving: either alphabet, characters outside it
/// (whitespace...) skipped, decoding stops at the first '='.
fn base64_decode(s: &str) -> Vec<u8> {
    let clean: Vec<u8> = s
        .bytes()
        .take_while(|&c| c != b'=')
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'-' | b'_'))
        .map(|c| match c {
            b'-' => b'+',
            b'_' => b'/',
            c => c,
        })
        .collect();
    // A dangling single character carries no full byte; drop it like Node does.
    let usable = if clean.len() % 4 == 1 { clean.len() - 1 } else { clean.len() };
    B64.decode(&clean[..usable]).unwrap_or_default()
}

fn base64_encode(b: &[u8], url: bool) -> String {
    if url {
        B64URL.encode(b)
    } else {
        B64.encode(b)
    }
}

/// UTF-16 code units of a JS string, lone surrogates included.
fn utf16_units(v: &Value<'_>) -> Result<Vec<u16>> {
    let s: rquickjs::String = v.get()?;
    // QuickJS hands out UTF-8 (lone surrogates become U+FFFD); good enough for latin1/utf16le.
    Ok(s.to_string()?.encode_utf16().collect())
}

/// Encode a JS string into bytes in `enc`.
fn encode<'js>(ctx: &Ctx<'js>, v: &Value<'js>, enc: &str) -> Result<Vec<u8>> {
    Ok(match enc {
        "utf8" | "utf-8" => {
            let s: rquickjs::String = v.get()?;
            s.to_string()?.into_bytes()
        }
        "hex" => hex_decode(&v.get::<String>()?),
        "base64" | "base64url" => base64_decode(&v.get::<String>()?),
        "latin1" | "binary" | "ascii" => utf16_units(v)?.into_iter().map(|u| u as u8).collect(),
        "utf16le" | "ucs2" | "ucs-2" | "utf-16le" => {
            utf16_units(v)?.into_iter().flat_map(|u| u.to_le_bytes()).collect()
        }
        _ => return Err(Exception::throw_type(ctx, &format!("Unknown encoding: {enc}"))),
    })
}

/// Decode bytes in `enc` into a string.
fn decode(b: &[u8], enc: &str) -> Option<String> {
    Some(match enc {
        "utf8" | "utf-8" => String::from_utf8_lossy(b).into_owned(),
        "hex" => hex::encode(b),
        "base64" => base64_encode(b, false),
        "base64url" => base64_encode(b, true),
        "latin1" | "binary" => b.iter().map(|&c| c as char).collect(),
        "ascii" => b.iter().map(|&c| (c & 0x7f) as char).collect(),
        "utf16le" | "ucs2" | "ucs-2" | "utf-16le" => {
            let units: Vec<u16> = b.chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])).collect();
            String::from_utf16_lossy(&units)
        }
        _ => return None,
    })
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    // encode(string, encoding) -> ArrayBuffer
    o.set(
        "encode",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, v: Value<'js>, enc: String| -> Result<Value<'js>> {
            let data = encode(&ctx, &v, &enc)?;
            bytes::array_buffer(&ctx, data)
        })?,
    )?;
    // byteLength(string, encoding) without allocating for utf8.
    o.set(
        "byteLengthUtf8",
        Function::new(ctx.clone(), |s: rquickjs::String<'js>| -> Result<usize> { Ok(s.to_string()?.len()) })?,
    )?;
    // decode(uint8array, encoding, start, end) -> string
    o.set(
        "decode",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, v: Value<'js>, enc: String, start: Option<usize>, end: Option<usize>| -> Result<String> {
                let out = bytes::with_bytes(&ctx, &v, |b| {
                    let end = end.unwrap_or(b.len()).min(b.len());
                    let start = start.unwrap_or(0).min(end);
                    decode(&b[start..end], &enc)
                })?;
                out.ok_or_else(|| Exception::throw_type(&ctx, &format!("Unknown encoding: {enc}")))
            },
        )?,
    )?;
    // Is this a complete, valid UTF-8 sequence? (TextDecoder fatal mode, buffer.isUtf8)
    o.set(
        "isUtf8",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, v: Value<'js>| -> Result<bool> {
            bytes::with_bytes(&ctx, &v, |b| std::str::from_utf8(b).is_ok())
        })?,
    )?;
    o.set(
        "isAscii",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, v: Value<'js>| -> Result<bool> {
            bytes::with_bytes(&ctx, &v, |b| b.is_ascii())
        })?,
    )?;
    Ok(())
}
