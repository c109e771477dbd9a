//! Modules: validate, compile, reflection (imports, exports, custom sections) and
//! instantiation with the imports wasm.js resolved.
use super::convert::{from_js, run_error, type_name};
use super::func::{exported_func, func_to_js, host_func};
use super::objects::{global_id, memory_id, table_id};
use super::{state, ErrKind, WasmState};
use rquickjs::{Array, ArrayBuffer, Ctx, Exception, Function, Object, Result, TypedArray, Value};
use wasmi::{Extern, ExternType, Global, Instance, Module, Mutability};

/// A compiled module with its imports and exports in definition order: wasmi groups
/// imports by kind and sorts exports by name. An export's index is a function's `name`.
pub(crate) struct Compiled {
    module: Module,
    /// (module, name, kind) in definition order.
    imports: Vec<(String, String, &'static str)>,
    /// For each import in wasmi's order, its definition-order index.
    import_order: Vec<usize>,
    exports: Vec<(String, &'static str, u32)>,
}

impl Compiled {
    fn new(module: Module, bytes: &[u8]) -> Self {
        let (imports, exports) = sections(bytes);
        let mut import_order = Vec::with_capacity(imports.len());
        let mut seen: std::collections::HashMap<&str, usize> = Default::default();
        for imp in module.imports() {
            let kind = extern_kind(imp.ty());
            let nth = seen.entry(kind).or_insert(0);
            let pos = imports
                .iter()
                .enumerate()
                .filter(|(_, i)| i.2 == kind)
                .nth(*nth)
                .map(|(p, _)| p);
            *nth += 1;
            import_order.push(pos.unwrap_or(import_order.len()));
        }
        Compiled {
            module,
            imports,
            import_order,
            exports,
        }
    }
}

fn kind_name(k: wasmparser::ExternalKind) -> &'static str {
    match k {
        wasmparser::ExternalKind::Func => "function",
        wasmparser::ExternalKind::Table => "table",
        wasmparser::ExternalKind::Memory => "memory",
        wasmparser::ExternalKind::Global => "global",
        wasmparser::ExternalKind::Tag => "tag",
    }
}

fn extern_kind(t: &ExternType) -> &'static str {
    match t {
        ExternType::Func(_) => "function",
        ExternType::Table(_) => "table",
        ExternType::Memory(_) => "memory",
        ExternType::Global(_) => "global",
    }
}

