//! worker_threads.Worker: each worker is an OS thread with its own QuickJS runtime,
//! context, module cache and tokio current-thread loop, booted through the same path as
//! the main thread (engine::js_main) in `Mode::Worker`. The bindings crate owns the
//! thread and the messaging (bindings/src/worker*.rs); this is the boot half it calls.
use crate::cli::{Mode, Options};
use crate::engine;
use minode_bindings::worker::WorkerInit;
use rquickjs::{Context, Runtime};
use std::cell::RefCell;

extern "C" {
    fn mi_collect(force: bool);
    fn mi_thread_done();
}

thread_local! {
    /// The worker's runtime between `release` and the end of `start`.
    static ENGINE: RefCell<Option<Runtime>> = const { RefCell::new(None) };
}

/// A worker's loop has ended: drop what holds JS values (queued callbacks, hooks, nested
/// workers, cross-thread ports, the context) and collect. The runtime is freed by `start`
/// once the loop's tasks are gone too. Values that other thread-locals may still hold are
/// never touched again: the thread parks instead of running their destructors.
pub fn release(context: Context, rt: Runtime) {
    while minode_bindings::event_loop::take_task().is_some() {}
    minode_bindings::hooks::clear();
    minode_bindings::worker::clear_handles();
    minode_bindings::worker_port::clear();
    drop(context);
    rt.run_gc();
    ENGINE.with(|e| *e.borrow_mut() = Some(rt));
}

/// Register the worker boot function with the bindings (once, at startup).
pub fn install() {
    minode_bindings::worker::set_start(start);
}

/// Runs on the new worker thread; returns the worker's exit code.
fn start(init: WorkerInit) -> i32 {
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
        return 1;
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
    if let Some(rt) = ENGINE.with(|e| e.borrow_mut().take()) {
        rt.run_gc();
        drop(rt);
    }
    // This thread parks for good once it has reported its exit: give its allocator heap
    // back (mimalloc keeps freed pages per thread until that thread allocates again).
    // Safety: plain calls into the process allocator, on the thread they concern.
    unsafe {
        mi_collect(true);
        mi_thread_done();
    }
    code
}
