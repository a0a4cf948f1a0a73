//! Audio files into samples a call can take: any WAV that `hound` reads
//! (8 to 32-bit integer or float PCM, mono or more channels), mixed down to
//! mono 16-bit, and resampled where Asterisk has no linear format at the
//! file's rate (22.05 kHz, 11.025 kHz).

use std::io::Read;

use rubato::audioadapter_buffers::direct::InterleavedSlice;
use rubato::{Async, FixedAsync, PolynomialDegree, Resampler};

use crate::error::{Error, Result};
use crate::media::format::{DEFAULT, Format};

/// Mono 16-bit audio at a rate.
#[derive(Debug, Clone)]
pub struct Clip {
    pub rate: u32,
    pub samples: Vec<i16>,
}

/// What a WAV file said about itself, for the one-line report.
#[derive(Debug, Clone)]
pub struct Described {
    pub rate: u32,
    pub channels: u16,
    pub bits: u16,
}

impl std::fmt::Display for Described {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let channels = match self.channels {
            1 => "mono".to_string(),
            2 => "stereo".to_string(),
            n => format!("{n} channels"),
        };
        write!(f, "{} Hz {}-bit {channels}", self.rate, self.bits)
    }
}

/// A WAV file ("-": standard input) read whole.
pub fn read_wav(path: &str) -> Result<(Clip, Described)> {
    let reader: Box<dyn Read> = if path == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(std::fs::File::open(path).map_err(
            |e| {
                Error::usage(format!(
                    "cannot read {path}: {}",
                    crate::error::without_os_code(&e.to_string())
                ))
            },
        )?))
    };
    let mut samples = Vec::new();
    let described = read_into(reader, path, |_| {}, |s| samples.extend_from_slice(s))?;
    Ok((
        Clip {
            rate: described.rate,
            samples,
        },
        described,
    ))
}

/// Read a WAV stream: its header to `on_header`, then mono samples to
/// `sink` as they arrive (a live stream on stdin is forwarded as it comes,
/// not after it ends).
pub fn read_into(
    reader: impl Read,
    name: &str,
    on_header: impl FnOnce(&Described),
    mut sink: impl FnMut(&[i16]),
) -> Result<Described> {
    let not_audio = |e: hound::Error| -> Error {
        let why = match e {
            hound::Error::IoError(io) => crate::error::without_os_code(&io.to_string()),
            hound::Error::FormatError(what) => format!("not a WAV file ({what})"),
            hound::Error::Unsupported => "a WAV encoding ari cannot read (use PCM)".into(),
            other => other.to_string(),
        };
        Error::usage(format!("cannot read audio from {name}: {why}"))
    };
    let mut wav = hound::WavReader::new(reader).map_err(not_audio)?;
    let spec = wav.spec();
    let described = Described {
        rate: spec.sample_rate,
        channels: spec.channels,
        bits: spec.bits_per_sample,
    };
    if spec.channels == 0 || spec.sample_rate == 0 {
        return Err(Error::usage(format!(
            "cannot read audio from {name}: its header says 0 channels or 0 Hz"
        )));
    }
    on_header(&described);
    let channels = spec.channels as usize;
    let mut out = Vec::with_capacity(4096);
    let push = |value: f32, frame: &mut Vec<f32>, out: &mut Vec<i16>| {
        frame.push(value);
        if frame.len() == channels {
            let mono = frame.iter().sum::<f32>() / channels as f32;
            out.push((mono * 32767.0).round().clamp(-32768.0, 32767.0) as i16);
            frame.clear();
        }
    };
    let mut frame_f = Vec::with_capacity(channels);
    // Handed on in small pieces: a live stream on stdin must not wait here
    // (4096 samples once held inject's audio back 141 ms, measured).
    const PIECE: usize = 80;
    // A stream that stops before its header's length (a live one on stdin,
    // whose header cannot know it; a cut file) has simply ended.
    let ended = |e: &hound::Error| match e {
        hound::Error::IoError(io) => io.kind() == std::io::ErrorKind::UnexpectedEof,
        hound::Error::FormatError(what) => what.contains("enough bytes"),
        _ => false,
    };
    match spec.sample_format {
        hound::SampleFormat::Float => {
            for s in wav.samples::<f32>() {
                let s = match s {
                    Err(e) if ended(&e) => break,
                    other => other.map_err(not_audio)?,
                };
                push(s, &mut frame_f, &mut out);
                if out.len() >= PIECE {
                    sink(&out);
                    out.clear();
                }
            }
        }
        hound::SampleFormat::Int => {
            let scale = 1.0 / (1u64 << (spec.bits_per_sample.clamp(1, 32) - 1)) as f32;
            for s in wav.samples::<i32>() {
                let s = match s {
                    Err(e) if ended(&e) => break,
                    other => other.map_err(not_audio)?,
                };
                push(s as f32 * scale, &mut frame_f, &mut out);
                if out.len() >= PIECE {
                    sink(&out);
                    out.clear();
                }
            }
        }
    }
    if !out.is_empty() {
        sink(&out);
    }
    Ok(described)
}

