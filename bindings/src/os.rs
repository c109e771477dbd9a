//! os natives.
use rquickjs::{Ctx, Function, Object, Result};
use std::ffi::CStr;

fn uname() -> [String; 4] {
    // Safety: uname fills the zeroed struct with NUL-terminated strings.
    unsafe {
        let mut u: libc::utsname = std::mem::zeroed();
        libc::uname(&mut u);
        let f = |p: &[libc::c_char]| CStr::from_ptr(p.as_ptr()).to_string_lossy().into_owned();
        [f(&u.sysname), f(&u.release), f(&u.version), f(&u.machine)]
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "getHostname",
        Function::new(ctx.clone(), || {
            let mut buf = [0u8; 256];
            // Safety: gethostname writes at most buf.len() bytes.
            unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
            let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
            String::from_utf8_lossy(&buf[..end]).into_owned()
        })?,
    )?;
    o.set("getUname", Function::new(ctx.clone(), || uname().to_vec())?)?;
    Ok(())
}
