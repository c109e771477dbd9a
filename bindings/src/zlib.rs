//! `internalBinding('zlib')`: deflate/inflate/gzip/gunzip/raw/unzip on zlib-rs (the engine
//! behind flate2's `zlib-rs` feature, used directly because flate2 hides memLevel, strategy
//! and zlib's own error messages) and Brotli on the `brotli` crate.
//!
//! JS side: js/zlib.js. One class, `ZlibHandle(mode, level, windowBits, memLevel, strategy,
//! dictionary, brotliParams)` (modes use Node's numbers: 1 DEFLATE .. 9 BROTLI_ENCODE).
//!   - `writeSync(flush, input, maxOutput)` -> ArrayBuffer with all output, or an error object
//!     `{message, code, errno}` (`code: 'ERR_BUFFER_TOO_LARGE'` when output passed maxOutput).
//!   - `write(flush, input, maxOutput, req)`: the same on the blocking pool, then
//!     `req.oncomplete(errObj|null, arrayBuffer)`.
//!   - `params(level, strategy)`, `reset()`, `close()`.
//!
//! Plus `crc32(data, value)`. Nothing here panics on user data: options are range-checked
//! before an engine is built and engine calls run under catch_unwind as a last guard.
use crate::event_loop;
use rquickjs::class::Trace;
use rquickjs::{
    ArrayBuffer, Class, Ctx, Exception, Function, JsLifetime, Object, Persistent, Result, Value,
};
use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;

use brotli::enc::encode::{
    BrotliEncoderOperation, BrotliEncoderParameter, BrotliEncoderStateStruct,
};
use brotli::enc::StandardAlloc;
use brotli::{BrotliDecompressStream, BrotliResult, BrotliState};
use zlib_rs::{DeflateConfig, DeflateFlush, InflateError, InflateFlush, Status, Strategy};

const DEFLATE: i32 = 1;
const INFLATE: i32 = 2;
const GZIP: i32 = 3;
const GUNZIP: i32 = 4;
const DEFLATERAW: i32 = 5;
const INFLATERAW: i32 = 6;
const UNZIP: i32 = 7;
const BROTLI_DECODE: i32 = 8;
const BROTLI_ENCODE: i32 = 9;

const Z_FINISH: i32 = 4;
const BROTLI_OPERATION_FINISH: i32 = 2;

/// An error as data for JS: (message, code, errno); TooLarge is maxOutputLength.
#[derive(Debug)]
enum ZErr {
    Z(String, String, i32),
    TooLarge,
}

fn zerr(msg: &str, code: &str, errno: i32) -> ZErr {
    ZErr::Z(msg.to_string(), code.to_string(), errno)
}

type BrotliDec = BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>;

enum Engine {
    Deflate(Box<zlib_rs::Deflate>),
    Inflate {
        inf: Box<zlib_rs::Inflate>,
        /// Gzip framing: a further member after the end of one is decoded too.
        gunzip: bool,
        ended: bool,
    },
    /// Unzip before the first bytes decided between gzip and zlib.
    Unzip {
        pending: Vec<u8>,
    },
    BrotliEnc(Box<BrotliEncoderStateStruct<StandardAlloc>>),
    BrotliDec {
        st: Box<BrotliDec>,
        ended: bool,
    },
}

// Safety: the engines own their memory and hold no thread-bound state; a handle is used by
// one thread at a time (moved into a blocking task and back).
unsafe impl Send for Engine {}

struct Config {
    mode: i32,
    level: i32,
    window_bits: i32,
    mem_level: i32,
    strategy: i32,
    dictionary: Option<Vec<u8>>,
    brotli: Vec<(u32, u32)>,
}

struct Zstate {
    cfg: Config,
    engine: Engine,
}

fn strategy(s: i32) -> Strategy {
    match s {
        1 => Strategy::Filtered,
        2 => Strategy::HuffmanOnly,
        3 => Strategy::Rle,
        4 => Strategy::Fixed,
        _ => Strategy::Default,
    }
}

fn new_inflate(window_bits: i32, wrap: i32) -> zlib_rs::Inflate {
    // wrap: 0 raw, 1 zlib, 2 gzip. zlib-rs takes the zlib-style window (+16 for gzip).
    let wb = if window_bits == 0 {
        15
    } else {
        window_bits.clamp(8, 15)
    } as u8;
    match wrap {
        0 => zlib_rs::Inflate::new(false, wb),
        2 => zlib_rs::Inflate::new(true, wb + 16),
        _ => zlib_rs::Inflate::new(true, wb),
    }
}

