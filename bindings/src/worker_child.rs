//! The worker side of the `worker` binding: this thread's link to its parent (the
//! parentPort mailbox, workerData, the terminate flag, stdio, the memory limit) and how
//! the worker stops.
//! A stopped worker (process.exit(), terminate(), an uncaught error) records its exit
//! code here; the runtime's loop checks `stop_code()` and unwinds instead of exiting the
//! process.
use crate::event_loop as ev;
use crate::worker::{FromWorker, StdinBox, WorkerInit};
use crate::worker_msg::{Mailbox, Msg};
use rquickjs::{qjs, Ctx, Function, Object, Result, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

struct Child {
    thread_id: u64,
    to_parent: Arc<Mailbox<FromWorker>>,
    from_parent: Arc<Mailbox<Msg>>,
    terminate: Arc<AtomicBool>,
    stop: Cell<Option<i32>>,
    init: RefCell<Option<WorkerInit>>,
    port_ref: Cell<bool>,
    listening: Cell<bool>,
    stdin: Option<Arc<StdinBox>>,
    /// The memory limit's watch (its address is the interrupt handler's opaque).
    memory: RefCell<Option<Box<MemoryWatch>>>,
    out_of_memory: Cell<bool>,
}

thread_local! {
    static CHILD: RefCell<Option<Rc<Child>>> = const { RefCell::new(None) };
}

fn child() -> Option<Rc<Child>> {
    CHILD.with(|c| c.borrow().clone())
}

/// Make this thread a worker (before its engine boots).
pub fn install(init: WorkerInit) {
    let c = Child {
        thread_id: init.thread_id,
        to_parent: init.to_parent.clone(),
        from_parent: init.from_parent.clone(),
        terminate: init.terminate.clone(),
        stdin: init.stdin.clone(),
        memory: RefCell::new(None),
        out_of_memory: Cell::new(false),
        stop: Cell::new(None),
        init: RefCell::new(Some(init)),
        port_ref: Cell::new(false),
        listening: Cell::new(false),
    };
    CHILD.with(|slot| *slot.borrow_mut() = Some(Rc::new(c)));
}

pub fn is_worker() -> bool {
    child().is_some()
}

/// The flag the engine's interrupt handler polls so that terminate() stops busy JS.
pub fn terminate_flag() -> Option<Arc<AtomicBool>> {
    child().map(|c| c.terminate.clone())
}

/// Some(code) once this worker must stop running JS (always None on the main thread).
pub fn stop_code() -> Option<i32> {
    let c = child()?;
    // Terminated before its script started: Node reports exit code 0.
    let code = if c.init.borrow().is_some() { 0 } else { 1 };
    c.stop
        .get()
        .or_else(|| c.terminate.load(Ordering::SeqCst).then_some(code))
}

/// Stop this worker with `code` (the first request wins).
pub fn request_stop(code: i32) {
    if let Some(c) = child() {
        if c.stop.get().is_none() {
            c.stop.set(Some(code));
        }
        ev::with(|l| l.notify.notify_one());
    }
}

// --- resourceLimits.maxOldGenerationSizeMb ---------------------------------------------------
// V8 ends a worker whose live heap outgrows the limit. Here the engine's interrupt handler
// (polled while JS runs) does the same: after each collection QuickJS sets its GC
// threshold to 1.5x the live size, so the threshold tells the live size without a heap
// walk. An engine memory limit well above that catches what grows between collections
// (QuickJS then throws InternalError: out of memory, which the worker's JS reports).
// QuickJS values take 16 bytes where V8's take 4 to 8, so the limit counts twice the MB.

struct MemoryWatch {
    live_limit: u64,
    terminate: Arc<AtomicBool>,
}

unsafe extern "C" fn watch_memory(rt: *mut qjs::JSRuntime, opaque: *mut std::ffi::c_void) -> i32 {
    // Safety: opaque is the Child's boxed MemoryWatch, alive for the thread's lifetime.
    let w = unsafe { &*(opaque as *const MemoryWatch) };
    if w.terminate.load(Ordering::Relaxed) {
        return 1;
    }
    let live = unsafe { qjs::JS_GetGCThreshold(rt) } / 3 * 2;
    if live > w.live_limit {
        out_of_memory(rt);
        return 1;
    }
    0
}

fn set_memory_limit(ctx: *mut qjs::JSContext, mb: f64) {
    let Some(c) = child() else { return };
    if !(mb.is_finite() && mb > 0.0) {
        return;
    }
    let live_limit = (mb * 2.0 * 1024.0 * 1024.0) as u64;
    let watch = Box::new(MemoryWatch {
        live_limit,
        terminate: c.terminate.clone(),
    });
    // Safety: the runtime of a live context, on its thread; the handler's opaque is the
    // boxed watch, which the Child keeps until the thread ends (after the runtime).
    unsafe {
        let rt = qjs::JS_GetRuntime(ctx);
        let opaque = &*watch as *const MemoryWatch as *mut std::ffi::c_void;
        qjs::JS_SetInterruptHandler(rt, Some(watch_memory), opaque);
        qjs::JS_SetMemoryLimit(rt, (live_limit * 2 + 16 * 1024 * 1024) as _);
    }
    *c.memory.borrow_mut() = Some(watch);
}

/// The worker ran out of memory: lift the limit (so that it can unwind), tell the parent
/// (ERR_WORKER_OUT_OF_MEMORY) and stop it as terminate() does.
fn out_of_memory(rt: *mut qjs::JSRuntime) {
    let Some(c) = child() else { return };
    if c.out_of_memory.replace(true) {
        return;
    }
    // Safety: the worker's own runtime, on its thread.
    unsafe { qjs::JS_SetMemoryLimit(rt, 0) };
    c.to_parent.push(FromWorker::OutOfMemory);
    c.terminate.store(true, Ordering::SeqCst);
    ev::with(|l| l.notify.notify_one());
}

/// Throw an error no JS handler can catch, to unwind the stack after process.exit().
fn throw_uncatchable(ctx: &Ctx<'_>) -> rquickjs::Error {
    let raw = ctx.as_raw().as_ptr();
    // Safety: JS_NewError returns an owned error that JS_Throw takes over.
    unsafe {
        let e = qjs::JS_NewError(raw);
        if !qjs::JS_IsException(e) {
            qjs::JS_SetUncatchableError(raw, e);
            qjs::JS_Throw(raw, e);
        }
    }
    rquickjs::Error::Exception
}

fn take_init<'js>(ctx: Ctx<'js>) -> Result<Option<Object<'js>>> {
    let Some(c) = child() else { return Ok(None) };
    let Some(init) = c.init.borrow_mut().take() else {
        return Ok(None);
    };
    let o = Object::new(ctx.clone())?;
    o.set("threadId", init.thread_id as f64)?;
    o.set("filename", init.filename.clone())?;
    o.set("source", init.source.clone())?;
    o.set("argv", init.argv.clone())?;
    o.set("execArgv", init.exec_argv.clone())?;
    o.set("name", init.name.clone())?;
    o.set("env", init.env.clone())?;
    o.set("workerData", init.worker_data.read(&ctx)?)?;
    o.set("envData", init.env_data.read(&ctx)?)?;
    o.set("hasStdin", init.stdin.is_some())?;
    o.set("resourceLimits", init.resource_limits.clone())?;
    o.set("memoryLimitMb", init.memory_limit_mb)?;
    c.to_parent.push(FromWorker::Online);
    Ok(Some(o))
}

