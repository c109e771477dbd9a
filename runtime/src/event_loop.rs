//! The event loop (Node's uv_run + the phases that a program can observe):
//! timers -> pending I/O callbacks -> immediates -> (alive?) -> wait for I/O or the next timer.
//! After every callback into JS, the nextTick queue and promise jobs are drained.
use crate::engine::report_fatal;
use minode_bindings::{event_loop as ev, hooks, worker_child};
use rquickjs::{Context, Ctx, Result};

/// Drain process.nextTick and microtasks after a macrotask, exactly like Node's
/// processTicksAndRejections: ticks first, then promise jobs, until both are empty.
pub fn after_macrotask(ctx: &Ctx<'_>) {
    loop {
        if stopped() {
            break;
        }
        if ev::with(|l| l.tick_scheduled.get()) {
            let r = hooks::get(ctx, "processTicksAndRejections").and_then(|f| f.call::<_, ()>(()));
            if let Err(e) = r {
                if handle_error(ctx, e) {
                    continue;
                }
            }
        }
        while !stopped() && ctx.execute_pending_job() {}
        if !ev::with(|l| l.tick_scheduled.get()) {
            break;
        }
    }
    minode_bindings::async_context::reset(ctx);
    // The job is over: WeakRef targets it kept alive may go (the spec's ClearKeptObjects).
    // SAFETY: `ctx` is a live context owned by this thread.
    unsafe { rquickjs::qjs::JS_ClearKeptObjects(ctx.as_raw().as_ptr()) };
}

/// Route an exception from a callback to JS's uncaught-exception machinery.
/// Returns true when the program goes on.
fn handle_error(ctx: &Ctx<'_>, e: rquickjs::Error) -> bool {
    // A worker that is stopping unwinds with an uncatchable error: not a crash.
    if stopped() {
        ctx.catch();
        return false;
    }
    match report_fatal(ctx, e) {
        -1 => true,
        code if worker_child::is_worker() => {
            worker_child::request_stop(code);
            false
        }
        code => {
            minode_bindings::flush_stdio();
            std::process::exit(code)
        }
    }
}

/// Run one callback into JS and the tick/microtask drain after it.
fn macrotask(ctx: &Ctx<'_>, f: impl FnOnce(&Ctx<'_>) -> Result<()>) {
    if let Err(e) = f(ctx) {
        handle_error(ctx, e);
    }
    after_macrotask(ctx);
}

/// A worker thread asked to stop (process.exit(), terminate(), a fatal error).
pub fn stopped() -> bool {
    worker_child::stop_code().is_some()
}

fn call_hook(ctx: &Ctx<'_>, name: &str) -> Result<()> {
    hooks::get(ctx, name)?.call::<_, ()>(())
}

fn alive() -> bool {
    ev::with(|l| {
        ev::refs() > 0
            || (l.timer_deadline.get().is_some() && l.timer_ref.get())
            || (l.immediate_pending.get() && l.immediate_refs.get() > 0)
    }) || ev::has_tasks()
}

pub async fn run(context: &Context) -> i32 {
    let notify = ev::with(|l| l.notify.clone());
    loop {
        // Timers.
        ev::update_time();
        // Compared with the loop's cached clock, the one the JS timer list uses.
        let due = ev::with(|l| l.timer_deadline.get()).is_some_and(|d| d <= ev::cached_instant());
        if due {
            context.with(|ctx| macrotask(&ctx, |ctx| call_hook(ctx, "processTimers")));
        }
        if stopped() {
            break;
        }
        // Pending I/O callbacks: those queued when the phase starts.
        let n = ev::queue_len();
        for _ in 0..n {
            let Some(task) = ev::take_task() else { break };
            context.with(|ctx| macrotask(&ctx, |ctx| task(ctx)));
            if stopped() {
                break;
            }
        }
        if stopped() {
            break;
        }
        // Immediates.
        if ev::with(|l| l.immediate_pending.get()) {
            context.with(|ctx| macrotask(&ctx, |ctx| call_hook(ctx, "processImmediate")));
        }
        if stopped() {
            break;
        }
        if !alive() {
            context.with(|ctx| macrotask(&ctx, |ctx| call_hook(ctx, "emitBeforeExit")));
            if !alive() || stopped() {
                break;
            }
        }
        // Poll: wait for I/O or the next timer unless work is already queued.
        let busy = ev::has_tasks() || ev::with(|l| l.immediate_pending.get());
        if busy {
            tokio::task::yield_now().await;
        } else {
            match ev::with(|l| l.timer_deadline.get()) {
                Some(deadline) => {
                    tokio::select! {
                        _ = notify.notified() => {}
                        _ = tokio::time::sleep_until(deadline.into()) => {}
                    }
                }
                None => notify.notified().await,
            }
        }
    }
    if let Some(code) = worker_child::stop_code() {
        return code;
    }
    context.with(|ctx| {
        let r = hooks::get(&ctx, "emitExit").and_then(|f| f.call::<_, i32>(()));
        match r {
            Ok(code) => code,
            Err(e) => report_fatal(&ctx, e).max(1),
        }
    })
}