type Imports = Vec<(String, String, &'static str)>;
type Exports = Vec<(String, &'static str, u32)>;

/// The import and export sections of an already validated module.
fn sections(bytes: &[u8]) -> (Imports, Exports) {
    let (mut imports, mut exports) = (Vec::new(), Vec::new());
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        match payload {
            Ok(wasmparser::Payload::ImportSection(r)) => {
                for i in r.into_iter().flatten() {
                    let kind = match i.ty {
                        wasmparser::TypeRef::Func(_) => "function",
                        wasmparser::TypeRef::Table(_) => "table",
                        wasmparser::TypeRef::Memory(_) => "memory",
                        wasmparser::TypeRef::Global(_) => "global",
                        wasmparser::TypeRef::Tag(_) => "tag",
                    };
                    imports.push((i.module.to_string(), i.name.to_string(), kind));
                }
            }
            Ok(wasmparser::Payload::ExportSection(r)) => {
                for e in r.into_iter().flatten() {
                    exports.push((e.name.to_string(), kind_name(e.kind), e.index));
                }
                break;
            }
            Ok(wasmparser::Payload::CodeSectionStart { .. }) | Err(_) => break,
            Ok(_) => {}
        }
    }
    (imports, exports)
}

/// V8's message for an import that does not fit, else None.
fn link_message(e: &wasmi::Error, imports: &Imports) -> Option<String> {
    use wasmi::errors::{ErrorKind, InstantiationError as I};
    let ErrorKind::Instantiation(err) = e.kind() else {
        return None;
    };
    let at = |module: &str, name: &str| {
        let i = imports
            .iter()
            .position(|(m, f, _)| m == module && f == name)
            .unwrap_or(0);
        (
            i,
            format!("Import #{i} module=\"{module}\" function=\"{name}\" error: "),
        )
    };
    let limits = |what: &str, i: usize, e: (u64, Option<u64>), a: (u64, Option<u64>)| {
        if a.0 < e.0 {
            format!(
                "{what} import {i} is smaller than initial {}, got {}",
                e.0, a.0
            )
        } else {
            match (e.1, a.1) {
                (Some(max), None) => format!("{what} import {i} has no maximum limit, expected at most {max}"),
                (Some(max), Some(got)) => format!(
                    "{what} import {i} has a larger maximum size {got} than the module's declared maximum {max}"
                ),
                _ => format!("{what} import {i} does not match the expected limits"),
            }
        }
    };
    Some(match err {
        I::FuncTypeMismatch { name, .. } => format!(
            "{}imported function does not match the expected type",
            at(name.module(), name.name()).1
        ),
        I::GlobalTypeMismatch { name, .. } => format!(
            "{}imported global does not match the expected type",
            at(name.module(), name.name()).1
        ),
        I::ImportTypeMismatch { name, .. } => format!(
            "{}import has the wrong kind",
            at(name.module(), name.name()).1
        ),
        I::MemoryTypeMismatch {
            name,
            expected,
            actual,
        } => {
            let i = at(name.module(), name.name()).0;
            limits(
                "memory",
                i,
                (expected.minimum(), expected.maximum()),
                (actual.minimum(), actual.maximum()),
            )
        }
        I::TableTypeMismatch {
            name,
            expected,
            actual,
        } => {
            let i = at(name.module(), name.name()).0;
            limits(
                "table",
                i,
                (expected.minimum(), expected.maximum()),
                (actual.minimum(), actual.maximum()),
            )
        }
        _ => return None,
    })
}

/// The bytes of a Uint8Array (wasm.js turns every BufferSource into one).
fn with_bytes<'js, R>(ctx: &Ctx<'js>, v: &Value<'js>, f: impl FnOnce(&[u8]) -> R) -> Result<R> {
    let ta = TypedArray::<u8>::from_value(v.clone())
        .map_err(|_| Exception::throw_type(ctx, "Argument 0 must be a buffer source"))?;
    // SAFETY: no JS runs while `f` reads the bytes.
    let bytes: &[u8] = unsafe { ta.as_bytes() }.unwrap_or(&[]);
    Ok(f(bytes))
}

fn module<'js>(ctx: &Ctx<'js>, st: &WasmState<'js>, id: u32) -> Result<Module> {
    st.modules
        .borrow()
        .get(id as usize)
        .map(|c| c.module.clone())
        .ok_or_else(|| Exception::throw_type(ctx, "invalid WebAssembly.Module"))
}

fn compile<'js>(ctx: Ctx<'js>, bytes: Value<'js>, api: String) -> Result<u32> {
    let st = state(&ctx)?;
    let r = with_bytes(&ctx, &bytes, |b| {
        Module::new(&st.engine, b).map(|m| Compiled::new(m, b))
    })?;
    match r {
        Ok(c) => {
            let mut mods = st.modules.borrow_mut();
            mods.push(c);
            Ok((mods.len() - 1) as u32)
        }
        Err(e) => Err(st.throw(
            &ctx,
            ErrKind::Compile,
            &format!("{api}: {}", compile_message(&e)),
        )),
    }
}

/// A wasmi/wasmparser error on one line, its offset in V8's "@+N" form.
fn compile_message(e: &wasmi::Error) -> String {
    let text = e.to_string();
    if text.starts_with("magic header not detected") {
        return "expected magic word 00 61 73 6d @+0".to_string();
    }
    let mut msg = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(start) = msg.rfind(" (at offset 0x") {
        let hex = msg[start + 14..].trim_end_matches(')');
        if let Ok(off) = u64::from_str_radix(hex, 16) {
            msg = format!("{} @+{off}", &msg[..start]);
        }
    }
    msg
}

