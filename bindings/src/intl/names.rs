//! Intl.DisplayNames natives on ICU4X's experimental display names (language, region,
//! script). Returns undefined when ICU4X has no name, so display.js applies the fallback.
use super::locale::parse_locale;
use icu::experimental::dimension::provider::currency::displayname::CurrencyDisplaynameV1;
use icu::experimental::displaynames::multi::{
    LocaleDisplayNamesFormatter, RegionDisplayNames, ScriptDisplayNames,
};
use icu::experimental::displaynames::{DisplayNamesOptions, LanguageDisplay, Style};
use icu::locale::subtags::{Region, Script};
use icu::locale::Locale;
use icu_provider::prelude::*;
use rquickjs::{Ctx, Function, Object, Result};

/// ICU4X's currency display name ("US Dollar"); it has no formatter API for it yet, so this
/// reads the baked CurrencyDisplaynameV1 data the currency formatter uses.
fn currency_name(locale: &Locale, code: &str) -> Option<String> {
    let upper = code.to_ascii_uppercase();
    let attributes = DataMarkerAttributes::try_from_str(&upper).ok()?;
    let data_locale = DataLocale::from(locale);
    let res: DataResponse<CurrencyDisplaynameV1> = icu::experimental::provider::Baked
        .load(DataRequest {
            id: DataIdentifierBorrowed::for_marker_attributes_and_locale(attributes, &data_locale),
            ..Default::default()
        })
        .ok()?;
    Some(res.payload.get().to_string())
}

fn display_name<'js>(
    ctx: Ctx<'js>,
    tag: String,
    kind: String,
    style: String,
    dialect: bool,
    code: String,
) -> Result<Option<String>> {
    let locale = parse_locale(&ctx, &tag)?;
    let mut options = DisplayNamesOptions::default();
    options.style = Some(match style.as_str() {
        "narrow" => Style::Narrow,
        "short" => Style::Short,
        _ => Style::Long,
    });
    options.language_display = if dialect {
        LanguageDisplay::Dialect
    } else {
        LanguageDisplay::Standard
    };
    let prefs = (&locale).into();
    Ok(match kind.as_str() {
        "region" => {
            let Ok(region) = Region::try_from_str(&code) else {
                return Ok(None);
            };
            RegionDisplayNames::try_new(prefs, options)
                .ok()
                .and_then(|f| f.of(region).map(str::to_string))
        }
        "script" => {
            let Ok(script) = Script::try_from_str(&code) else {
                return Ok(None);
            };
            ScriptDisplayNames::try_new(prefs, options)
                .ok()
                .and_then(|f| f.of(script).map(str::to_string))
        }
        "language" => {
            let Ok(target) = Locale::try_from_str(&code) else {
                return Ok(None);
            };
            let f = LocaleDisplayNamesFormatter::try_new(prefs, options).ok();
            f.map(|f| f.of(&target).into_owned())
        }
        "currency" => currency_name(&locale, &code),
        _ => None,
    })
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set("displayName", Function::new(ctx.clone(), display_name)?)?;
    Ok(())
}
