//! crypto.X509Certificate's Rust half: parse a certificate (PEM or DER) with the
//! `x509-parser` crate and hand JS every field pre-formatted the way Node prints it
//! with OpenSSL (X509_NAME_print_ex multiline names, ASN1_TIME_print dates, Node's
//! subjectAltName/infoAccess strings). Hashing, key objects, signature checks and
//! host/email matching are done in JS (js/internal/crypto/x509.js) with the
//! existing crypto pieces.
use super::throw;
use crate::bytes;
use pkcs8::der::Decode;
use rquickjs::{Array, ArrayBuffer, Ctx, Function, Object, Result, Value};
use x509_parser::der_parser::asn1_rs::Tag;
use x509_parser::extensions::{GeneralName, ParsedExtension};
use x509_parser::prelude::*;

/// OpenSSL's short names for the attribute types found in real certificates.
pub(crate) fn short_name(oid: &str) -> Option<&'static str> {
    Some(match oid {
        "2.5.4.3" => "CN",
        "2.5.4.4" => "SN",
        "2.5.4.5" => "serialNumber",
        "2.5.4.6" => "C",
        "2.5.4.7" => "L",
        "2.5.4.8" => "ST",
        "2.5.4.9" => "street",
        "2.5.4.10" => "O",
        "2.5.4.11" => "OU",
        "2.5.4.12" => "title",
        "2.5.4.13" => "description",
        "2.5.4.15" => "businessCategory",
        "2.5.4.17" => "postalCode",
        "2.5.4.41" => "name",
        "2.5.4.42" => "GN",
        "2.5.4.43" => "initials",
        "2.5.4.44" => "generationQualifier",
        "2.5.4.45" => "x500UniqueIdentifier",
        "2.5.4.46" => "dnQualifier",
        "2.5.4.65" => "pseudonym",
        "2.5.4.97" => "organizationIdentifier",
        "1.2.840.113549.1.9.1" => "emailAddress",
        "1.2.840.113549.1.9.2" => "unstructuredName",
        "0.9.2342.19200300.100.1.25" => "DC",
        "0.9.2342.19200300.100.1.1" => "UID",
        "1.3.6.1.4.1.311.60.2.1.3" => "jurisdictionC",
        "1.3.6.1.4.1.311.60.2.1.2" => "jurisdictionST",
        "1.3.6.1.4.1.311.60.2.1.1" => "jurisdictionL",
        _ => return None,
    })
}

fn attr_key(attr: &AttributeTypeAndValue<'_>) -> String {
    let oid = attr.attr_type().to_id_string();
    short_name(&oid).map(str::to_string).unwrap_or(oid)
}

