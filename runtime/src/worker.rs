//! worker_threads.Worker: each worker is an OS thread with its own QuickJS runtime,
//! context, module cache and tokio current-thread loop, booted through the same path as
//! the main thread (engine::js_main) in `Mode::Worker`. The bindings crate owns the
//! thread and the messaging (bindings/src/worker*.rs); this is the boot half it calls.
use crate::cli::{Mode, Options};
use crate::engine;
use minode_bindings::worker::{WorkerEnd, WorkerInit};
use rquickjs::{Context, Runtime};
use std::cell::RefCell;

thread_local! {
    /// The worker's runtime between `release` and the end of `start`.
    static ENGINE: RefCell<Option<Runtime>> = const { RefCell::new(None) };
}

/// A worker's loop has ended: drop what holds JS values (queued callbacks, hooks, nested
/// workers, cross-thread ports, the context) and collect. The runtime is freed by `start`
/// once the loop's tasks are gone too; then the thread finishes.
pub fn release(context: Context, rt: Runtime) {
    drop_thread_values();
    drop(context);
    rt.run_gc();
    ENGINE.with(|e| *e.borrow_mut() = Some(rt));
}

/// Drop the JS values this thread's bindings keep (queued callbacks, hooks, nested
/// workers, cross-thread ports and channels, child-process IPC channels), while the engine
/// is still alive: thread-local destructors run after it is freed.
fn drop_thread_values() {
    while minode_bindings::event_loop::take_task().is_some() {}
    minode_bindings::hooks::clear();
    minode_bindings::worker::clear_handles();
    minode_bindings::worker_port::clear();
    minode_bindings::ipc::clear();
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
    WorkerEnd {
        code,
        release_thread: true,
    }
}
