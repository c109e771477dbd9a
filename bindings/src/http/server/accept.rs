//! Accepting connections: the listener task, and starting the connection task of each
//! accepted (or adopted) socket.
use super::*;

impl HttpServer {
    pub(super) fn start(&self, l: Listener) {
        let l = Rc::new(l);
        *self.inner.listener.borrow_mut() = Some(l.clone());
        self.inner.loop_ref.set_active(true);
        let inner = self.inner.clone();
        tokio::task::spawn_local(async move {
            loop {
                let r = tokio::select! {
                    r = l.accept() => r,
                    _ = inner.stop.notified() => break,
                };
                if inner.closed.get() {
                    break;
                }
                match r {
                    Ok(sock) => spawn_conn(inner.shared.clone(), sock),
                    Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
                }
            }
        });
    }
}

pub(super) fn spawn_conn(shared: Rc<Shared>, sock: Sock) {
    if let Some(max) = shared.max_connections.get() {
        if shared.connections.get() >= max {
            return; // dropped: closed right away
        }
    }
    if !sock.is_unix() {
        let _ = set_nodelay(sock.fd(), true);
    }
    shared.connections.set(shared.connections.get() + 1);
    // An open connection keeps the process alive, like Node's sockets.
    event_loop::ref_handle();
    let conn = Rc::new(Conn {
        sock: RefCell::new(Some(Rc::new(sock))),
        shared: shared.clone(),
        js: RefCell::new(None),
        rbuf: RefCell::new(Vec::with_capacity(4096)),
        head: Cell::new((0, 0)),
        out: RefCell::new(Vec::new()),
        out_off: Cell::new(0),
        notify: Notify::new(),
        res_done: Cell::new(false),
        close_after: Cell::new(false),
        paused: Cell::new(false),
        gone: Cell::new(false),
        detached: Cell::new(false),
        want_drain: Cell::new(false),
        shutdown_req: Cell::new(false),
        in_request: Cell::new(false),
        wrote: Cell::new(false),
        bytes_read: Cell::new(0.0),
        bytes_written: Cell::new(0.0),
    });
    if shared.emit_connection.get() {
        let c = conn.clone();
        event_loop::post(Box::new(move |ctx| {
            let Some(cb) = c.shared.cb.borrow().clone() else {
                return Ok(());
            };
            let obj = c.js_object(ctx)?;
            cb.onconnection.clone().restore(ctx)?.call::<_, ()>((obj,))
        }));
    }
    tokio::task::spawn_local(async move {
        let errno = conn.run().await;
        conn.finish(errno);
    });
}
