//! fs natives. Sync forms throw Node-shaped errors; the module loader uses the
//! cheap queries (`internalModuleStat`, `readFileUtf8`, `realpath`).
use crate::uv;
use rquickjs::{Ctx, Function, Object, Result};
use std::fs;

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    // 0 = file, 1 = directory, negative = missing (Node's internalModuleStat).
    o.set(
        "internalModuleStat",
        Function::new(ctx.clone(), |path: String| -> i32 {
            match fs::metadata(&path) {
                Ok(m) if m.is_dir() => 1,
                Ok(_) => 0,
                Err(_) => -2,
            }
        })?,
    )?;
    o.set(
        "readFileUtf8",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, path: String| -> Result<String> {
            let data = fs::read(&path).map_err(|e| uv::throw(&ctx, &e, "open", Some(&path), None))?;
            Ok(match String::from_utf8(data) {
                Ok(s) => s,
                Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
            })
        })?,
    )?;
    o.set(
        "realpath",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, path: String| -> Result<String> {
            fs::canonicalize(&path)
                .map(|p| p.to_string_lossy().into_owned())
                .map_err(|e| uv::throw(&ctx, &e, "realpath", Some(&path), None))
        })?,
    )?;
    Ok(())
}
