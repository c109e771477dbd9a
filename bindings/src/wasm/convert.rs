//! Values across the JS/wasm boundary (the JS API's ToWebAssemblyValue and
//! ToJSValue) and wasmi errors as JS exceptions.
use super::{func, ErrKind, WasmState};
use rquickjs::{qjs, BigInt, Ctx, Exception, Function, Result, Value};
use wasmi::TrapCode;
use wasmi::{ExternRef, Func, Nullable, Ref, RefType, Val, ValType, F32, F64};

/// A JS exception thrown by an import, crossing wasm frames: the exception itself
/// stays pending in the JS context until the outermost wasm call returns to JS.
#[derive(Debug)]
pub(crate) struct JsThrow;

impl std::fmt::Display for JsThrow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JavaScript exception")
    }
}

impl wasmi::errors::HostError for JsThrow {}

/// Make sure an error is a pending JS exception (conversion errors are not yet).
pub(crate) fn pend(ctx: &Ctx<'_>, e: rquickjs::Error) -> rquickjs::Error {
    if e.is_exception() {
        e
    } else {
        Exception::throw_type(ctx, &e.to_string())
    }
}

pub(crate) fn type_name(t: ValType) -> &'static str {
    match t {
        ValType::I32 => "i32",
        ValType::I64 => "i64",
        ValType::F32 => "f32",
        ValType::F64 => "f64",
        ValType::V128 => "v128",
        ValType::FuncRef => "anyfunc",
        ValType::ExternRef => "externref",
    }
}

pub(crate) fn parse_type(s: &str) -> Option<ValType> {
    Some(match s {
        "i32" => ValType::I32,
        "i64" => ValType::I64,
        "f32" => ValType::F32,
        "f64" => ValType::F64,
        "anyfunc" | "funcref" => ValType::FuncRef,
        "externref" => ValType::ExternRef,
        _ => return None,
    })
}

fn incompatible(ctx: &Ctx<'_>) -> rquickjs::Error {
    Exception::throw_type(ctx, "type incompatibility when transforming from/to JS")
}

/// A QuickJS conversion's status: negative means it threw (the exception is pending).
fn check(rc: i32) -> Result<()> {
    if rc < 0 {
        return Err(rquickjs::Error::Exception);
    }
    Ok(())
}

/// ToWebAssemblyValue(v, type).
pub(crate) fn from_js<'js>(
    ctx: &Ctx<'js>,
    st: &WasmState<'js>,
    ty: ValType,
    v: &Value<'js>,
) -> Result<Val> {
    let raw = ctx.as_raw().as_ptr();
    Ok(match ty {
        ValType::I32 => {
            if let Some(i) = v.as_int() {
                return Ok(Val::I32(i));
            }
            let mut out = 0i32;
            // SAFETY: plain conversion on the live context; `v` is borrowed.
            check(unsafe { qjs::JS_ToInt32(raw, &mut out, v.as_raw()) })?;
            Val::I32(out)
        }
        ValType::I64 => {
            // V8's message; QuickJS would say "cannot convert to bigint".
            if v.is_number() || v.is_undefined() || v.is_null() {
                let s: rquickjs::Coerced<String> = v.get()?;
                let msg = format!("Cannot convert {} to a BigInt", s.0);
                return Err(Exception::throw_type(ctx, &msg));
            }
            let mut out = 0i64;
            // SAFETY: as above. ToBigInt64: a Number throws TypeError, like V8.
            check(unsafe { qjs::JS_ToBigInt64(raw, &mut out, v.as_raw()) })?;
            Val::I64(out)
        }
        ValType::F32 | ValType::F64 => {
            let mut out = 0f64;
            // SAFETY: as above.
            check(unsafe { qjs::JS_ToFloat64(raw, &mut out, v.as_raw()) })?;
            if ty == ValType::F32 {
                Val::F32(F32::from_float(out as f32))
            } else {
                Val::F64(F64::from_float(out))
            }
        }
        ValType::FuncRef => Val::FuncRef(funcref_from_js(ctx, st, v)?),
        ValType::ExternRef => Val::ExternRef(externref_from_js(st, v)),
        ValType::V128 => return Err(incompatible(ctx)),
    })
}

pub(crate) fn funcref_from_js<'js>(
    ctx: &Ctx<'js>,
    st: &WasmState<'js>,
    v: &Value<'js>,
) -> Result<Nullable<Func>> {
    if v.is_null() {
        return Ok(Nullable::Null);
    }
    match func::exported_func(st, v) {
        Some(f) => Ok(Nullable::Val(f)),
        None => Err(incompatible(ctx)),
    }
}

pub(crate) fn externref_from_js<'js>(st: &WasmState<'js>, v: &Value<'js>) -> Nullable<ExternRef> {
    if v.is_null() {
        return Nullable::Null;
    }
    let mut externs = st.externs.borrow_mut();
    let idx = externs.len() as u32;
    externs.push(v.clone());
    drop(externs);
    Nullable::Val(st.with_store(|cx| ExternRef::new(cx, idx)))
}

