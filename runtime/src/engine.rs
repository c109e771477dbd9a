//! The engine: one QuickJS runtime and context, the `internalBinding` doorway, and
//! the boot sequence that hands control to js/internal/bootstrap.
use crate::{builtins, cli::Options, esm, event_loop, profiler, types};
use minode_bindings::hooks;
use rquickjs::context::EvalOptions;
use rquickjs::{qjs, Context, Ctx, FromJs, Function, Object, Persistent, Result, Runtime, Value};

/// Evaluate `src` as a sloppy-mode global script named `filename`.
pub fn eval_script<'js, V: FromJs<'js>>(ctx: &Ctx<'js>, src: String, filename: &str) -> Result<V> {
    let mut opts = EvalOptions::default();
    opts.strict = false;
    opts.global = true;
    opts.filename = Some(filename.to_string());
    ctx.eval_with_options(src, opts)
}

fn contextify<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    // compileFunction(source, filename, params) -> function with those parameters.
    o.set(
        "compileFunction",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             source: String,
             filename: String,
             params: Vec<String>|
             -> Result<Function<'js>> {
                let wrapped = format!("(function ({}) {{{}\n}})", params.join(", "), source);
                eval_script(&ctx, wrapped, &filename)
            },
        )?,
    )?;
    o.set(
        "runInThisContext",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, source: String, filename: String| -> Result<Value<'js>> {
                eval_script(&ctx, source, &filename)
            },
        )?,
    )?;
    Ok(())
}

fn engine_binding<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "heapStats",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| -> Vec<f64> {
            // Raw call: the rquickjs Runtime is already locked while JS runs.
            // Safety: JS_ComputeMemoryUsage only fills the zeroed struct.
            let m = unsafe {
                let mut m: qjs::JSMemoryUsage = std::mem::zeroed();
                qjs::JS_ComputeMemoryUsage(qjs::JS_GetRuntime(ctx.as_raw().as_ptr()), &mut m);
                m
            };
            vec![
                m.malloc_size as f64,
                m.memory_used_size as f64,
                m.malloc_limit as f64,
            ]
        })?,
    )?;
    o.set(
        "gc",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| ctx.run_gc())?,
    )?;
    o.set(
        "importModule",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, specifier: String| {
            rquickjs::Module::import(&ctx, specifier)
        })?,
    )?;
    Ok(())
}

fn options_binding<'js>(ctx: &Ctx<'js>, o: &Object<'js>, opts: &Options) -> Result<()> {
    o.set("argv", opts.argv.clone())?;
    o.set("execArgv", opts.exec_argv.clone())?;
    o.set("mode", opts.mode.as_str())?;
    o.set("source", opts.source.clone())?;
    o.set("cluster", opts.cluster.clone())?;
    o.set("clusterOptions", opts.cluster_options.clone())?;
    o.set("version", env!("CARGO_PKG_VERSION"))?;
    let _ = ctx;
    Ok(())
}

/// Build the object `internalBinding(name)` returns.
fn internal_binding<'js>(ctx: &Ctx<'js>, name: &str, opts: &Options) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    match name {
        "builtins" => builtins::init(ctx, &o)?,
        "contextify" => contextify(ctx, &o)?,
        "types" => types::init(ctx, &o)?,
        "engine" => engine_binding(ctx, &o)?,
        "options" => options_binding(ctx, &o, opts)?,
        _ => match minode_bindings::get(ctx, name)? {
            Some(b) => return Ok(b),
            None => {
                return Err(rquickjs::Exception::throw_message(
                    ctx,
                    &format!("No such binding: {name}"),
                ));
            }
        },
    }
    Ok(o)
}

/// Print an exception that escaped every JS handler and pick the exit code.
pub fn report_fatal(ctx: &Ctx<'_>, err: rquickjs::Error) -> i32 {
    let exc = if let rquickjs::Error::Exception = err {
        ctx.catch()
    } else {
        Value::new_undefined(ctx.clone())
    };
    if let rquickjs::Error::Exception = err {
        if hooks::is_set("triggerUncaughtException") {
            // JS prints it Node-style (or runs 'uncaughtException' listeners) and may exit itself.
            match hooks::get(ctx, "triggerUncaughtException")
                .and_then(|f| f.call::<_, Option<i32>>((exc.clone(),)))
            {
                Ok(None) => return -1, // handled; keep running
                Ok(Some(code)) => return code,
                Err(_) if minode_bindings::worker_child::stop_code().is_some() => {
                    // process.exit() from an 'uncaughtException' listener in a worker.
                    ctx.catch();
                    return 1;
                }
                Err(_) => {
                    let inner = ctx.catch();
                    eprintln!(
                        "minode: error while handling an uncaught exception: {:?}",
                        inner
                    );
                    return 7;
                }
            }
        }
        let text = |o: &Object, k: &str| {
            o.get::<_, Option<String>>(k)
                .ok()
                .flatten()
                .unwrap_or_default()
        };
        match exc.as_object() {
            Some(o) => eprintln!(
                "Uncaught {}: {}\n{}",
                text(o, "name"),
                text(o, "message"),
                text(o, "stack")
            ),
            None => eprintln!("Uncaught {exc:?}"),
        }
        return 1;
    }
    eprintln!("minode: {err}");
    1
}

