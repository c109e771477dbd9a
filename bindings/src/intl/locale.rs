//! BCP 47 locale natives: canonicalisation, likely subtags, and the locale parse shared by the
//! other Intl natives (which read -u- keywords such as nu/kn/kf from the locale itself).
use icu::locale::{
    Direction, Locale, LocaleCanonicalizer, LocaleDirectionality, LocaleExpander, TransformResult,
};
use rquickjs::{Ctx, Exception, Function, Object, Result};

pub fn parse_locale(ctx: &Ctx<'_>, tag: &str) -> Result<Locale> {
    Locale::try_from_str(tag)
        .map_err(|_| Exception::throw_range(ctx, "Incorrect locale information provided"))
}

/// The canonical form of `tag`, or undefined when it is not a well-formed language tag.
fn canonicalize_locale(tag: String) -> Option<String> {
    // Node rejects what ICU's forgiving parser would accept: empty subtags, "_" separators.
    if tag.is_empty()
        || tag.contains('_')
        || tag.starts_with('-')
        || tag.ends_with('-')
        || tag.contains("--")
    {
        return None;
    }
    let mut loc = Locale::try_from_str(&tag).ok()?;
    LocaleCanonicalizer::new_extended().canonicalize(&mut loc);
    Some(loc.to_string())
}

/// [maximized, minimized] forms of `tag` (extensions kept).
fn locale_likely<'js>(ctx: Ctx<'js>, tag: String) -> Result<Vec<String>> {
    let loc = parse_locale(&ctx, &tag)?;
    let expander = LocaleExpander::new_extended();
    let mut max = loc.clone();
    expander.maximize(&mut max.id);
    let mut min = loc.clone();
    expander.minimize(&mut min.id);
    Ok(vec![max.to_string(), min.to_string()])
}

/// Whether ICU4X knows the language of `tag` (likely subtags exist), which is how the Intl
/// constructors decide what `supportedLocalesOf` reports.
fn locale_known(tag: String) -> bool {
    let Ok(loc) = Locale::try_from_str(&tag) else {
        return false;
    };
    if loc.id.language.is_unknown() {
        return false;
    }
    let mut id = loc.id.clone();
    id.script = None;
    id.region = None;
    LocaleExpander::new_extended().maximize(&mut id) == TransformResult::Modified
}

/// "rtl"/"ltr" for Intl.Locale's textInfo, from the likely script of `tag`.
fn locale_direction(tag: String) -> Option<&'static str> {
    let loc = Locale::try_from_str(&tag).ok()?;
    match LocaleDirectionality::new_extended().get(&loc.id)? {
        Direction::RightToLeft => Some("rtl"),
        _ => Some("ltr"),
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "canonicalizeLocale",
        Function::new(ctx.clone(), canonicalize_locale)?,
    )?;
    o.set("localeLikely", Function::new(ctx.clone(), locale_likely)?)?;
    o.set("localeKnown", Function::new(ctx.clone(), locale_known)?)?;
    o.set(
        "localeDirection",
        Function::new(ctx.clone(), locale_direction)?,
    )?;
    Ok(())
}
