//! Intl.NumberFormat natives: ECMA-402 rounding on fixed_decimal, ICU4X's decimal and compact
//! formatters for the digits, and percent/currency patterns read off ICU4X's experimental
//! formatters (see `number_affixes`). Option validation lives in js/internal/intl/number.js.
use super::locale::parse_locale;
use super::parts::PartsSink;
use fixed_decimal::{RoundingIncrement, Sign, SignedRoundingMode, UnsignedRoundingMode};
use icu::decimal::input::Decimal;
use icu::decimal::options::{
    CompactDecimalFormatterOptions, DecimalFormatterOptions, GroupingStrategy,
};
use icu::decimal::{CompactDecimalFormatter, DecimalFormatter};
use icu::experimental::dimension::currency::formatter::CurrencyFormatter;
use icu::experimental::dimension::currency::options::{CurrencyFormatterOptions, CurrencyUsage};
use icu::experimental::dimension::currency::CurrencyType;
use icu::experimental::dimension::percent::formatter::PercentFormatter;
use rquickjs::class::Trace;
use rquickjs::{Class, Ctx, Exception, Function, JsLifetime, Object, Result};
use writeable::Writeable;

/// Parses the decimal strings number.js hands over (`String(number)`, BigInt digits or a
/// numeric string), including JS's exponent form ("1e+21", "1.5e-7").
pub fn parse_decimal(s: &str) -> Option<Decimal> {
    let s = s.trim();
    let (mantissa, exp) = match s.find(['e', 'E']) {
        Some(i) => (
            &s[..i],
            s[i + 1..].trim_start_matches('+').parse::<i16>().ok()?,
        ),
        None => (s, 0),
    };
    let mantissa = mantissa.strip_prefix('+').unwrap_or(mantissa);
    let mut d = Decimal::try_from_str(mantissa).ok()?;
    if exp != 0 {
        d.multiply_pow10(exp);
    }
    Some(d)
}

#[derive(Clone, Copy, PartialEq)]
enum Priority {
    Fraction,
    Significant,
    More,
    Less,
}

#[derive(Clone, Copy, PartialEq)]
enum Notation {
    Standard,
    Scientific,
    Engineering,
    Compact,
}

/// The resolved digit options (ECMA-402 "SetNumberFormatDigitOptions" output).
#[derive(Clone, Copy)]
struct Rounding {
    min_int: i16,
    min_frac: i16,
    max_frac: i16,
    min_sig: i16,
    max_sig: i16,
    priority: Priority,
    mode: SignedRoundingMode,
    increment: u32,
    strip_if_integer: bool,
}

fn rounding_mode(name: &str) -> SignedRoundingMode {
    use UnsignedRoundingMode as U;
    match name {
        "ceil" => SignedRoundingMode::Ceil,
        "floor" => SignedRoundingMode::Floor,
        "expand" => SignedRoundingMode::Unsigned(U::Expand),
        "trunc" => SignedRoundingMode::Unsigned(U::Trunc),
        "halfCeil" => SignedRoundingMode::HalfCeil,
        "halfFloor" => SignedRoundingMode::HalfFloor,
        "halfTrunc" => SignedRoundingMode::Unsigned(U::HalfTrunc),
        "halfEven" => SignedRoundingMode::Unsigned(U::HalfEven),
        _ => SignedRoundingMode::Unsigned(U::HalfExpand),
    }
}

impl Rounding {
    fn round_fraction(&self, d: &mut Decimal) {
        let (mult, shift) = match self.increment {
            2 => (RoundingIncrement::MultiplesOf2, 0),
            5 => (RoundingIncrement::MultiplesOf5, 0),
            10 => (RoundingIncrement::MultiplesOf1, 1),
            20 => (RoundingIncrement::MultiplesOf2, 1),
            25 => (RoundingIncrement::MultiplesOf25, 0),
            50 => (RoundingIncrement::MultiplesOf5, 1),
            100 => (RoundingIncrement::MultiplesOf1, 2),
            200 => (RoundingIncrement::MultiplesOf2, 2),
            250 => (RoundingIncrement::MultiplesOf25, 1),
            500 => (RoundingIncrement::MultiplesOf5, 2),
            1000 => (RoundingIncrement::MultiplesOf1, 3),
            2000 => (RoundingIncrement::MultiplesOf2, 3),
            2500 => (RoundingIncrement::MultiplesOf25, 2),
            5000 => (RoundingIncrement::MultiplesOf5, 3),
            _ => (RoundingIncrement::MultiplesOf1, 0),
        };
        d.round_with_mode_and_increment(shift - self.max_frac, self.mode, mult);
        d.absolute.trim_end();
        d.absolute.pad_end(-self.min_frac);
    }