/// Start forwarding parent messages: `on_messages()` runs as a macrotask whenever the
/// mailbox has something (it drains it with receive()). Also notices terminate().
fn listen<'js>(ctx: Ctx<'js>, on_messages: Function<'js>) -> Result<()> {
    let Some(c) = child() else { return Ok(()) };
    if c.listening.replace(true) {
        return Ok(());
    }
    let f = rquickjs::Persistent::save(&ctx, on_messages);
    tokio::task::spawn_local(async move {
        loop {
            c.from_parent.notify.notified().await;
            if c.terminate.load(Ordering::SeqCst) {
                request_stop(1);
                ev::post(Box::new(|_| Ok(())));
                return;
            }
            let f = f.clone();
            ev::post(Box::new(move |ctx| f.restore(ctx)?.call::<_, ()>(())));
        }
    });
    Ok(())
}

/// Feed process.stdin: `on_chunk(bytes)` runs as a macrotask per chunk the parent wrote to
/// worker.stdin, then `on_chunk(null)` once it ended.
fn listen_stdin<'js>(ctx: Ctx<'js>, on_chunk: Function<'js>) -> Result<()> {
    let Some(stdin) = child().and_then(|c| c.stdin.clone()) else {
        return Ok(());
    };
    let f = rquickjs::Persistent::save(&ctx, on_chunk);
    tokio::task::spawn_local(async move {
        loop {
            stdin.notify.notified().await;
            while let Some(chunk) = stdin.pop() {
                let end = chunk.is_none();
                let f = f.clone();
                ev::post(Box::new(move |ctx| {
                    let v = match chunk {
                        Some(bytes) => crate::bytes::array_buffer(ctx, bytes)?,
                        None => Value::new_null(ctx.clone()),
                    };
                    f.restore(ctx)?.call::<_, ()>((v,))
                }));
                if end {
                    return;
                }
            }
        }
    });
    Ok(())
}

