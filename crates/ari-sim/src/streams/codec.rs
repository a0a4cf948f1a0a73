//! The audio formats an external media channel can carry, as Asterisk
//! names them, and the little signal work the simulator does on them:
//! G.711 both ways, linear samples in either byte order, resampling and a
//! test tone.
//!
//! Audio inside the simulator is 16-bit linear samples at the format's own
//! rate; a frame is always 20 ms of it (every format here has a 20 ms ptime).

use std::f64::consts::PI;

/// How a format's bytes hold samples.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Signed 16-bit linear samples.
    Linear,
    Ulaw,
    Alaw,
    /// A compressed codec the simulator carries but neither decodes nor
    /// makes (g722, gsm, g729, opus).
    Opaque,
}

/// One format: what `?format=` names and what chan_websocket and chan_rtp
/// make of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Format {
    /// Asterisk's own (lower-case) name, as MEDIA_START reports it.
    pub name: &'static str,
    pub rate: u32,
    pub encoding: Encoding,
    /// chan_websocket's `optimal_frame_size`: the bytes of 20 ms; 0 where
    /// the codec cannot be cut on any byte (passthrough).
    pub frame_bytes: usize,
    /// The RTP payload type Asterisk sends it with.
    pub payload_type: u8,
}

const fn format(
    name: &'static str,
    rate: u32,
    encoding: Encoding,
    frame_bytes: usize,
    payload_type: u8,
) -> Format {
    Format {
        name,
        rate,
        encoding,
        frame_bytes,
        payload_type,
    }
}

/// The formats the simulator takes (Asterisk's payload types and frame
/// sizes, as a real 22.10.1 reports them).
const FORMATS: &[Format] = &[
    format("ulaw", 8000, Encoding::Ulaw, 160, 0),
    format("alaw", 8000, Encoding::Alaw, 160, 8),
    format("slin", 8000, Encoding::Linear, 320, 10),
    format("slin12", 12000, Encoding::Linear, 480, 122),
    format("slin16", 16000, Encoding::Linear, 640, 118),
    format("slin24", 24000, Encoding::Linear, 960, 123),
    format("slin32", 32000, Encoding::Linear, 1280, 124),
    format("slin44", 44100, Encoding::Linear, 1764, 125),
    format("slin48", 48000, Encoding::Linear, 1920, 126),
    format("slin96", 96000, Encoding::Linear, 3840, 127),
    format("slin192", 192000, Encoding::Linear, 7680, 96),
    format("g722", 16000, Encoding::Opaque, 160, 9),
    format("gsm", 8000, Encoding::Opaque, 33, 3),
    format("g729", 8000, Encoding::Opaque, 0, 18),
    format("opus", 48000, Encoding::Opaque, 0, 107),
];

/// A format by name, in any case (Asterisk's format names are case-blind).
pub fn lookup(name: &str) -> Option<Format> {
    FORMATS
        .iter()
        .find(|f| f.name.eq_ignore_ascii_case(name.trim()))
        .copied()
}

/// The format of an RTP payload type Asterisk knows without being told: a
/// static one (slin's 11 too). Dynamic types (96 and up) mean nothing to
/// a UnicastRTP channel, which negotiates none: it drops them.
pub fn by_payload_type(payload_type: u8) -> Option<Format> {
    let payload_type = if payload_type == 11 { 10 } else { payload_type };
    FORMATS
        .iter()
        .find(|f| f.payload_type == payload_type && f.payload_type < 96)
        .copied()
}

/// The byte order of linear samples: chan_websocket sends them as the
/// machine holds them (little-endian), RTP in network order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    Little,
    Big,
}

impl Format {
    /// Samples in 20 ms.
    pub fn frame_samples(&self) -> usize {
        (self.rate / 50) as usize
    }

    /// Whether chan_websocket passes frames through as they come, uncut.
    pub fn passthrough(&self) -> bool {
        self.frame_bytes == 0
    }

    /// Whether the simulator can make and read audio in it.
    pub fn audible(&self) -> bool {
        self.encoding != Encoding::Opaque
    }

    /// The RTP clock: the sample rate, but for G.722's historic 8000.
    pub fn rtp_clock(&self) -> u32 {
        if self.name == "g722" { 8000 } else { self.rate }
    }

