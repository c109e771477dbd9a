//! IANA time zones for Intl.DateTimeFormat: name validation and canonicalisation (ICU4X's
//! CLDR id table, so names match what Node's ICU reports), UTC offsets at an instant
//! (jiff's bundled tzdb, so results do not depend on the host's zoneinfo), the host's
//! default zone and the list for `Intl.supportedValuesOf('timeZone')`.
use icu::time::zone::iana::IanaParserExtended;
use icu::time::TimeZone as IcuZone;
use jiff::tz::{TimeZone, TimeZoneDatabase};
use rquickjs::{Ctx, Function, Object, Result};
use std::sync::OnceLock;

fn tzdb() -> &'static TimeZoneDatabase {
    static DB: OnceLock<TimeZoneDatabase> = OnceLock::new();
    DB.get_or_init(TimeZoneDatabase::bundled)
}

/// CLDR keeps these pre-2005 spellings as the canonical ids (ICU, and so Node, report
/// them); ICU4X reports the current IANA names, so map those back.
const LEGACY_CANONICAL: &[(&str, &str)] = &[
    ("Africa/Asmara", "Africa/Asmera"),
    ("America/Argentina/Buenos_Aires", "America/Buenos_Aires"),
    ("America/Argentina/Catamarca", "America/Catamarca"),
    ("America/Argentina/Cordoba", "America/Cordoba"),
    ("America/Argentina/Jujuy", "America/Jujuy"),
    ("America/Argentina/Mendoza", "America/Mendoza"),
    ("America/Atikokan", "America/Coral_Harbour"),
    ("America/Indiana/Indianapolis", "America/Indianapolis"),
    ("America/Kentucky/Louisville", "America/Louisville"),
    ("America/Nuuk", "America/Godthab"),
    ("Asia/Ho_Chi_Minh", "Asia/Saigon"),
    ("Asia/Kathmandu", "Asia/Katmandu"),
    ("Asia/Kolkata", "Asia/Calcutta"),
    ("Asia/Yangon", "Asia/Rangoon"),
    ("Atlantic/Faroe", "Atlantic/Faeroe"),
    ("Europe/Kyiv", "Europe/Kiev"),
    ("Pacific/Chuuk", "Pacific/Truk"),
    ("Pacific/Kanton", "Pacific/Enderbury"),
    ("Pacific/Pohnpei", "Pacific/Ponape"),
    // Links since tzdb 2024b; ICU already resolves them to the city zones.
    ("CST6CDT", "America/Chicago"),
    ("EST5EDT", "America/New_York"),
    ("MST7MDT", "America/Denver"),
    ("PST8PDT", "America/Los_Angeles"),
];

/// The id Node reports for a zone name, or None when the name is not a time zone.
pub fn canonicalize(name: &str) -> Option<String> {
    let parsed = IanaParserExtended::new().parse(name);
    if parsed.time_zone == IcuZone::UNKNOWN {
        // ICU4X does not list the fixed-offset Etc/GMT±N zones under every spelling.
        let tz = tzdb().get(name).ok()?;
        let iana = tz.iana_name()?.to_string();
        return Some(iana);
    }
    let canonical = parsed.canonical;
    if parsed.time_zone.as_str() == "utc" || parsed.time_zone.as_str() == "gmt" {
        return Some("UTC".into());
    }
    if let Some((_, legacy)) = LEGACY_CANONICAL.iter().find(|(new, _)| *new == canonical) {
        return Some((*legacy).into());
    }
    Some(canonical.into())
}

/// The BCP-47 zone for an already canonical name (ICU4X knows the legacy names too).
pub fn bcp47(name: &str) -> IcuZone {
    IanaParserExtended::new().parse(name).time_zone
}

/// The zone's UTC offset in seconds at `epoch_ms` (clamped to the tzdb's range).
pub fn offset_seconds(name: &str, epoch_ms: f64) -> i32 {
    let tz = if name == "UTC" {
        TimeZone::UTC
    } else {
        match tzdb().get(name) {
            Ok(tz) => tz,
            Err(_) => return 0,
        }
    };
    let secs = (epoch_ms / 1000.0).floor();
    let min = jiff::Timestamp::MIN.as_second() as f64;
    let max = jiff::Timestamp::MAX.as_second() as f64;
    let secs = if secs.is_nan() {
        0.0
    } else {
        secs.clamp(min, max)
    } as i64;
    match jiff::Timestamp::from_second(secs) {
        Ok(ts) => tz.to_offset(ts).seconds(),
        Err(_) => 0,
    }
}

/// The host's zone like Node: $TZ (leading ':' allowed), else the /etc/localtime link.
pub fn default_zone(env_tz: Option<String>) -> String {
    let env_tz = env_tz.or_else(|| std::env::var("TZ").ok());
    if let Some(tz) = env_tz {
        let tz = tz.strip_prefix(':').unwrap_or(&tz);
        return canonicalize(tz).unwrap_or_else(|| "UTC".into());
    }
    if let Ok(target) = std::fs::read_link("/etc/localtime") {
        let target = target.to_string_lossy().into_owned();
        if let Some(idx) = target.find("zoneinfo/") {
            if let Some(c) = canonicalize(&target[idx + "zoneinfo/".len()..]) {
                return c;
            }
        }
    }
    "UTC".into()
}

/// Canonical zone ids, sorted, as `Intl.supportedValuesOf('timeZone')` lists them.
fn supported_zones() -> Vec<String> {
    let mut out: Vec<String> = IanaParserExtended::new()
        .iter()
        .filter(|z| {
            let id = z.time_zone.as_str();
            id != "unk" && id != "utc" && id != "gmt" && !z.canonical.starts_with("Etc/")
        })
        .filter_map(|z| canonicalize(z.canonical))
        .collect();
    out.sort();
    out.dedup();
    out
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "tzCanonicalize",
        Function::new(ctx.clone(), |name: String| canonicalize(&name))?,
    )?;
    o.set(
        "tzOffset",
        Function::new(ctx.clone(), |name: String, ms: f64| {
            offset_seconds(&name, ms)
        })?,
    )?;
    o.set(
        "tzDefault",
        Function::new(ctx.clone(), |env: Option<String>| default_zone(env))?,
    )?;
    o.set("tzList", Function::new(ctx.clone(), supported_zones)?)?;
    Ok(())
}
