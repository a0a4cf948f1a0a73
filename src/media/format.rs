//! The audio formats external media can carry, as Asterisk names them, and
//! what `ari` needs to know of each: rate, bytes per 20 ms frame, and how to
//! turn its bytes into 16-bit samples and back.

use audio_codec_algorithms as g711;

/// How a format's bytes hold samples.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coding {
    /// Signed 16-bit linear (Asterisk's `slin*`).
    Linear,
    /// G.711 µ-law, one byte a sample.
    Ulaw,
    /// G.711 A-law, one byte a sample.
    Alaw,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Format {
    pub name: &'static str,
    pub rate: u32,
    pub coding: Coding,
}

/// Every format `ari` can tap or inject, slowest first.
pub const FORMATS: &[Format] = &[
    Format::linear("slin", 8000),
    Format::linear("slin12", 12000),
    Format::linear("slin16", 16000),
    Format::linear("slin24", 24000),
    Format::linear("slin32", 32000),
    Format::linear("slin44", 44100),
    Format::linear("slin48", 48000),
    Format::linear("slin96", 96000),
    Format::linear("slin192", 192000),
    Format {
        name: "ulaw",
        rate: 8000,
        coding: Coding::Ulaw,
    },
    Format {
        name: "alaw",
        rate: 8000,
        coding: Coding::Alaw,
    },
];

/// What a tap asks for unless told: wideband speech, what speech tools want.
pub const DEFAULT: Format = Format::linear("slin16", 16000);

/// Asterisk frames external media in 20 ms (the `ptime` of MEDIA_START).
pub const FRAME_MS: u32 = 20;

impl Format {
    const fn linear(name: &'static str, rate: u32) -> Format {
        Format {
            name,
            rate,
            coding: Coding::Linear,
        }
    }

    pub fn parse(name: &str) -> Option<Format> {
        FORMATS.iter().copied().find(|f| f.name == name)
    }

    /// The names, for help and error messages.
    pub fn names() -> Vec<&'static str> {
        FORMATS.iter().map(|f| f.name).collect()
    }

    /// The linear format at this sample rate, if Asterisk has one.
    pub fn linear_at(rate: u32) -> Option<Format> {
        FORMATS
            .iter()
            .copied()
            .find(|f| f.coding == Coding::Linear && f.rate == rate)
    }

    pub fn bytes_per_sample(self) -> usize {
        match self.coding {
            Coding::Linear => 2,
            Coding::Ulaw | Coding::Alaw => 1,
        }
    }

    /// Samples in one 20 ms frame.
    pub fn frame_samples(self) -> usize {
        (self.rate * FRAME_MS / 1000) as usize
    }

    pub fn frame_bytes(self) -> usize {
        self.frame_samples() * self.bytes_per_sample()
    }

    /// The payload type Asterisk's RTP gives this format (its static table:
    /// external media over RTP negotiates nothing).
    pub fn rtp_payload_type(self) -> u8 {
        match self.name {
            "ulaw" => 0,
            "alaw" => 8,
            "slin" => 11,
            "slin12" => 122,
            "slin16" => 118,
            "slin24" => 123,
            "slin32" => 124,
            "slin44" => 125,
            "slin48" => 126,
            "slin96" => 127,
            _ => 96, // slin192
        }
    }

    /// Samples from bytes in this format. Linear audio is little-endian on
    /// the media WebSocket and big-endian in RTP (`big_endian`).
    pub fn decode(self, bytes: &[u8], big_endian: bool, out: &mut Vec<i16>) {
        match self.coding {
            Coding::Linear => out.extend(bytes.chunks_exact(2).map(|b| {
                let pair = [b[0], b[1]];
                if big_endian {
                    i16::from_be_bytes(pair)
                } else {
                    i16::from_le_bytes(pair)
                }
            })),
            Coding::Ulaw => out.extend(bytes.iter().map(|&b| g711::decode_ulaw(b))),
            Coding::Alaw => out.extend(bytes.iter().map(|&b| g711::decode_alaw(b))),
        }
    }

    /// Bytes in this format from samples.
    pub fn encode(self, samples: &[i16], big_endian: bool, out: &mut Vec<u8>) {
        match self.coding {
            Coding::Linear => {
                for s in samples {
                    out.extend_from_slice(&if big_endian {
                        s.to_be_bytes()
                    } else {
                        s.to_le_bytes()
                    });
                }
            }
            Coding::Ulaw => out.extend(samples.iter().map(|&s| g711::encode_ulaw(s))),
            Coding::Alaw => out.extend(samples.iter().map(|&s| g711::encode_alaw(s))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_are_twenty_milliseconds() {
        assert_eq!(DEFAULT.frame_bytes(), 640);
        assert_eq!(Format::parse("slin").unwrap().frame_bytes(), 320);
        assert_eq!(Format::parse("ulaw").unwrap().frame_bytes(), 160);
        assert_eq!(Format::parse("slin44").unwrap().frame_samples(), 882);
        assert_eq!(Format::linear_at(48000).unwrap().name, "slin48");
        assert!(Format::linear_at(22050).is_none());
        assert!(Format::parse("gsm").is_none());
    }

    #[test]
    fn g711_round_trips_within_its_step() {
        for coding in ["ulaw", "alaw"] {
            let f = Format::parse(coding).unwrap();
            for s in [
                -32768i32, -20000, -1000, -100, -1, 0, 1, 100, 1000, 20000, 32767,
            ] {
                let mut bytes = Vec::new();
                f.encode(&[s as i16], false, &mut bytes);
                let mut back = Vec::new();
                f.decode(&bytes, false, &mut back);
                let error = (back[0] as i32 - s).abs();
                // G.711's step grows with the level: 1/16 of it is plenty.
                assert!(error <= s.abs() / 16 + 16, "{coding} {s} -> {}", back[0]);
            }
        }
        // The standard's silence codes.
        let mut bytes = Vec::new();
        Format::parse("ulaw")
            .unwrap()
            .encode(&[0], false, &mut bytes);
        assert_eq!(bytes, [0xff]);
        bytes.clear();
        Format::parse("alaw")
            .unwrap()
            .encode(&[0], false, &mut bytes);
        assert_eq!(bytes, [0xd5]);
    }

    #[test]
    fn linear_keeps_its_byte_order() {
        let mut bytes = Vec::new();
        DEFAULT.encode(&[0x1234], true, &mut bytes);
        assert_eq!(bytes, [0x12, 0x34]);
        let mut back = Vec::new();
        DEFAULT.decode(&bytes, true, &mut back);
        assert_eq!(back, [0x1234]);
    }
}
