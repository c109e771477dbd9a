//! WHATWG URL parsing for `URL`, `url.domainToASCII` and friends, backed by the
//! `url` crate (its `quirks` module is exactly the URL Standard's API surface).
//! A parsed URL crosses to JS as an array of its serialized components:
//! [href, origin, protocol, username, password, host, hostname, port, pathname, search, hash].
use rquickjs::{Ctx, Function, Object, Result};
use url::{quirks, Url};

/// The URL Standard (since 2023) gives a blob: URL the origin of its inner URL only
/// when that is http(s); the crate still follows the older rule.
fn origin(u: &Url) -> String {
    if u.scheme() == "blob" {
        return match Url::parse(u.path()) {
            Ok(inner) if matches!(inner.scheme(), "http" | "https") => quirks::origin(&inner),
            _ => "null".to_owned(),
        };
    }
    quirks::origin(u)
}

fn components(u: &Url) -> Vec<String> {
    vec![
        quirks::href(u).to_owned(),
        origin(u),
        quirks::protocol(u).to_owned(),
        quirks::username(u).to_owned(),
        quirks::password(u).to_owned(),
        quirks::host(u).to_owned(),
        quirks::hostname(u).to_owned(),
        quirks::port(u).to_owned(),
        quirks::pathname(u).to_owned(),
        quirks::search(u).to_owned(),
        quirks::hash(u).to_owned(),
    ]
}

fn parse(input: &str, base: Option<&str>) -> Option<Url> {
    match base {
        Some(b) => Url::parse(b).ok()?.join(input).ok(),
        None => Url::parse(input).ok(),
    }
}

/// Apply one WHATWG setter to `href`. Setters that reject their value leave the URL
/// unchanged (as the standard says); only `href` reports failure (None).
fn update(href: &str, field: &str, value: &str) -> Option<Url> {
    if field == "href" {
        return Url::parse(value).ok();
    }
    let mut u = Url::parse(href).ok()?;
    let _ = match field {
        "protocol" => quirks::set_protocol(&mut u, value),
        "username" => quirks::set_username(&mut u, value),
        "password" => quirks::set_password(&mut u, value),
        "host" => quirks::set_host(&mut u, value),
        "hostname" => quirks::set_hostname(&mut u, value),
        "port" => quirks::set_port(&mut u, value),
        "pathname" => {
            quirks::set_pathname(&mut u, value);
            Ok(())
        }
        "search" => {
            quirks::set_search(&mut u, value);
            Ok(())
        }
        "hash" => {
            quirks::set_hash(&mut u, value);
            Ok(())
        }
        _ => Err(()),
    };
    Some(u)
}

/// Run `domain` through the hostname setter of a special URL.
fn special_host(domain: &str) -> Option<String> {
    if domain.is_empty() {
        return None;
    }
    let mut u = Url::parse("ws://x").ok()?;
    quirks::set_hostname(&mut u, domain).ok()?;
    Some(quirks::hostname(&u).to_owned())
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    // parse(input, base?) -> components | undefined
    o.set(
        "parse",
        Function::new(
            ctx.clone(),
            |input: String, base: Option<String>| -> Option<Vec<String>> {
                parse(&input, base.as_deref()).map(|u| components(&u))
            },
        )?,
    )?;
    o.set(
        "canParse",
        Function::new(ctx.clone(), |input: String, base: Option<String>| -> bool {
            parse(&input, base.as_deref()).is_some()
        })?,
    )?;
    // update(href, field, value) -> components | undefined (only for an invalid href)
    o.set(
        "update",
        Function::new(
            ctx.clone(),
            |href: String, field: String, value: String| -> Option<Vec<String>> {
                update(&href, &field, &value).map(|u| components(&u))
            },
        )?,
    )?;
    // domainToASCII / domainToUnicode: the host a special URL would get for this
    // name (tabs and newlines dropped, IPv4 forms normalized), '' when it has none.
    o.set(
        "domainToASCII",
        Function::new(ctx.clone(), |d: String| -> String {
            special_host(&d).unwrap_or_default()
        })?,
    )?;
    o.set(
        "domainToUnicode",
        Function::new(ctx.clone(), |d: String| -> String {
            match special_host(&d) {
                Some(h) if !h.starts_with('[') => idna::domain_to_unicode(&h).0,
                Some(h) => h,
                None => String::new(),
            }
        })?,
    )?;
    // toASCII(domain): UTS #46 ToASCII without STD3 rules, as the legacy url.parse
    // applies it; '' when the name cannot be converted.
    o.set(
        "toASCII",
        Function::new(ctx.clone(), |d: String| -> String {
            idna::domain_to_ascii_cow(d.as_bytes(), idna::AsciiDenyList::EMPTY)
                .map(|c| c.into_owned())
                .unwrap_or_default()
        })?,
    )?;
    // hostToUnicode(host) for url.format(URL, { unicode: true }): no validation.
    o.set(
        "hostToUnicode",
        Function::new(ctx.clone(), |d: String| -> String {
            if d.starts_with('[') {
                d
            } else {
                idna::domain_to_unicode(&d).0
            }
        })?,
    )?;
    Ok(())
}
