//! `MINODE_CPU_PROF=<file>`: a sampling profiler for JS code, for finding what to make
//! faster. QuickJS polls an interrupt handler after a number of calls and backward jumps;
//! the handler takes a sample of the JS stack when a wall-clock interval (~100 µs, jittered)
//! has passed, so samples weigh time, not calls. They are written to `<file>` as folded
//! stacks ("outer;inner count" lines, flamegraph.pl's input), rewritten every 256 samples so
//! a server killed by a signal still leaves a profile.
use rquickjs::{qjs, Runtime};
use std::collections::HashMap;
use std::ffi::CStr;
use std::time::{Duration, Instant};

const FLUSH_EVERY: u64 = 256;
const INTERVAL_US: u64 = 100;

struct Profile {
    out: String,
    stacks: HashMap<String, u64>,
    samples: u64,
    poll: PollCounter,
}

/// QuickJS polls only every 10,000 calls/jumps, too coarse to follow the clock, and has
/// no API to change that; so the counter is found in the (private) JSContext by its reset
/// value, confirmed on a second poll, and then set to a short period after every poll.
#[derive(Clone, Copy)]
enum PollCounter {
    Searching,
    Candidate(usize),
    Found(usize),
    Off,
}

const COUNTER_RESET: i32 = 10_000;
const POLL_PERIOD: i32 = 50;
// JSContext is ~600 bytes (the counter sits near its end); stay inside it.
const CONTEXT_SCAN_WORDS: usize = 150;

/// Install the profiler when MINODE_CPU_PROF is set.
pub fn install(rt: &Runtime, ctx: *mut qjs::JSContext) {
    let Some(out) = std::env::var_os("MINODE_CPU_PROF") else {
        return;
    };
    let mut profile = Profile {
        out: out.to_string_lossy().into_owned(),
        stacks: HashMap::new(),
        samples: 0,
        poll: PollCounter::Searching,
    };
    let lines = std::env::var_os("MINODE_CPU_PROF_LINES").is_some();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next_sample = Instant::now();
    let handler = move || {
        // First, while the counter still holds its reset value (capturing calls setters).
        // Safety: reads stay inside the context allocation's first CONTEXT_SCAN_WORDS
        // words, and a write happens only where the reset value was seen twice.
        unsafe {
            profile.poll.find(ctx);
            profile.poll.set(ctx, POLL_PERIOD);
        }
        let now = Instant::now();
        if now < next_sample {
            return false;
        }
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        next_sample = now + Duration::from_micros(INTERVAL_US / 2 + seed % INTERVAL_US);
        // Safety: QuickJS calls the handler on the JS thread between two bytecodes, where
        // allocating and reading properties is allowed (it may even throw).
        // The capture itself polls: keep the counter away from zero meanwhile, as the
        // handler must not be re-entered.
        unsafe { profile.poll.set(ctx, COUNTER_RESET) };
        let stack = unsafe { capture(ctx, lines) };
        unsafe { profile.poll.set(ctx, POLL_PERIOD) };
        if let Some(stack) = stack {
            *profile.stacks.entry(stack).or_default() += 1;
            profile.samples += 1;
            if profile.samples % FLUSH_EVERY == 0 {
                profile.flush();
            }
        }
        false
    };
    // Safety: the handler only runs on this thread while `ctx` is alive.
    rt.set_interrupt_handler(Some(Box::new(handler)));
}

impl PollCounter {
    unsafe fn find(&mut self, ctx: *mut qjs::JSContext) {
        let words = ctx as *mut i32;
        *self = match *self {
            PollCounter::Searching => (0..CONTEXT_SCAN_WORDS)
                .find(|&i| *words.add(i) == COUNTER_RESET)
                .map_or(PollCounter::Off, PollCounter::Candidate),
            PollCounter::Candidate(i) if *words.add(i) == COUNTER_RESET => PollCounter::Found(i),
            PollCounter::Candidate(_) => PollCounter::Off,
            found => found,
        };
    }

    unsafe fn set(&self, ctx: *mut qjs::JSContext, period: i32) {
        if let PollCounter::Found(i) = *self {
            *(ctx as *mut i32).add(i) = period;
        }
    }
}

impl Profile {
    fn flush(&self) {
        let mut text = String::new();
        for (stack, n) in &self.stacks {
            text.push_str(stack);
            text.push(' ');
            text.push_str(&n.to_string());
            text.push('\n');
        }
        let _ = std::fs::write(&self.out, text);
    }
}

/// The current stack as "outer;...;inner", from QuickJS's own "    at f (file:line:col)"
/// text: Error.prepareStackTrace is set aside meanwhile so no JS runs.
unsafe fn capture(ctx: *mut qjs::JSContext, lines: bool) -> Option<String> {
    let global = qjs::JS_GetGlobalObject(ctx);
    let error_ctor = qjs::JS_GetPropertyStr(ctx, global, c"Error".as_ptr());
    let prepare = qjs::JS_GetPropertyStr(ctx, error_ctor, c"prepareStackTrace".as_ptr());
    let limit = qjs::JS_GetPropertyStr(ctx, error_ctor, c"stackTraceLimit".as_ptr());
    qjs::JS_SetPropertyStr(
        ctx,
        error_ctor,
        c"prepareStackTrace".as_ptr(),
        qjs::JS_UNDEFINED,
    );
    qjs::JS_SetPropertyStr(
        ctx,
        error_ctor,
        c"stackTraceLimit".as_ptr(),
        qjs::JS_MKVAL(qjs::JS_TAG_INT, 64),
    );
    let err = qjs::JS_NewError(ctx);
    let stack = qjs::JS_GetPropertyStr(ctx, err, c"stack".as_ptr());
    qjs::JS_SetPropertyStr(ctx, error_ctor, c"prepareStackTrace".as_ptr(), prepare);
    qjs::JS_SetPropertyStr(ctx, error_ctor, c"stackTraceLimit".as_ptr(), limit);
    let mut frames = Vec::new();
    let cstr = qjs::JS_ToCStringLen2(ctx, std::ptr::null_mut(), stack, false);
    if !cstr.is_null() {
        let text = CStr::from_ptr(cstr).to_string_lossy();
        for line in text.lines() {
            let Some(frame) = line.trim().strip_prefix("at ") else {
                continue;
            };
            // "f (/path/to/file.js:12:3)" -> "f@file.js", and "f@file.js:12" for the
            // innermost frame (the first line) when MINODE_CPU_PROF_LINES is set.
            let (name, loc) = match frame.split_once(" (") {
                Some((name, loc)) => (name, loc.trim_end_matches(')')),
                None => ("<anonymous>", frame),
            };
            let file = loc.rsplit('/').next().unwrap_or(loc);
            let file = if frames.is_empty() && lines {
                file.rsplit_once(':').map_or(file, |(f, _)| f)
            } else {
                file.rsplitn(3, ':').last().unwrap_or(file)
            };
            frames.push(format!("{name}@{file}").replace([' ', ';'], "_"));
        }
        qjs::JS_FreeCString(ctx, cstr);
    }
    qjs::JS_FreeValue(ctx, stack);
    qjs::JS_FreeValue(ctx, err);
    qjs::JS_FreeValue(ctx, error_ctor);
    qjs::JS_FreeValue(ctx, global);
    // A replaced Error or a throwing accessor must not leave an exception behind.
    if qjs::JS_HasException(ctx) {
        qjs::JS_FreeValue(ctx, qjs::JS_GetException(ctx));
    }
    if frames.is_empty() {
        return None;
    }
    frames.reverse();
    Some(frames.join(";"))
}