    fn round_significant(&self, d: &mut Decimal) {
        if !d.absolute.is_zero() {
            let mag = d.absolute.nonzero_magnitude_start();
            d.round_with_mode(mag - self.max_sig + 1, self.mode);
        }
        d.absolute.trim_end();
        let mag = if d.absolute.is_zero() {
            0
        } else {
            d.absolute.nonzero_magnitude_start()
        };
        d.absolute.pad_end(mag - self.min_sig + 1);
    }

    /// ECMA-402 FormatNumericToString's rounding step, in place.
    fn apply(&self, d: &mut Decimal) {
        let mag = if d.absolute.is_zero() {
            0
        } else {
            d.absolute.nonzero_magnitude_start()
        };
        let use_sig = match self.priority {
            Priority::Fraction => false,
            Priority::Significant => true,
            // The result rounded at the lower (more precise) magnitude wins, or the higher one.
            Priority::More => mag - self.max_sig + 1 <= -self.max_frac,
            Priority::Less => mag - self.max_sig + 1 > -self.max_frac,
        };
        if use_sig {
            self.round_significant(d);
            // morePrecision/lessPrecision keep the fraction minimum too when it is chosen.
        } else {
            self.round_fraction(d);
        }
        if self.strip_if_integer {
            d.absolute.trim_end_if_integer();
        }
        d.absolute.pad_start(self.min_int);
    }
}

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "NumberFormatter")]
pub struct NumberFormatter {
    #[qjs(skip_trace)]
    decimal: DecimalFormatter,
    #[qjs(skip_trace)]
    compact: Option<CompactDecimalFormatter>,
    #[qjs(skip_trace)]
    rounding: Rounding,
    #[qjs(skip_trace)]
    notation: Notation,
    #[qjs(skip_trace)]
    sign_display: u8,
}

fn num(o: &Object<'_>, key: &str) -> Result<i16> {
    let v: Option<f64> = o.get(key)?;
    Ok(v.unwrap_or(0.0) as i16)
}

fn text(o: &Object<'_>, key: &str) -> Result<String> {
    let v: Option<String> = o.get(key)?;
    Ok(v.unwrap_or_default())
}

fn data_error<'js>(ctx: &Ctx<'js>, e: impl std::fmt::Debug) -> rquickjs::Error {
    Exception::throw_range(ctx, &format!("Internal error. Icu error: {e:?}"))
}

