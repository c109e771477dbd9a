//! X.509 certificates as Node's `getPeerCertificate()` objects (the fields OpenSSL gives
//! Node: subject, issuer, subjectaltname, validity in OpenSSL's print format, fingerprints,
//! serial number, public key facts, raw DER).
use rquickjs::{Array, ArrayBuffer, Ctx, Object, Result, Value};
use sha1::Digest;
use x509_parser::extensions::GeneralName;
use x509_parser::prelude::*;
// OpenSSL's attribute short names, shared with crypto.X509Certificate.
use crate::crypto::x509::short_name;

/// A distinguished name as `[[key, value]...]` in certificate order (JS folds repeats into
/// arrays and gives the object a null prototype).
fn name_pairs<'js>(ctx: &Ctx<'js>, name: &X509Name<'_>) -> Result<Array<'js>> {
    let arr = Array::new(ctx.clone())?;
    let mut i = 0;
    for attr in name.iter_attributes() {
        let oid = attr.attr_type().to_id_string();
        let key = short_name(&oid).map(str::to_string).unwrap_or(oid);
        let val = match attr.as_str() {
            Ok(s) => s.to_string(),
            Err(_) => String::from_utf8_lossy(attr.attr_value().data.as_ref()).into_owned(),
        };
        let pair = Array::new(ctx.clone())?;
        pair.set(0, key)?;
        pair.set(1, val)?;
        arr.set(i, pair)?;
        i += 1;
    }
    Ok(arr)
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// OpenSSL's ASN1_TIME_print: "Jan  1 00:00:00 2024 GMT".
pub fn openssl_time(ts: i64) -> String {
    let days = ts.div_euclid(86400);
    let secs = ts.rem_euclid(86400);
    // Civil from days (Howard Hinnant's algorithm).
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!(
        "{} {:>2} {:02}:{:02}:{:02} {} GMT",
        MONTHS[(m - 1).clamp(0, 11) as usize],
        d,
        secs / 3600,
        (secs / 60) % 60,
        secs % 60,
        y
    )
}

fn hex_colon(b: &[u8]) -> String {
    let mut s = String::with_capacity(b.len() * 3);
    for (i, x) in b.iter().enumerate() {
        if i > 0 {
            s.push(':');
        }
        s.push_str(&format!("{x:02X}"));
    }
    s
}

fn hex_upper(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02X}")).collect()
}

fn strip_zeros(b: &[u8]) -> &[u8] {
    let mut i = 0;
    while i + 1 < b.len() && b[i] == 0 {
        i += 1;
    }
    &b[i..]
}

fn ip_string(b: &[u8]) -> String {
    match b.len() {
        4 => format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3]),
        16 => (0..8)
            .map(|i| format!("{:X}", u16::from_be_bytes([b[2 * i], b[2 * i + 1]])))
            .collect::<Vec<_>>()
            .join(":"),
        _ => "<invalid>".to_string(),
    }
}

fn general_name(g: &GeneralName<'_>) -> String {
    match g {
        GeneralName::DNSName(s) => format!("DNS:{s}"),
        GeneralName::IPAddress(b) => format!("IP Address:{}", ip_string(b)),
        GeneralName::URI(s) => format!("URI:{s}"),
        GeneralName::RFC822Name(s) => format!("email:{s}"),
        GeneralName::DirectoryName(n) => format!("DirName:{n}"),
        GeneralName::RegisteredID(o) => format!("Registered ID:{}", o.to_id_string()),
        _ => "othername:<unsupported>".to_string(),
    }
}

fn curve_names(oid: &str) -> Option<(&'static str, &'static str)> {
    Some(match oid {
        "1.2.840.10045.3.1.7" => ("prime256v1", "P-256"),
        "1.3.132.0.34" => ("secp384r1", "P-384"),
        "1.3.132.0.35" => ("secp521r1", "P-521"),
        "1.3.132.0.10" => ("secp256k1", ""),
        _ => return None,
    })
}