fn brotli_param(k: u32) -> Option<BrotliEncoderParameter> {
    use BrotliEncoderParameter::*;
    Some(match k {
        0 => BROTLI_PARAM_MODE,
        1 => BROTLI_PARAM_QUALITY,
        2 => BROTLI_PARAM_LGWIN,
        3 => BROTLI_PARAM_LGBLOCK,
        4 => BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING,
        5 => BROTLI_PARAM_SIZE_HINT,
        6 => BROTLI_PARAM_LARGE_WINDOW,
        _ => return None,
    })
}

impl Config {
    fn build(&self) -> std::result::Result<Engine, String> {
        let wb = if self.window_bits == 8 {
            9
        } else {
            self.window_bits
        };
        Ok(match self.mode {
            DEFLATE | GZIP | DEFLATERAW => {
                let window_bits = match self.mode {
                    GZIP => wb + 16,
                    DEFLATERAW => -wb,
                    _ => wb,
                };
                if !(9..=15).contains(&wb)
                    || !(-1..=9).contains(&self.level)
                    || !(1..=9).contains(&self.mem_level)
                    || !(0..=4).contains(&self.strategy)
                {
                    return Err("Init error".into());
                }
                let mut d = zlib_rs::Deflate::new_with_config(DeflateConfig {
                    level: self.level,
                    window_bits,
                    mem_level: self.mem_level,
                    strategy: strategy(self.strategy),
                    ..DeflateConfig::default()
                });
                if let Some(dict) = &self.dictionary {
                    if self.mode != GZIP && d.set_dictionary(dict).is_err() {
                        return Err("Failed to set dictionary".into());
                    }
                }
                Engine::Deflate(Box::new(d))
            }
            INFLATE | GUNZIP | INFLATERAW => {
                if self.window_bits != 0 && !(8..=15).contains(&self.window_bits) {
                    return Err("Init error".into());
                }
                let wrap = match self.mode {
                    INFLATERAW => 0,
                    GUNZIP => 2,
                    _ => 1,
                };
                let mut inf = new_inflate(self.window_bits, wrap);
                if wrap == 0 {
                    if let Some(dict) = &self.dictionary {
                        if inf.set_dictionary(dict).is_err() {
                            return Err("Failed to set dictionary".into());
                        }
                    }
                }
                Engine::Inflate {
                    inf: Box::new(inf),
                    gunzip: wrap == 2,
                    ended: false,
                }
            }
            UNZIP => Engine::Unzip {
                pending: Vec::new(),
            },
            BROTLI_ENCODE => {
                let mut st = BrotliEncoderStateStruct::new(StandardAlloc::default());
                for &(k, v) in &self.brotli {
                    match brotli_param(k) {
                        Some(p) => {
                            if !st.set_parameter(p, v) {
                                return Err("Initialization failed".into());
                            }
                        }
                        // NPOSTFIX / NDIRECT: accepted, left to the encoder's choice.
                        None if k == 7 || k == 8 => {}
                        None => return Err("Initialization failed".into()),
                    }
                }
                Engine::BrotliEnc(Box::new(st))
            }
            BROTLI_DECODE => {
                let mut st = BrotliDec::new(
                    StandardAlloc::default(),
                    StandardAlloc::default(),
                    StandardAlloc::default(),
                );
                for &(k, v) in &self.brotli {
                    match k {
                        0 => {}
                        1 => st.large_window = v != 0,
                        _ => return Err("Initialization failed".into()),
                    }
                }
                Engine::BrotliDec {
                    st: Box::new(st),
                    ended: false,
                }
            }
            _ => return Err("Bad mode".into()),
        })
    }
}

/// Make room for more output in `out`, never past `max + 1` bytes in total.
fn grow(out: &mut Vec<u8>, max: usize, hint: usize) -> std::result::Result<(), ZErr> {
    if out.len() > max {
        return Err(ZErr::TooLarge);
    }
    if out.capacity() > out.len() {
        return Ok(());
    }
    let want = out.len().max(hint).clamp(16 * 1024, 64 * 1024 * 1024);
    let room = max.saturating_add(1) - out.len();
    out.reserve_exact(want.min(room).max(1));
    Ok(())
}

