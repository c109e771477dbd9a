//! `internalBinding('http')`: the HTTP/1 server fast path (server.rs), the incremental parser
//! used by the client (parser.rs), and the framing rules both share (framing.rs).
mod framing;
mod parser;
pub(crate) mod respond;
mod server;

use rquickjs::{Class, Ctx, Object, Result};

pub fn init<'js>(_ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    server::init(o)?;
    Class::<parser::HttpParser>::define(o)?;
    Ok(())
}
