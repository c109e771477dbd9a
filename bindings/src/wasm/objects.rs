//! WebAssembly.Memory, Table and Global: wasmi objects behind small integer ids;
//! wasm.js wraps each id in its class (one wrapper per id).
use super::convert::{from_js, parse_type, ref_from_js, ref_to_js, to_js, type_name};
use super::{handle_key, state, LiveBuffer, WasmState};
use rquickjs::{qjs, Array, Ctx, Exception, Function, Object, Result, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use wasmi::{Global, Memory, MemoryType, Mutability, Ref, RefType, Table, TableType};

fn intern<H: Copy>(list: &RefCell<Vec<H>>, ids: &RefCell<HashMap<u64, u32>>, h: H) -> u32 {
    let key = handle_key(&h);
    if let Some(id) = ids.borrow().get(&key) {
        return *id;
    }
    let mut l = list.borrow_mut();
    l.push(h);
    let id = (l.len() - 1) as u32;
    ids.borrow_mut().insert(key, id);
    id
}

pub(crate) fn memory_id(st: &WasmState<'_>, m: Memory) -> u32 {
    intern(&st.memories, &st.memory_ids, m)
}

pub(crate) fn table_id(st: &WasmState<'_>, t: Table) -> u32 {
    intern(&st.tables, &st.table_ids, t)
}

pub(crate) fn global_id(st: &WasmState<'_>, g: Global) -> u32 {
    intern(&st.globals, &st.global_ids, g)
}

fn get<H: Copy>(ctx: &Ctx<'_>, list: &RefCell<Vec<H>>, id: u32) -> Result<H> {
    list.borrow()
        .get(id as usize)
        .copied()
        .ok_or_else(|| Exception::throw_type(ctx, "invalid WebAssembly object"))
}

// --- Memory -------------------------------------------------------------------

fn mem_new<'js>(ctx: Ctx<'js>, initial: u32, maximum: Option<u32>) -> Result<u32> {
    let st = state(&ctx)?;
    let r = st.with_store(|cx| Memory::new(cx, MemoryType::new(initial, maximum)));
    match r {
        Ok(m) => Ok(memory_id(st, m)),
        Err(_) => Err(Exception::throw_range(
            &ctx,
            "WebAssembly.Memory(): could not allocate memory",
        )),
    }
}

/// grow(delta) -> the old size in pages; the old buffer is detached.
fn mem_grow<'js>(ctx: Ctx<'js>, id: u32, delta: u32) -> Result<f64> {
    let st = state(&ctx)?;
    let m = get(&ctx, &st.memories, id)?;
    let r = st.with_store(|cx| m.grow(cx, u64::from(delta)));
    // Even grow(0) detaches the buffer (the JS API's "refresh").
    detach_buffer(&ctx, st, id);
    match r {
        Ok(old) => Ok(old as f64),
        Err(_) => Err(Exception::throw_range(
            &ctx,
            "WebAssembly.Memory.grow(): Maximum memory size exceeded",
        )),
    }
}

fn detach_buffer<'js>(ctx: &Ctx<'js>, st: &WasmState<'js>, id: u32) {
    let pos = st.buffers.borrow().iter().position(|b| b.mem == id);
    if let Some(i) = pos {
        let b = st.buffers.borrow_mut().swap_remove(i);
        // SAFETY: our external buffer; detaching frees nothing.
        unsafe { qjs::JS_DetachArrayBuffer(ctx.as_raw().as_ptr(), b.buffer.as_raw()) };
    }
}

/// The memory's bytes as an ArrayBuffer, no copy: the same object until the memory
/// grows or moves, then it is detached and a new one made.
fn mem_buffer<'js>(ctx: Ctx<'js>, id: u32) -> Result<Value<'js>> {
    let st = state(&ctx)?;
    st.sync_buffers(&ctx);
    if let Some(b) = st.buffers.borrow().iter().find(|b| b.mem == id) {
        return Ok(b.buffer.clone());
    }
    let m = get(&ctx, &st.memories, id)?;
    let (ptr, len) = st.with_store(|cx| (m.data_ptr(&cx), m.data_size(&cx)));
    // SAFETY: `ptr..ptr+len` is the memory's live allocation; without a realloc
    // function QuickJS never frees or resizes it, and `sync_buffers` detaches the
    // buffer before the allocation can move.
    let raw = unsafe {
        qjs::JS_NewArrayBuffer(
            ctx.as_raw().as_ptr(),
            ptr,
            len as _,
            0,
            None,
            std::ptr::null_mut(),
            false,
        )
    };
    if unsafe { qjs::JS_IsException(raw) } {
        return Err(rquickjs::Error::Exception);
    }
    // SAFETY: a fresh owned value from this context.
    let buffer = unsafe { Value::from_raw(ctx.clone(), raw) };
    st.buffers.borrow_mut().push(LiveBuffer {
        mem: id,
        ptr,
        len,
        buffer: buffer.clone(),
    });
    Ok(buffer)
}

// --- Table --------------------------------------------------------------------

fn ref_type(ctx: &Ctx<'_>, s: &str) -> Result<RefType> {
    match s {
        "anyfunc" | "funcref" => Ok(RefType::Func),
        "externref" => Ok(RefType::Extern),
        _ => Err(Exception::throw_type(ctx, "invalid table element type")),
    }
}