/// TooLarge once `out` has passed maxOutputLength.
fn within(out: &[u8], max: usize) -> std::result::Result<(), ZErr> {
    if out.len() > max {
        return Err(ZErr::TooLarge);
    }
    Ok(())
}

/// One zlib-rs call, `$z.$call(&input[pos..], spare room of out, flush)`, after making
/// room for about `$hint` bytes; `pos` and `out`'s length move past what it used.
/// Gives (the call's result, input taken, output made, whether `out` is full).
macro_rules! zstep {
    (
        $z:ident.$call:ident($input:ident, $pos:ident, $flush:ident),
        $out:ident, $max:ident, $hint:expr
    ) => {{
        grow($out, $max, $hint)?;
        let (tin, tout) = ($z.total_in(), $z.total_out());
        let len = $out.len();
        let r = $z.$call(&$input[$pos..], $out.spare_capacity_mut(), $flush);
        let din = ($z.total_in() - tin) as usize;
        let dout = ($z.total_out() - tout) as usize;
        // Safety: the engine initialised `dout` bytes of the spare capacity.
        unsafe { $out.set_len(len + dout) };
        $pos += din;
        (r, din, dout, $out.len() == $out.capacity())
    }};
}

/// Zeroed room at the end of `out` for a brotli call: `want` bytes clamped to 16 KiB..`cap`,
/// never past `max + 1` in all. Returns where the room starts.
fn brotli_room(
    out: &mut Vec<u8>,
    max: usize,
    want: usize,
    cap: usize,
) -> std::result::Result<usize, ZErr> {
    within(out, max)?;
    let chunk = want.clamp(16 * 1024, cap).min(max + 1 - out.len()).max(1);
    let start = out.len();
    out.resize(start + chunk, 0);
    Ok(start)
}

fn deflate(
    d: &mut zlib_rs::Deflate,
    input: &[u8],
    flush: i32,
    out: &mut Vec<u8>,
    max: usize,
) -> std::result::Result<(), ZErr> {
    let mode = match flush {
        1 => DeflateFlush::PartialFlush,
        2 => DeflateFlush::SyncFlush,
        3 => DeflateFlush::FullFlush,
        4 => DeflateFlush::Finish,
        5 => DeflateFlush::Block,
        _ => DeflateFlush::NoFlush,
    };
    let mut pos = 0usize;
    loop {
        let hint = input.len() / 2 + 64;
        let (r, din, dout, full) = zstep!(d.compress_uninit(input, pos, mode), out, max, hint);
        match r {
            Ok(Status::StreamEnd) => {
                if !full || mode != DeflateFlush::Finish {
                    break;
                }
            }
            Ok(_) => {
                if !full && (pos >= input.len() || (din == 0 && dout == 0)) {
                    break;
                }
            }
            Err(_) => {
                let msg = d.error_message().unwrap_or("stream error");
                return Err(zerr(msg, "Z_STREAM_ERROR", -2));
            }
        }
    }
    within(out, max)
}

#[allow(clippy::too_many_arguments)]
fn inflate(
    inf: &mut zlib_rs::Inflate,
    gunzip: bool,
    ended: &mut bool,
    window_bits: i32,
    dict: Option<&[u8]>,
    input: &[u8],
    flush: i32,
    out: &mut Vec<u8>,
    max: usize,
) -> std::result::Result<(), ZErr> {
    let mode = match flush {
        2 | 3 => InflateFlush::SyncFlush,
        4 => InflateFlush::Finish,
        5 => InflateFlush::Block,
        6 => InflateFlush::Trees,
        _ => InflateFlush::NoFlush,
    };
    let mut pos = 0usize;
    loop {
        if *ended {
            // A gzip member may be followed by another (zero padding ends the stream).
            if gunzip && pos < input.len() && input[pos] != 0 {
                *inf = new_inflate(window_bits, 2);
                *ended = false;
            } else {
                break;
            }
        }
        let hint = input.len().saturating_mul(4);
        let (r, din, dout, full) = zstep!(inf.decompress_uninit(input, pos, mode), out, max, hint);
        match r {
            Ok(Status::StreamEnd) => *ended = true,
            Ok(_) => {
                if !full && (pos >= input.len() || (din == 0 && dout == 0)) {
                    break;
                }
            }
            Err(InflateError::NeedDict { .. }) => match dict {
                Some(d) => {
                    if inf.set_dictionary(d).is_err() {
                        return Err(zerr("Bad dictionary", "Z_NEED_DICT", 2));
                    }
                }
                None => return Err(zerr("Missing dictionary", "Z_NEED_DICT", 2)),
            },
            Err(InflateError::DataError) => {
                let msg = inf.error_message().unwrap_or("invalid data");
                return Err(zerr(msg, "Z_DATA_ERROR", -3));
            }
            Err(InflateError::MemError) => return Err(zerr("Out of memory", "Z_MEM_ERROR", -4)),
            Err(InflateError::StreamError) => {
                return Err(zerr("stream error", "Z_STREAM_ERROR", -2))
            }
        }
    }
    within(out, max)?;
    if flush == Z_FINISH && !*ended {
        return Err(zerr("unexpected end of file", "Z_BUF_ERROR", -5));
    }
    Ok(())
}

