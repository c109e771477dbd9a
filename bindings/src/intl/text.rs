//! Intl.PluralRules, Collator, ListFormat and Segmenter natives, each an ICU4X object built
//! once per Intl object (Collator is hit per comparison inside sort callbacks).
use super::locale::parse_locale;
use super::number::parse_decimal;
use super::parts::PartsSink;
use icu::collator::options::{AlternateHandling, CaseLevel, CollatorOptions, Strength};
use icu::collator::{Collator as IcuCollator, CollatorBorrowed};
use icu::list::options::{ListFormatterOptions, ListLength};
use icu::list::ListFormatter as IcuListFormatter;
use icu::plurals::{
    PluralCategory, PluralOperands, PluralRules as IcuPluralRules, PluralRulesWithRanges,
};
use icu::segmenter::options::{SentenceBreakInvariantOptions, WordBreakInvariantOptions};
use icu::segmenter::{GraphemeClusterSegmenter, SentenceSegmenter, WordSegmenter};
use rquickjs::class::Trace;
use rquickjs::{Class, Ctx, Exception, Function, JsLifetime, Object, Result};
use writeable::Writeable;

fn data_error<'js>(ctx: &Ctx<'js>, e: impl std::fmt::Debug) -> rquickjs::Error {
    Exception::throw_range(ctx, &format!("Internal error. Icu error: {e:?}"))
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "PluralRules")]
pub struct PluralRules {
    #[qjs(skip_trace)]
    rules: PluralRulesWithRanges<IcuPluralRules>,
}

fn operands(ctx: &Ctx<'_>, value: &str) -> Result<PluralOperands> {
    parse_decimal(value)
        .map(|d| PluralOperands::from(&d))
        .ok_or_else(|| Exception::throw_range(ctx, "Invalid number value"))
}

#[rquickjs::methods]
impl PluralRules {
    #[qjs(constructor)]
    pub fn new<'js>(ctx: Ctx<'js>, tag: String, ordinal: bool) -> Result<Self> {
        let locale = parse_locale(&ctx, &tag)?;
        let rules = if ordinal {
            PluralRulesWithRanges::try_new_ordinal((&locale).into())
        } else {
            PluralRulesWithRanges::try_new_cardinal((&locale).into())
        }
        .map_err(|e| data_error(&ctx, e))?;
        Ok(PluralRules { rules })
    }

    /// `value` is the number already rounded as NumberFormat would show it ("1.0").
    pub fn select<'js>(&self, ctx: Ctx<'js>, value: String) -> Result<&'static str> {
        Ok(category_name(
            self.rules.rules().category_for(operands(&ctx, &value)?),
        ))
    }

    #[qjs(rename = "selectRange")]
    pub fn select_range<'js>(
        &self,
        ctx: Ctx<'js>,
        start: String,
        end: String,
    ) -> Result<&'static str> {
        let c = self
            .rules
            .category_for_range(operands(&ctx, &start)?, operands(&ctx, &end)?);
        Ok(category_name(c))
    }

    /// The locale's categories in Node's order (alphabetical, "other" last).
    pub fn categories(&self) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = self.rules.rules().categories().map(category_name).collect();
        v.sort_by_key(|c| (*c == "other", *c));
        v
    }
}

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "Collator")]
pub struct Collator {
    #[qjs(skip_trace)]
    collator: CollatorBorrowed<'static>,
}

#[rquickjs::methods]
impl Collator {
    /// `tag` carries -u-co/-kn/-kf; `sensitivity` is Node's option value.
    #[qjs(constructor)]
    pub fn new<'js>(
        ctx: Ctx<'js>,
        tag: String,
        sensitivity: String,
        ignore_punctuation: bool,
    ) -> Result<Self> {
        let locale = parse_locale(&ctx, &tag)?;
        let mut options = CollatorOptions::default();
        options.strength = Some(match sensitivity.as_str() {
            "base" | "case" => Strength::Primary,
            "accent" => Strength::Secondary,
            _ => Strength::Tertiary,
        });
        if sensitivity == "case" {
            options.case_level = Some(CaseLevel::On);
        }
        if ignore_punctuation {
            options.alternate_handling = Some(AlternateHandling::Shifted);
        }
        let collator =
            IcuCollator::try_new((&locale).into(), options).map_err(|e| data_error(&ctx, e))?;
        Ok(Collator { collator })
    }

    pub fn compare(&self, a: String, b: String) -> i32 {
        self.collator.compare(&a, &b) as i32
    }
}

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "ListFormatter")]
pub struct ListFormatter {
    #[qjs(skip_trace)]
    formatter: IcuListFormatter,
}

#[rquickjs::methods]
impl ListFormatter {
    #[qjs(constructor)]
    pub fn new<'js>(ctx: Ctx<'js>, tag: String, kind: String, style: String) -> Result<Self> {
        let locale = parse_locale(&ctx, &tag)?;
        let length = match style.as_str() {
            "short" => ListLength::Short,
            "narrow" => ListLength::Narrow,
            _ => ListLength::Wide,
        };
        let options = ListFormatterOptions::default().with_length(length);
        let formatter = match kind.as_str() {
            "disjunction" => IcuListFormatter::try_new_or((&locale).into(), options),
            "unit" => IcuListFormatter::try_new_unit((&locale).into(), options),
            _ => IcuListFormatter::try_new_and((&locale).into(), options),
        }
        .map_err(|e| data_error(&ctx, e))?;
        Ok(ListFormatter { formatter })
    }

    /// Flat [type, value, ...] with Node's "element"/"literal" types.
    #[qjs(rename = "formatToParts")]
    pub fn format_to_parts(&self, items: Vec<String>) -> Vec<String> {
        let mut sink = PartsSink::default();
        let _ = self
            .formatter
            .format(items.iter().map(|s| s.as_str()))
            .write_to_parts(&mut sink);
        sink.into_flat(false)
    }
}

/// Segment boundaries of `input` in UTF-16 indices, as [end, wordLike, end, wordLike, ...]
/// (wordLike is 1/0 for word granularity, 0 otherwise). The leading 0 is left out.
fn segment_breaks(granularity: String, input: String) -> Vec<u32> {
    let utf16: Vec<u16> = input.encode_utf16().collect();
    let mut out = Vec::new();
    match granularity.as_str() {
        "word" => {
            let mut it =
                WordSegmenter::new_auto(WordBreakInvariantOptions::default()).segment_utf16(&utf16);
            while let Some(b) = it.next() {
                if b > 0 {
                    out.push(b as u32);
                    out.push(it.is_word_like() as u32);
                }
            }
        }
        "sentence" => {
            for b in SentenceSegmenter::new(SentenceBreakInvariantOptions::default())
                .segment_utf16(&utf16)
            {
                if b > 0 {
                    out.extend([b as u32, 0]);
                }
            }
        }
        _ => {
            for b in GraphemeClusterSegmenter::new().segment_utf16(&utf16) {
                if b > 0 {
                    out.extend([b as u32, 0]);
                }
            }
        }
    }
    out
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    Class::<PluralRules>::define(o)?;
    Class::<Collator>::define(o)?;
    Class::<ListFormatter>::define(o)?;
    o.set("segmentBreaks", Function::new(ctx.clone(), segment_breaks)?)?;
    Ok(())
}
