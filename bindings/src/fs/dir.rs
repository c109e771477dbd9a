//! fs.opendir: directory streams kept here by id (Node's DirHandle), read in batches.
use super::{dispatch, ops::dirent_type, path_arg, FsError, Out};
use rquickjs::function::Opt;
use rquickjs::{Ctx, Function, Object, Result, Value};
use std::collections::HashMap;
use std::fs::ReadDir;
use std::io;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock};

fn table() -> &'static Mutex<HashMap<u32, ReadDir>> {
    static T: OnceLock<Mutex<HashMap<u32, ReadDir>>> = OnceLock::new();
    T.get_or_init(|| Mutex::new(HashMap::new()))
}

static NEXT: AtomicU32 = AtomicU32::new(1);

fn ebadf() -> io::Error {
    io::Error::from_raw_os_error(libc::EBADF)
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    fn req<'js>(ctx: &Ctx<'js>, r: Opt<Value<'js>>) -> Value<'js> {
        r.0.unwrap_or_else(|| Value::new_undefined(ctx.clone()))
    }
    o.set(
        "opendir",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, p: Value<'js>, r: Opt<Value<'js>>| -> Result<Value<'js>> {
                let p = path_arg(&ctx, &p)?;
                dispatch(&ctx, req(&ctx, r), move || {
                    // Node's opendir errors carry no path.
                    let rd = std::fs::read_dir(&p.buf).map_err(|e| FsError::new(e, "opendir"))?;
                    let id = NEXT.fetch_add(1, Ordering::Relaxed);
                    table()
                        .lock()
                        .map_err(|_| FsError::new(ebadf(), "opendir"))?
                        .insert(id, rd);
                    Ok(Out::Num(id as f64))
                })
            },
        )?,
    )?;
    // dirRead(id, max, buffer, req) -> [names, types]; empty at the end.
    o.set(
        "dirRead",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             id: u32,
             max: u32,
             buffer: bool,
             r: Opt<Value<'js>>|
             -> Result<Value<'js>> {
                dispatch(&ctx, req(&ctx, r), move || {
                    // Take the stream out so other dirs are not blocked while this one reads.
                    let mut rd = table()
                        .lock()
                        .ok()
                        .and_then(|mut t| t.remove(&id))
                        .ok_or_else(|| FsError::new(ebadf(), "scandir"))?;
                    let mut names = Vec::new();
                    let mut types = Vec::new();
                    let mut err = None;
                    while names.len() < max.max(1) as usize {
                        match rd.next() {
                            None => break,
                            Some(Ok(e)) => {
                                types.push(e.file_type().map(dirent_type).unwrap_or(0));
                                names.push(e.file_name().into_encoded_bytes());
                            }
                            Some(Err(e)) => {
                                err = Some(e);
                                break;
                            }
                        }
                    }
                    if let Ok(mut t) = table().lock() {
                        t.insert(id, rd);
                    }
                    if let Some(e) = err {
                        return Err(FsError::new(e, "scandir"));
                    }
                    Ok(Out::Names {
                        names,
                        types: Some(types),
                        buffer,
                    })
                })
            },
        )?,
    )?;
    o.set(
        "dirClose",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, id: u32, r: Opt<Value<'js>>| -> Result<Value<'js>> {
                dispatch(&ctx, req(&ctx, r), move || {
                    let removed = table().lock().ok().and_then(|mut t| t.remove(&id));
                    match removed {
                        Some(_) => Ok(Out::Undef),
                        None => Err(FsError::new(ebadf(), "closedir")),
                    }
                })
            },
        )?,
    )?;
    Ok(())
}
