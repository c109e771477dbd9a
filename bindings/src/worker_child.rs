//! The worker side of the `worker` binding: this thread's link to its parent (the
//! parentPort mailbox, workerData, the terminate flag) and how the worker stops.
//! A stopped worker (process.exit(), terminate(), an uncaught error) records its exit
//! code here; the runtime's loop checks `stop_code()` and unwinds instead of exiting the
//! process.
use crate::event_loop as ev;
use crate::worker::{FromWorker, WorkerInit};
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
