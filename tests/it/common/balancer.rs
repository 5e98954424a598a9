//! A round-robin TCP load balancer on loopback, as nginx's `upstream` would be in front of
//! several `serve` instances: each new connection goes to the next instance that accepts it,
//! so when one instance dies its share moves to the others.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

pub struct Balancer {
    pub url: String,
    stop: Arc<AtomicBool>,
    /// Connections sent to each upstream, in order.
    pub sent: Arc<Vec<AtomicUsize>>,
}

impl Balancer {
    pub fn start(upstreams: Vec<String>) -> Balancer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        listener.set_nonblocking(true).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let sent: Arc<Vec<AtomicUsize>> =
            Arc::new(upstreams.iter().map(|_| AtomicUsize::new(0)).collect());
        let (stop2, sent2) = (stop.clone(), sent.clone());
        std::thread::spawn(move || {
            let mut next = 0usize;
            while !stop2.load(Ordering::Relaxed) {
                let client = match listener.accept() {
                    Ok((c, _)) => c,
                    Err(_) => {
                        std::thread::sleep(Duration::from_millis(2));
                        continue;
                    }
                };
                client.set_nonblocking(false).unwrap();
                // The next upstream that accepts the connection.
                let upstream = (0..upstreams.len()).find_map(|i| {
                    let at = (next + i) % upstreams.len();
                    TcpStream::connect(&upstreams[at]).ok().map(|s| (at, s))
                });
                next += 1;
                let Some((at, server)) = upstream else {
                    continue;
                };
                sent2[at].fetch_add(1, Ordering::Relaxed);
                pipe(client, server);
            }
        });
        Balancer { url, stop, sent }
    }
}

impl Drop for Balancer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// Copies bytes both ways until either side closes.
fn pipe(client: TcpStream, server: TcpStream) {
    let (c2, s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
    std::thread::spawn(move || copy(client, server));
    std::thread::spawn(move || copy(s2, c2));
}

fn copy(mut from: TcpStream, mut to: TcpStream) {
    let mut buf = [0u8; 16 * 1024];
    loop {
        match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                if to.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
        }
    }
    let _ = to.shutdown(Shutdown::Write);
    let _ = from.shutdown(Shutdown::Read);
}
