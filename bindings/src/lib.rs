//! minode's bindings: the Rust half of each Node module (Node's `src/node_*.cc`).
//! JS reaches them only through `internalBinding(name)`.
pub mod async_context;
pub mod bytes;
pub mod event_loop;
pub mod hooks;
pub mod uv;

mod crypto;
mod dns; // zlib/dns
mod encoding;
mod fs;
mod http;
mod intl; // Intl
pub mod ipc;
mod os;
mod process;
mod signals;
mod spawn;
mod stdio;
mod stream_base;
pub mod tcp;
mod timers;
mod tls; // tls
mod url;
mod wasm; // WebAssembly
pub mod worker; // worker_threads
pub mod worker_child; // worker_threads
mod worker_msg; // worker_threads
pub mod worker_port; // worker_threads
pub mod worker_sab; // worker_threads
mod zlib; // zlib/dns

use rquickjs::{Ctx, Object, Result};

/// Build the binding object for `name`, or None if this crate has no such binding.
pub fn get<'js>(ctx: &Ctx<'js>, name: &str) -> Result<Option<Object<'js>>> {
    let o = Object::new(ctx.clone())?;
    match name {
        "async_context" => async_context::init(ctx, &o)?,
        "crypto" => crypto::init(ctx, &o)?,
        "encoding" => encoding::init(ctx, &o)?,
        "fs" => fs::init(ctx, &o)?,
        "http" => http::init(ctx, &o)?,
        "intl" => intl::init(ctx, &o)?, // Intl
        "ipc" => ipc::init(ctx, &o)?,
        "os" => os::init(ctx, &o)?,
        "process" => process::init(ctx, &o)?,
        "signals" => signals::init(ctx, &o)?,
        "spawn" => spawn::init(ctx, &o)?,
        "stdio" => stdio::init(ctx, &o)?,
        "tcp" => tcp::init(ctx, &o)?,
        "timers" => timers::init(ctx, &o)?,
        "tls" => tls::init(ctx, &o)?, // tls
        "url" => url::init(ctx, &o)?,
        "wasm" => wasm::init(ctx, &o)?, // WebAssembly
        "worker" => worker::init(ctx, &o)?,
        "dns" => dns::init(ctx, &o)?,
        "zlib" => zlib::init(ctx, &o)?,
        _ => return Ok(None),
    }
    Ok(Some(o))
}

/// Flush anything the stdio binding buffered (before exiting the process).
pub fn flush_stdio() {
    stdio::flush_all();
}
