//! Dates and times for Intl.DateTimeFormat: an ICU4X formatter per DateTimeFormat object
//! (built once, reused by every format call), locale resolution, and formatToParts output.
//! Option processing (validation, defaults, Node's errors) lives in js/internal/intl/datetime.js;
//! it hands over an ICU4X field-set description (`spec`) and a locale with -u-ca/-hc/-nu.
use super::tz;
use icu::calendar::Iso;
use icu::datetime::fieldsets::builder::{DateFields, FieldSetBuilder, ZoneStyle};
use icu::datetime::fieldsets::enums::CompositeFieldSet;
use icu::datetime::options::{Alignment, Length, SubsecondDigits, TimePrecision, YearStyle};
use icu::datetime::range::DateRangeFormatter;
use icu::datetime::{DateTimeFormatter, DateTimeFormatterPreferences};
use icu::locale::{Locale, LocaleExpander};
use icu::time::zone::{models, UtcOffset, ZoneNameTimestamp};
use icu::time::TimeZoneInfo;
use icu::time::ZonedDateTime;
use icu_provider::prelude::*;
use rquickjs::class::Trace;
use rquickjs::{Class, Ctx, Exception, Function, JsLifetime, Object, Result};
use std::fmt;
use writeable::{Part, PartsWrite, Writeable};

/// Collects ICU4X's annotated output as (part type, text) runs, typed like ECMA-402's parts.
#[derive(Default)]
struct PartsCollector {
    stack: Vec<Part>,
    out: Vec<(String, String)>,
    /// For ranges: "startRange", "endRange" or "shared" for each run of `out`.
    sources: Vec<&'static str>,
}

impl PartsCollector {
    fn current_type(&self) -> &'static str {
        let mut kind = "literal";
        for part in &self.stack {
            if part.value == "startRange" || part.value == "endRange" {
                continue;
            }
            if part.category == "datetime" {
                kind = part.value;
            } else if kind == "second" && part.value == "fraction" {
                return "fractionalSecond";
            } else if kind == "second" && part.value == "decimal" {
                return "literal";
            }
        }
        kind
    }
}

impl fmt::Write for PartsCollector {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if s.is_empty() {
            return Ok(());
        }
        let kind = self.current_type();
        let source = self
            .stack
            .iter()
            .find(|p| p.value == "startRange" || p.value == "endRange")
            .map_or("shared", |p| p.value);
        match (self.out.last_mut(), self.sources.last()) {
            (Some((k, v)), Some(src)) if k == kind && *src == source => v.push_str(s),
            _ => {
                self.out.push((kind.to_string(), s.to_string()));
                self.sources.push(source);
            }
        }
        Ok(())
    }
}

impl PartsWrite for PartsCollector {
    type SubPartsWrite = Self;
    fn with_part(
        &mut self,
        part: Part,
        mut f: impl FnMut(&mut Self) -> fmt::Result,
    ) -> fmt::Result {
        self.stack.push(part);
        let r = f(self);
        self.stack.pop();
        r
    }
}

fn range_error<T>(ctx: &Ctx<'_>, msg: &str) -> Result<T> {
    Err(Exception::throw_range(ctx, msg))
}

fn build_field_set(spec: &Object<'_>) -> Result<FieldSetBuilder> {
    let get = |k: &str| -> Result<Option<String>> { spec.get::<_, Option<String>>(k) };
    let mut b = FieldSetBuilder::new();
    b.date_fields = match get("date")?.as_deref() {
        Some("D") => Some(DateFields::D),
        Some("MD") => Some(DateFields::MD),
        Some("YMD") => Some(DateFields::YMD),
        Some("DE") => Some(DateFields::DE),
        Some("MDE") => Some(DateFields::MDE),
        Some("YMDE") => Some(DateFields::YMDE),
        Some("E") => Some(DateFields::E),
        Some("M") => Some(DateFields::M),
        Some("YM") => Some(DateFields::YM),
        Some("Y") => Some(DateFields::Y),
        _ => None,
    };
    b.length = match get("length")?.as_deref() {
        Some("long") => Some(Length::Long),
        Some("short") => Some(Length::Short),
        Some("medium") => Some(Length::Medium),
        _ => None,
    };
    b.time_precision = match get("time")?.as_deref() {
        Some("hour") => Some(TimePrecision::Hour),
        Some("minute") => Some(TimePrecision::Minute),
        Some("second") => Some(TimePrecision::Second),
        Some(s) if s.starts_with('S') => s[1..]
            .parse::<u8>()
            .ok()
            .and_then(SubsecondDigits::try_from_int)
            .map(TimePrecision::Subsecond),
        _ => None,
    };
    b.zone_style = match get("zone")?.as_deref() {
        Some("short") => Some(ZoneStyle::SpecificShort),
        Some("long") => Some(ZoneStyle::SpecificLong),
        Some("shortOffset") => Some(ZoneStyle::LocalizedOffsetShort),
        Some("longOffset") => Some(ZoneStyle::LocalizedOffsetLong),
        Some("shortGeneric") => Some(ZoneStyle::GenericShort),
        Some("longGeneric") => Some(ZoneStyle::GenericLong),
        _ => None,
    };
    if b.date_fields.is_some() || b.time_precision.is_some() {
        b.alignment = match get("alignment")?.as_deref() {
            Some("column") => Some(Alignment::Column),
            _ => None,
        };
    }
    if matches!(
        b.date_fields,
        Some(DateFields::YMD | DateFields::YMDE | DateFields::YM | DateFields::Y)
    ) {
        b.year_style = match get("yearStyle")?.as_deref() {
            Some("full") => Some(YearStyle::Full),
            Some("era") => Some(YearStyle::WithEra),
            _ => None,
        };
    }
    Ok(b)
}