fn brotli_encode(
    st: &mut BrotliEncoderStateStruct<StandardAlloc>,
    input: &[u8],
    flush: i32,
    out: &mut Vec<u8>,
    max: usize,
) -> std::result::Result<(), ZErr> {
    let op = match flush {
        1 => BrotliEncoderOperation::BROTLI_OPERATION_FLUSH,
        2 => BrotliEncoderOperation::BROTLI_OPERATION_FINISH,
        3 => BrotliEncoderOperation::BROTLI_OPERATION_EMIT_METADATA,
        _ => BrotliEncoderOperation::BROTLI_OPERATION_PROCESS,
    };
    let mut nop =
        |_: &mut brotli::interface::PredictionModeContextMap<brotli::InputReferenceMut>,
         _: &mut [brotli::interface::StaticCommand],
         _: brotli::InputPair,
         _: &mut StandardAlloc| ();
    let mut in_off = 0usize;
    let mut avail_in = input.len();
    loop {
        let start = brotli_room(out, max, input.len() / 2 + 1024, 1 << 20)?;
        let mut avail_out = out.len() - start;
        let mut out_off = start;
        let before_in = avail_in;
        let ok = st.compress_stream(
            op,
            &mut avail_in,
            input,
            &mut in_off,
            &mut avail_out,
            out,
            &mut out_off,
            &mut None,
            &mut nop,
        );
        out.truncate(out_off);
        if !ok {
            return Err(zerr(
                "Compression failed",
                "ERR_BROTLI_COMPRESSION_FAILED",
                -1,
            ));
        }
        if avail_out == 0 {
            continue;
        }
        let progress = before_in != avail_in || out_off != start;
        let done = match op {
            BrotliEncoderOperation::BROTLI_OPERATION_FINISH => st.is_finished(),
            _ => avail_in == 0 && !st.has_more_output(),
        };
        if done || !progress {
            break;
        }
    }
    within(out, max)
}

fn brotli_decode(
    st: &mut BrotliDec,
    ended: &mut bool,
    input: &[u8],
    flush: i32,
    out: &mut Vec<u8>,
    max: usize,
) -> std::result::Result<(), ZErr> {
    let mut in_off = 0usize;
    let mut avail_in = input.len();
    while !*ended {
        let start = brotli_room(out, max, input.len().saturating_mul(4), 4 << 20)?;
        let mut avail_out = out.len() - start;
        let mut out_off = start;
        let mut total = 0usize;
        let r = BrotliDecompressStream(
            &mut avail_in,
            &mut in_off,
            input,
            &mut avail_out,
            &mut out_off,
            out,
            &mut total,
            st,
        );
        out.truncate(out_off);
        match r {
            BrotliResult::ResultSuccess => *ended = true,
            BrotliResult::NeedsMoreOutput => continue,
            BrotliResult::NeedsMoreInput => break,
            BrotliResult::ResultFailure => {
                let code = st.error_code;
                let name = format!("{code:?}");
                let short = name.strip_prefix("BROTLI_DECODER").unwrap_or(&name);
                return Err(ZErr::Z(
                    "Decompression failed".into(),
                    format!("ERR_{short}"),
                    code as i32,
                ));
            }
        }
    }
    within(out, max)?;
    if flush == BROTLI_OPERATION_FINISH && !*ended {
        return Err(zerr("unexpected end of file", "Z_BUF_ERROR", -5));
    }
    Ok(())
}