fn validate<'js>(ctx: Ctx<'js>, bytes: Value<'js>) -> Result<bool> {
    let st = state(&ctx)?;
    with_bytes(&ctx, &bytes, |b| Module::validate(&st.engine, b).is_ok())
}

/// [[module, name, kind, globalType?, mutable?], ...]
fn imports<'js>(ctx: Ctx<'js>, id: u32) -> Result<Array<'js>> {
    let st = state(&ctx)?;
    let mods = st.modules.borrow();
    let c = mods
        .get(id as usize)
        .ok_or_else(|| Exception::throw_type(&ctx, "invalid WebAssembly.Module"))?;
    let rows: Vec<Array> = (0..c.imports.len())
        .map(|_| Array::new(ctx.clone()))
        .collect::<Result<_>>()?;
    for (i, (m, n, kind)) in c.imports.iter().enumerate() {
        rows[i].set(0, m.as_str())?;
        rows[i].set(1, n.as_str())?;
        rows[i].set(2, *kind)?;
    }
    for (w, imp) in c.module.imports().enumerate() {
        if let (ExternType::Global(g), Some(row)) =
            (imp.ty(), c.import_order.get(w).and_then(|&i| rows.get(i)))
        {
            row.set(3, type_name(g.content()))?;
            row.set(4, g.mutability() == Mutability::Var)?;
        }
    }
    let out = Array::new(ctx.clone())?;
    for (i, row) in rows.into_iter().enumerate() {
        out.set(i, row)?;
    }
    Ok(out)
}

/// [[name, kind], ...] in definition order.
fn exports<'js>(ctx: Ctx<'js>, id: u32) -> Result<Array<'js>> {
    let st = state(&ctx)?;
    let out = Array::new(ctx.clone())?;
    let mods = st.modules.borrow();
    let c = mods
        .get(id as usize)
        .ok_or_else(|| Exception::throw_type(&ctx, "invalid WebAssembly.Module"))?;
    for (i, (name, kind, _)) in c.exports.iter().enumerate() {
        let row = Array::new(ctx.clone())?;
        row.set(0, name.as_str())?;
        row.set(1, *kind)?;
        out.set(i, row)?;
    }
    Ok(out)
}

fn custom_sections<'js>(ctx: Ctx<'js>, id: u32, name: String) -> Result<Array<'js>> {
    let st = state(&ctx)?;
    let m = module(&ctx, st, id)?;
    let out = Array::new(ctx.clone())?;
    let mut i = 0;
    for s in m.custom_sections().filter(|s| s.name() == name) {
        out.set(i, ArrayBuffer::new_copy(ctx.clone(), s.data())?)?;
        i += 1;
    }
    Ok(out)
}

/// The import for `ty` from what wasm.js resolved: a function, a Memory/Table/Global
/// id, or `[value]` for a global made from a Number/BigInt.
fn resolve_import<'js>(
    ctx: &Ctx<'js>,
    st: &WasmState<'js>,
    ty: &ExternType,
    v: &Value<'js>,
) -> Result<Extern> {
    let id = || v.as_number().map(|n| n as u32);
    let bad = || Exception::throw_type(ctx, "invalid import");
    Ok(match ty {
        ExternType::Func(ft) => match exported_func(st, v) {
            Some(f) => Extern::Func(f),
            None => {
                let f = v.as_function().ok_or_else(bad)?.clone();
                Extern::Func(host_func(ctx, st, f, ft.clone()))
            }
        },
        ExternType::Memory(_) => {
            let m = st
                .memories
                .borrow()
                .get(id().ok_or_else(bad)? as usize)
                .copied();
            Extern::Memory(m.ok_or_else(bad)?)
        }
        ExternType::Table(_) => {
            let t = st
                .tables
                .borrow()
                .get(id().ok_or_else(bad)? as usize)
                .copied();
            Extern::Table(t.ok_or_else(bad)?)
        }
        ExternType::Global(gt) => {
            if let Some(arr) = v.as_array() {
                let raw: Value = arr.get(0)?;
                let val = from_js(ctx, st, gt.content(), &raw)?;
                Extern::Global(st.with_store(|cx| Global::new(cx, val, Mutability::Const)))
            } else {
                let g = st
                    .globals
                    .borrow()
                    .get(id().ok_or_else(bad)? as usize)
                    .copied();
                Extern::Global(g.ok_or_else(bad)?)
            }
        }
    })
}

