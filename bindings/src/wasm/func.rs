//! Functions across the boundary: a wasm func seen from JS is a JS function that
//! converts its arguments and calls into wasmi ("Exported Function"); a JS function
//! imported by wasm is a wasmi host func that calls back into JS.
use super::convert::{from_js, iterable_to_vec, pend, results_to_js, run_error, to_js, JsThrow};
use super::{handle_key, state, CallerGuard, ErrKind, WasmState};
use rquickjs::function::Rest;
use rquickjs::{Ctx, Function, Result, Value};
use std::ptr::NonNull;
use wasmi::{Caller, Func, FuncType, Val, ValType};

/// The wasm func a JS value stands for, if it is one of our exported functions.
pub(crate) fn exported_func<'js>(st: &WasmState<'js>, v: &Value<'js>) -> Option<Func> {
    let f = v.as_function()?;
    let id: Option<u32> = f.get(st.func_tag.clone()).ok()?;
    st.funcs.borrow().get(id? as usize).copied()
}

/// The JS function for a wasm func, the same object every time. A host func made from
/// a JS import gets one too (V8 also wraps rather than handing back the import).
pub(crate) fn func_to_js<'js>(
    ctx: &Ctx<'js>,
    st: &WasmState<'js>,
    f: Func,
) -> Result<Function<'js>> {
    let key = handle_key(&f);
    if let Some(js) = st.func_objs.borrow().get(&key) {
        return Ok(js.clone());
    }
    let ty = st.with_store(|cx| f.ty(&cx));
    let params: Vec<ValType> = ty.params().to_vec();
    let results: Vec<ValType> = ty.results().to_vec();
    let nparams = params.len();
    let js = Function::new(ctx.clone(), move |ctx: Ctx<'js>, args: Rest<Value<'js>>| {
        call_export(&ctx, f, &params, &results, &args.0)
    })?
    .with_length(nparams)?;
    let id = {
        let mut funcs = st.funcs.borrow_mut();
        funcs.push(f);
        (funcs.len() - 1) as u32
    };
    js.as_object()
        .ok_or(rquickjs::Error::Unknown)?
        .prop(st.func_tag.clone(), rquickjs::object::Property::from(id))?;
    st.func_objs.borrow_mut().insert(key, js.clone());
    Ok(js)
}

fn call_export<'js>(
    ctx: &Ctx<'js>,
    f: Func,
    params: &[ValType],
    results: &[ValType],
    args: &[Value<'js>],
) -> Result<Value<'js>> {
    let st = state(ctx)?;
    let undefined = Value::new_undefined(ctx.clone());
    let mut inputs = Vec::with_capacity(params.len());
    for (i, t) in params.iter().enumerate() {
        inputs.push(from_js(ctx, st, *t, args.get(i).unwrap_or(&undefined))?);
    }
    let mut outputs: Vec<Val> = results.iter().map(|t| Val::default_for_ty(*t)).collect();
    let r = st.with_store(|cx| f.call(cx, &inputs, &mut outputs));
    st.sync_buffers(ctx);
    match r {
        Ok(()) => results_to_js(ctx, st, &outputs),
        Err(e) => Err(run_error(ctx, st, e, ErrKind::Runtime, "")),
    }
}

/// A wasmi host func of type `ty` that calls the JS function `js`.
pub(crate) fn host_func<'js>(
    ctx: &Ctx<'js>,
    st: &WasmState<'js>,
    js: Function<'js>,
    ty: FuncType,
) -> Func {
    let id = {
        let mut h = st.host_fns.borrow_mut();
        h.push(js);
        h.len() - 1
    };
    // The closure must be Send + Sync: it carries the context as an address.
    let raw = ctx.as_raw().as_ptr() as usize;
    let results: Vec<ValType> = ty.results().to_vec();
    let f = st.with_store(|cx| {
        Func::new(
            cx,
            ty,
            move |mut caller: Caller<'_, ()>, params: &[Val], out: &mut [Val]| {
                let Some(ptr) = NonNull::new(raw as *mut rquickjs::qjs::JSContext) else {
                    return Err(wasmi::Error::host(JsThrow));
                };
                // SAFETY: host funcs only run inside a wasm call made from this context,
                // on its thread, while it is alive.
                let ctx = unsafe { Ctx::from_raw(ptr) };
                call_import(&ctx, &mut caller, id, params, &results, out)
                    .map_err(|_| wasmi::Error::host(JsThrow))
            },
        )
    });
    // Seen from JS again (a table entry, an export), it is a new exported
    // function wrapping the host func, as in V8, not `js` itself.
    f
}

/// Run a JS import. Any error is left pending as a JS exception.
fn call_import<'js>(
    ctx: &Ctx<'js>,
    caller: &mut Caller<'_, ()>,
    id: usize,
    params: &[Val],
    results: &[ValType],
    out: &mut [Val],
) -> Result<()> {
    let st = state(ctx)?;
    st.push_caller(caller);
    let _guard = CallerGuard(st);
    // wasm may have grown a memory before calling out.
    st.sync_buffers(ctx);
    let r = (|| {
        let f = st.host_fns.borrow().get(id).cloned();
        let f = f.ok_or(rquickjs::Error::Unknown)?;
        let mut args = Vec::with_capacity(params.len());
        for p in params {
            args.push(to_js(ctx, st, p)?);
        }
        let ret: Value<'js> = f.call((Rest(args),))?;
        match results.len() {
            0 => {}
            1 => out[0] = from_js(ctx, st, results[0], &ret)?,
            n => {
                let vals = iterable_to_vec(ctx, &ret)?;
                if vals.len() != n {
                    return Err(rquickjs::Exception::throw_type(
                        ctx,
                        "multi-return length mismatch",
                    ));
                }
                for (i, (t, v)) in results.iter().zip(vals.iter()).enumerate() {
                    out[i] = from_js(ctx, st, *t, v)?;
                }
            }
        }
        Ok(())
    })();
    r.map_err(|e| pend(ctx, e))
}