impl Zstate {
    fn process(
        &mut self,
        input: &[u8],
        flush: i32,
        max: usize,
    ) -> std::result::Result<Vec<u8>, ZErr> {
        let mut out = Vec::new();
        let cfg = &self.cfg;
        match &mut self.engine {
            Engine::Deflate(d) => deflate(d, input, flush, &mut out, max)?,
            Engine::Inflate { inf, gunzip, ended } => inflate(
                inf,
                *gunzip,
                ended,
                cfg.window_bits,
                cfg.dictionary.as_deref(),
                input,
                flush,
                &mut out,
                max,
            )?,
            Engine::Unzip { pending } => {
                pending.extend_from_slice(input);
                let decided = match pending.first() {
                    None => false,
                    Some(&b) if b != 0x1f => true,
                    Some(_) => pending.len() >= 2,
                };
                if !decided && flush != Z_FINISH {
                    return Ok(out);
                }
                let gzip = pending.len() >= 2 && pending[0] == 0x1f && pending[1] == 0x8b;
                let data = std::mem::take(pending);
                let wrap = if gzip { 2 } else { 1 };
                self.engine = Engine::Inflate {
                    inf: Box::new(new_inflate(cfg.window_bits, wrap)),
                    gunzip: gzip,
                    ended: false,
                };
                return self.process(&data, flush, max);
            }
            Engine::BrotliEnc(st) => brotli_encode(st, input, flush, &mut out, max)?,
            Engine::BrotliDec { st, ended } => {
                brotli_decode(st, ended, input, flush, &mut out, max)?
            }
        }
        Ok(out)
    }

    fn run(&mut self, input: &[u8], flush: i32, max: usize) -> std::result::Result<Vec<u8>, ZErr> {
        match catch_unwind(AssertUnwindSafe(|| self.process(input, flush, max))) {
            Ok(r) => r,
            Err(_) => Err(zerr("zlib engine failure", "Z_STREAM_ERROR", -2)),
        }
    }
}

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "ZlibHandle")]
pub struct ZlibHandle {
    /// None while a write runs on the blocking pool, or after close().
    #[qjs(skip_trace)]
    state: Rc<RefCell<Option<Box<Zstate>>>>,
    #[qjs(skip_trace)]
    closed: Rc<std::cell::Cell<bool>>,
}

fn result_value<'js>(
    ctx: &Ctx<'js>,
    r: std::result::Result<Vec<u8>, ZErr>,
) -> Result<(Value<'js>, Value<'js>)> {
    match r {
        Ok(v) => Ok((
            Value::new_null(ctx.clone()),
            ArrayBuffer::new(ctx.clone(), v)?.into_value(),
        )),
        Err(e) => {
            let o = Object::new(ctx.clone())?;
            match e {
                ZErr::Z(msg, code, errno) => {
                    o.set("message", msg)?;
                    o.set("code", code)?;
                    o.set("errno", errno)?;
                }
                ZErr::TooLarge => o.set("code", "ERR_BUFFER_TOO_LARGE")?,
            }
            Ok((o.into_value(), Value::new_undefined(ctx.clone())))
        }
    }
}

/// Run `f` over the input's bytes; undefined or null is no input (a flush alone).
fn with_input<'js, R>(ctx: &Ctx<'js>, input: &Value<'js>, f: impl FnOnce(&[u8]) -> R) -> Result<R> {
    if input.is_undefined() || input.is_null() {
        Ok(f(&[]))
    } else {
        crate::bytes::with_bytes(ctx, input, f)
    }
}

fn max_of(v: f64) -> usize {
    if v.is_finite() && v >= 0.0 {
        v as usize
    } else {
        usize::MAX - 1
    }
}

