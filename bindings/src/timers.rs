//! Timers and the task queue. The timer list lives in JS (like Node's
//! lib/internal/timers.js); Rust keeps a single deadline for it.
use crate::{event_loop, hooks};
use rquickjs::{Ctx, Function, Object, Persistent, Result};
use std::time::Duration;

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "getLibuvNow",
        Function::new(ctx.clone(), event_loop::update_and_now_ms)?,
    )?;
    o.set(
        "scheduleTimer",
        Function::new(ctx.clone(), |ms: f64| {
            let ms = if ms.is_finite() && ms > 0.0 { ms } else { 0.0 };
            event_loop::with(|l| {
                let at = l.start + Duration::from_secs_f64((event_loop::now_ms() + ms) / 1000.0);
                l.timer_deadline.set(Some(at));
            });
        })?,
    )?;
    o.set(
        "cancelTimer",
        Function::new(ctx.clone(), || {
            event_loop::with(|l| l.timer_deadline.set(None))
        })?,
    )?;
    o.set(
        "toggleTimerRef",
        Function::new(ctx.clone(), |on: bool| {
            event_loop::with(|l| l.timer_ref.set(on))
        })?,
    )?;
    o.set(
        "setImmediatePending",
        Function::new(ctx.clone(), |on: bool| {
            event_loop::with(|l| l.immediate_pending.set(on))
        })?,
    )?;
    o.set(
        "setImmediateRefCount",
        Function::new(ctx.clone(), |n: u32| {
            event_loop::with(|l| l.immediate_refs.set(n))
        })?,
    )?;
    o.set(
        "markTickScheduled",
        Function::new(ctx.clone(), || {
            event_loop::with(|l| l.tick_scheduled.set(true))
        })?,
    )?;
    o.set(
        "clearTickScheduled",
        Function::new(ctx.clone(), || {
            event_loop::with(|l| l.tick_scheduled.set(false))
        })?,
    )?;
    o.set(
        "runMicrotasks",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>| while ctx.execute_pending_job() {},
        )?,
    )?;
    // setHook(name, fn): processTimers, processImmediate, processTicksAndRejections, uvException...
    o.set(
        "setHook",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, name: String, f: Function<'js>| {
                hooks::set(&name, Persistent::save(&ctx, f));
            },
        )?,
    )?;
    // Handle ref counting for JS-side handles that keep the loop alive.
    o.set(
        "refHandle",
        Function::new(ctx.clone(), event_loop::ref_handle)?,
    )?;
    o.set(
        "unrefHandle",
        Function::new(ctx.clone(), event_loop::unref_handle)?,
    )?;
    Ok(())
}
