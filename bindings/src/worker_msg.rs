//! A message crossing threads: a value serialised by QuickJS's object writer on one
//! runtime and read back on another. SharedArrayBuffers travel as pointers into the
//! shared allocator (worker_sab), with a reference held for as long as the message is
//! in flight. The JS side (internal/worker/serialize) has already applied the structured
//! clone rules, so what reaches the writer is plain data.
use crate::worker_sab;
use rquickjs::{qjs, Ctx, Exception, Result, Value};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

const FLAGS: i32 = (qjs::JS_WRITE_OBJ_SAB | qjs::JS_WRITE_OBJ_REFERENCE) as i32;
const READ_FLAGS: i32 = (qjs::JS_READ_OBJ_SAB | qjs::JS_READ_OBJ_REFERENCE) as i32;

pub struct Msg {
    bytes: Vec<u8>,
    sabs: Vec<usize>,
}

impl Drop for Msg {
    fn drop(&mut self) {
        for &p in &self.sabs {
            // Safety: each pointer was dup'ed when the message was written.
            unsafe { worker_sab::sab_free(std::ptr::null_mut(), p as *mut std::ffi::c_void) };
        }
    }
}

impl Msg {
    /// Serialise `v` on this thread.
    pub fn write<'js>(ctx: &Ctx<'js>, v: &Value<'js>) -> Result<Msg> {
        let raw = ctx.as_raw().as_ptr();
        let mut size: usize = 0;
        let mut tab = qjs::JSSABTab {
            tab: std::ptr::null_mut(),
            len: 0,
        };
        // Safety: the writer returns a js_malloc'ed buffer (or null with an exception
        // pending); both the buffer and the SAB table are freed with js_free below.
        unsafe {
            let buf = qjs::JS_WriteObject2(
                raw,
                &mut size as *mut usize as _,
                v.as_raw(),
                FLAGS,
                &mut tab,
            );
            if buf.is_null() {
                if !tab.tab.is_null() {
                    qjs::js_free(raw, tab.tab as _);
                }
                return Err(rquickjs::Error::Exception);
            }
            let bytes = std::slice::from_raw_parts(buf, size).to_vec();
            qjs::js_free(raw, buf as _);
            let mut sabs = Vec::with_capacity(tab.len as usize);
            for i in 0..tab.len as usize {
                let p = *tab.tab.add(i);
                worker_sab::sab_dup(std::ptr::null_mut(), p as _);
                sabs.push(p as usize);
            }
            if !tab.tab.is_null() {
                qjs::js_free(raw, tab.tab as _);
            }
            Ok(Msg { bytes, sabs })
        }
    }

    /// Deserialise on the receiving thread.
    pub fn read<'js>(&self, ctx: &Ctx<'js>) -> Result<Value<'js>> {
        let raw = ctx.as_raw().as_ptr();
        let mut tab = qjs::JSSABTab {
            tab: std::ptr::null_mut(),
            len: 0,
        };
        // Safety: the bytes come from Msg::write in this process (same engine build), so
        // the SAB pointers are live blocks of the shared allocator, kept by self.sabs.
        let v = unsafe {
            let v = qjs::JS_ReadObject2(
                raw,
                self.bytes.as_ptr(),
                self.bytes.len() as _,
                READ_FLAGS,
                &mut tab,
            );
            if !tab.tab.is_null() {
                qjs::js_free(raw, tab.tab as _);
            }
            Value::from_raw(ctx.clone(), v)
        };
        if v.is_exception() {
            return Err(rquickjs::Error::Exception);
        }
        Ok(v)
    }
}

// Safety: the bytes are plain data; the SAB pointers refer to blocks of the shared,
// thread-safe allocator and are only released through its atomic count.
unsafe impl Send for Msg {}

/// A queue between two threads plus a wake-up for the receiving thread's loop. The
/// receiver can also drain it synchronously (receiveMessageOnPort).
pub struct Mailbox<T> {
    queue: Mutex<VecDeque<T>>,
    pub notify: tokio::sync::Notify,
}

impl<T> Mailbox<T> {
    pub fn new() -> Arc<Self> {
        Arc::new(Mailbox {
            queue: Mutex::new(VecDeque::new()),
            notify: tokio::sync::Notify::new(),
        })
    }

    pub fn push(&self, item: T) {
        if let Ok(mut q) = self.queue.lock() {
            q.push_back(item);
        }
        self.notify.notify_one();
    }

    pub fn pop(&self) -> Option<T> {
        self.queue.lock().ok().and_then(|mut q| q.pop_front())
    }
}

pub fn throw<'js>(ctx: &Ctx<'js>, msg: &str) -> rquickjs::Error {
    Exception::throw_internal(ctx, msg)
}
