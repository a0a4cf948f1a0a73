//! chan_rtp's receiving side: what arrives on a UnicastRTP channel's port
//! is played into the call, a packet per 20 ms, from whoever sends it.

use std::net::UdpSocket;
use std::sync::Arc;

use tokio::sync::oneshot;

use crate::Sim;

/// Read the channel's socket until its stream is gone (`stopped`).
pub fn receive(
    sim: &Arc<Sim>,
    channel_id: &str,
    socket: &Arc<UdpSocket>,
    stopped: oneshot::Receiver<()>,
) {
    let Ok(own) = socket.try_clone() else {
        return;
    };
    let sim = sim.clone();
    let id = channel_id.to_string();
    tokio::spawn(async move {
        let Ok(socket) = tokio::net::UdpSocket::from_std(own) else {
            return;
        };
        let mut stopped = stopped;
        let mut buffer = vec![0u8; 65_536];
        loop {
            tokio::select! {
                _ = &mut stopped => return,
                got = socket.recv_from(&mut buffer) => {
                    // An error here is a port unreachable from an earlier
                    // send: nothing to do but read on.
                    let Ok((length, _)) = got else { continue };
                    let mut st = sim.lock();
                    let Some(stream) = st.media.streams.get_mut(&id) else {
                        return;
                    };
                    stream.on_rtp(&buffer[..length]);
                }
            }
        }
    });
}
