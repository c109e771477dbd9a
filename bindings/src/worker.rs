//! The `worker` binding: worker_threads.Worker's threads. The parent side spawns an OS
//! thread that boots its own engine (the runtime crate registers how, see `set_start`),
//! posts messages (and worker.stdin bytes) into the worker's mailboxes and turns the
//! worker's events (online, message, error, stdout/stderr bytes, out of memory, exit) into
//! calls of the Worker object's event function. A finished worker's thread ends and is
//! joined before 'exit'. The worker side lives in worker_child.rs.
use crate::event_loop as ev;
use crate::worker_child;
use crate::worker_msg::{throw, Mailbox, Msg};
use rquickjs::{Ctx, Function, Object, Persistent, Result, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

/// What a worker reports to its parent, in order; Exit is always last.
pub enum FromWorker {
    Online,
    Message(Msg),
    Error(Msg),
    /// Bytes written to the worker's process.stdout (1) or process.stderr (2); None ends it.
    Stdio(u8, Option<Vec<u8>>),
    /// The worker reached its memory limit (Node's ERR_WORKER_OUT_OF_MEMORY).
    OutOfMemory,
    Exit(i32),
}

/// Chunks for the worker's process.stdin (`stdin: true`); None is the end of input.
pub type StdinBox = Mailbox<Option<Vec<u8>>>;

/// How a worker thread ended: its exit code, and whether the thread may finish (its
/// engine is gone and nothing on it still refers to engine memory) or must park.
pub struct WorkerEnd {
    pub code: i32,
    pub release_thread: bool,
}

/// Everything a new worker thread starts from.
pub struct WorkerInit {
    pub thread_id: u64,
    pub filename: String,
    /// Code for `eval: true` workers.
    pub source: Option<String>,
    pub argv: Vec<String>,
    pub exec_argv: Vec<String>,
    pub name: String,
    /// The worker's own environment as [k, v, k, v...]; None shares the process's.
    pub env: Option<Vec<String>>,
    pub worker_data: Msg,
    pub env_data: Msg,
    pub to_parent: Arc<Mailbox<FromWorker>>,
    pub from_parent: Arc<Mailbox<Msg>>,
    pub terminate: Arc<AtomicBool>,
    /// Present when the Worker was created with `stdin: true`.
    pub stdin: Option<Arc<StdinBox>>,
    /// worker_threads.resourceLimits in the worker: [young, old, codeRange, stack] in MB.
    pub resource_limits: Vec<f64>,
    /// The engine's memory limit in MB (from maxOldGenerationSizeMb); 0 for none.
    pub memory_limit_mb: f64,
}

/// Boots an engine for a worker on the current (new) thread and runs it to its end.
pub type StartFn = fn(WorkerInit) -> WorkerEnd;
static START: OnceLock<StartFn> = OnceLock::new();
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

pub fn set_start(f: StartFn) {
    let _ = START.set(f);
}

struct Handle {
    from_parent: Arc<Mailbox<Msg>>,
    terminate: Arc<AtomicBool>,
    refed: Cell<bool>,
    holding: Cell<bool>,
    on_event: Persistent<Function<'static>>,
    stdin: Option<Arc<StdinBox>>,
    /// Joined once the worker has reported its exit (Node's 'exit' follows the thread's end).
    thread: RefCell<Option<std::thread::JoinHandle<()>>>,
    /// Set by a worker thread that parks instead of finishing (then it is never joined).
    parks: Arc<AtomicBool>,
}

impl Handle {
    /// A running, ref'd worker keeps the parent's loop alive.
    fn update_ref(&self, alive: bool) {
        let want = alive && self.refed.get();
        if want && !self.holding.get() {
            ev::ref_handle();
        } else if !want && self.holding.get() {
            ev::unref_handle();
        }
        self.holding.set(want);
    }
}

thread_local! {
    static WORKERS: RefCell<HashMap<u64, Rc<Handle>>> = RefCell::new(HashMap::new());
}

/// This thread's engine is shutting down: terminate its workers (as Node does when a
/// worker that started workers exits) and forget them.
pub fn clear_handles() {
    let all = WORKERS.with(|w| std::mem::take(&mut *w.borrow_mut()));
    for h in all.values() {
        h.update_ref(false);
        h.terminate.store(true, Ordering::SeqCst);
        h.from_parent.notify.notify_one();
    }
}

fn handle(id: u64) -> Option<Rc<Handle>> {
    WORKERS.with(|w| w.borrow().get(&id).cloned())
}

fn deliver<'js>(ctx: &Ctx<'js>, id: u64, event: FromWorker) -> Result<()> {
    let Some(h) = handle(id) else { return Ok(()) };
    let f = h.on_event.clone().restore(ctx)?;
    let data = |m: Msg, kind: &'static str| -> Result<()> {
        match m.read(ctx) {
            Ok(v) => f.call::<_, ()>((kind, v)),
            Err(_) => {
                let e = ctx.catch();
                f.call::<_, ()>(("messageerror", e))
            }
        }
    };
    match event {
        FromWorker::Online => f.call::<_, ()>(("online",)),
        FromWorker::Message(m) => data(m, "message"),
        FromWorker::Error(m) => data(m, "error"),
        FromWorker::OutOfMemory => f.call::<_, ()>(("outOfMemory",)),
        FromWorker::Stdio(fd, chunk) => {
            let chunk = match chunk {
                Some(bytes) => crate::bytes::array_buffer(ctx, bytes)?,
                None => Value::new_null(ctx.clone()),
            };
            f.call::<_, ()>(("stdio", fd, chunk))
        }
        FromWorker::Exit(code) => {
            h.update_ref(false);
            WORKERS.with(|w| w.borrow_mut().remove(&id));
            // The thread has pushed its last event and only unwinds now: wait for it, so
            // that a finished worker holds no OS thread (as in Node).
            if !h.parks.load(Ordering::SeqCst) {
                if let Some(t) = h.thread.borrow_mut().take() {
                    let _ = t.join();
                }
            }
            f.call::<_, ()>(("exit", code))
        }
    }
}