fn calendar_name(kind: icu::calendar::AnyCalendarKind) -> String {
    let name = match format!("{kind:?}").as_str() {
        "Buddhist" => "buddhist",
        "Chinese" => "chinese",
        "Coptic" => "coptic",
        "Dangi" => "dangi",
        "Ethiopian" => "ethiopic",
        "EthiopianAmeteAlem" => "ethioaa",
        "Hebrew" => "hebrew",
        "Indian" => "indian",
        "HijriTabularTypeIIFriday" => "islamic-civil",
        "HijriTabularTypeIIThursday" => "islamic-tbla",
        "HijriSimulatedMecca" => "islamic-rgsa",
        "HijriUmmAlQura" => "islamic-umalqura",
        "Iso" => "iso8601",
        "Japanese" | "JapaneseExtended" => "japanese",
        "Persian" => "persian",
        "Roc" => "roc",
        _ => "gregory",
    };
    name.into()
}

/// The instant `ms` as a local date-time in `zone`, with what ICU4X needs to name the zone.
fn zoned(ms: f64, zone: &str) -> ZonedDateTime<Iso, TimeZoneInfo<models::AtTime>> {
    let offset_secs = tz::offset_seconds(zone, ms);
    let offset = UtcOffset::try_from_seconds(offset_secs).unwrap_or(UtcOffset::zero());
    let local =
        ZonedDateTime::<Iso, UtcOffset>::from_epoch_milliseconds_and_utc_offset(ms as i64, offset);
    let info = tz::bcp47(zone)
        .with_offset(Some(offset))
        .with_zone_name_timestamp(ZoneNameTimestamp::from_zoned_date_time(local));
    ZonedDateTime {
        date: local.date,
        time: local.time,
        zone: info,
    }
}

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "DateTimeFormatter")]
pub struct DateTimeFormatterJs {
    #[qjs(skip_trace)]
    formatter: DateTimeFormatter<CompositeFieldSet>,
    /// Built on the first formatRange (most formatters never need range data).
    #[qjs(skip_trace)]
    range: std::cell::OnceCell<Option<DateRangeFormatter<CompositeFieldSet>>>,
    #[qjs(skip_trace)]
    prefs: DateTimeFormatterPreferences,
    #[qjs(skip_trace)]
    field_set: CompositeFieldSet,
}

#[rquickjs::methods]
impl DateTimeFormatterJs {
    #[qjs(constructor)]
    pub fn new<'js>(ctx: Ctx<'js>, locale: String, spec: Object<'js>) -> Result<Self> {
        let Ok(locale) = Locale::try_from_str(&locale) else {
            return range_error(&ctx, "Incorrect locale information provided");
        };
        let prefs = DateTimeFormatterPreferences::from(&locale);
        let builder = build_field_set(&spec)?;
        let field_set = match builder.build_composite() {
            Ok(fs) => fs,
            Err(e) => return range_error(&ctx, &format!("Unsupported date-time fields: {e}")),
        };
        match DateTimeFormatter::try_new(prefs, field_set) {
            Ok(formatter) => Ok(Self {
                formatter,
                range: std::cell::OnceCell::new(),
                prefs,
                field_set,
            }),
            Err(e) => range_error(&ctx, &format!("Unsupported date-time format: {e}")),
        }
    }

    /// `[type, value, type, value, ...]` for the instant `ms` in zone `zone` (canonical id).
    #[qjs(rename = "formatToParts")]
    pub fn format_to_parts(&self, ms: f64, zone: String) -> Vec<String> {
        let input = zoned(ms, &zone);
        let mut sink = PartsCollector::default();
        let _ = self.formatter.format(&input).write_to_parts(&mut sink);
        sink.out.into_iter().flat_map(|(k, v)| [k, v]).collect()
    }

    /// `[type, value, source, ...]` for the range `start`..`end`, or `[]` when ICU4X has no
    /// range patterns for these fields (the caller then joins two dates).
    #[qjs(rename = "formatRangeToParts")]
    pub fn format_range_to_parts(&self, start: f64, end: f64, zone: String) -> Vec<String> {
        let range = self
            .range
            .get_or_init(|| DateRangeFormatter::try_new(self.prefs, self.field_set).ok());
        let Some(range) = range else {
            return Vec::new();
        };
        let (a, b) = (zoned(start, &zone), zoned(end, &zone));
        let mut sink = PartsCollector::default();
        let _ = range.format(&a, &b).write_to_parts(&mut sink);
        sink.out
            .into_iter()
            .zip(sink.sources)
            .flat_map(|((k, v), src)| [k, v, src.to_string()])
            .collect()
    }

    /// `[calendar, pattern]`: the resolved calendar and the pattern used for `ms` (the hour
    /// cycle is read from it).
    #[qjs(rename = "resolved")]
    pub fn resolved(&self, ms: f64, zone: String) -> Vec<String> {
        let input = zoned(ms, &zone);
        let pattern = self.formatter.format(&input).pattern().to_string();
        vec![calendar_name(self.formatter.calendar().kind()), pattern]
    }
}

