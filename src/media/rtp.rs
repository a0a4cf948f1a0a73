//! External media over RTP (chan_rtp's `UnicastRTP`), for servers without
//! chan_websocket: Asterisk sends a packet every 20 ms to the address it was
//! given and plays out what reaches its own port. Linear audio travels
//! big-endian here (RTP's L16).

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use tokio::net::UdpSocket;

use crate::error::{Error, Result, without_os_code};
use crate::media::format::Format;

/// An RTP packet's audio, decoded.
pub struct Packet {
    pub samples: Vec<i16>,
    /// The payload as it came (raw output of a G.711 tap).
    pub payload: Vec<u8>,
    pub from: SocketAddr,
    /// Packets missing before this one (sequence numbers skipped).
    pub lost_before: u32,
}

pub struct RtpLink {
    socket: UdpSocket,
    format: Format,
    /// Where audio is sent (Asterisk's `UNICASTRTP_LOCAL_ADDRESS:PORT`).
    peer: Option<SocketAddr>,
    sequence: u16,
    timestamp: u32,
    ssrc: u32,
    last_heard: Option<u16>,
    buffer: Vec<u8>,
}

impl RtpLink {
    pub async fn bind(address: SocketAddr, format: Format) -> Result<RtpLink> {
        let socket = UdpSocket::bind(address).await.map_err(|e| {
            Error::usage(format!(
                "cannot listen for RTP on {address}: {}",
                without_os_code(&e.to_string())
            ))
        })?;
        // Any fixed values would do; these keep two taps apart in a capture.
        let seed = std::process::id() ^ (socket.local_addr().map(|a| a.port()).unwrap_or(0) as u32);
        Ok(RtpLink {
            socket,
            format,
            peer: None,
            sequence: (seed & 0xffff) as u16,
            timestamp: seed.wrapping_mul(2654435761),
            ssrc: seed.wrapping_mul(40503) | 1,
            last_heard: None,
            buffer: vec![0; 65536],
        })
    }

    pub fn local_addr(&self) -> Result<SocketAddr> {
        self.socket
            .local_addr()
            .map_err(|e| Error::internal(format!("RTP socket: {e}")))
    }

    pub fn set_peer(&mut self, peer: SocketAddr) {
        self.peer = Some(peer);
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// The next packet of audio; malformed datagrams are skipped.
    pub async fn next(&mut self) -> Result<Packet> {
        loop {
            let (len, from) = self.socket.recv_from(&mut self.buffer).await.map_err(|e| {
                Error::connection(format!("RTP: {}", without_os_code(&e.to_string())))
            })?;
            let Ok(packet) = rtp_rs::RtpReader::new(&self.buffer[..len]) else {
                continue;
            };
            // Comfort noise and DTMF events are not audio.
            let pt = packet.payload_type();
            if pt == 13 || pt == 19 || pt == 101 {
                continue;
            }
            let sequence: u16 = packet.sequence_number().into();
            let lost_before = match self.last_heard {
                Some(last) => {
                    let gap = sequence.wrapping_sub(last);
                    // A packet from before the last (reordered) or a jump of
                    // more than a second (a new stream) is no loss.
                    if gap == 0 || gap > 50 {
                        if gap == 0 || gap > 0x8000 {
                            continue;
                        }
                        0
                    } else {
                        (gap - 1) as u32
                    }
                }
                None => 0,
            };
            self.last_heard = Some(sequence);
            let payload = packet.payload().to_vec();
            let mut samples = Vec::with_capacity(payload.len());
            self.format.decode(&payload, true, &mut samples);
            return Ok(Packet {
                samples,
                payload,
                from,
                lost_before,
            });
        }
    }

    /// One frame of audio to the peer.
    pub async fn send(&mut self, samples: &[i16]) -> Result<()> {
        let Some(peer) = self.peer else {
            return Err(Error::internal("RTP: no address to send to"));
        };
        let mut payload = Vec::with_capacity(samples.len() * 2);
        self.format.encode(samples, true, &mut payload);
        let packet = rtp_rs::RtpPacketBuilder::new()
            .payload_type(self.format.rtp_payload_type())
            .sequence(self.sequence.into())
            .timestamp(self.timestamp)
            .ssrc(self.ssrc)
            .payload(&payload)
            .build()
            .map_err(|e| Error::internal(format!("RTP: {e:?}")))?;
        self.sequence = self.sequence.wrapping_add(1);
        self.timestamp = self.timestamp.wrapping_add(samples.len() as u32);
        self.socket.send_to(&packet, peer).await.map_err(|e| {
            Error::connection(format!(
                "RTP to {peer}: {}",
                without_os_code(&e.to_string())
            ))
        })?;
        Ok(())
    }
}

/// The address of this host that `server` would see: the local end of a
/// route to it (a UDP socket's connect sends nothing).
pub fn local_address_towards(server: &str, port: u16) -> Option<IpAddr> {
    let socket = std::net::UdpSocket::bind(("0.0.0.0", 0)).ok()?;
    socket.connect((server, port)).ok()?;
    Some(socket.local_addr().ok()?.ip())
}

/// How long a tap waits for the first RTP packet before it says Asterisk
/// cannot reach it.
pub const FIRST_PACKET_LIMIT: Duration = Duration::from_secs(3);

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn audio_crosses_and_losses_are_counted() {
        let format = Format::parse("slin16").unwrap();
        let mut a = RtpLink::bind("127.0.0.1:0".parse().unwrap(), format)
            .await
            .unwrap();
        let mut b = RtpLink::bind("127.0.0.1:0".parse().unwrap(), format)
            .await
            .unwrap();
        a.set_peer(b.local_addr().unwrap());
        let frame = vec![1234i16; format.frame_samples()];
        a.send(&frame).await.unwrap();
        let first = b.next().await.unwrap();
        assert_eq!(first.samples, frame);
        assert_eq!(first.lost_before, 0);
        a.sequence = a.sequence.wrapping_add(2); // two packets lost on the way
        a.send(&frame).await.unwrap();
        assert_eq!(b.next().await.unwrap().lost_before, 2);
        assert_eq!(
            local_address_towards("127.0.0.1", 8088),
            Some("127.0.0.1".parse().unwrap())
        );
    }
}
