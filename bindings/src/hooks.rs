//! JS functions that Rust calls back into (the tick processor, the error
//! factory, the timer list...), registered once by the bootstrap.
use rquickjs::{Ctx, Function, Persistent, Result};
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static HOOKS: RefCell<HashMap<String, Persistent<Function<'static>>>> = RefCell::new(HashMap::new());
}

pub fn set(name: &str, f: Persistent<Function<'static>>) {
    HOOKS.with(|h| h.borrow_mut().insert(name.to_string(), f));
}

/// The hook registered under `name`; a missing hook is an internal bug, reported as a JS error.
pub fn get<'js>(ctx: &Ctx<'js>, name: &str) -> Result<Function<'js>> {
    let saved = HOOKS.with(|h| h.borrow().get(name).cloned());
    match saved {
        Some(p) => p.restore(ctx),
        None => Err(rquickjs::Exception::throw_internal(
            ctx,
            &format!("minode: hook '{name}' is not registered"),
        )),
    }
}

pub fn is_set(name: &str) -> bool {
    HOOKS.with(|h| h.borrow().contains_key(name))
}

/// Drop every hook (a worker thread releasing its engine's values before it ends).
pub fn clear() {
    let hooks = HOOKS.with(|h| std::mem::take(&mut *h.borrow_mut()));
    drop(hooks);
}