#[rquickjs::methods]
impl NumberFormatter {
    /// `cfg` holds the resolved options (locale with -u-nu, digits, notation, grouping, ...).
    #[qjs(constructor)]
    pub fn new<'js>(ctx: Ctx<'js>, cfg: Object<'js>) -> Result<Self> {
        let locale = parse_locale(&ctx, &text(&cfg, "locale")?)?;
        let grouping = match text(&cfg, "useGrouping")?.as_str() {
            "always" => GroupingStrategy::Always,
            "min2" => GroupingStrategy::Min2,
            "false" => GroupingStrategy::Never,
            _ => GroupingStrategy::Auto,
        };
        let mut opts = DecimalFormatterOptions::default();
        opts.grouping_strategy = Some(grouping);
        let decimal =
            DecimalFormatter::try_new((&locale).into(), opts).map_err(|e| data_error(&ctx, e))?;
        let notation = match text(&cfg, "notation")?.as_str() {
            "scientific" => Notation::Scientific,
            "engineering" => Notation::Engineering,
            "compact" => Notation::Compact,
            _ => Notation::Standard,
        };
        let compact = if notation == Notation::Compact {
            let mut copts = CompactDecimalFormatterOptions::default();
            copts.grouping_strategy = Some(grouping);
            let f = if text(&cfg, "compactDisplay")? == "long" {
                CompactDecimalFormatter::try_new_long((&locale).into(), copts)
            } else {
                CompactDecimalFormatter::try_new_short((&locale).into(), copts)
            };
            Some(f.map_err(|e| data_error(&ctx, e))?)
        } else {
            None
        };
        let priority = match text(&cfg, "roundingType")?.as_str() {
            "significantDigits" => Priority::Significant,
            "morePrecision" => Priority::More,
            "lessPrecision" => Priority::Less,
            _ => Priority::Fraction,
        };
        let rounding = Rounding {
            min_int: num(&cfg, "minimumIntegerDigits")?,
            min_frac: num(&cfg, "minimumFractionDigits")?,
            max_frac: num(&cfg, "maximumFractionDigits")?,
            min_sig: num(&cfg, "minimumSignificantDigits")?,
            max_sig: num(&cfg, "maximumSignificantDigits")?,
            priority,
            mode: rounding_mode(&text(&cfg, "roundingMode")?),
            increment: num(&cfg, "roundingIncrement")?.max(1) as u32,
            strip_if_integer: text(&cfg, "trailingZeroDisplay")? == "stripIfInteger",
        };
        let sign_display = match text(&cfg, "signDisplay")?.as_str() {
            "never" => 1,
            "always" => 2,
            "exceptZero" => 3,
            "negative" => 4,
            _ => 0,
        };
        Ok(NumberFormatter {
            decimal,
            compact,
            rounding,
            notation,
            sign_display,
        })
    }

    /// The rounded value as a plain decimal string (for plural selection), or undefined.
    pub fn rounded(&self, value: String) -> Option<String> {
        let mut d = parse_decimal(&value)?;
        self.rounding.apply(&mut d);
        Some(d.to_string())
    }

    /// Formats `value` (a decimal string) scaled by 10^`scale` (2 for percent) into a flat
    /// [type, value, type, value, ...] list using Node's part type names.
    #[qjs(rename = "formatToParts")]
    pub fn format_to_parts<'js>(
        &self,
        ctx: Ctx<'js>,
        value: String,
        scale: f64,
    ) -> Result<Vec<String>> {
        let Some(mut d) = parse_decimal(&value) else {
            return Err(Exception::throw_range(&ctx, "Invalid number value"));
        };
        if scale != 0.0 {
            d.multiply_pow10(scale as i16);
        }
        let negative = d.sign == Sign::Negative;
        let mut sink = PartsSink::default();
        let mut exponent: Option<i16> = None;
        match self.notation {
            Notation::Standard => self.rounding.apply(&mut d),
            Notation::Scientific | Notation::Engineering => {
                let step = if self.notation == Notation::Engineering {
                    3
                } else {
                    1
                };
                let mut exp = 0;
                for _ in 0..2 {
                    let mut m = d.clone();
                    let mag = if m.absolute.is_zero() {
                        0
                    } else {
                        m.absolute.nonzero_magnitude_start()
                    };
                    exp = mag.div_euclid(step) * step;
                    m.multiply_pow10(-exp);
                    self.rounding.apply(&mut m);
                    let new_mag = if m.absolute.is_zero() {
                        0
                    } else {
                        m.absolute.nonzero_magnitude_start()
                    };
                    if new_mag + exp == mag || new_mag < step {
                        d = m;
                        break;
                    }
                    // Rounding carried into a new digit (9.99 -> 10): redo at the new magnitude.
                    d = {
                        let mut c = m;
                        c.multiply_pow10(exp);
                        c
                    };
                }
                exponent = Some(exp);
            }
            Notation::Compact => {
                let Some(compact) = &self.compact else {
                    return Ok(Vec::new());
                };
                let mut exp = 0u8;
                let mut scaled = d.clone();
                for _ in 0..2 {
                    let mag = if d.absolute.is_zero() {
                        0
                    } else {
                        d.absolute.nonzero_magnitude_start()
                    };
                    exp = compact.compact_exponent_for_magnitude(mag);
                    scaled = d.clone();
                    scaled.multiply_pow10(-(exp as i16));
                    self.rounding.apply(&mut scaled);
                    let new_mag = scaled.absolute.nonzero_magnitude_start() + exp as i16;
                    if compact.compact_exponent_for_magnitude(new_mag) == exp {
                        break;
                    }
                    d = scaled.clone();
                    d.multiply_pow10(exp as i16);
                }
                self.apply_sign(&mut scaled, negative);
                let w = compact
                    .format_with_exponent(&scaled, exp)
                    .map_err(|e| data_error(&ctx, e))?;
                let _ = w.write_to_parts(&mut sink);
                return Ok(sink.into_flat(true));
            }
        }
        self.apply_sign(&mut d, negative);
        let _ = self.decimal.format(&d).write_to_parts(&mut sink);
        if let Some(exp) = exponent {
            sink.push("exponentSeparator", "E");
            if exp < 0 {
                sink.push("exponentMinusSign", "-");
            }
            let digits = self
                .decimal
                .format_to_string(&Decimal::from(exp.unsigned_abs() as u32));
            sink.push("exponentInteger", &digits);
        }
        Ok(sink.into_flat(false))
    }
}

