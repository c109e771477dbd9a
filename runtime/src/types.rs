//! The `types` binding: engine facts that JS cannot see (promise state, proxies).
use rquickjs::{qjs, Array, Ctx, Function, Object, Result, Value};

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "getPromiseState",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, p: Value<'js>| -> Result<Option<Array<'js>>> {
                let Some(promise) = p.as_promise() else {
                    return Ok(None);
                };
                let state = match promise.state() {
                    rquickjs::promise::PromiseState::Pending => 0,
                    rquickjs::promise::PromiseState::Resolved => 1,
                    rquickjs::promise::PromiseState::Rejected => 2,
                };
                let a = Array::new(ctx.clone())?;
                a.set(0, state)?;
                if state != 0 {
                    // Safety: JS_PromiseResult returns a new reference we hand to Value.
                    let r = unsafe {
                        Value::from_raw(
                            ctx.clone(),
                            qjs::JS_PromiseResult(ctx.as_raw().as_ptr(), p.as_raw()),
                        )
                    };
                    a.set(1, r)?;
                }
                Ok(Some(a))
            },
        )?,
    )?;
    o.set(
        "isProxy",
        Function::new(ctx.clone(), |v: Value<'js>| unsafe {
            qjs::JS_IsProxy(v.as_raw())
        })?,
    )?;
    o.set(
        "getProxyDetails",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, v: Value<'js>| -> Result<Option<Array<'js>>> {
                if !unsafe { qjs::JS_IsProxy(v.as_raw()) } {
                    return Ok(None);
                }
                let raw = ctx.as_raw().as_ptr();
                // Safety: both calls return new references owned by the Values. A revoked
                // proxy makes them throw; that becomes [null, null] (inspect: <Revoked Proxy>).
                let target = unsafe {
                    Value::from_raw(ctx.clone(), qjs::JS_GetProxyTarget(raw, v.as_raw()))
                };
                let handler = unsafe {
                    Value::from_raw(ctx.clone(), qjs::JS_GetProxyHandler(raw, v.as_raw()))
                };
                let a = Array::new(ctx.clone())?;
                if target.is_exception() || handler.is_exception() {
                    ctx.catch();
                    a.set(0, Value::new_null(ctx.clone()))?;
                    a.set(1, Value::new_null(ctx))?;
                    return Ok(Some(a));
                }
                a.set(0, target)?;
                a.set(1, handler)?;
                Ok(Some(a))
            },
        )?,
    )?;
    o.set(
        "isError",
        Function::new(ctx.clone(), |v: Value<'js>| unsafe {
            qjs::JS_IsError(v.as_raw())
        })?,
    )?;
    Ok(())
}