/// ISO 3166 regions (plus Kosovo): likely-subtags data omits the English-speaking ones, so
/// it cannot tell "GB" from the unassigned "XX" on its own.
const ISO_REGIONS: &str =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI \
BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE \
DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS \
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW \
KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW \
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO \
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM \
TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

/// Resolves a requested tag against ICU4X's locale data: `[locale]` where `locale` keeps
/// the language, and the script/region when they are real; `[]` when ICU4X has no data
/// for the language; throws for a malformed tag.
fn resolve_locale(tag: &str) -> Option<Option<String>> {
    let locale = Locale::try_from_str(tag).ok()?;
    let mut id = locale.id.clone();
    let data_locale = DataLocale::from(&locale);
    let req = DataRequest {
        id: DataIdentifierBorrowed::for_marker_attributes_and_locale(
            DataMarkerAttributes::from_str_or_panic("4"),
            &data_locale,
        ),
        ..Default::default()
    };
    let res: std::result::Result<DataResponse<icu::datetime::provider::names::WeekdayNamesV1>, _> =
        icu::datetime::provider::Baked.load(req);
    let found = match res {
        // Root's names are English ones, so English data is deduplicated into root.
        Ok(r) => {
            r.metadata.locale.is_none_or(|l| !l.language.is_unknown())
                || locale.id.language.as_str() == "en"
        }
        Err(_) => false,
    };
    if !found {
        return Some(None);
    }
    // Keep a region or script only if CLDR knows it (likely-subtags data covers them all).
    let expander = LocaleExpander::new_extended();
    if let Some(region) = id.region {
        let mut probe = icu::locale::LanguageIdentifier::UNKNOWN;
        probe.region = Some(region);
        expander.maximize(&mut probe);
        let code = region.as_str();
        let known = !probe.language.is_unknown()
            || (code.len() == 2 && ISO_REGIONS.split(' ').any(|r| r == code))
            || matches!(code, "001" | "150" | "419");
        if !known {
            id.region = None;
        }
    }
    if let Some(script) = id.script {
        let mut probe = icu::locale::LanguageIdentifier::UNKNOWN;
        probe.script = Some(script);
        expander.maximize(&mut probe);
        if probe.language.is_unknown() {
            id.script = None;
        }
    }
    id.variants.clear();
    Some(Some(id.to_string()))
}

/// The numbering system a locale's dates use (from the digits its decimal data writes).
fn numbering_system(tag: &str) -> String {
    let Ok(locale) = Locale::try_from_str(tag) else {
        return "latn".into();
    };
    let Ok(f) = icu::decimal::DecimalFormatter::try_new((&locale).into(), Default::default())
    else {
        return "latn".into();
    };
    let zero = f.format(&icu::decimal::input::Decimal::from(0)).to_string();
    let name = match zero.chars().next().unwrap_or('0') {
        '٠' => "arab",
        '۰' => "arabext",
        '০' => "beng",
        '०' => "deva",
        '๐' => "thai",
        '၀' => "mymr",
        '੦' => "guru",
        '૦' => "gujr",
        '୦' => "orya",
        '௦' => "tamldec",
        '౦' => "telu",
        '೦' => "knda",
        '൦' => "mlym",
        '໐' => "laoo",
        '༠' => "tibt",
        '០' => "khmr",
        '〇' => "hanidec",
        '߀' => "nkoo",
        '᠐' => "mong",
        '𞥐' => "adlm",
        _ => "latn",
    };
    name.into()
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    Class::<DateTimeFormatterJs>::define(o)?;
    o.set(
        "dtfResolveLocale",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, tag: String| -> Result<Option<String>> {
                match resolve_locale(&tag) {
                    Some(r) => Ok(r),
                    None => range_error(&ctx, "Incorrect locale information provided"),
                }
            },
        )?,
    )?;
    o.set(
        "dtfNumberingSystem",
        Function::new(ctx.clone(), |tag: String| numbering_system(&tag))?,
    )?;
    Ok(())
}
