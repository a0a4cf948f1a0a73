//! The sounds the simulator "has", how long media plays, and the WAV files
//! behind stored recordings.

use crate::model::Chunk;

/// (sound id, description, seconds, languages)
static SOUNDS: &[(&str, &str, f64)] = &[
    ("hello-world", "Hello world.", 1.4),
    ("beep", "A beep.", 0.25),
    ("goodbye", "Goodbye.", 0.8),
    ("vm-goodbye", "Goodbye.", 0.9),
    (
        "demo-congrats",
        "Congratulations. You have successfully installed and executed the Asterisk open source PBX.",
        7.0,
    ),
    ("tt-monkeys", "Monkeys.", 10.5),
    ("tt-weasels", "Weasels have eaten our phone system.", 2.7),
    (
        "conf-onlyperson",
        "You are currently the only person in this conference.",
        3.0,
    ),
    (
        "conf-waitforleader",
        "The conference will begin when the leader arrives.",
        3.1,
    ),
    ("queue-thankyou", "Thank you for your patience.", 1.5),
    (
        "pls-hold-while-try",
        "Please hold while I try that extension.",
        2.1,
    ),
    (
        "agent-pass",
        "Please enter your password followed by the pound key.",
        2.9,
    ),
    (
        "vm-enter-num-to-call",
        "Please enter the number you wish to call.",
        2.2,
    ),
    ("silence/1", "One second of silence.", 1.0),
    ("silence/3", "Three seconds of silence.", 3.0),
    ("digits/0", "Zero.", 0.5),
    ("digits/1", "One.", 0.5),
    ("digits/2", "Two.", 0.5),
    ("digits/3", "Three.", 0.5),
    ("digits/4", "Four.", 0.5),
    ("digits/5", "Five.", 0.5),
    ("digits/6", "Six.", 0.5),
    ("digits/7", "Seven.", 0.5),
    ("digits/8", "Eight.", 0.5),
    ("digits/9", "Nine.", 0.5),
];

pub const SOUND_LANGUAGES: &[&str] = &["en"];
pub const SOUND_FORMATS: &[&str] = &["gsm", "ulaw"];

// The description stays in SOUNDS only: Asterisk leaves `text` out of a
// sound without a transcript file (rest::media::sound_json), as here.
pub struct Sound {
    pub id: &'static str,
    pub seconds: f64,
}

pub fn sounds() -> impl Iterator<Item = Sound> {
    SOUNDS.iter().map(|(id, _description, seconds)| Sound {
        id,
        seconds: *seconds,
    })
}

pub fn sound(id: &str) -> Option<Sound> {
    sounds().find(|s| s.id == id)
}

/// How long one media URI plays, or `None` when there is nothing to play
/// (an unknown sound). Tones play until stopped: `f64::INFINITY`.
pub fn duration(uri: &str, recording_seconds: impl Fn(&str) -> Option<f64>) -> Option<f64> {
    let (scheme, rest) = uri.split_once(':')?;
    match scheme {
        "sound" => sound(rest).map(|s| s.seconds),
        "recording" => recording_seconds(rest),
        "digits" | "characters" => {
            Some(0.5 * rest.chars().filter(|c| !c.is_whitespace()).count().max(1) as f64)
        }
        "number" => rest
            .parse::<i64>()
            .ok()
            .map(|n| 0.5 * n.unsigned_abs().to_string().len().max(1) as f64 + 0.5),
        "tone" => Some(f64::INFINITY),
        _ => None,
    }
}

/// A valid 8 kHz, 16-bit mono WAV lasting `seconds`: silence, but for the
/// sound a recording heard (`audio`; what would run past the end is cut).
pub fn wav(seconds: f64, audio: &[Chunk]) -> Vec<u8> {
    let samples = (seconds.max(0.0) * 8000.0) as u32;
    let mut pcm = vec![0i16; samples as usize];
    for chunk in audio {
        let start = (chunk.at.max(0.0) * 8000.0).round() as usize;
        for (slot, sample) in pcm.iter_mut().skip(start).zip(&chunk.samples) {
            *slot = *sample;
        }
    }
    let data_len = samples * 2;
    let mut out = Vec::with_capacity(44 + data_len as usize);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&8000u32.to_le_bytes());
    out.extend_from_slice(&16000u32.to_le_bytes()); // byte rate
    out.extend_from_slice(&2u16.to_le_bytes()); // block align
    out.extend_from_slice(&16u16.to_le_bytes()); // bits per sample
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    out.extend(pcm.iter().flat_map(|s| s.to_le_bytes()));
    out
}

/// Formats a recording may be made in.
pub const RECORDING_FORMATS: &[&str] = &[
    "wav", "wav16", "gsm", "ulaw", "alaw", "sln", "sln16", "g722", "g729", "ogg",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_follow_the_media() {
        let none = |_: &str| None;
        assert_eq!(duration("sound:hello-world", none), Some(1.4));
        assert_eq!(duration("sound:nope", none), None);
        assert_eq!(duration("digits:123", none), Some(1.5));
        assert_eq!(duration("tone:ring", none), Some(f64::INFINITY));
        assert_eq!(duration("recording:x", |_| Some(2.0)), Some(2.0));
    }

    #[test]
    fn wav_is_well_formed() {
        let w = wav(2.0, &[]);
        assert_eq!(w.len(), 44 + 32000);
        assert_eq!(&w[0..4], b"RIFF");
        assert_eq!(
            u32::from_le_bytes(w[4..8].try_into().unwrap()) as usize,
            w.len() - 8
        );
    }

    #[test]
    fn wav_holds_the_sound_where_it_was_heard() {
        let chunk = Chunk {
            at: 0.5,
            samples: vec![1000; 160],
        };
        let late = Chunk {
            at: 0.99,
            samples: vec![7; 400],
        };
        let w = wav(1.0, &[chunk, late]);
        let sample = |i: usize| i16::from_le_bytes([w[44 + 2 * i], w[45 + 2 * i]]);
        assert_eq!(
            (sample(3999), sample(4000), sample(4159), sample(4160)),
            (0, 1000, 1000, 0)
        );
        assert_eq!(sample(7999), 7);
        assert_eq!(w.len(), 44 + 16000, "cut at the end");
    }
}
