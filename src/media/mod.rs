//! Audio to and from a call: the formats Asterisk speaks, WAV files, levels,
//! and the two ways media reaches `ari` (chan_websocket's media WebSocket and
//! RTP over UDP). The commands that use them (`channels tap`, `inject`,
//! `media serve`) live in `commands::media`.

pub mod audio;
pub mod control;
pub mod format;
pub mod level;
pub mod link;
pub mod rtp;
pub mod socket;
pub mod verbs;
pub mod wav;
