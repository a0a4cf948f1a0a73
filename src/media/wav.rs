//! Where heard audio goes: a WAV file written as it arrives (its header kept
//! true every second, so a tap cut short by a crash still plays), or raw
//! samples on stdout for sox, aplay or a speech tool.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, Result, without_os_code};
use crate::media::format::{Coding, Format};

/// How often the WAV header is brought up to date.
const HEADER_EVERY: Duration = Duration::from_secs(1);

pub enum Sink {
    Wav {
        path: PathBuf,
        writer: hound::WavWriter<BufWriter<File>>,
        header_at: Instant,
    },
    /// Raw bytes in the tap's format (`--to -`).
    Raw(BufWriter<std::io::Stdout>, Format),
}

impl Sink {
    /// A WAV file at `path` for mono 16-bit audio of `format` (linear
    /// formats only: a WAV here holds PCM), mode 0600 (a call's audio is
    /// as private as a password).
    pub fn wav(path: &Path, format: Format) -> Result<Sink> {
        if format.coding != Coding::Linear {
            return Err(Error::usage(format!(
                "a WAV file holds linear audio: use --format slin (8 kHz) or slin16, \
                 or take {} raw with --to -",
                format.name
            )));
        }
        let file = private_file(path)?;
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: format.rate,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let writer = hound::WavWriter::new(BufWriter::new(file), spec)
            .map_err(|e| write_error(path, &e.to_string()))?;
        Ok(Sink::Wav {
            path: path.to_path_buf(),
            writer,
            header_at: Instant::now(),
        })
    }

    pub fn raw(format: Format) -> Sink {
        Sink::Raw(BufWriter::new(std::io::stdout()), format)
    }

    /// One frame: samples (for the WAV) and the bytes as they came (raw).
    pub fn write(&mut self, samples: &[i16], encoded: &[u8]) -> Result<()> {
        match self {
            Sink::Wav {
                path,
                writer,
                header_at,
            } => {
                let mut frame = writer.get_i16_writer(samples.len() as u32);
                for &s in samples {
                    frame.write_sample(s);
                }
                frame
                    .flush()
                    .map_err(|e| write_error(path, &e.to_string()))?;
                if header_at.elapsed() >= HEADER_EVERY {
                    *header_at = Instant::now();
                    writer
                        .flush()
                        .map_err(|e| write_error(path, &e.to_string()))?;
                }
                Ok(())
            }
            Sink::Raw(out, format) => {
                let result = if format.coding == Coding::Linear {
                    // The frame's bytes may be big-endian (RTP): write
                    // what the samples say, little-endian, as `-e signed`
                    // tools expect on this machine.
                    let mut bytes = Vec::with_capacity(samples.len() * 2);
                    format.encode(samples, false, &mut bytes);
                    out.write_all(&bytes).and_then(|_| out.flush())
                } else {
                    out.write_all(encoded).and_then(|_| out.flush())
                };
                result.map_err(|e| {
                    if e.kind() == std::io::ErrorKind::BrokenPipe {
                        Error::new(crate::error::ErrorKind::OutputClosed, "")
                    } else {
                        Error::internal(format!(
                            "cannot write to stdout: {}",
                            without_os_code(&e.to_string())
                        ))
                    }
                })
            }
        }
    }

    /// Close the file with its header complete.
    pub fn finish(self) -> Result<()> {
        match self {
            Sink::Wav { path, writer, .. } => writer
                .finalize()
                .map_err(|e| write_error(&path, &e.to_string())),
            Sink::Raw(mut out, _) => {
                let _ = out.flush();
                Ok(())
            }
        }
    }
}

fn write_error(path: &Path, why: &str) -> Error {
    Error::internal(format!(
        "cannot write {}: {}",
        path.display(),
        without_os_code(why)
    ))
}

/// Create (or empty) a file only its owner can read.
fn private_file(path: &Path) -> Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| {
            Error::usage(format!(
                "cannot write {}: {}",
                path.display(),
                without_os_code(&e.to_string())
            ))
        })
}
