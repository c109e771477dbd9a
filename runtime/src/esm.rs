//! ES module resolution and loading, delegated to JS (js/internal/modules/esm.js) so
//! CommonJS and ESM share one resolver. Rust only declares the module QuickJS asked for.
use minode_bindings::hooks;
use rquickjs::loader::ImportAttributes;
use rquickjs::module::Declared;
use rquickjs::{Ctx, Module, Object, Result};

pub struct Resolver;
pub struct Loader;

impl rquickjs::loader::Resolver for Resolver {
    fn resolve<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        base: &str,
        name: &str,
        _attributes: Option<ImportAttributes<'js>>,
    ) -> Result<String> {
        hooks::get(ctx, "esmResolve")?.call((name, base))
    }
}

impl rquickjs::loader::Loader for Loader {
    fn load<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        name: &str,
        _attributes: Option<ImportAttributes<'js>>,
    ) -> Result<Module<'js, Declared>> {
        // esmLoad(name) -> module source text (CommonJS, JSON and builtins come back as facades).
        let source: String = hooks::get(ctx, "esmLoad")?.call((name,))?;
        let module = Module::declare(ctx.clone(), name, source)?;
        let meta: Object = module.meta()?;
        hooks::get(ctx, "esmInitMeta")?.call::<_, ()>((meta, name))?;
        Ok(module)
    }
}
