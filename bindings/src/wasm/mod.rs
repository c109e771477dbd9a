//! `internalBinding('wasm')`: the engine behind the `WebAssembly` global, on the
//! wasmi interpreter. js/internal/wasm.js implements the JS API (descriptors,
//! promises, error messages); this side owns the wasmi objects and hands JS small
//! integer ids for modules, memories, tables and globals. Exported functions are
//! real JS functions made here.
//!
//! One wasmi `Store` per JS runtime, kept in the runtime's userdata so it is
//! dropped with the runtime. wasmi never frees what a store allocated, so
//! instances, memories and tables live until the runtime ends.
//!
//! Re-entrancy: while wasm runs, the store is borrowed by the call; a host
//! function (a JS import) gets a `Caller` instead, and any wasm API used from JS
//! during that import goes through it (`callers` stack, see `with_store`).
//!
//! Files: module.rs (compile, imports/exports, instantiate), func.rs (exported
//! functions and JS imports), objects.rs (Memory, Table, Global), convert.rs
//! (values across the boundary, errors).
mod convert;
mod func;
mod module;
mod objects;

use rquickjs::{Constructor, Ctx, Exception, Function, JsLifetime, Object, Result, Symbol, Value};
use std::cell::{RefCell, UnsafeCell};
use std::collections::HashMap;
use wasmi::{AsContextMut, Engine, Func, Global, Memory, Store, StoreContextMut, Table};

/// Store access from inside a host call: the `Caller` of the innermost one.
type CallerPtr = *mut (dyn AsContextMut<Data = ()> + 'static);

/// An ArrayBuffer handed out as `memory.buffer`: wraps the wasm memory without
/// copying, so it must be detached as soon as the memory moves or grows.
struct LiveBuffer<'js> {
    mem: u32,
    ptr: *mut u8,
    len: usize,
    buffer: Value<'js>,
}

pub(crate) struct WasmState<'js> {
    engine: Engine,
    store: UnsafeCell<Store<()>>,
    callers: RefCell<Vec<CallerPtr>>,
    modules: RefCell<Vec<module::Compiled>>,
    memories: RefCell<Vec<Memory>>,
    tables: RefCell<Vec<Table>>,
    globals: RefCell<Vec<Global>>,
    /// wasmi handle (see `handle_key`) -> id, so one wasm object keeps one JS wrapper.
    memory_ids: RefCell<HashMap<u64, u32>>,
    table_ids: RefCell<HashMap<u64, u32>>,
    global_ids: RefCell<HashMap<u64, u32>>,
    /// Exported functions: the funcs a JS function stands for (by the id under `func_tag`),
    /// and the JS function of each func (its identity is stable; for a JS import, the import).
    funcs: RefCell<Vec<Func>>,
    func_objs: RefCell<HashMap<u64, Function<'js>>>,
    func_tag: Symbol<'js>,
    /// The JS functions behind host funcs, by the id the host closure captured.
    host_fns: RefCell<Vec<Function<'js>>>,
    /// JS values held by wasm `externref`s (an externref carries the index).
    externs: RefCell<Vec<Value<'js>>>,
    buffers: RefCell<Vec<LiveBuffer<'js>>>,
    /// CompileError, LinkError, RuntimeError (set by wasm.js).
    errors: RefCell<Option<[Constructor<'js>; 3]>>,
}

unsafe impl<'js> JsLifetime<'js> for WasmState<'js> {
    type Changed<'to> = WasmState<'to>;
}

#[derive(Clone, Copy)]
pub(crate) enum ErrKind {
    Compile = 0,
    Link = 1,
    Runtime = 2,
}