    /// Samples as this format's bytes.
    pub fn encode(&self, samples: &[i16], order: Order) -> Vec<u8> {
        match self.encoding {
            Encoding::Linear => samples
                .iter()
                .flat_map(|s| match order {
                    Order::Little => s.to_le_bytes(),
                    Order::Big => s.to_be_bytes(),
                })
                .collect(),
            Encoding::Ulaw => samples.iter().map(|&s| ulaw_encode(s)).collect(),
            Encoding::Alaw => samples.iter().map(|&s| alaw_encode(s)).collect(),
            Encoding::Opaque => Vec::new(),
        }
    }

    /// This format's bytes as samples (none for an opaque codec; an odd
    /// trailing byte of linear audio is dropped).
    pub fn decode(&self, bytes: &[u8], order: Order) -> Vec<i16> {
        match self.encoding {
            Encoding::Linear => bytes
                .chunks_exact(2)
                .map(|b| match order {
                    Order::Little => i16::from_le_bytes([b[0], b[1]]),
                    Order::Big => i16::from_be_bytes([b[0], b[1]]),
                })
                .collect(),
            Encoding::Ulaw => bytes.iter().map(|&b| ulaw_decode(b)).collect(),
            Encoding::Alaw => bytes.iter().map(|&b| alaw_decode(b)).collect(),
            Encoding::Opaque => Vec::new(),
        }
    }
}

/// The test tone the simulator plays for any sound: 440 Hz at -12 dBFS.
pub const TONE_HZ: f64 = 440.0;
pub const TONE_AMPLITUDE: f64 = 8230.0;

/// `count` samples of the tone at `rate`, from sample number `from` on (so
/// that frame after frame it stays one continuous wave).
pub fn tone(rate: u32, from: u64, count: usize) -> Vec<i16> {
    let step = 2.0 * PI * TONE_HZ / f64::from(rate);
    (0..count as u64)
        .map(|i| {
            // The phase is taken modulo one period's worth of samples first,
            // so that it stays exact however long the stream runs.
            let n = (from + i) % u64::from(rate);
            (TONE_AMPLITUDE * (step * n as f64).sin()).round() as i16
        })
        .collect()
}

/// `input` stretched or squeezed to `count` samples (linear interpolation):
/// one 20 ms frame from one rate to another.
pub fn resample(input: &[i16], count: usize) -> Vec<i16> {
    if input.is_empty() || count == 0 {
        return vec![0; count];
    }
    if input.len() == count {
        return input.to_vec();
    }
    let ratio = input.len() as f64 / count as f64;
    (0..count)
        .map(|i| {
            let at = i as f64 * ratio;
            let j = at.floor() as usize;
            let frac = at - j as f64;
            let a = f64::from(input[j.min(input.len() - 1)]);
            let b = f64::from(input[(j + 1).min(input.len() - 1)]);
            (a + (b - a) * frac).round() as i16
        })
        .collect()
}

// G.711 (ITU-T): 13- or 14-bit linear audio companded into 8 bits by
// segments. Silence is 0xFF in mu-law and 0xD5 in A-law.

const ULAW_BIAS: i32 = 0x84;
const ULAW_CLIP: i32 = 32635;

pub fn ulaw_encode(sample: i16) -> u8 {
    let mut magnitude = i32::from(sample);
    let sign = if magnitude < 0 {
        magnitude = -magnitude;
        0x80
    } else {
        0
    };
    magnitude = magnitude.min(ULAW_CLIP) + ULAW_BIAS;
    // The segment is the position of the highest bit above the mantissa.
    let mut exponent = 7;
    while exponent > 0 && magnitude & (0x80 << exponent) == 0 {
        exponent -= 1;
    }
    let mantissa = (magnitude >> (exponent + 3)) & 0x0F;
    !((sign | (exponent << 4) | mantissa) as u8)
}

pub fn ulaw_decode(byte: u8) -> i16 {
    let byte = !byte;
    let exponent = i32::from((byte >> 4) & 0x07);
    let mantissa = i32::from(byte & 0x0F);
    let magnitude = (((mantissa << 3) + ULAW_BIAS) << exponent) - ULAW_BIAS;
    if byte & 0x80 != 0 {
        -magnitude as i16
    } else {
        magnitude as i16
    }
}

/// The top of each A-law segment, in 13-bit magnitude.
const ALAW_SEGMENT_ENDS: [i32; 8] = [0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF];

pub fn alaw_encode(sample: i16) -> u8 {
    let mut magnitude = i32::from(sample) >> 3;
    let mask = if magnitude >= 0 {
        0xD5
    } else {
        magnitude = -magnitude - 1;
        0x55
    };
    let Some(segment) = ALAW_SEGMENT_ENDS.iter().position(|&end| magnitude <= end) else {
        return (0x7F ^ mask) as u8;
    };
    let shift = if segment < 2 { 1 } else { segment };
    let value = ((segment as i32) << 4) | ((magnitude >> shift) & 0x0F);
    (value ^ mask) as u8
}