fn spawn<'js>(ctx: Ctx<'js>, opts: Object<'js>, on_event: Function<'js>) -> Result<f64> {
    let Some(start) = START.get().copied() else {
        return Err(throw(&ctx, "worker threads are not available"));
    };
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let worker_data = Msg::write(&ctx, &opts.get::<_, Value>("workerData")?)?;
    let env_data = Msg::write(&ctx, &opts.get::<_, Value>("envData")?)?;
    let to_parent = Mailbox::new();
    let from_parent = Mailbox::new();
    let terminate = Arc::new(AtomicBool::new(false));
    let stdin = opts
        .get::<_, Option<bool>>("stdin")?
        .unwrap_or(false)
        .then(Mailbox::new);
    let init = WorkerInit {
        thread_id: id,
        filename: opts
            .get::<_, Option<String>>("filename")?
            .unwrap_or_default(),
        source: opts.get("source")?,
        argv: opts
            .get::<_, Option<Vec<String>>>("argv")?
            .unwrap_or_default(),
        exec_argv: opts
            .get::<_, Option<Vec<String>>>("execArgv")?
            .unwrap_or_default(),
        name: opts.get::<_, Option<String>>("name")?.unwrap_or_default(),
        env: opts.get("env")?,
        worker_data,
        env_data,
        to_parent: to_parent.clone(),
        from_parent: from_parent.clone(),
        terminate: terminate.clone(),
        stdin: stdin.clone(),
        resource_limits: opts
            .get::<_, Option<Vec<f64>>>("resourceLimits")?
            .unwrap_or_default(),
        memory_limit_mb: opts.get::<_, Option<f64>>("memoryLimitMb")?.unwrap_or(0.0),
    };
    let stack = opts
        .get::<_, Option<f64>>("stackSizeMb")?
        .unwrap_or(4.0)
        .clamp(1.0, 256.0);
    let exit_box = to_parent.clone();
    let parks = Arc::new(AtomicBool::new(false));
    let thread_parks = parks.clone();
    let spawned = std::thread::Builder::new()
        .name(format!("minode-worker-{id}"))
        .stack_size(((stack as usize) + 8) * 1024 * 1024)
        .spawn(move || {
            let end = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| start(init)))
                .unwrap_or(WorkerEnd {
                    code: 1,
                    release_thread: false,
                });
            if !end.release_thread {
                thread_parks.store(true, Ordering::SeqCst);
            }
            exit_box.push(FromWorker::Exit(end.code));
            // Thread-locals of bindings may still hold values of the engine: such a thread
            // stays parked rather than run their destructors on freed engine memory.
            while !end.release_thread {
                std::thread::park();
            }
        });
    let thread = match spawned {
        Ok(t) => t,
        Err(e) => return Err(throw(&ctx, &format!("cannot start a worker thread: {e}"))),
    };
    let h = Rc::new(Handle {
        from_parent,
        terminate,
        refed: Cell::new(true),
        holding: Cell::new(false),
        on_event: Persistent::save(&ctx, on_event),
        stdin,
        thread: RefCell::new(Some(thread)),
        parks,
    });
    h.update_ref(true);
    WORKERS.with(|w| w.borrow_mut().insert(id, h));
    // Forward the worker's events to this thread's loop, one macrotask each.
    tokio::task::spawn_local(async move {
        loop {
            to_parent.notify.notified().await;
            while let Some(event) = to_parent.pop() {
                let last = matches!(event, FromWorker::Exit(_));
                ev::post(Box::new(move |ctx| deliver(ctx, id, event)));
                if last {
                    return;
                }
            }
        }
    });
    Ok(id as f64)
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set("spawn", Function::new(ctx.clone(), spawn)?)?;
    o.set(
        "postToWorker",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, id: f64, v: Value<'js>| -> Result<bool> {
                let Some(h) = handle(id as u64) else {
                    return Ok(false);
                };
                h.from_parent.push(Msg::write(&ctx, &v)?);
                Ok(true)
            },
        )?,
    )?;
    o.set(
        "writeStdin",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, id: f64, chunk: Value<'js>| -> Result<bool> {
                let Some(stdin) = handle(id as u64).and_then(|h| h.stdin.clone()) else {
                    return Ok(false);
                };
                let data = if chunk.is_null() || chunk.is_undefined() {
                    None
                } else {
                    Some(crate::bytes::to_vec(&ctx, &chunk)?)
                };
                stdin.push(data);
                Ok(true)
            },
        )?,
    )?;
    o.set(
        "terminate",
        Function::new(ctx.clone(), |id: f64| -> bool {
            let Some(h) = handle(id as u64) else {
                return false;
            };
            h.terminate.store(true, Ordering::SeqCst);
            h.from_parent.notify.notify_one();
            true
        })?,
    )?;
    o.set(
        "setRef",
        Function::new(ctx.clone(), |id: f64, refed: bool| {
            if let Some(h) = handle(id as u64) {
                h.refed.set(refed);
                h.update_ref(true);
            }
        })?,
    )?;
    crate::worker_port::init(ctx, o)?;
    worker_child::init(ctx, o)
}