/// The per-runtime state. The userdata box lives until the runtime is dropped, so
/// the reference outlives every `Ctx<'js>` that can reach it.
pub(crate) fn state<'js>(ctx: &Ctx<'js>) -> Result<&'js WasmState<'js>> {
    if ctx.userdata::<WasmState<'js>>().is_none() {
        let mut config = wasmi::Config::default();
        // Node 20's V8 does not take multi-memory modules; keep validate() in step.
        config.wasm_multi_memory(false);
        let engine = Engine::new(&config);
        let st = WasmState {
            store: UnsafeCell::new(Store::new(&engine, ())),
            engine,
            callers: RefCell::new(Vec::new()),
            modules: RefCell::new(Vec::new()),
            memories: RefCell::new(Vec::new()),
            tables: RefCell::new(Vec::new()),
            globals: RefCell::new(Vec::new()),
            memory_ids: RefCell::new(HashMap::new()),
            table_ids: RefCell::new(HashMap::new()),
            global_ids: RefCell::new(HashMap::new()),
            funcs: RefCell::new(Vec::new()),
            func_objs: RefCell::new(HashMap::new()),
            func_tag: Symbol::with_description(ctx.clone(), "minode.wasm.func")?,
            host_fns: RefCell::new(Vec::new()),
            externs: RefCell::new(Vec::new()),
            buffers: RefCell::new(Vec::new()),
            errors: RefCell::new(None),
        };
        if ctx.store_userdata(st).is_err() {
            return Err(Exception::throw_internal(ctx, "wasm: state is busy"));
        }
    }
    match ctx.userdata::<WasmState<'js>>() {
        // SAFETY: userdata is only removed when the runtime is dropped, after every
        // Ctx; the guard only counts borrows, the boxed value does not move.
        Some(g) => Ok(unsafe { &*(&*g as *const WasmState<'js>) }),
        None => Err(Exception::throw_internal(ctx, "wasm: no state")),
    }
}

/// A hashable identity for a wasmi handle (`Func`, `Memory`...): wasmi handles are a
/// store id and an index (8 bytes, no padding) but implement neither Eq nor Hash.
pub(crate) fn handle_key<H: Copy>(h: &H) -> u64 {
    const { assert!(std::mem::size_of::<Func>() == 8) };
    assert!(std::mem::size_of::<H>() == 8);
    // SAFETY: same size, H is Copy and made of two u32 fields.
    unsafe { std::mem::transmute_copy::<H, u64>(h) }
}

impl<'js> WasmState<'js> {
    /// Run `f` with the store: the innermost host call's caller, or the store itself.
    pub(crate) fn with_store<R>(&self, f: impl FnOnce(StoreContextMut<'_, ()>) -> R) -> R {
        let top = self.callers.borrow().last().copied();
        match top {
            // SAFETY: the pointer is the live `Caller` of a host call further up
            // this stack; it is popped before that call returns.
            Some(p) => f(unsafe { (*p).as_context_mut() }),
            // SAFETY: no wasm call is running (else a caller would be pushed), so
            // nothing else borrows the store; single-threaded.
            None => f(unsafe { (*self.store.get()).as_context_mut() }),
        }
    }

    pub(crate) fn push_caller(&self, c: &mut (dyn AsContextMut<Data = ()> + '_)) {
        // SAFETY: only the lifetime is erased; `CallerGuard` pops it before `c` dies.
        let p: CallerPtr =
            unsafe { std::mem::transmute(c as *mut (dyn AsContextMut<Data = ()> + '_)) };
        self.callers.borrow_mut().push(p);
    }

    pub(crate) fn pop_caller(&self) {
        self.callers.borrow_mut().pop();
    }

    /// Throw `new <kind>Error(message)` with wasm.js's classes.
    pub(crate) fn throw(&self, ctx: &Ctx<'js>, kind: ErrKind, message: &str) -> rquickjs::Error {
        let ctor = self
            .errors
            .borrow()
            .as_ref()
            .map(|e| e[kind as usize].clone());
        match ctor {
            Some(c) => match c.construct::<_, Value<'js>>((message,)) {
                Ok(err) => ctx.throw(err),
                Err(e) => e,
            },
            None => Exception::throw_message(ctx, message),
        }
    }

    /// Detach every handed-out buffer whose memory moved or changed size (after wasm
    /// ran: memory.grow inside wasm reallocates). Runs no JS.
    pub(crate) fn sync_buffers(&self, ctx: &Ctx<'js>) {
        if self.buffers.borrow().is_empty() {
            return;
        }
        // Runs after every call: no allocation unless something is stale.
        let stale: Vec<usize> = {
            let mems = self.memories.borrow();
            let bufs = self.buffers.borrow();
            self.with_store(|cx| {
                bufs.iter()
                    .enumerate()
                    .filter(|(_, b)| match mems.get(b.mem as usize) {
                        Some(m) => m.data_ptr(&cx) != b.ptr || m.data_size(&cx) != b.len,
                        None => true,
                    })
                    .map(|(i, _)| i)
                    .collect()
            })
        };
        for i in stale.into_iter().rev() {
            let b = self.buffers.borrow_mut().swap_remove(i);
            // SAFETY: plain C call on the live context; the buffer was made by us
            // with no free function, so detaching only drops the view.
            unsafe {
                rquickjs::qjs::JS_DetachArrayBuffer(ctx.as_raw().as_ptr(), b.buffer.as_raw())
            };
        }
    }
}

/// Keeps a caller pushed for the length of a host call.
pub(crate) struct CallerGuard<'a, 'js>(pub(crate) &'a WasmState<'js>);

impl Drop for CallerGuard<'_, '_> {
    fn drop(&mut self) {
        self.0.pop_caller();
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    state(ctx)?;
    o.set(
        "setErrorClasses",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             c: Constructor<'js>,
             l: Constructor<'js>,
             r: Constructor<'js>|
             -> Result<()> {
                *state(&ctx)?.errors.borrow_mut() = Some([c, l, r]);
                Ok(())
            },
        )?,
    )?;
    o.set(
        "isWasmFunction",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, v: Value<'js>| -> Result<bool> {
                Ok(func::exported_func(state(&ctx)?, &v).is_some())
            },
        )?,
    )?;
    module::init(ctx, o)?;
    objects::init(ctx, o)?;
    Ok(())
}
