#![allow(non_upper_case_globals)]
#![allow(non_camel_case_types)]
#![allow(non_snake_case)]
#![allow(clippy::unreadable_literal)]
#![allow(clippy::missing_safety_doc)]
#![allow(clippy::upper_case_acronyms)]
#![allow(clippy::uninlined_format_args)]
#![no_std]

use ::core::ptr;

/// Common error message for converting between C `size_t` and Rust `usize`;
pub const SIZE_T_ERROR: &str =
    "conversion between C type 'size_t' and Rust type 'usize' overflowed.";

include!(concat!(env!("OUT_DIR"), "/bindings.rs"));

#[cfg(not(feature = "bindgen"))]
include!(concat!("bindings/", bindings_env!("TARGET"), ".rs"));

#[cfg(target_pointer_width = "64")]
include!("inlines/ptr_64.rs");

#[cfg(target_pointer_width = "32")]
include!("inlines/ptr_32_nan_boxing.rs");

include!("inlines/common.rs");

// minode's engine patches (quickjs/quickjs.h, "minode patch").
extern "C" {
    /// Sets the context's async context (takes ownership of `value`) and returns
    /// the previous one (owned by the caller).
    pub fn JS_SwapAsyncContext(ctx: *mut JSContext, value: JSValue) -> JSValue;
}

extern "C" {
    /// Releases the WeakRef targets kept alive during the current job (the spec's
    /// ClearKeptObjects); the embedder calls it after each job's microtasks.
    pub fn JS_ClearKeptObjects(ctx: *mut JSContext);
}