/// The attribute value as UTF-8 (OpenSSL's ASN1_STRFLGS_UTF8_CONVERT).
fn attr_text(attr: &AttributeTypeAndValue<'_>) -> String {
    let v = attr.attr_value();
    let data: &[u8] = v.data.as_ref();
    match v.tag() {
        Tag::BmpString => {
            let units: Vec<u16> = data
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        Tag::UniversalString => data
            .chunks(4)
            .filter_map(|c| {
                let b: [u8; 4] = c.try_into().ok()?;
                char::from_u32(u32::from_be_bytes(b))
            })
            .collect(),
        // T61/Teletex is Latin-1 as far as OpenSSL's converter is concerned.
        Tag::T61String => data.iter().map(|&b| b as char).collect(),
        _ => match attr.as_str() {
            Ok(s) => s.to_string(),
            Err(_) => String::from_utf8_lossy(data).into_owned(),
        },
    }
}

/// RFC 2253 escaping as ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL apply it.
fn esc_2253(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let n = s.chars().count();
    for (i, c) in s.chars().enumerate() {
        match c {
            ',' | '+' | '"' | '\\' | '<' | '>' | ';' => {
                out.push('\\');
                out.push(c);
            }
            '#' if i == 0 => out.push_str("\\#"),
            ' ' if i == 0 || i + 1 == n => out.push_str("\\ "),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\{:02X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

/// X509_NAME_print_ex with Node's multiline flags: one RDN per line, in order.
fn name_multiline(name: &X509Name<'_>) -> String {
    rdn_strings(name).join("\n")
}

/// XN_FLAG_RFC2253: RDNs in reverse order, comma-separated (for DirName).
fn name_rfc2253(name: &X509Name<'_>) -> String {
    let mut v = rdn_strings(name);
    v.reverse();
    v.join(",")
}

fn rdn_strings(name: &X509Name<'_>) -> Vec<String> {
    name.iter_rdn()
        .map(|rdn| {
            rdn.iter()
                .map(|a| format!("{}={}", attr_key(a), esc_2253(&attr_text(a))))
                .collect::<Vec<_>>()
                .join(" + ")
        })
        .collect()
}

/// `[[key, value]...]` in certificate order; JS folds repeats into arrays.
fn name_pairs<'js>(ctx: &Ctx<'js>, name: &X509Name<'_>) -> Result<Array<'js>> {
    let arr = Array::new(ctx.clone())?;
    for (i, attr) in name.iter_attributes().enumerate() {
        let pair = Array::new(ctx.clone())?;
        pair.set(0, attr_key(attr))?;
        pair.set(1, attr_text(attr))?;
        arr.set(i, pair)?;
    }
    Ok(arr)
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// ASN1_TIME_print: "Jan  1 00:00:00 2024 GMT".
fn openssl_time(t: &ASN1Time) -> String {
    let d = t.to_datetime();
    format!(
        "{} {:>2} {:02}:{:02}:{:02} {} GMT",
        MONTHS[(d.month() as usize).clamp(1, 12) - 1],
        d.day(),
        d.hour(),
        d.minute(),
        d.second(),
        d.year()
    )
}

/// BN_bn2hex of the serial: uppercase, no leading zero bytes, "0" for zero.
fn serial_hex(b: &[u8]) -> String {
    let start = b.iter().position(|&x| x != 0).unwrap_or(b.len());
    let s: String = b[start..].iter().map(|x| format!("{x:02X}")).collect();
    if s.is_empty() {
        "0".into()
    } else {
        s
    }
}

/// Node's rule for names inside subjectAltName/infoAccess: anything that could
/// confuse a reader splitting on ", " is printed as a JSON string.
fn is_safe(s: &str) -> bool {
    !s.chars()
        .any(|c| matches!(c, '"' | '\\' | ',' | '\'') || (c as u32) < 0x20 || c as u32 == 0x7f)
}

fn json_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\u002c"),
            '\'' => out.push_str("\\u0027"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn safe(s: &str) -> String {
    if is_safe(s) {
        s.to_string()
    } else {
        json_quote(s)
    }
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

/// The string inside an otherName value ([0] EXPLICIT around a string type).
fn other_name_text(v: &[u8]) -> Option<String> {
    let mut any = pkcs8::der::asn1::AnyRef::from_der(v).ok()?;
    if v.first() == Some(&0xa0) {
        any = pkcs8::der::asn1::AnyRef::from_der(any.value()).ok()?;
    }
    std::str::from_utf8(any.value()).ok().map(str::to_string)
}

fn general_name(g: &GeneralName<'_>) -> String {
    match g {
        GeneralName::DNSName(s) => format!("DNS:{}", safe(s)),
        GeneralName::IPAddress(b) => format!("IP Address:{}", ip_string(b)),
        GeneralName::URI(s) => format!("URI:{}", safe(s)),
        GeneralName::RFC822Name(s) => format!("email:{}", safe(s)),
        GeneralName::DirectoryName(n) => format!("DirName:{}", json_quote(&name_rfc2253(n))),
        GeneralName::RegisteredID(o) => format!("Registered ID:{}", o.to_id_string()),
        GeneralName::OtherName(oid, v) => {
            let label = match oid.to_id_string().as_str() {
                "1.3.6.1.4.1.311.20.2.3" => "UPN",
                "1.3.6.1.5.5.7.8.5" => "XmppAddr",
                "1.3.6.1.5.5.7.8.7" => "SRVName",
                "1.3.6.1.5.5.7.8.8" => "NAIRealm",
                "1.3.6.1.5.5.7.8.9" => "SmtpUTF8Mailbox",
                _ => return "othername:<unsupported>".into(),
            };
            match other_name_text(v) {
                Some(t) => format!("othername:{label}:{}", safe(&t)),
                None => "othername:<unsupported>".into(),
            }
        }
        GeneralName::X400Address(_) => "X400Name:<unsupported>".into(),
        GeneralName::EDIPartyName(_) => "EdiPartyName:<unsupported>".into(),
    }
}

fn access_method(oid: &str) -> String {
    match oid {
        "1.3.6.1.5.5.7.48.1" => "OCSP".into(),
        "1.3.6.1.5.5.7.48.2" => "CA Issuers".into(),
        o => o.into(),
    }
}

fn ab<'js>(ctx: &Ctx<'js>, b: &[u8]) -> Result<Value<'js>> {
    Ok(ArrayBuffer::new(ctx.clone(), b.to_vec())?.into_value())
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Find the certificate: the first CERTIFICATE PEM block, else the bytes as DER.
/// Errors are OpenSSL reason keys that JS maps to Node's errors.
fn certificate_der(input: &[u8]) -> std::result::Result<Vec<u8>, &'static str> {
    for pem in Pem::iter_from_buffer(input) {
        let pem = match pem {
            Ok(p) => p,
            Err(x509_parser::error::PEMError::Base64DecodeError) => {
                return Err("bad base64 decode")
            }
            // Not text at all (DER, most likely).
            Err(_) => break,
        };
        if matches!(
            pem.label.as_str(),
            "CERTIFICATE" | "X509 CERTIFICATE" | "TRUSTED CERTIFICATE"
        ) {
            return Ok(pem.contents);
        }
    }
    if X509Certificate::from_der(input).is_ok() {
        return Ok(input.to_vec());
    }
    Err("no start line")
}

fn describe<'js>(ctx: &Ctx<'js>, der: &[u8]) -> Result<Value<'js>> {
    let c = match X509Certificate::from_der(der) {
        Ok((_, c)) => c,
        Err(_) => return throw(ctx, "wrong tag"),
    };
    let o = Object::new(ctx.clone())?;
    o.set("raw", ab(ctx, der)?)?;
    o.set("subject", name_multiline(c.subject()))?;
    o.set("issuer", name_multiline(c.issuer()))?;
    o.set("subjectPairs", name_pairs(ctx, c.subject())?)?;
    o.set("issuerPairs", name_pairs(ctx, c.issuer())?)?;
    o.set("subjectRaw", hex(c.subject().as_raw()))?;
    o.set("issuerRaw", hex(c.issuer().as_raw()))?;
    o.set("validFrom", openssl_time(&c.validity().not_before))?;
    o.set("validTo", openssl_time(&c.validity().not_after))?;
    o.set(
        "validFromMs",
        c.validity().not_before.timestamp() as f64 * 1000.0,
    )?;
    o.set(
        "validToMs",
        c.validity().not_after.timestamp() as f64 * 1000.0,
    )?;
    o.set("serialNumber", serial_hex(c.raw_serial()))?;
    o.set("spki", ab(ctx, c.public_key().raw)?)?;
    o.set("tbs", ab(ctx, c.tbs_certificate.as_ref())?)?;
    o.set("sigAlg", c.signature_algorithm.algorithm.to_id_string())?;
    o.set("signature", ab(ctx, &c.signature_value.data)?)?;

    let (dns, emails, ips, uris) = (
        Array::new(ctx.clone())?,
        Array::new(ctx.clone())?,
        Array::new(ctx.clone())?,
        Array::new(ctx.clone())?,
    );
    let (mut ca, mut cert_sign) = (false, true);
    for ext in c.extensions() {
        match ext.parsed_extension() {
            ParsedExtension::SubjectAlternativeName(san) => {
                let parts: Vec<String> = san.general_names.iter().map(general_name).collect();
                o.set("subjectAltName", parts.join(", "))?;
                for g in &san.general_names {
                    match g {
                        GeneralName::DNSName(s) => dns.set(dns.len(), *s)?,
                        GeneralName::RFC822Name(s) => emails.set(emails.len(), *s)?,
                        GeneralName::IPAddress(b) => ips.set(ips.len(), hex(b))?,
                        GeneralName::URI(s) => uris.set(uris.len(), *s)?,
                        _ => {}
                    }
                }
            }
            ParsedExtension::AuthorityInfoAccess(aia) => {
                let pairs = Array::new(ctx.clone())?;
                let mut lines = Vec::new();
                for (i, d) in aia.accessdescs.iter().enumerate() {
                    let method = access_method(&d.access_method.to_id_string());
                    let loc = general_name(&d.access_location);
                    let (kind, value) = loc.split_once(':').unwrap_or(("", &loc));
                    let pair = Array::new(ctx.clone())?;
                    pair.set(0, format!("{method} - {kind}"))?;
                    pair.set(1, value)?;
                    pairs.set(i, pair)?;
                    lines.push(format!("{method} - {loc}"));
                }
                o.set("infoAccess", lines.join("\n"))?;
                o.set("infoAccessPairs", pairs)?;
            }
            ParsedExtension::BasicConstraints(bc) => ca = bc.ca,
            ParsedExtension::KeyUsage(ku) => cert_sign = ku.key_cert_sign(),
            ParsedExtension::SubjectKeyIdentifier(k) => o.set("ski", hex(k.0))?,
            ParsedExtension::AuthorityKeyIdentifier(a) => {
                if let Some(k) = &a.key_identifier {
                    o.set("aki", hex(k.0))?;
                }
            }
            ParsedExtension::ExtendedKeyUsage(_) => {
                // Re-read the OIDs to keep the extension's order.
                type Oids = Vec<pkcs8::der::asn1::ObjectIdentifier>;
                if let Ok(oids) = Oids::from_der(ext.value) {
                    let v: Vec<String> = oids.iter().map(|o| o.to_string()).collect();
                    o.set("keyUsage", v)?;
                }
            }
            _ => {}
        }
    }
    // X509_check_ca() == 1: a CA basic constraint, and keyCertSign if key usage is present.
    o.set("ca", ca && cert_sign)?;
    o.set("keyCertSign", cert_sign)?;
    o.set("dns", dns)?;
    o.set("emails", emails)?;
    o.set("ips", ips)?;
    o.set("uris", uris)?;
    Ok(o.into_value())
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    // x509Parse(bytes) -> plain object of pre-formatted fields; throws an OpenSSL
    // reason ("no start line", "bad base64 decode", "wrong tag").
    o.set(
        "x509Parse",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, data: Value<'js>| -> Result<Value<'js>> {
                match bytes::with_bytes(&ctx, &data, certificate_der)? {
                    Ok(der) => describe(&ctx, &der),
                    Err(e) => throw(&ctx, e),
                }
            },
        )?,
    )?;
    // x509IpHex(text) -> the address bytes as hex, or null when `text` is no IP.
    o.set(
        "x509IpHex",
        Function::new(ctx.clone(), |s: String| -> Option<String> {
            match s.parse::<std::net::IpAddr>().ok()? {
                std::net::IpAddr::V4(a) => Some(hex(&a.octets())),
                std::net::IpAddr::V6(a) => Some(hex(&a.octets())),
            }
        })?,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(esc_2253(" a,b "), "\\ a\\,b\\ ");
        assert_eq!(esc_2253("#x#"), "\\#x#");
        assert_eq!(serial_hex(&[0, 0xab, 1]), "AB01");
        assert_eq!(serial_hex(&[0]), "0");
        assert_eq!(safe("a,b"), "\"a\\u002cb\"");
        assert_eq!(
            ip_string(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xab, 1]),
            "0:0:0:0:0:0:0:AB01"
        );
    }
}
