//! External media: the channels `POST /channels/externalMedia` makes and
//! the audio they carry. An application connects to a WebSocket one at
//! `/media/{id}` (`socket`) or exchanges RTP with a UnicastRTP one (`udp`,
//! `rtp`); each holds a `stream` whose incoming audio waits in a `playout`
//! queue and whose TEXT protocol is in `control`. The media `clock` moves
//! every stream and live recording on 20 ms at a time, and `hearing`
//! decides what each hears, as `signal`s made of the test tone and the
//! streams' voices, written in any `codec`.
//!
//! Audio is simulated, not real: every prompt or music plays as a 440 Hz
//! tone for as long as it lasts; what applications send is carried as it
//! is.

pub mod clock;
pub mod codec;
pub mod control;
pub mod hearing;
pub mod playout;
pub mod rtp;
pub mod signal;
pub mod socket;
pub mod stream;
pub mod udp;
