//! SharedArrayBuffer memory that several JS runtimes (threads) can share: QuickJS asks the
//! embedder to allocate, duplicate and free SAB data. Every block carries an atomic
//! reference count in a header in front of the data, so a buffer lives as long as any
//! runtime (or an in-flight message) still holds it.
use rquickjs::qjs;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Header size: keeps the data 16-byte aligned (malloc's alignment).
const HEADER: usize = 16;

unsafe extern "C" fn sab_alloc(
    _opaque: *mut std::ffi::c_void,
    size: qjs::size_t,
) -> *mut std::ffi::c_void {
    let Some(total) = (size as usize).checked_add(HEADER) else {
        return std::ptr::null_mut();
    };
    // Safety: a fresh block of `total` bytes; the header holds the count.
    let base = libc::malloc(total) as *mut u8;
    if base.is_null() {
        return std::ptr::null_mut();
    }
    (base as *mut AtomicUsize).write(AtomicUsize::new(1));
    base.add(HEADER) as *mut std::ffi::c_void
}

unsafe fn count<'a>(ptr: *mut std::ffi::c_void) -> &'a AtomicUsize {
    &*((ptr as *mut u8).sub(HEADER) as *const AtomicUsize)
}

/// Add a reference to SAB data returned by `sab_alloc`.
pub unsafe extern "C" fn sab_dup(_opaque: *mut std::ffi::c_void, ptr: *mut std::ffi::c_void) {
    if !ptr.is_null() {
        count(ptr).fetch_add(1, Ordering::Relaxed);
    }
}

/// Drop a reference; the last one frees the block.
pub unsafe extern "C" fn sab_free(_opaque: *mut std::ffi::c_void, ptr: *mut std::ffi::c_void) {
    if ptr.is_null() {
        return;
    }
    if count(ptr).fetch_sub(1, Ordering::AcqRel) == 1 {
        libc::free((ptr as *mut u8).sub(HEADER) as *mut libc::c_void);
    }
}

/// Give a runtime the shared allocator and let Atomics.wait block (Node allows it on
/// every thread). Call before the runtime creates any SharedArrayBuffer.
///
/// # Safety
/// `rt` must be a live runtime owned by the calling thread.
pub unsafe fn install(rt: *mut qjs::JSRuntime) {
    let funcs = qjs::JSSharedArrayBufferFunctions {
        sab_alloc: Some(sab_alloc),
        sab_free: Some(sab_free),
        sab_dup: Some(sab_dup),
        sab_opaque: std::ptr::null_mut(),
    };
    // Safety: QuickJS copies the struct; the caller guarantees `rt`.
    unsafe {
        qjs::JS_SetSharedArrayBufferFunctions(rt, &funcs);
        qjs::JS_SetCanBlock(rt, true);
    }
}