/// The certificate object for `der`, or undefined when it does not parse.
pub fn cert_object<'js>(ctx: &Ctx<'js>, der: &[u8]) -> Result<Value<'js>> {
    let Ok((_, c)) = X509Certificate::from_der(der) else {
        return Ok(Value::new_undefined(ctx.clone()));
    };
    let o = Object::new(ctx.clone())?;
    o.set("subject", name_pairs(ctx, c.subject())?)?;
    o.set("issuer", name_pairs(ctx, c.issuer())?)?;
    if let Ok(Some(san)) = c.subject_alternative_name() {
        let s: Vec<String> = san.value.general_names.iter().map(general_name).collect();
        o.set("subjectaltname", s.join(", "))?;
    }
    o.set("ca", c.is_ca())?;
    let spki = c.public_key();
    match spki.parsed() {
        Ok(x509_parser::public_key::PublicKey::RSA(rsa)) => {
            o.set("modulus", hex_upper(strip_zeros(rsa.modulus)))?;
            o.set("bits", rsa.key_size() as f64)?;
            let e = strip_zeros(rsa.exponent);
            let mut ev: u64 = 0;
            for b in e.iter().take(8) {
                ev = (ev << 8) | *b as u64;
            }
            o.set("exponent", format!("0x{ev:x}"))?;
            o.set("pubkey", ArrayBuffer::new(ctx.clone(), spki.raw.to_vec())?)?;
        }
        Ok(x509_parser::public_key::PublicKey::EC(pt)) => {
            o.set("bits", pt.key_size() as f64)?;
            o.set(
                "pubkey",
                ArrayBuffer::new(ctx.clone(), spki.subject_public_key.data.to_vec())?,
            )?;
            if let Some(params) = &spki.algorithm.parameters {
                if let Ok(oid) = params.clone().oid() {
                    if let Some((asn1, nist)) = curve_names(&oid.to_id_string()) {
                        o.set("asn1Curve", asn1)?;
                        if !nist.is_empty() {
                            o.set("nistCurve", nist)?;
                        }
                    }
                }
            }
        }
        _ => {
            o.set("pubkey", ArrayBuffer::new(ctx.clone(), spki.raw.to_vec())?)?;
        }
    }
    o.set(
        "valid_from",
        openssl_time(c.validity().not_before.timestamp()),
    )?;
    o.set("valid_to", openssl_time(c.validity().not_after.timestamp()))?;
    o.set("fingerprint", hex_colon(&sha1::Sha1::digest(der)))?;
    o.set("fingerprint256", hex_colon(&sha2::Sha256::digest(der)))?;
    o.set("fingerprint512", hex_colon(&sha2::Sha512::digest(der)))?;
    if let Ok(Some(eku)) = c.extended_key_usage() {
        let e = eku.value;
        let arr = Array::new(ctx.clone())?;
        let mut i = 0;
        let mut push = |s: String| -> Result<()> {
            arr.set(i, s)?;
            i += 1;
            Ok(())
        };
        if e.server_auth {
            push("1.3.6.1.5.5.7.3.1".into())?;
        }
        if e.client_auth {
            push("1.3.6.1.5.5.7.3.2".into())?;
        }
        if e.code_signing {
            push("1.3.6.1.5.5.7.3.3".into())?;
        }
        if e.email_protection {
            push("1.3.6.1.5.5.7.3.4".into())?;
        }
        if e.time_stamping {
            push("1.3.6.1.5.5.7.3.8".into())?;
        }
        if e.ocsp_signing {
            push("1.3.6.1.5.5.7.3.9".into())?;
        }
        for oid in &e.other {
            push(oid.to_id_string())?;
        }
        o.set("ext_key_usage", arr)?;
    }
    o.set("serialNumber", hex_upper(strip_zeros(c.raw_serial())))?;
    o.set("raw", ArrayBuffer::new(ctx.clone(), der.to_vec())?)?;
    // Used by JS to link issuerCertificate; not a Node field (removed in JS).
    o.set("_selfSigned", c.subject().as_raw() == c.issuer().as_raw())?;
    Ok(o.into_value())
}
