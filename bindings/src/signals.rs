//! Signal watchers for process.on('SIGxxx'). Like Node's, they do not keep the loop alive.
use crate::{event_loop, hooks};
use rquickjs::{Ctx, Function, Object, Result};
use std::cell::RefCell;
use std::collections::HashMap;
use tokio::signal::unix::{signal, SignalKind};
use tokio::task::JoinHandle;

thread_local! {
    static WATCHERS: RefCell<HashMap<i32, JoinHandle<()>>> = RefCell::new(HashMap::new());
}

fn start(signum: i32) -> bool {
    if WATCHERS.with(|w| w.borrow().contains_key(&signum)) {
        return true;
    }
    let Ok(mut stream) = signal(SignalKind::from_raw(signum)) else {
        return false;
    };
    let handle = tokio::task::spawn_local(async move {
        while stream.recv().await.is_some() {
            event_loop::post(Box::new(move |ctx| {
                hooks::get(ctx, "onSignal")?.call::<_, ()>((signum,))
            }));
        }
    });
    WATCHERS.with(|w| w.borrow_mut().insert(signum, handle));
    true
}

fn stop(signum: i32) {
    if let Some(h) = WATCHERS.with(|w| w.borrow_mut().remove(&signum)) {
        h.abort();
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set("watch", Function::new(ctx.clone(), start)?)?;
    o.set("unwatch", Function::new(ctx.clone(), stop)?)?;
    Ok(())
}