fn table_new<'js>(
    ctx: Ctx<'js>,
    elem: String,
    initial: u32,
    maximum: Option<u32>,
    init: Value<'js>,
) -> Result<u32> {
    let st = state(&ctx)?;
    let rt = ref_type(&ctx, &elem)?;
    let init = ref_from_js(&ctx, st, rt, &init)?;
    let r = st.with_store(|cx| Table::new(cx, TableType::new(rt, initial, maximum), init));
    match r {
        Ok(t) => Ok(table_id(st, t)),
        Err(_) => Err(Exception::throw_range(
            &ctx,
            "WebAssembly.Table(): could not allocate table",
        )),
    }
}

fn table_length<'js>(ctx: Ctx<'js>, id: u32) -> Result<f64> {
    let st = state(&ctx)?;
    let t = get(&ctx, &st.tables, id)?;
    Ok(st.with_store(|cx| t.size(&cx)) as f64)
}

fn table_element<'js>(ctx: Ctx<'js>, id: u32) -> Result<&'static str> {
    let st = state(&ctx)?;
    let t = get(&ctx, &st.tables, id)?;
    Ok(match st.with_store(|cx| t.ty(&cx).element()) {
        RefType::Func => "anyfunc",
        RefType::Extern => "externref",
    })
}

fn table_get<'js>(ctx: Ctx<'js>, id: u32, index: u32) -> Result<Value<'js>> {
    let st = state(&ctx)?;
    let t = get(&ctx, &st.tables, id)?;
    let r: Option<Ref> = st.with_store(|cx| t.get(&cx, u64::from(index)));
    match r {
        Some(r) => ref_to_js(&ctx, st, &r),
        None => Err(Exception::throw_range(&ctx, "table index is out of bounds")),
    }
}

fn table_set<'js>(ctx: Ctx<'js>, id: u32, index: u32, v: Value<'js>) -> Result<()> {
    let st = state(&ctx)?;
    let t = get(&ctx, &st.tables, id)?;
    let rt = st.with_store(|cx| t.ty(&cx).element());
    let r = ref_from_js(&ctx, st, rt, &v)?;
    st.with_store(|cx| t.set(cx, u64::from(index), r))
        .map_err(|_| Exception::throw_range(&ctx, "table index is out of bounds"))
}

fn table_grow<'js>(ctx: Ctx<'js>, id: u32, delta: u32, v: Value<'js>) -> Result<f64> {
    let st = state(&ctx)?;
    let t = get(&ctx, &st.tables, id)?;
    let rt = st.with_store(|cx| t.ty(&cx).element());
    let r = ref_from_js(&ctx, st, rt, &v)?;
    // -1 when the table cannot grow (wasm.js words the RangeError).
    Ok(match st.with_store(|cx| t.grow(cx, u64::from(delta), r)) {
        Ok(old) => old as f64,
        Err(_) => -1.0,
    })
}

// --- Global -------------------------------------------------------------------

fn global_new<'js>(ctx: Ctx<'js>, ty: String, mutable: bool, v: Value<'js>) -> Result<u32> {
    let st = state(&ctx)?;
    let t = parse_type(&ty).ok_or_else(|| Exception::throw_type(&ctx, "invalid global type"))?;
    let val = from_js(&ctx, st, t, &v)?;
    let m = if mutable {
        Mutability::Var
    } else {
        Mutability::Const
    };
    let g = st.with_store(|cx| Global::new(cx, val, m));
    Ok(global_id(st, g))
}

fn global_get<'js>(ctx: Ctx<'js>, id: u32) -> Result<Value<'js>> {
    let st = state(&ctx)?;
    let g = get(&ctx, &st.globals, id)?;
    let v = st.with_store(|cx| g.get(&cx));
    to_js(&ctx, st, &v)
}

fn global_set<'js>(ctx: Ctx<'js>, id: u32, v: Value<'js>) -> Result<()> {
    let st = state(&ctx)?;
    let g = get(&ctx, &st.globals, id)?;
    let t = st.with_store(|cx| g.ty(&cx).content());
    let val = from_js(&ctx, st, t, &v)?;
    st.with_store(|cx| g.set(cx, val))
        .map_err(|_| Exception::throw_type(&ctx, "Can't set the value of an immutable global."))
}

/// [valueType, mutable]
fn global_type<'js>(ctx: Ctx<'js>, id: u32) -> Result<Array<'js>> {
    let st = state(&ctx)?;
    let g = get(&ctx, &st.globals, id)?;
    let t = st.with_store(|cx| g.ty(&cx));
    let a = Array::new(ctx.clone())?;
    a.set(0, type_name(t.content()))?;
    a.set(1, t.mutability() == Mutability::Var)?;
    Ok(a)
}

pub(super) fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set("memNew", Function::new(ctx.clone(), mem_new)?)?;
    o.set("memGrow", Function::new(ctx.clone(), mem_grow)?)?;
    o.set("memBuffer", Function::new(ctx.clone(), mem_buffer)?)?;
    o.set("tableNew", Function::new(ctx.clone(), table_new)?)?;
    o.set("tableLength", Function::new(ctx.clone(), table_length)?)?;
    o.set("tableElement", Function::new(ctx.clone(), table_element)?)?;
    o.set("tableGet", Function::new(ctx.clone(), table_get)?)?;
    o.set("tableSet", Function::new(ctx.clone(), table_set)?)?;
    o.set("tableGrow", Function::new(ctx.clone(), table_grow)?)?;
    o.set("globalNew", Function::new(ctx.clone(), global_new)?)?;
    o.set("globalGet", Function::new(ctx.clone(), global_get)?)?;
    o.set("globalSet", Function::new(ctx.clone(), global_set)?)?;
    o.set("globalType", Function::new(ctx.clone(), global_type)?)?;
    Ok(())
}
