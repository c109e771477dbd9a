//! stat/lstat/fstat/statfs: fields go to JS as an ArrayBuffer of f64 (or i64 for
//! `bigint`) that js/internal/fs/utils.js turns into Stats/BigIntStats/StatFs.
use super::{cvt, dispatch, path_arg, FsError, FsPath, Out};
use super::{req, Req};
use rquickjs::ArrayBuffer;
use rquickjs::{Ctx, Function, Object, Result, Value};
use std::io;

/// dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
/// atime s/ns, mtime s/ns, ctime s/ns, birthtime s/ns.
pub(crate) struct StatBuf(pub [i64; 18]);

impl StatBuf {
    pub fn into_js<'js>(self, ctx: &Ctx<'js>, bigint: bool) -> Result<Value<'js>> {
        if bigint {
            Ok(ArrayBuffer::new(ctx.clone(), self.0.to_vec())?.into_value())
        } else {
            let v: Vec<f64> = self.0.iter().map(|&x| x as f64).collect();
            Ok(ArrayBuffer::new(ctx.clone(), v)?.into_value())
        }
    }
}

fn makedev(major: u32, minor: u32) -> i64 {
    let (ma, mi) = (major as u64, minor as u64);
    (((ma & 0xffff_f000) << 32) | ((ma & 0xfff) << 8) | ((mi & 0xffff_ff00) << 12) | (mi & 0xff))
        as i64
}

fn from_stat(st: &libc::stat) -> StatBuf {
    StatBuf([
        st.st_dev as i64,
        st.st_mode as i64,
        st.st_nlink as i64,
        st.st_uid as i64,
        st.st_gid as i64,
        st.st_rdev as i64,
        st.st_blksize as i64,
        st.st_ino as i64,
        st.st_size as i64,
        st.st_blocks as i64,
        st.st_atime as i64,
        st.st_atime_nsec as i64,
        st.st_mtime as i64,
        st.st_mtime_nsec as i64,
        st.st_ctime as i64,
        st.st_ctime_nsec as i64,
        st.st_ctime as i64,
        st.st_ctime_nsec as i64,
    ])
}

/// statx (for birthtime), falling back to fstatat where the kernel lacks it.
fn stat_at(fd: libc::c_int, path: &std::ffi::CStr, flags: libc::c_int) -> io::Result<StatBuf> {
    // Safety: zeroed plain-data structs filled by the kernel.
    unsafe {
        let mut sx: libc::statx = std::mem::zeroed();
        let r = libc::statx(
            fd,
            path.as_ptr(),
            flags | libc::AT_STATX_SYNC_AS_STAT,
            libc::STATX_BASIC_STATS | libc::STATX_BTIME,
            &mut sx,
        );
        if r == 0 {
            let (bs, bn) = if sx.stx_mask & libc::STATX_BTIME != 0 {
                (sx.stx_btime.tv_sec, sx.stx_btime.tv_nsec as i64)
            } else {
                (sx.stx_ctime.tv_sec, sx.stx_ctime.tv_nsec as i64)
            };
            return Ok(StatBuf([
                makedev(sx.stx_dev_major, sx.stx_dev_minor),
                sx.stx_mode as i64,
                sx.stx_nlink as i64,
                sx.stx_uid as i64,
                sx.stx_gid as i64,
                makedev(sx.stx_rdev_major, sx.stx_rdev_minor),
                sx.stx_blksize as i64,
                sx.stx_ino as i64,
                sx.stx_size as i64,
                sx.stx_blocks as i64,
                sx.stx_atime.tv_sec,
                sx.stx_atime.tv_nsec as i64,
                sx.stx_mtime.tv_sec,
                sx.stx_mtime.tv_nsec as i64,
                sx.stx_ctime.tv_sec,
                sx.stx_ctime.tv_nsec as i64,
                bs,
                bn,
            ]));
        }
        let e = io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::ENOSYS) {
            return Err(e);
        }
        let mut st: libc::stat = std::mem::zeroed();
        cvt(libc::fstatat(fd, path.as_ptr(), &mut st, flags))?;
        Ok(from_stat(&st))
    }
}

pub(crate) fn stat_path(p: &FsPath, follow: bool) -> io::Result<StatBuf> {
    let c = p.cstr()?;
    stat_at(
        libc::AT_FDCWD,
        &c,
        if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW },
    )
}

pub(crate) fn stat_fd(fd: i32) -> io::Result<StatBuf> {
    stat_at(fd, c"", libc::AT_EMPTY_PATH)
}

fn is_missing(e: &io::Error) -> bool {
    e.raw_os_error() == Some(libc::ENOENT)
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    macro_rules! f {
        ($name:literal, $f:expr) => {
            o.set($name, Function::new(ctx.clone(), $f)?)?;
        };
    }

    f!("fstat", |ctx: Ctx<'js>,
                 fd: i32,
                 bigint: bool,
                 r: Req<'js>|
     -> Result<Value<'js>> {
        dispatch(&ctx, req(&ctx, r), move || {
            let st = stat_fd(fd).map_err(|e| FsError::new(e, "fstat"))?;
            Ok(Out::Stat(st, bigint))
        })
    });

    for (name, follow) in [("stat", true), ("lstat", false)] {
        let syscall: &'static str = name;
        o.set(
            name,
            Function::new(
                ctx.clone(),
                move |ctx: Ctx<'js>,
                      p: Value<'js>,
                      bigint: bool,
                      throw_missing: bool,
                      r: Req<'js>|
                      -> Result<Value<'js>> {
                    let p = path_arg(&ctx, &p)?;
                    dispatch(&ctx, req(&ctx, r), move || match stat_path(&p, follow) {
                        Ok(st) => Ok(Out::Stat(st, bigint)),
                        Err(e) if !throw_missing && is_missing(&e) => Ok(Out::Undef),
                        Err(e) => Err(FsError::path(e, syscall, &p)),
                    })
                },
            )?,
        )?;
    }

    f!("statfs", |ctx: Ctx<'js>,
                  p: Value<'js>,
                  bigint: bool,
                  r: Req<'js>|
     -> Result<Value<'js>> {
        let p = path_arg(&ctx, &p)?;
        dispatch(&ctx, req(&ctx, r), move || {
            let c = p.cstr().map_err(|e| FsError::path(e, "statfs", &p))?;
            // Safety: zeroed struct filled by the kernel.
            let mut s: libc::statfs = unsafe { std::mem::zeroed() };
            cvt(unsafe { libc::statfs(c.as_ptr(), &mut s) })
                .map_err(|e| FsError::path(e, "statfs", &p))?;
            let mut buf = StatBuf([0; 18]);
            let vals = [
                s.f_type as i64,
                s.f_bsize as i64,
                s.f_blocks as i64,
                s.f_bfree as i64,
                s.f_bavail as i64,
                s.f_files as i64,
                s.f_ffree as i64,
            ];
            buf.0[..7].copy_from_slice(&vals);
            Ok(Out::Stat(buf, bigint))
        })
    });

    Ok(())
}
