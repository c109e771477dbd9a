//! The async context AsyncLocalStorage reads (an immutable frame object or
//! undefined). It lives in the engine (a minode patch to QuickJS-NG, see
//! vendor/rquickjs-sys/README.md) so that promise reactions — `then` callbacks
//! and `await` continuations — capture it when registered and run with it.
use rquickjs::{qjs, Ctx, Function, Object, Result, Value};

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set("swap", Function::new(ctx.clone(), swap)?)?;
    o.set("current", Function::new(ctx.clone(), current)?)?;
    Ok(())
}

/// Install `next` as the current context and return the previous one.
fn swap<'js>(ctx: Ctx<'js>, next: Value<'js>) -> Value<'js> {
    let raw = ctx.as_raw().as_ptr();
    // SAFETY: `next` belongs to this context; the engine takes the duplicated
    // reference and hands back the previous value, which we then own.
    unsafe {
        let prev = qjs::JS_SwapAsyncContext(raw, qjs::JS_DupValue(raw, next.as_raw()));
        Value::from_raw(ctx, prev)
    }
}

fn current<'js>(ctx: Ctx<'js>) -> Value<'js> {
    let prev = swap(ctx.clone(), Value::new_undefined(ctx.clone()));
    // Put it back: swap returns the undefined we just installed (dropped here).
    swap(ctx, prev.clone());
    prev
}

/// Back to no context between macrotasks, so a store entered with
/// `enterWith()` in one callback does not leak into the next one.
pub fn reset(ctx: &Ctx<'_>) {
    drop(swap(ctx.clone(), Value::new_undefined(ctx.clone())));
}
