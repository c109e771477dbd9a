//! Intl.RelativeTimeFormat: one ICU4X RelativeTimeFormatter per (locale, style, unit, numeric),
//! built on first use and kept by js/internal/intl/relative.js.
use icu::experimental::relativetime::options::Numeric;
use icu::experimental::relativetime::{RelativeTimeFormatter, RelativeTimeFormatterOptions};
use icu::locale::Locale;
use rquickjs::class::Trace;
use rquickjs::{Class, Ctx, Exception, JsLifetime, Object, Result};
use std::fmt;
use writeable::{Part, PartsWrite, Writeable};

/// Typed runs of the output: "literal", or the number's parts (integer, group, decimal, fraction).
#[derive(Default)]
struct PartsCollector {
    stack: Vec<Part>,
    out: Vec<(String, String)>,
}

impl fmt::Write for PartsCollector {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if s.is_empty() {
            return Ok(());
        }
        let kind = self
            .stack
            .iter()
            .rev()
            .find(|p| p.category == "decimal")
            .map_or("literal", |p| p.value);
        match self.out.last_mut() {
            Some((k, v)) if k == kind => v.push_str(s),
            _ => self.out.push((kind.to_string(), s.to_string())),
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

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "RelativeTimeFormatter")]
pub struct RelativeTimeFormatterJs {
    #[qjs(skip_trace)]
    formatter: RelativeTimeFormatter,
}

#[rquickjs::methods]
impl RelativeTimeFormatterJs {
    /// `style`: long/short/narrow; `unit`: singular ECMA-402 unit; `numeric`: auto/always.
    #[qjs(constructor)]
    pub fn new(
        ctx: Ctx<'_>,
        locale: String,
        style: String,
        unit: String,
        numeric: String,
    ) -> Result<Self> {
        let Ok(locale) = Locale::try_from_str(&locale) else {
            return Err(Exception::throw_range(
                &ctx,
                "Incorrect locale information provided",
            ));
        };
        let prefs = (&locale).into();
        let options = RelativeTimeFormatterOptions::default().with_numeric(if numeric == "auto" {
            Numeric::Auto
        } else {
            Numeric::Always
        });
        type Ctor = fn(
            icu::experimental::relativetime::RelativeTimeFormatterPreferences,
            RelativeTimeFormatterOptions,
        )
            -> std::result::Result<RelativeTimeFormatter, icu_provider::DataError>;
        let ctor: Ctor = match (style.as_str(), unit.as_str()) {
            ("short", "second") => RelativeTimeFormatter::try_new_short_second,
            ("short", "minute") => RelativeTimeFormatter::try_new_short_minute,
            ("short", "hour") => RelativeTimeFormatter::try_new_short_hour,
            ("short", "day") => RelativeTimeFormatter::try_new_short_day,
            ("short", "week") => RelativeTimeFormatter::try_new_short_week,
            ("short", "month") => RelativeTimeFormatter::try_new_short_month,
            ("short", "quarter") => RelativeTimeFormatter::try_new_short_quarter,
            ("short", "year") => RelativeTimeFormatter::try_new_short_year,
            ("narrow", "second") => RelativeTimeFormatter::try_new_narrow_second,
            ("narrow", "minute") => RelativeTimeFormatter::try_new_narrow_minute,
            ("narrow", "hour") => RelativeTimeFormatter::try_new_narrow_hour,
            ("narrow", "day") => RelativeTimeFormatter::try_new_narrow_day,
            ("narrow", "week") => RelativeTimeFormatter::try_new_narrow_week,
            ("narrow", "month") => RelativeTimeFormatter::try_new_narrow_month,
            ("narrow", "quarter") => RelativeTimeFormatter::try_new_narrow_quarter,
            ("narrow", "year") => RelativeTimeFormatter::try_new_narrow_year,
            (_, "second") => RelativeTimeFormatter::try_new_long_second,
            (_, "minute") => RelativeTimeFormatter::try_new_long_minute,
            (_, "hour") => RelativeTimeFormatter::try_new_long_hour,
            (_, "day") => RelativeTimeFormatter::try_new_long_day,
            (_, "week") => RelativeTimeFormatter::try_new_long_week,
            (_, "month") => RelativeTimeFormatter::try_new_long_month,
            (_, "quarter") => RelativeTimeFormatter::try_new_long_quarter,
            _ => RelativeTimeFormatter::try_new_long_year,
        };
        match ctor(prefs, options) {
            Ok(formatter) => Ok(Self { formatter }),
            Err(e) => Err(Exception::throw_range(
                &ctx,
                &format!("Unsupported relative time format: {e}"),
            )),
        }
    }

    /// `[type, value, ...]` for a decimal string such as "-1.5" (already rounded by the caller).
    #[qjs(rename = "formatToParts")]
    pub fn format_to_parts(&self, ctx: Ctx<'_>, value: String) -> Result<Vec<String>> {
        let Ok(decimal) = icu::decimal::input::Decimal::try_from_str(&value) else {
            return Err(Exception::throw_range(&ctx, "Invalid relative time value"));
        };
        let mut sink = PartsCollector::default();
        let _ = self.formatter.format(decimal).write_to_parts(&mut sink);
        Ok(sink.out.into_iter().flat_map(|(k, v)| [k, v]).collect())
    }
}

pub fn init<'js>(_ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    Class::<RelativeTimeFormatterJs>::define(o)?;
    Ok(())
}
