//! Moving bytes across the seam. Bindings accept a `Uint8Array` (Buffer) or a
//! string and hand back `ArrayBuffer`s that JS wraps as Buffers.
use rquickjs::{ArrayBuffer, Ctx, Exception, Result, TypedArray, Value};

/// Run `f` over the bytes of a Uint8Array (or the UTF-8 of a string).
pub fn with_bytes<'js, R>(ctx: &Ctx<'js>, v: &Value<'js>, f: impl FnOnce(&[u8]) -> R) -> Result<R> {
    if let Some(s) = v.as_string() {
        let s = s.to_string()?;
        return Ok(f(s.as_bytes()));
    }
    if let Ok(ta) = TypedArray::<u8>::from_value(v.clone()) {
        // Safety: the slice is used before any JS can run and detach or resize it.
        let bytes = unsafe { ta.as_bytes() }.unwrap_or(&[]);
        return Ok(f(bytes));
    }
    if let Some(ab) = ArrayBuffer::from_value(v.clone()) {
        // Safety: as above.
        let bytes: &[u8] = unsafe { ab.as_bytes() }.unwrap_or(&[]);
        return Ok(f(bytes));
    }
    Err(Exception::throw_type(
        ctx,
        "expected a string or Uint8Array",
    ))
}

pub fn to_vec<'js>(ctx: &Ctx<'js>, v: &Value<'js>) -> Result<Vec<u8>> {
    with_bytes(ctx, v, |b| b.to_vec())
}

pub fn array_buffer<'js>(ctx: &Ctx<'js>, data: Vec<u8>) -> Result<Value<'js>> {
    Ok(ArrayBuffer::new(ctx.clone(), data)?.into_value())
}