/// instantiate(moduleId, resolvedImports, apiName) -> [[name, kind, value], ...]:
/// a function for functions, an id for memories, tables and globals.
fn instantiate<'js>(
    ctx: Ctx<'js>,
    id: u32,
    imports: Array<'js>,
    api: String,
) -> Result<Array<'js>> {
    let st = state(&ctx)?;
    let m = module(&ctx, st, id)?;
    let (order, names) = {
        let mods = st.modules.borrow();
        let c = mods.get(id as usize);
        (
            c.map(|c| c.import_order.clone()).unwrap_or_default(),
            c.map(|c| c.imports.clone()).unwrap_or_default(),
        )
    };
    let types: Vec<ExternType> = m.imports().map(|i| i.ty().clone()).collect();
    let mut externs = Vec::with_capacity(types.len());
    for (w, ty) in types.iter().enumerate() {
        let v: Value = imports.get(order.get(w).copied().unwrap_or(w))?;
        externs.push(resolve_import(&ctx, st, ty, &v)?);
    }
    let r = st.with_store(|cx| Instance::new(cx, &m, &externs));
    st.sync_buffers(&ctx);
    let inst = r.map_err(|e| match link_message(&e, &names) {
        Some(msg) => st.throw(&ctx, ErrKind::Link, &format!("{api}: {msg}")),
        None => run_error(&ctx, st, e, ErrKind::Link, &format!("{api}: ")),
    })?;
    let order: Vec<(String, &'static str, u32)> = st
        .modules
        .borrow()
        .get(id as usize)
        .map(|c| c.exports.clone())
        .unwrap_or_default();
    let out = Array::new(ctx.clone())?;
    let mut n = 0;
    for (name, _, index) in order {
        let Some(ext) = st.with_store(|cx| inst.get_export(&cx, &name)) else {
            continue;
        };
        let (kind, value): (&str, Value) = match ext {
            Extern::Func(f) => {
                let js = func_to_js(&ctx, st, f)?;
                // An exported function is named after its index.
                if js
                    .get::<_, String>("name")
                    .map(|s| s.is_empty())
                    .unwrap_or(false)
                {
                    let _ = js.set_name(index.to_string());
                }
                ("function", js.into_value())
            }
            Extern::Memory(mem) => (
                "memory",
                Value::new_int(ctx.clone(), memory_id(st, mem) as i32),
            ),
            Extern::Table(t) => ("table", Value::new_int(ctx.clone(), table_id(st, t) as i32)),
            Extern::Global(g) => (
                "global",
                Value::new_int(ctx.clone(), global_id(st, g) as i32),
            ),
        };
        let row = Array::new(ctx.clone())?;
        row.set(0, name)?;
        row.set(1, kind)?;
        row.set(2, value)?;
        out.set(n, row)?;
        n += 1;
    }
    Ok(out)
}

pub(super) fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set("compile", Function::new(ctx.clone(), compile)?)?;
    o.set("validate", Function::new(ctx.clone(), validate)?)?;
    o.set("moduleImports", Function::new(ctx.clone(), imports)?)?;
    o.set("moduleExports", Function::new(ctx.clone(), exports)?)?;
    o.set(
        "customSections",
        Function::new(ctx.clone(), custom_sections)?,
    )?;
    o.set("instantiate", Function::new(ctx.clone(), instantiate)?)?;
    Ok(())
}