#[rquickjs::methods]
impl ZlibHandle {
    #[qjs(constructor)]
    #[allow(clippy::too_many_arguments)]
    pub fn new<'js>(
        ctx: Ctx<'js>,
        mode: i32,
        level: i32,
        window_bits: i32,
        mem_level: i32,
        strategy: i32,
        dictionary: Value<'js>,
        brotli: Value<'js>,
    ) -> Result<Self> {
        let dictionary = if dictionary.is_undefined() || dictionary.is_null() {
            None
        } else {
            Some(crate::bytes::to_vec(&ctx, &dictionary)?)
        };
        let mut params = Vec::new();
        if let Some(arr) = brotli.as_array() {
            let mut i = 0;
            while i + 1 < arr.len() {
                let k: f64 = arr.get(i)?;
                let v: f64 = arr.get(i + 1)?;
                params.push((k as u32, v as u32));
                i += 2;
            }
        }
        let cfg = Config {
            mode,
            level,
            window_bits,
            mem_level,
            strategy,
            dictionary,
            brotli: params,
        };
        let engine = match catch_unwind(AssertUnwindSafe(|| cfg.build())) {
            Ok(Ok(e)) => e,
            Ok(Err(msg)) => return Err(Exception::throw_message(&ctx, &msg)),
            Err(_) => return Err(Exception::throw_message(&ctx, "Init error")),
        };
        Ok(ZlibHandle {
            state: Rc::new(RefCell::new(Some(Box::new(Zstate { cfg, engine })))),
            closed: Rc::new(std::cell::Cell::new(false)),
        })
    }

    #[qjs(rename = "writeSync")]
    pub fn write_sync<'js>(
        &self,
        ctx: Ctx<'js>,
        flush: i32,
        input: Value<'js>,
        max: f64,
    ) -> Result<Value<'js>> {
        let mut guard = self.state.borrow_mut();
        let Some(st) = guard.as_mut() else {
            return Err(Exception::throw_message(&ctx, "zlib binding closed"));
        };
        let r = with_input(&ctx, &input, |b| st.run(b, flush, max_of(max)))?;
        let (err, val) = result_value(&ctx, r)?;
        Ok(if err.is_null() { val } else { err })
    }

    pub fn write<'js>(
        &self,
        ctx: Ctx<'js>,
        flush: i32,
        input: Value<'js>,
        max: f64,
        req: Object<'js>,
    ) -> Result<()> {
        let Some(mut st) = self.state.borrow_mut().take() else {
            return Err(Exception::throw_message(
                &ctx,
                "zlib binding closed or busy",
            ));
        };
        let data = with_input(&ctx, &input, <[u8]>::to_vec)?;
        let slot = self.state.clone();
        let closed = self.closed.clone();
        let max = max_of(max);
        let req = Persistent::save(&ctx, req);
        event_loop::spawn_blocking_op(
            move || {
                let r = st.run(&data, flush, max);
                (st, r)
            },
            move |ctx, (st, r)| {
                // After close() (which may come while the write ran) the engine is dropped.
                if !closed.get() {
                    *slot.borrow_mut() = Some(st);
                }
                let req = req.restore(ctx)?;
                let cb: Function = req.get("oncomplete")?;
                let (err, val) = result_value(ctx, r)?;
                cb.call::<_, ()>((err, val))
            },
        );
        Ok(())
    }

    pub fn params(&self, ctx: Ctx<'_>, level: i32, strategy_: i32) -> Result<()> {
        let mut guard = self.state.borrow_mut();
        let Some(st) = guard.as_mut() else {
            return Ok(());
        };
        if let Engine::Deflate(d) = &mut st.engine {
            if !(-1..=9).contains(&level) {
                return Err(Exception::throw_message(&ctx, "Failed to set parameters"));
            }
            let _ = d.set_level(level);
            st.cfg.level = level;
            st.cfg.strategy = strategy_;
        }
        Ok(())
    }

    pub fn reset(&self, ctx: Ctx<'_>) -> Result<()> {
        let mut guard = self.state.borrow_mut();
        if let Some(st) = guard.as_mut() {
            match catch_unwind(AssertUnwindSafe(|| st.cfg.build())) {
                Ok(Ok(e)) => st.engine = e,
                _ => return Err(Exception::throw_message(&ctx, "Failed to reset stream")),
            }
        }
        Ok(())
    }

    pub fn close(&self) {
        self.closed.set(true);
        self.state.borrow_mut().take();
    }
}

fn crc32<'js>(ctx: Ctx<'js>, data: Value<'js>, value: f64) -> Result<f64> {
    let start = if value.is_finite() { value as u32 } else { 0 };
    crate::bytes::with_bytes(&ctx, &data, |b| zlib_rs::crc32::crc32(start, b) as f64)
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    Class::<ZlibHandle>::define(o)?;
    o.set("crc32", Function::new(ctx.clone(), crc32)?)?;
    Ok(())
}
