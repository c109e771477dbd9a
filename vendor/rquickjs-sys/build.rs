//! Compiles the vendored QuickJS-NG sources (with minode's patches) into
//! libquickjs.a. Bindings are the pregenerated ones for the target.
use std::{env, path::Path};

fn main() {
    let src = Path::new("quickjs");
    for entry in std::fs::read_dir(src).expect("vendored quickjs sources") {
        let path = entry.expect("vendored quickjs entry").path();
        println!("cargo:rerun-if-changed={}", path.display());
    }
    println!("cargo:rerun-if-env-changed=MINODE_QJS_CFLAGS");

    let target = env::var("TARGET").unwrap_or_default();
    if !Path::new("src/bindings").join(format!("{target}.rs")).exists() {
        println!("cargo:warning=no pregenerated QuickJS bindings for {target}");
    }
    // src/lib.rs includes src/bindings/<target>.rs through this macro.
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let macro_src = format!(
        "macro_rules! bindings_env {{ (\"TARGET\") => {{ \"{target}\" }}; }}"
    );
    std::fs::write(Path::new(&out_dir).join("bindings.rs"), macro_src)
        .expect("write bindings.rs");

    let mut build = cc::Build::new();
    build
        .extra_warnings(false)
        .flag_if_supported("-Wno-implicit-const-int-float-conversion")
        .flag_if_supported("-Wno-unused-parameter")
        .flag_if_supported("-Wno-unused-but-set-variable")
        .flag_if_supported("-Wno-unused-variable")
        .define("_GNU_SOURCE", None)
        // Release engine: QuickJS's own asserts off, as in its CMake release build.
        .define("NDEBUG", None);
    // Extra flags for profiling the engine (e.g. MINODE_QJS_CFLAGS=-g).
    if let Ok(flags) = env::var("MINODE_QJS_CFLAGS") {
        for flag in flags.split_whitespace() {
            build.flag(flag);
        }
    }
    for file in ["libregexp.c", "libunicode.c", "quickjs.c", "dtoa.c"] {
        build.file(src.join(file));
    }
    build.compile("libquickjs.a");
}
