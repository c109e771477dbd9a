//! MessagePorts that live on different threads. When a port is transferred to another
//! thread, the pair becomes two mailboxes (one inbox per end); an end in flight waits in
//! a process-wide transit table under its id until the receiving thread claims it.
//! Also BroadcastChannel's cross-thread subscriptions (a process-wide table by name).
use crate::event_loop as ev;
use crate::worker_msg::{Mailbox, Msg};
use rquickjs::{Ctx, Function, Object, Persistent, Result, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

pub enum PortMsg {
    Data(Msg),
    Close,
}

struct Endpoint {
    inbox: Arc<Mailbox<PortMsg>>,
    peer: Arc<Mailbox<PortMsg>>,
}

struct LocalPort {
    ep: Endpoint,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Drop for LocalPort {
    fn drop(&mut self) {
        if let Some(t) = self.task.take() {
            t.abort();
        }
    }
}

static NEXT: AtomicU64 = AtomicU64::new(1);

fn transit() -> &'static Mutex<HashMap<u64, Endpoint>> {
    static T: OnceLock<Mutex<HashMap<u64, Endpoint>>> = OnceLock::new();
    T.get_or_init(|| Mutex::new(HashMap::new()))
}

thread_local! {
    static PORTS: RefCell<HashMap<u64, LocalPort>> = RefCell::new(HashMap::new());
}

fn attach(id: u64, ep: Endpoint) {
    PORTS.with(|p| p.borrow_mut().insert(id, LocalPort { ep, task: None }));
}

/// A new cross-thread pair: [the end that stays here (attached), the end to send (in transit)].
fn pair() -> Vec<f64> {
    let a = Mailbox::new();
    let b = Mailbox::new();
    let here = NEXT.fetch_add(1, Ordering::Relaxed);
    let there = NEXT.fetch_add(1, Ordering::Relaxed);
    attach(
        here,
        Endpoint {
            inbox: a.clone(),
            peer: b.clone(),
        },
    );
    if let Ok(mut t) = transit().lock() {
        t.insert(there, Endpoint { inbox: b, peer: a });
    }
    vec![here as f64, there as f64]
}

/// Move an attached end into transit (it is being sent on to another thread).
fn detach(id: f64) -> bool {
    let Some(mut lp) = PORTS.with(|p| p.borrow_mut().remove(&(id as u64))) else {
        return false;
    };
    if let Some(t) = lp.task.take() {
        t.abort();
    }
    let ep = Endpoint {
        inbox: lp.ep.inbox.clone(),
        peer: lp.ep.peer.clone(),
    };
    drop(lp);
    if let Ok(mut t) = transit().lock() {
        t.insert(id as u64, ep);
    }
    true
}

/// Take an end out of transit onto this thread.
fn claim(id: f64) -> bool {
    let ep = transit()
        .lock()
        .ok()
        .and_then(|mut t| t.remove(&(id as u64)));
    match ep {
        Some(ep) => {
            attach(id as u64, ep);
            true
        }
        None => false,
    }
}

fn with_port<R>(id: f64, f: impl FnOnce(&mut LocalPort) -> R) -> Option<R> {
    PORTS.with(|p| p.borrow_mut().get_mut(&(id as u64)).map(f))
}

/// Call `on_messages()` as a macrotask whenever the port's inbox has something.
fn listen<'js>(ctx: Ctx<'js>, id: f64, on_messages: Function<'js>) -> Result<()> {
    let f = Persistent::save(&ctx, on_messages);
    with_port(id, move |lp| {
        if lp.task.is_some() {
            return;
        }
        let inbox = lp.ep.inbox.clone();
        lp.task = Some(tokio::task::spawn_local(async move {
            loop {
                inbox.notify.notified().await;
                let f = f.clone();
                ev::post(Box::new(move |ctx| f.restore(ctx)?.call::<_, ()>(())));
            }
        }));
    });
    Ok(())
}

// --- BroadcastChannel across threads ----------------------------------------------------------
// Each thread with an open BroadcastChannel of a name subscribes once under that name; a
// message goes to every other subscriber's inbox and, there, to that thread's channels.

struct Subscriber {
    id: u64,
    inbox: Arc<Mailbox<Msg>>,
}

fn broadcast_names() -> &'static Mutex<HashMap<String, Vec<Subscriber>>> {
    static B: OnceLock<Mutex<HashMap<String, Vec<Subscriber>>>> = OnceLock::new();
    B.get_or_init(|| Mutex::new(HashMap::new()))
}

thread_local! {
    /// This thread's subscriptions: id -> (name, the task that forwards its inbox).
    static SUBSCRIPTIONS: RefCell<HashMap<u64, (String, tokio::task::JoinHandle<()>)>> =
        RefCell::new(HashMap::new());
}

