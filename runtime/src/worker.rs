//! worker_threads.Worker: each worker is an OS thread with its own QuickJS runtime,
//! context, module cache and tokio current-thread loop, booted through the same path as
//! the main thread (engine::js_main) in `Mode::Worker`. The bindings crate owns the
//! thread and the messaging (bindings/src/worker*.rs); this is the boot half it calls.
use crate::cli::{Mode, Options};
use crate::engine;
use minode_bindings::worker::{WorkerEnd, WorkerInit};
use rquickjs::{Context, Function, Runtime};
use std::cell::{Cell, RefCell};

extern "C" {
    fn mi_collect(force: bool);
    fn mi_thread_done();
}

thread_local! {
    /// The worker's runtime between `release` and the end of `start`.
    static ENGINE: RefCell<Option<Runtime>> = const { RefCell::new(None) };
    /// Whether this thread may finish once its engine is freed (see `thread_can_end`).
    static THREAD_CAN_END: Cell<bool> = const { Cell::new(false) };
}

/// Asks the worker's JS (hook `workerThreadCanEnd`, internal/worker/main) whether anything
/// that a binding keeps in a thread-local may still refer to the engine (child process
/// pipes and IPC channels do): such a thread parks instead of running their destructors.
fn thread_can_end(context: &Context, rt: &Runtime) -> bool {
    // A terminated worker has its interrupt flag set: let this last call run.
    rt.set_interrupt_handler(None);
    context.with(|ctx| {
        ctx.catch();
        let can_end = minode_bindings::hooks::get(&ctx, "workerThreadCanEnd")
            .and_then(|f: Function| f.call::<_, bool>(()));
        can_end.unwrap_or_else(|_| {
            ctx.catch();
            false
        })
    })
}

/// A worker's loop has ended: drop what holds JS values (queued callbacks, hooks, nested
/// workers, cross-thread ports, the context) and collect. The runtime is freed by `start`
/// once the loop's tasks are gone too; then the thread finishes, unless a binding's
/// thread-local may still hold engine values (then it parks, see `thread_can_end`).
pub fn release(context: Context, rt: Runtime) {
    THREAD_CAN_END.with(|c| c.set(thread_can_end(&context, &rt)));
    drop_thread_values();
    drop(context);
    rt.run_gc();
    ENGINE.with(|e| *e.borrow_mut() = Some(rt));
}

/// Drop the JS values this thread's bindings keep (queued callbacks, hooks, nested
/// workers, cross-thread ports and channels), while the engine is still alive.
fn drop_thread_values() {
    while minode_bindings::event_loop::take_task().is_some() {}
    minode_bindings::hooks::clear();
    minode_bindings::worker::clear_handles();
    minode_bindings::worker_port::clear();
}

/// Register the worker boot function with the bindings (once, at startup).
pub fn install() {
    minode_bindings::worker::set_start(start);
}

/// Runs on the new worker thread; returns the worker's exit code and whether the thread
/// may finish.
fn start(init: WorkerInit) -> WorkerEnd {
    let opts = Options {
        mode: Mode::Worker,
        argv: Vec::new(),
        exec_argv: init.exec_argv.clone(),
        source: None,
        cluster: None,
        cluster_options: Vec::new(),
    };
    minode_bindings::worker_child::install(init);
    let Some(tokio_rt) = engine::new_loop("a worker's event loop") else {
        return WorkerEnd {
            code: 1,
            release_thread: true,
        };
    };
    let local = tokio::task::LocalSet::new();
    let code = local.block_on(&tokio_rt, async move {
        tokio::task::spawn_local(engine::js_main(opts))
            .await
            .unwrap_or(1)
    });
    // Local tasks may hold JS values: drop them while the engine is alive, then collect.
    // Blocking work is not waited for.
    drop(local);
    tokio_rt.shutdown_background();
    // Dropping the tasks may have queued callbacks again: those must not outlive the
    // engine in thread-locals, whose destructors run when the thread finishes.
    drop_thread_values();
    if let Some(rt) = ENGINE.with(|e| e.borrow_mut().take()) {
        rt.run_gc();
        drop(rt);
    }
    let release_thread = THREAD_CAN_END.with(|c| c.get());
    if !release_thread {
        // This thread parks for good once it has reported its exit: give its allocator
        // heap back (mimalloc keeps freed pages per thread until it allocates again).
        // Safety: plain calls into the process allocator, on the thread they concern.
        unsafe {
            mi_collect(true);
            mi_thread_done();
        }
    }
    WorkerEnd {
        code,
        release_thread,
    }
}