pub fn alaw_decode(byte: u8) -> i16 {
    let byte = byte ^ 0x55;
    let segment = i32::from((byte & 0x70) >> 4);
    let mut magnitude = i32::from(byte & 0x0F) << 4;
    magnitude += match segment {
        0 => 8,
        _ => 0x108,
    };
    if segment > 1 {
        magnitude <<= segment - 1;
    }
    if byte & 0x80 != 0 {
        magnitude as i16
    } else {
        -magnitude as i16
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_carry_asterisks_frame_sizes_and_payload_types() {
        let f = lookup("SLIN16").unwrap();
        assert_eq!(
            (f.name, f.frame_bytes, f.payload_type),
            ("slin16", 640, 118)
        );
        assert_eq!(lookup("ulaw").unwrap().frame_bytes, 160);
        assert_eq!(lookup("slin").unwrap().frame_bytes, 320);
        assert_eq!(lookup("slin44").unwrap().frame_bytes, 1764);
        assert!(lookup("opus").unwrap().passthrough());
        assert!(lookup("nope").is_none());
        assert_eq!(by_payload_type(11).unwrap().name, "slin");
        assert_eq!(by_payload_type(8).unwrap().name, "alaw");
        assert!(by_payload_type(118).is_none(), "dynamic");
        assert!(by_payload_type(13).is_none(), "comfort noise");
        for f in FORMATS.iter().filter(|f| f.encoding == Encoding::Linear) {
            assert_eq!(f.frame_bytes, f.frame_samples() * 2, "{}", f.name);
        }
    }

    #[test]
    fn g711_silence_and_round_trips() {
        assert_eq!(ulaw_encode(0), 0xFF);
        assert_eq!(alaw_encode(0), 0xD5);
        assert_eq!(ulaw_decode(0xFF), 0);
        assert_eq!(alaw_decode(0xD5), 8);
        for s in [-32768i16, -20000, -1000, -5, 5, 100, 1000, 8230, 32767] {
            let u = ulaw_decode(ulaw_encode(s));
            let a = alaw_decode(alaw_encode(s));
            // Companding keeps about 4% of the value, and some steps of the
            // smallest segment.
            let tolerance = (f64::from(s).abs() * 0.04).max(40.0);
            assert!(
                (f64::from(u) - f64::from(s)).abs() <= tolerance,
                "ulaw {s} -> {u}"
            );
            assert!(
                (f64::from(a) - f64::from(s)).abs() <= tolerance,
                "alaw {s} -> {a}"
            );
        }
    }

    #[test]
    fn linear_bytes_in_either_order() {
        let f = lookup("slin").unwrap();
        let samples = [1i16, -2, 300];
        assert_eq!(
            f.encode(&samples, Order::Little),
            [1, 0, 0xFE, 0xFF, 0x2C, 1]
        );
        assert_eq!(f.encode(&samples, Order::Big), [0, 1, 0xFF, 0xFE, 1, 0x2C]);
        for order in [Order::Little, Order::Big] {
            assert_eq!(f.decode(&f.encode(&samples, order), order), samples);
        }
        assert_eq!(f.decode(&[1, 0, 7], Order::Little), [1]);
    }

    #[test]
    fn the_tone_is_440_hz_at_minus_12_dbfs_and_continuous() {
        let whole = tone(8000, 0, 320);
        let halves = [tone(8000, 0, 160), tone(8000, 160, 160)].concat();
        assert_eq!(whole, halves);
        let peak = whole.iter().map(|s| s.unsigned_abs()).max().unwrap();
        assert!((8100..=8230).contains(&peak), "{peak}");
        // 440 Hz: 8.8 periods in 20 ms, so 17 or 18 sign changes.
        let crossings = whole[..160]
            .windows(2)
            .filter(|w| (w[0] < 0) != (w[1] < 0))
            .count();
        assert!((16..=18).contains(&crossings), "{crossings}");
    }

    #[test]
    fn resampling_keeps_the_shape() {
        assert_eq!(resample(&[0, 100], 4), [0, 50, 100, 100]);
        assert_eq!(resample(&[0, 10, 20, 30], 2), [0, 20]);
        assert_eq!(resample(&[], 3), [0, 0, 0]);
    }
}
