//! One external media channel's audio, whichever way it travels: the media
//! WebSocket (chan_websocket) or RTP (chan_rtp). Taps and injects read and
//! write samples here and need not know which.

use crate::error::Result;
use crate::media::control::{self, Control};
use crate::media::format::Format;
use crate::media::rtp::RtpLink;
use crate::media::socket::{MediaFrame, MediaSocket};

pub enum Link {
    Socket(Box<MediaSocket>, Format),
    Rtp(Box<RtpLink>),
}

/// What came from Asterisk.
pub enum Heard {
    Audio {
        samples: Vec<i16>,
        /// As it came (a G.711 tap to stdout writes these).
        raw: Vec<u8>,
        /// Frames missing before this one (RTP only: the WebSocket is TCP).
        lost_before: u32,
    },
    Control(Control),
    /// A text frame that is not a control message.
    Text(String),
    Closed(String),
}

impl Link {
    pub fn format(&self) -> Format {
        match self {
            Link::Socket(_, format) => *format,
            Link::Rtp(rtp) => rtp.format(),
        }
    }

    /// `websocket` or `rtp`, for what ari tells people.
    pub fn transport(&self) -> &'static str {
        match self {
            Link::Socket(..) => "websocket",
            Link::Rtp(_) => "rtp",
        }
    }

    pub async fn next(&mut self) -> Heard {
        match self {
            Link::Socket(socket, format) => match socket.next().await {
                MediaFrame::Audio(raw) => {
                    let mut samples = Vec::with_capacity(raw.len());
                    format.decode(&raw, false, &mut samples);
                    Heard::Audio {
                        samples,
                        raw,
                        lost_before: 0,
                    }
                }
                MediaFrame::Control(c) => Heard::Control(c),
                MediaFrame::Text(t) => Heard::Text(t),
                MediaFrame::Closed(why) => Heard::Closed(why),
            },
            Link::Rtp(rtp) => match rtp.next().await {
                Ok(packet) => Heard::Audio {
                    samples: packet.samples,
                    raw: packet.payload,
                    lost_before: packet.lost_before,
                },
                Err(e) => Heard::Closed(e.message),
            },
        }
    }

    pub async fn send(&mut self, samples: &[i16]) -> Result<()> {
        match self {
            Link::Socket(socket, format) => {
                let mut bytes = Vec::with_capacity(samples.len() * 2);
                format.encode(samples, false, &mut bytes);
                socket.send_audio(bytes).await
            }
            Link::Rtp(rtp) => rtp.send(samples).await,
        }
    }

    /// Ask to be told when Asterisk has played out everything sent so far;
    /// `false` when the transport cannot say (RTP).
    pub async fn mark(&mut self, id: &str) -> Result<bool> {
        match self {
            Link::Socket(socket, _) => {
                socket.send_command(control::mark(id)).await?;
                Ok(true)
            }
            Link::Rtp(_) => Ok(false),
        }
    }

    pub async fn close(self) {
        if let Link::Socket(socket, _) = self {
            socket.close().await;
        }
    }
}