/// Subscribe this thread to `name`: `on_message(value)` runs as a macrotask per message
/// another thread broadcasts.
fn subscribe<'js>(ctx: Ctx<'js>, name: String, on_message: Function<'js>) -> f64 {
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    let inbox: Arc<Mailbox<Msg>> = Mailbox::new();
    if let Ok(mut b) = broadcast_names().lock() {
        b.entry(name.clone()).or_default().push(Subscriber {
            id,
            inbox: inbox.clone(),
        });
    }
    let f = Persistent::save(&ctx, on_message);
    let task = tokio::task::spawn_local(async move {
        loop {
            inbox.notify.notified().await;
            while let Some(m) = inbox.pop() {
                let f = f.clone();
                ev::post(Box::new(move |ctx| {
                    let Ok(v) = m.read(ctx) else {
                        // Not readable here (Node's 'messageerror'): dropped.
                        ctx.catch();
                        return Ok(());
                    };
                    f.restore(ctx)?.call::<_, ()>((v,))
                }));
            }
        }
    });
    SUBSCRIPTIONS.with(|s| s.borrow_mut().insert(id, (name, task)));
    id as f64
}

fn unsubscribe(id: u64) {
    let Some((name, task)) = SUBSCRIPTIONS.with(|s| s.borrow_mut().remove(&id)) else {
        return;
    };
    task.abort();
    if let Ok(mut b) = broadcast_names().lock() {
        if let Some(list) = b.get_mut(&name) {
            list.retain(|sub| sub.id != id);
            if list.is_empty() {
                b.remove(&name);
            }
        }
    }
}

/// Send `v` to every other subscriber of `name`.
fn broadcast<'js>(ctx: Ctx<'js>, name: String, from: f64, v: Value<'js>) -> Result<()> {
    let targets: Vec<Arc<Mailbox<Msg>>> = match broadcast_names().lock() {
        Ok(b) => b
            .get(&name)
            .map(|list| {
                list.iter()
                    .filter(|sub| sub.id != from as u64)
                    .map(|sub| sub.inbox.clone())
                    .collect()
            })
            .unwrap_or_default(),
        Err(_) => Vec::new(),
    };
    for inbox in targets {
        inbox.push(Msg::write(&ctx, &v)?);
    }
    Ok(())
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set("broadcastSubscribe", Function::new(ctx.clone(), subscribe)?)?;
    o.set(
        "broadcastUnsubscribe",
        Function::new(ctx.clone(), |id: f64| unsubscribe(id as u64))?,
    )?;
    o.set("broadcastPost", Function::new(ctx.clone(), broadcast)?)?;
    o.set("portPair", Function::new(ctx.clone(), pair)?)?;
    o.set("portDetach", Function::new(ctx.clone(), detach)?)?;
    o.set("portClaim", Function::new(ctx.clone(), claim)?)?;
    o.set("portListen", Function::new(ctx.clone(), listen)?)?;
    o.set(
        "portPost",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, id: f64, v: Value<'js>| -> Result<bool> {
                let Some(peer) = with_port(id, |lp| lp.ep.peer.clone()) else {
                    return Ok(false);
                };
                peer.push(PortMsg::Data(Msg::write(&ctx, &v)?));
                Ok(true)
            },
        )?,
    )?;
    // The next message: its value, false when the other end closed, undefined when empty.
    o.set(
        "portReceive",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, id: f64| -> Result<Value<'js>> {
                let Some(inbox) = with_port(id, |lp| lp.ep.inbox.clone()) else {
                    return Ok(Value::new_undefined(ctx));
                };
                match inbox.pop() {
                    Some(PortMsg::Data(m)) => m.read(&ctx),
                    Some(PortMsg::Close) => Ok(Value::new_bool(ctx, false)),
                    None => Ok(Value::new_undefined(ctx)),
                }
            },
        )?,
    )?;
    o.set(
        "portClose",
        Function::new(ctx.clone(), |id: f64| {
            if let Some(lp) = PORTS.with(|p| p.borrow_mut().remove(&(id as u64))) {
                lp.ep.peer.push(PortMsg::Close);
            }
        })?,
    )?;
    Ok(())
}

/// Drop this thread's ports (its engine is shutting down); their peers see 'close'. Its
/// BroadcastChannel subscriptions end too.
pub fn clear() {
    let ids: Vec<u64> = SUBSCRIPTIONS.with(|s| s.borrow().keys().copied().collect());
    for id in ids {
        unsubscribe(id);
    }
    let all = PORTS.with(|p| std::mem::take(&mut *p.borrow_mut()));
    for lp in all.values() {
        lp.ep.peer.push(PortMsg::Close);
    }
}
