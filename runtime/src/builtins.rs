//! The embedded js/ tree and the `builtins` binding that compiles its modules.
//! With MINODE_JS_DIR set, sources are read from that directory instead, so the JS
//! layer can be edited without rebuilding.
use rquickjs::{Ctx, Exception, Function, Object, Result};

include!(concat!(env!("OUT_DIR"), "/builtins_table.rs"));

/// The source of built-in `id`, if there is one.
pub fn source(id: &str) -> Option<std::borrow::Cow<'static, str>> {
    if let Some(dir) = std::env::var_os("MINODE_JS_DIR") {
        let path = std::path::Path::new(&dir).join(format!("{id}.js"));
        return std::fs::read_to_string(path).ok().map(std::borrow::Cow::Owned);
    }
    BUILTINS
        .binary_search_by(|(name, _)| name.cmp(&id))
        .ok()
        .map(|i| std::borrow::Cow::Borrowed(BUILTINS[i].1))
}

pub fn ids() -> Vec<&'static str> {
    BUILTINS.iter().map(|(id, _)| *id).collect()
}

/// Compile built-in `id` into its wrapper function
/// `(exports, require, module, internalBinding, process)`.
pub fn compile<'js>(ctx: &Ctx<'js>, id: &str) -> Result<Function<'js>> {
    let Some(src) = source(id) else {
        return Err(Exception::throw_reference(ctx, &format!("No such built-in module: {id}")));
    };
    let wrapped = format!("(function (exports, require, module, internalBinding, process) {{{src}\n}})");
    crate::engine::eval_script(ctx, wrapped, &format!("node:{id}"))
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set("compile", Function::new(ctx.clone(), |ctx: Ctx<'js>, id: String| compile(&ctx, &id))?)?;
    o.set("has", Function::new(ctx.clone(), |id: String| source(&id).is_some())?)?;
    o.set("ids", ids())?;
    Ok(())
}