/// The clip at `rate` (itself when it is already).
pub fn resample(clip: &Clip, rate: u32) -> Result<Clip> {
    if clip.rate == rate || clip.samples.is_empty() {
        return Ok(Clip {
            rate,
            samples: clip.samples.clone(),
        });
    }
    let failed = |e: &dyn std::fmt::Display| Error::internal(format!("cannot resample: {e}"));
    let input: Vec<f32> = clip.samples.iter().map(|&s| s as f32 / 32768.0).collect();
    let ratio = rate as f64 / clip.rate as f64;
    let mut resampler = Async::<f32>::new_poly(
        ratio,
        1.0,
        PolynomialDegree::Cubic,
        1024,
        1,
        FixedAsync::Input,
    )
    .map_err(|e| failed(&e))?;
    let adapter = InterleavedSlice::new(&input, 1, input.len()).map_err(|e| failed(&e))?;
    let output = resampler
        .process_all(&adapter, input.len(), None)
        .map_err(|e| failed(&e))?;
    let samples = output
        .take_data()
        .into_iter()
        .map(|s| (s * 32768.0).round().clamp(-32768.0, 32767.0) as i16)
        .collect();
    Ok(Clip { rate, samples })
}

/// The format to send a clip in, and the clip made ready for it: Asterisk's
/// linear format at the clip's own rate when there is one (Asterisk
/// converts on its side, at no cost to the sound), else 16 kHz.
pub fn ready_for_asterisk(clip: &Clip) -> Result<(Format, Clip)> {
    match Format::linear_at(clip.rate) {
        Some(format) => Ok((format, clip.clone())),
        None => Ok((DEFAULT, resample(clip, DEFAULT.rate)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_wav(
        spec: hound::WavSpec,
        frames: usize,
        value: impl Fn(usize, u16) -> f32,
    ) -> Vec<u8> {
        let mut bytes = std::io::Cursor::new(Vec::new());
        let mut w = hound::WavWriter::new(&mut bytes, spec).unwrap();
        for i in 0..frames {
            for c in 0..spec.channels {
                match spec.sample_format {
                    hound::SampleFormat::Float => w.write_sample(value(i, c)).unwrap(),
                    hound::SampleFormat::Int => w
                        .write_sample(
                            (value(i, c) * ((1i32 << (spec.bits_per_sample - 1)) - 1) as f32)
                                as i32,
                        )
                        .unwrap(),
                }
            }
        }
        w.finalize().unwrap();
        bytes.into_inner()
    }

    #[test]
    fn stereo_is_mixed_to_mono() {
        let spec = hound::WavSpec {
            channels: 2,
            sample_rate: 44100,
            bits_per_sample: 24,
            sample_format: hound::SampleFormat::Int,
        };
        let bytes = write_wav(spec, 100, |_, c| if c == 0 { 0.5 } else { 0.0 });
        let mut samples = Vec::new();
        let d = read_into(
            &bytes[..],
            "x.wav",
            |_| {},
            |s| samples.extend_from_slice(s),
        )
        .unwrap();
        assert_eq!((d.rate, d.channels, d.bits), (44100, 2, 24));
        assert_eq!(samples.len(), 100);
        assert!((samples[0] - 8192).abs() < 4, "{}", samples[0]);
    }

    #[test]
    fn float_wav_is_read() {
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: 8000,
            bits_per_sample: 32,
            sample_format: hound::SampleFormat::Float,
        };
        let bytes = write_wav(spec, 10, |_, _| -0.25);
        let mut samples = Vec::new();
        read_into(
            &bytes[..],
            "x.wav",
            |_| {},
            |s| samples.extend_from_slice(s),
        )
        .unwrap();
        assert_eq!(samples, vec![-8192; 10]);
    }

    #[test]
    fn not_audio_is_one_line() {
        let e = read_into(&b"hello, this is text"[..], "notes.txt", |_| {}, |_| {}).unwrap_err();
        assert!(
            e.message
                .starts_with("cannot read audio from notes.txt: not a WAV file"),
            "{}",
            e.message
        );
        assert_eq!(e.kind.exit_code(), 2);
    }

    #[test]
    fn an_odd_rate_is_resampled_to_wideband() {
        let clip = Clip {
            rate: 22050,
            samples: (0..22050)
                .map(|i| ((i as f32 * 0.05).sin() * 10000.0) as i16)
                .collect(),
        };
        let (format, ready) = ready_for_asterisk(&clip).unwrap();
        assert_eq!(format.name, "slin16");
        assert!(
            (ready.samples.len() as i64 - 16000).abs() < 40,
            "{}",
            ready.samples.len()
        );
        let (format, same) = ready_for_asterisk(&Clip {
            rate: 48000,
            samples: vec![1; 10],
        })
        .unwrap();
        assert_eq!((format.name, same.samples.len()), ("slin48", 10));
    }
}