/// Run the program to completion and exit the process. The engine is never torn
/// down: exiting directly is faster, and nothing remains to be flushed by then.
pub fn run(opts: Options) -> ! {
    let code = run_loop(opts);
    minode_bindings::flush_stdio();
    std::process::exit(code)
}

/// The current-thread tokio runtime a JS thread runs on (the main thread or a worker),
/// with the loop clock started now, like uv_default_loop() at process start.
pub(crate) fn new_loop(what: &str) -> Option<tokio::runtime::Runtime> {
    minode_bindings::event_loop::update_time();
    match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => Some(rt),
        Err(e) => {
            eprintln!("minode: cannot start {what}: {e}");
            None
        }
    }
}

fn run_loop(opts: Options) -> i32 {
    let Some(tokio_rt) = new_loop("the event loop") else {
        return 1;
    };
    let local = tokio::task::LocalSet::new();
    // The loop runs as a task of the LocalSet rather than as block_on's own future: waking
    // a local task from another local task is a queue push, where waking the block_on
    // future costs an eventfd write per wake-up.
    local.block_on(&tokio_rt, async move {
        match tokio::task::spawn_local(js_main(opts)).await {
            Ok(code) => code,
            Err(e) => {
                eprintln!("minode: the JS thread failed: {e}");
                70
            }
        }
    })
}

/// Boot an engine on this thread and run its loop. On the main thread this exits the
/// process; on a worker thread it returns the worker's exit code after handing the
/// engine to worker::release.
pub(crate) async fn js_main(opts: Options) -> i32 {
    let worker = minode_bindings::worker_child::is_worker();
    {
        let (rt, context) = match Runtime::new().and_then(|rt| Context::full(&rt).map(|c| (rt, c)))
        {
            Ok(pair) => pair,
            Err(e) => {
                eprintln!("minode: cannot create the JS engine: {e}");
                return 1;
            }
        };
        rt.set_max_stack_size(4 * 1024 * 1024);
        rt.set_gc_threshold(8 * 1024 * 1024);
        rt.set_loader(esm::Resolver, esm::Loader);
        // Shared memory (SharedArrayBuffer across threads) and Atomics.wait, on every thread.
        context.with(|ctx| {
            // Safety: the context is alive on this thread, so is its runtime.
            unsafe {
                let raw_rt = qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
                minode_bindings::worker_sab::install(raw_rt);
            }
        });
        match minode_bindings::worker_child::terminate_flag() {
            // worker.terminate() interrupts a busy worker.
            Some(flag) => rt.set_interrupt_handler(Some(Box::new(move || {
                flag.load(std::sync::atomic::Ordering::Relaxed)
            }))),
            None => profiler::install(&rt, context.with(|ctx| ctx.as_raw().as_ptr())),
        }
        rt.set_host_promise_rejection_tracker(Some(Box::new(|ctx, promise, reason, handled| {
            if let Ok(f) = hooks::get(&ctx, "promiseRejectHandler") {
                let kind = if handled { 1 } else { 0 };
                if f.call::<_, ()>((kind, promise, reason)).is_err() {
                    ctx.catch();
                }
            }
        })));
        let booted = context.with(|ctx| -> i32 {
            match boot(&ctx, &opts) {
                Ok(()) => {
                    event_loop::after_macrotask(&ctx);
                    0
                }
                Err(_) if event_loop::stopped() => {
                    ctx.catch();
                    0
                }
                Err(e) => report_fatal(&ctx, e),
            }
        });
        if worker {
            let code = if let Some(code) = minode_bindings::worker_child::stop_code() {
                code
            } else if booted > 0 {
                booted
            } else {
                event_loop::run(&context).await
            };
            crate::worker::release(context, rt);
            return code;
        }
        if booted > 0 {
            minode_bindings::flush_stdio();
            std::process::exit(booted);
        }
        let code = event_loop::run(&context).await;
        // Exit here, while the runtime is alive: tearing it down would only cost time.
        minode_bindings::flush_stdio();
        std::process::exit(code)
    }
}

fn boot<'js>(ctx: &Ctx<'js>, opts: &Options) -> Result<()> {
    let opts_for_binding = opts.clone();
    let binding = Function::new(
        ctx.clone(),
        move |ctx: Ctx<'js>, name: String| -> Result<Object<'js>> {
            internal_binding(&ctx, &name, &opts_for_binding)
        },
    )?;
    hooks::set("internalBinding", Persistent::save(ctx, binding.clone()));
    // realm.js sets up the built-in module loader and then boots node.js and the main script.
    let realm = builtins::compile(ctx, "internal/bootstrap/realm")?;
    let module = Object::new(ctx.clone())?;
    let exports = Object::new(ctx.clone())?;
    module.set("exports", exports.clone())?;
    realm.call::<_, ()>((exports, Value::new_undefined(ctx.clone()), module, binding))?;
    Ok(())
}