/// process.stdout / process.stderr of a worker: the bytes go to the parent's
/// worker.stdout / worker.stderr, in order with the worker's other events.
fn write_stdio<'js>(ctx: Ctx<'js>, fd: u8, chunk: Value<'js>) -> Result<()> {
    let Some(c) = child() else { return Ok(()) };
    let data = if chunk.is_null() || chunk.is_undefined() {
        None
    } else {
        Some(crate::bytes::to_vec(&ctx, &chunk)?)
    };
    c.to_parent.push(FromWorker::Stdio(fd, data));
    Ok(())
}

fn post_to_parent<'js>(ctx: &Ctx<'js>, v: &Value<'js>, error: bool) -> Result<()> {
    let Some(c) = child() else { return Ok(()) };
    let m = Msg::write(ctx, v)?;
    c.to_parent.push(if error {
        FromWorker::Error(m)
    } else {
        FromWorker::Message(m)
    });
    Ok(())
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set("isWorker", is_worker())?;
    o.set("threadId", child().map_or(0.0, |c| c.thread_id as f64))?;
    o.set("takeInit", Function::new(ctx.clone(), take_init)?)?;
    o.set("listen", Function::new(ctx.clone(), listen)?)?;
    o.set("listenStdin", Function::new(ctx.clone(), listen_stdin)?)?;
    o.set("writeStdio", Function::new(ctx.clone(), write_stdio)?)?;
    o.set(
        "receive",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| -> Result<Option<Value<'js>>> {
            let Some(c) = child() else { return Ok(None) };
            match c.from_parent.pop() {
                Some(m) => m.read(&ctx).map(Some),
                None => Ok(None),
            }
        })?,
    )?;
    o.set(
        "postToParent",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, v: Value<'js>| {
            post_to_parent(&ctx, &v, false)
        })?,
    )?;
    o.set(
        "reportError",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, v: Value<'js>| {
            post_to_parent(&ctx, &v, true)
        })?,
    )?;
    o.set(
        "setPortRef",
        Function::new(ctx.clone(), |refed: bool| {
            let Some(c) = child() else { return };
            if refed && !c.port_ref.get() {
                ev::ref_handle();
            } else if !refed && c.port_ref.get() {
                ev::unref_handle();
            }
            c.port_ref.set(refed);
        })?,
    )?;
    o.set(
        "setMemoryLimit",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, mb: f64| {
            set_memory_limit(ctx.as_raw().as_ptr(), mb)
        })?,
    )?;
    o.set(
        "reportOutOfMemory",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| {
            // Safety: the runtime of a live context, on its thread.
            out_of_memory(unsafe { qjs::JS_GetRuntime(ctx.as_raw().as_ptr()) })
        })?,
    )?;
    o.set(
        "stopping",
        Function::new(ctx.clone(), || stop_code().is_some())?,
    )?;
    o.set(
        "exit",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, code: i32| -> Result<()> {
            request_stop(code);
            Err(throw_uncatchable(&ctx))
        })?,
    )?;
    Ok(())
}
