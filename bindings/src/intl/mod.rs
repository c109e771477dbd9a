//! Intl natives (internalBinding('intl')): ICU4X formatters and IANA time zones for
//! js/internal/intl/. One submodule per area; each adds its functions to the binding.
use rquickjs::{Ctx, Object, Result};

mod datetime;
mod locale;
mod names;
mod number;
mod parts;
mod relative;
mod text;
mod tz;

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    datetime::init(ctx, o)?;
    locale::init(ctx, o)?;
    names::init(ctx, o)?;
    number::init(ctx, o)?;
    text::init(ctx, o)?;
    relative::init(ctx, o)?;
    tz::init(ctx, o)?;
    Ok(())
}
