//! The loop's shared state, as seen by bindings (Node's uv_loop_t).
//!
//! The loop itself runs in `runtime/`; bindings only queue completions and hold
//! references here. Everything lives on the one JS thread, so it is `Rc`/`Cell`
//! based: a binding spawns a local tokio task, and when the work is done the task
//! posts a closure that runs on the JS thread with a `Ctx`.
use rquickjs::{Ctx, Result};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::rc::Rc;
use std::time::Instant;
use tokio::sync::Notify;

/// A callback into JS, run by the loop between macrotasks.
pub type Task = Box<dyn for<'js> FnOnce(&Ctx<'js>) -> Result<()>>;

pub struct LoopState {
    queue: RefCell<VecDeque<Task>>,
    /// Referenced handles and pending requests that keep the process alive.
    refs: Cell<i64>,
    pub notify: Rc<Notify>,
    /// When the JS timer list wants to be woken, and whether that timer is ref'd.
    pub timer_deadline: Cell<Option<Instant>>,
    pub timer_ref: Cell<bool>,
    /// setImmediate queue state (kept in JS; the loop only needs these bits).
    pub immediate_pending: Cell<bool>,
    pub immediate_refs: Cell<u32>,
    /// Set when process.nextTick queued work, so the loop calls the tick processor.
    pub tick_scheduled: Cell<bool>,
    pub start: Instant,
    /// The loop's cached idea of "now" in ms (uv_now), refreshed once per iteration,
    /// so timers set during one callback share a start time as in Node.
    now_cache: Cell<f64>,
}

thread_local! {
    static LOOP: LoopState = LoopState {
        queue: RefCell::new(VecDeque::new()),
        refs: Cell::new(0),
        notify: Rc::new(Notify::new()),
        timer_deadline: Cell::new(None),
        timer_ref: Cell::new(true),
        immediate_pending: Cell::new(false),
        immediate_refs: Cell::new(0),
        tick_scheduled: Cell::new(false),
        start: Instant::now(),
        now_cache: Cell::new(0.0),
    };
}

pub fn with<R>(f: impl FnOnce(&LoopState) -> R) -> R {
    LOOP.with(f)
}

/// Queue a JS callback to run on the next turn of the loop.
pub fn post(task: Task) {
    with(|l| {
        l.queue.borrow_mut().push_back(task);
        l.notify.notify_one();
    });
}

pub fn take_task() -> Option<Task> {
    with(|l| l.queue.borrow_mut().pop_front())
}

pub fn has_tasks() -> bool {
    with(|l| !l.queue.borrow().is_empty())
}

pub fn ref_handle() {
    with(|l| l.refs.set(l.refs.get() + 1));
}

pub fn unref_handle() {
    with(|l| l.refs.set(l.refs.get() - 1));
}

pub fn refs() -> i64 {
    with(|l| l.refs.get())
}

/// Milliseconds since the loop started, as cached at the last update (libuv's `uv_now`).
pub fn now_ms() -> f64 {
    with(|l| l.now_cache.get())
}

/// Refresh the cached time and return it: Node's `getLibuvNow()` (its `GetNow()` runs
/// `uv_update_time` first), so a timer created after slow synchronous work counts from now.
pub fn update_and_now_ms() -> f64 {
    update_time();
    now_ms()
}

/// The cached loop time as an Instant.
pub fn cached_instant() -> Instant {
    with(|l| l.start + std::time::Duration::from_secs_f64(l.now_cache.get() / 1000.0))
}

/// Refresh the cached time (libuv's `uv_update_time`).
pub fn update_time() {
    with(|l| l.now_cache.set(l.start.elapsed().as_secs_f64() * 1000.0));
}

/// Run `fut` on the JS thread's local task set, keeping the loop alive until
/// `done` has run with its output on the JS thread.
pub fn spawn_op<T: 'static>(
    fut: impl Future<Output = T> + 'static,
    done: impl for<'js> FnOnce(&Ctx<'js>, T) -> Result<()> + 'static,
) {
    ref_handle();
    tokio::task::spawn_local(async move {
        let out = fut.await;
        post(Box::new(move |ctx| {
            unref_handle();
            done(ctx, out)
        }));
    });
}

/// Run blocking work on tokio's blocking pool (Node's thread pool), then `done` on the JS thread.
pub fn spawn_blocking_op<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
    done: impl for<'js> FnOnce(&Ctx<'js>, T) -> Result<()> + 'static,
) {
    spawn_op(
        async move { tokio::task::spawn_blocking(work).await },
        move |ctx, joined| match joined {
            Ok(out) => done(ctx, out),
            Err(e) => Err(rquickjs::Exception::throw_internal(
                ctx,
                &format!("worker task failed: {e}"),
            )),
        },
    );
}

pub fn queue_len() -> usize {
    with(|l| l.queue.borrow().len())
}