impl NumberFormatter {
    /// Node's signDisplay, decided on the rounded value (so -0.0001 -> "-0" under auto).
    fn apply_sign(&self, d: &mut Decimal, negative: bool) {
        let zero = d.absolute.is_zero();
        d.sign = match self.sign_display {
            1 => Sign::None,
            2 => {
                if negative {
                    Sign::Negative
                } else {
                    Sign::Positive
                }
            }
            3 => {
                if zero {
                    Sign::None
                } else if negative {
                    Sign::Negative
                } else {
                    Sign::Positive
                }
            }
            4 => {
                if negative && !zero {
                    Sign::Negative
                } else {
                    Sign::None
                }
            }
            _ => {
                if negative {
                    Sign::Negative
                } else {
                    Sign::None
                }
            }
        };
    }
}

/// Percent and currency patterns as ICU4X renders them, read off by formatting 7 and -7 and
/// replacing the number with "{0}": [positive, negative, currency fraction digits].
/// ICU4X exposes the patterns only through these formatters, whose own rounding number.js
/// cannot steer, so number.js puts its own digits into the patterns.
fn number_affixes<'js>(
    ctx: Ctx<'js>,
    tag: String,
    kind: String,
    currency: String,
    display: String,
    accounting: bool,
) -> Result<Vec<String>> {
    let locale = parse_locale(&ctx, &tag)?;
    let seven = Decimal::from(7u32);
    let minus_seven = Decimal::from(-7i32);
    let (pos, neg) = if kind == "percent" {
        let f = PercentFormatter::try_new((&locale).into(), Default::default())
            .map_err(|e| data_error(&ctx, e))?;
        let pos = f.format(&seven).to_string();
        let neg = f.format(&minus_seven).to_string();
        (pos, neg)
    } else {
        let code = CurrencyType::try_from_str(&currency.to_ascii_lowercase()).map_err(|_| {
            Exception::throw_range(&ctx, &format!("Invalid currency code : {currency}"))
        })?;
        let usage = if accounting {
            CurrencyUsage::Accounting
        } else {
            CurrencyUsage::Standard
        };
        let options = CurrencyFormatterOptions::from(usage);
        let prefs = (&locale).into();
        let f = match display.as_str() {
            "narrowSymbol" => CurrencyFormatter::try_new_symbol_narrow(prefs, code, options),
            "code" => CurrencyFormatter::try_new_code(prefs, code, options),
            "name" => CurrencyFormatter::try_new_name(prefs, code),
            _ => CurrencyFormatter::try_new_symbol(prefs, code, options),
        }
        .map_err(|e| data_error(&ctx, e))?;
        let pos = f.format_fixed_decimal(&seven).to_string();
        let neg = f.format_fixed_decimal(&minus_seven).to_string();
        (pos, neg)
    };
    let mut opts = DecimalFormatterOptions::default();
    opts.grouping_strategy = Some(GroupingStrategy::Never);
    let plain =
        DecimalFormatter::try_new((&locale).into(), opts).map_err(|e| data_error(&ctx, e))?;
    let mut digits = 0;
    let mut rendered = plain.format_to_string(&seven);
    for frac in (0..=4).rev() {
        let mut padded = seven.clone();
        padded.absolute.pad_end(-frac);
        let candidate = plain.format_to_string(&padded);
        if pos.contains(&candidate) {
            digits = frac;
            rendered = candidate;
            break;
        }
    }
    Ok(vec![
        pos.replacen(&rendered, "{0}", 1),
        neg.replacen(&rendered, "{0}", 1),
        digits.to_string(),
    ])
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    Class::<NumberFormatter>::define(o)?;
    o.set("numberAffixes", Function::new(ctx.clone(), number_affixes)?)?;
    Ok(())
}
