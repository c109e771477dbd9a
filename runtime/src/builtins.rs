//! The embedded js/ tree (QuickJS bytecode, compiled by build.rs) and the `builtins`
//! binding that instantiates its modules. With MINODE_JS_DIR set, sources are read
//! and compiled from that directory instead, so the JS layer can be edited without
//! rebuilding.
use rquickjs::{qjs, Ctx, Exception, Function, Object, Result, Value};

include!(concat!(env!("OUT_DIR"), "/builtins_table.rs"));

fn dev_dir() -> Option<std::ffi::OsString> {
    std::env::var_os("MINODE_JS_DIR")
}

fn bytecode(id: &str) -> Option<&'static [u8]> {
    BUILTINS
        .binary_search_by(|(name, _)| name.cmp(&id))
        .ok()
        .map(|i| BUILTINS[i].1)
}

fn dev_source(dir: &std::ffi::OsStr, id: &str) -> Option<String> {
    std::fs::read_to_string(std::path::Path::new(dir).join(format!("{id}.js"))).ok()
}

/// Is there a built-in `id`?
pub fn exists(id: &str) -> bool {
    match dev_dir() {
        Some(dir) => std::path::Path::new(&dir)
            .join(format!("{id}.js"))
            .is_file(),
        None => bytecode(id).is_some(),
    }
}

/// Instantiate embedded bytecode: evaluating the compiled script yields the wrapper function.
fn load_bytecode<'js>(ctx: &Ctx<'js>, bytes: &[u8]) -> Result<Function<'js>> {
    let raw = ctx.as_raw().as_ptr();
    // Safety: the bytes were written by JS_WriteObject of this same QuickJS version
    // (build.rs links the same crate); both calls return owned values.
    let value = unsafe {
        let obj = qjs::JS_ReadObject(
            raw,
            bytes.as_ptr(),
            bytes.len() as _,
            qjs::JS_READ_OBJ_BYTECODE as i32,
        );
        if qjs::JS_IsException(obj) {
            return Err(rquickjs::Error::Exception);
        }
        Value::from_raw(ctx.clone(), qjs::JS_EvalFunction(raw, obj))
    };
    if value.is_exception() {
        return Err(rquickjs::Error::Exception);
    }
    value.get()
}

pub fn ids() -> Vec<&'static str> {
    BUILTINS.iter().map(|(id, _)| *id).collect()
}

/// Compile built-in `id` into its wrapper function
/// `(exports, require, module, internalBinding, process)`.
pub fn compile<'js>(ctx: &Ctx<'js>, id: &str) -> Result<Function<'js>> {
    if let Some(dir) = dev_dir() {
        if let Some(src) = dev_source(&dir, id) {
            let wrapped = format!(
                "(function (exports, require, module, internalBinding, process) {{{src}\n}})"
            );
            return crate::engine::eval_script(ctx, wrapped, &format!("node:{id}"));
        }
    } else if let Some(bytes) = bytecode(id) {
        return load_bytecode(ctx, bytes);
    }
    Err(Exception::throw_reference(
        ctx,
        &format!("No such built-in module: {id}"),
    ))
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "compile",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, id: String| compile(&ctx, &id))?,
    )?;
    o.set("has", Function::new(ctx.clone(), |id: String| exists(&id))?)?;
    o.set("ids", ids())?;
    Ok(())
}
