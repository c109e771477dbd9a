//! Compiles every file under ../js to QuickJS bytecode and embeds it, so start-up
//! does no parsing. Each module is compiled as the wrapper function expression
//! `(function (exports, require, module, internalBinding, process) {...})`.
//! A syntax error in js/ fails the build.
use rquickjs::{qjs, Context, Runtime};
use std::ffi::CString;
use std::fmt::Write;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, root, out);
        } else if p.extension().and_then(|x| x.to_str()) == Some("js") {
            let rel = p.strip_prefix(root).unwrap_or(&p).with_extension("");
            out.push((rel.to_string_lossy().replace('\\', "/"), p));
        }
    }
}

pub const WRAPPER_HEAD: &str = "(function (exports, require, module, internalBinding, process) {";
pub const WRAPPER_TAIL: &str = "\n})";

/// Compile `source` as a global script and serialize its bytecode.
fn compile(ctx: &rquickjs::Ctx<'_>, source: &str, filename: &str) -> Result<Vec<u8>, String> {
    let src = CString::new(source).map_err(|e| e.to_string())?;
    let name = CString::new(filename).map_err(|e| e.to_string())?;
    let raw = ctx.as_raw().as_ptr();
    // Safety: plain QuickJS calls on a live context; every returned value is freed.
    unsafe {
        let flags = (qjs::JS_EVAL_TYPE_GLOBAL | qjs::JS_EVAL_FLAG_COMPILE_ONLY) as i32;
        let obj = qjs::JS_Eval(raw, src.as_ptr(), source.len() as _, name.as_ptr(), flags);
        if qjs::JS_IsException(obj) {
            let exc = qjs::JS_GetException(raw);
            let s = qjs::JS_ToCStringLen2(raw, std::ptr::null_mut(), exc, false);
            let msg = if s.is_null() {
                "unknown error".to_string()
            } else {
                std::ffi::CStr::from_ptr(s).to_string_lossy().into_owned()
            };
            if !s.is_null() {
                qjs::JS_FreeCString(raw, s);
            }
            qjs::JS_FreeValue(raw, exc);
            return Err(msg);
        }
        let mut len: usize = 0;
        let buf = qjs::JS_WriteObject(
            raw,
            &mut len as *mut usize as *mut _,
            obj,
            qjs::JS_WRITE_OBJ_BYTECODE as i32,
        );
        qjs::JS_FreeValue(raw, obj);
        if buf.is_null() {
            return Err("JS_WriteObject failed".into());
        }
        let bytes = std::slice::from_raw_parts(buf, len).to_vec();
        qjs::js_free(raw, buf as *mut _);
        Ok(bytes)
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("js");
    let root = root.canonicalize().unwrap_or(root);
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let bc_dir = out_dir.join("bytecode");
    std::fs::create_dir_all(&bc_dir).expect("create bytecode dir");

    let rt = Runtime::new().expect("quickjs runtime");
    let context = Context::full(&rt).expect("quickjs context");
    let mut table = String::from("pub static BUILTINS: &[(&str, &[u8])] = &[\n");
    let mut errors = Vec::new();
    context.with(|ctx| {
        for (i, (id, path)) in files.iter().enumerate() {
            println!("cargo:rerun-if-changed={}", path.display());
            let source = std::fs::read_to_string(path).expect("read js source");
            let wrapped = format!("{WRAPPER_HEAD}{source}{WRAPPER_TAIL}");
            match compile(&ctx, &wrapped, &format!("node:{id}")) {
                Ok(bytes) => {
                    let file = bc_dir.join(format!("{i}.qbc"));
                    std::fs::write(&file, bytes).expect("write bytecode");
                    writeln!(
                        table,
                        "    ({id:?}, include_bytes!({:?})),",
                        file.display().to_string()
                    )
                    .ok();
                }
                Err(msg) => errors.push(format!("js/{id}.js: {msg}")),
            }
        }
    });
    if !errors.is_empty() {
        panic!("syntax errors in js/:\n{}", errors.join("\n"));
    }
    table.push_str("];\n");
    std::fs::write(out_dir.join("builtins_table.rs"), table).expect("write builtins table");
}