pub(crate) fn ref_from_js<'js>(
    ctx: &Ctx<'js>,
    st: &WasmState<'js>,
    ty: RefType,
    v: &Value<'js>,
) -> Result<Ref> {
    Ok(match ty {
        RefType::Func => Ref::Func(funcref_from_js(ctx, st, v)?),
        RefType::Extern => Ref::Extern(externref_from_js(st, v)),
    })
}

/// ToJSValue(val).
pub(crate) fn to_js<'js>(ctx: &Ctx<'js>, st: &WasmState<'js>, v: &Val) -> Result<Value<'js>> {
    Ok(match v {
        Val::I32(i) => Value::new_int(ctx.clone(), *i),
        Val::I64(i) => BigInt::from_i64(ctx.clone(), *i)?.into_value(),
        Val::F32(f) => Value::new_float(ctx.clone(), f.to_float() as f64),
        Val::F64(f) => Value::new_float(ctx.clone(), f.to_float()),
        Val::FuncRef(f) => match f.val() {
            Some(f) => func::func_to_js(ctx, st, *f)?.into_value(),
            None => Value::new_null(ctx.clone()),
        },
        Val::ExternRef(r) => externref_to_js(ctx, st, r),
        Val::V128(_) => return Err(incompatible(ctx)),
    })
}

fn externref_to_js<'js>(
    ctx: &Ctx<'js>,
    st: &WasmState<'js>,
    r: &Nullable<ExternRef>,
) -> Value<'js> {
    let Some(r) = r.val() else {
        return Value::new_null(ctx.clone());
    };
    let idx = st.with_store(|cx| r.data(&cx).downcast_ref::<u32>().copied());
    idx.and_then(|i| st.externs.borrow().get(i as usize).cloned())
        .unwrap_or_else(|| Value::new_undefined(ctx.clone()))
}

pub(crate) fn ref_to_js<'js>(ctx: &Ctx<'js>, st: &WasmState<'js>, r: &Ref) -> Result<Value<'js>> {
    match r {
        Ref::Func(f) => to_js(ctx, st, &Val::FuncRef(*f)),
        Ref::Extern(e) => Ok(externref_to_js(ctx, st, e)),
    }
}

/// V8's message for a trap.
fn trap_message(t: TrapCode) -> &'static str {
    match t {
        TrapCode::UnreachableCodeReached => "unreachable",
        TrapCode::MemoryOutOfBounds => "memory access out of bounds",
        TrapCode::TableOutOfBounds => "table index is out of bounds",
        TrapCode::IndirectCallToNull => "null function or function signature mismatch",
        TrapCode::IntegerDivisionByZero => "divide by zero",
        // wasmi also reports an out-of-range float truncation as this.
        TrapCode::IntegerOverflow => "divide result unrepresentable",
        TrapCode::BadConversionToInteger => "float unrepresentable in integer range",
        TrapCode::BadSignature => "null function or function signature mismatch",
        _ => "",
    }
}

/// A wasmi error from running wasm, as the JS exception to throw: a JS exception from
/// an import stays as it is; a trap is a RuntimeError; stack exhaustion a RangeError.
pub(crate) fn run_error<'js>(
    ctx: &Ctx<'js>,
    st: &WasmState<'js>,
    e: wasmi::Error,
    otherwise: ErrKind,
    prefix: &str,
) -> rquickjs::Error {
    if e.downcast_ref::<JsThrow>().is_some() {
        return rquickjs::Error::Exception;
    }
    if let Some(t) = e.as_trap_code() {
        if t == TrapCode::StackOverflow {
            return Exception::throw_range(ctx, "Maximum call stack size exceeded");
        }
        let m = trap_message(t);
        let msg = if m.is_empty() {
            e.to_string()
        } else {
            m.to_string()
        };
        return st.throw(ctx, ErrKind::Runtime, &msg);
    }
    st.throw(ctx, otherwise, &format!("{prefix}{e}"))
}

/// A call's results as JS: undefined, the value, or an array for multi-value.
pub(crate) fn results_to_js<'js>(
    ctx: &Ctx<'js>,
    st: &WasmState<'js>,
    vals: &[Val],
) -> Result<Value<'js>> {
    match vals {
        [] => Ok(Value::new_undefined(ctx.clone())),
        [v] => to_js(ctx, st, v),
        many => {
            let arr = rquickjs::Array::new(ctx.clone())?;
            for (i, v) in many.iter().enumerate() {
                arr.set(i, to_js(ctx, st, v)?)?;
            }
            Ok(arr.into_value())
        }
    }
}

/// An iterable's values as a Vec (multi-value results from a JS import).
pub(crate) fn iterable_to_vec<'js>(ctx: &Ctx<'js>, v: &Value<'js>) -> Result<Vec<Value<'js>>> {
    if v.as_object().is_none() {
        return Err(Exception::throw_type(
            ctx,
            "multi-return value must be iterable",
        ));
    }
    let array: rquickjs::Object = ctx.globals().get("Array")?;
    let from: Function = array.get("from")?;
    let arr: rquickjs::Array = from.call((rquickjs::function::This(array), v.clone()))?;
    arr.iter().collect()
}
