//! How loud what was heard was: peak and mean level in dBFS, and where the
//! sound (as against silence) began and ended, counted in 20 ms frames.

/// A frame quieter than this (RMS, dBFS) is silence: a line's hiss and
/// comfort noise sit well below, speech well above.
const SILENCE_DBFS: f64 = -50.0;

#[derive(Debug, Default, Clone)]
pub struct Levels {
    samples: u64,
    sum_of_squares: f64,
    peak: u16,
    frames: u64,
    first_sound: Option<u64>,
    last_sound: Option<u64>,
    sound_frames: u64,
}

/// dBFS of a 16-bit level (0 = full scale); silence is -inf.
pub fn dbfs(level: f64) -> f64 {
    if level <= 0.0 {
        f64::NEG_INFINITY
    } else {
        20.0 * (level / 32768.0).log10()
    }
}

impl Levels {
    /// One frame of audio (any length; a tap hands 20 ms at a time).
    pub fn add_frame(&mut self, samples: &[i16]) {
        let mut squares = 0.0f64;
        for &s in samples {
            let v = s as f64;
            squares += v * v;
            self.peak = self.peak.max(s.unsigned_abs());
        }
        self.sum_of_squares += squares;
        self.samples += samples.len() as u64;
        if !samples.is_empty() && dbfs((squares / samples.len() as f64).sqrt()) > SILENCE_DBFS {
            self.first_sound.get_or_insert(self.frames);
            self.last_sound = Some(self.frames);
            self.sound_frames += 1;
        }
        self.frames += 1;
    }

    pub fn frames(&self) -> u64 {
        self.frames
    }

    pub fn peak_dbfs(&self) -> f64 {
        dbfs(self.peak as f64)
    }

    /// RMS over everything heard.
    pub fn mean_dbfs(&self) -> f64 {
        if self.samples == 0 {
            return f64::NEG_INFINITY;
        }
        dbfs((self.sum_of_squares / self.samples as f64).sqrt())
    }

    /// Frames that were not silence.
    pub fn sound_frames(&self) -> u64 {
        self.sound_frames
    }

    /// From the first frame of sound to the last, in frames.
    pub fn sound_span(&self) -> Option<(u64, u64)> {
        Some((self.first_sound?, self.last_sound?))
    }
}

/// `-3.1 dBFS`, or `silence`.
pub fn show_dbfs(value: f64) -> String {
    if value.is_finite() {
        format!("{value:.1} dBFS")
    } else {
        "silence".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tone_between_silences_is_found() {
        let mut levels = Levels::default();
        let silence = vec![0i16; 320];
        let tone: Vec<i16> = (0..320)
            .map(|i| ((i as f64 * 0.2).sin() * 16384.0) as i16)
            .collect();
        for _ in 0..5 {
            levels.add_frame(&silence);
        }
        for _ in 0..10 {
            levels.add_frame(&tone);
        }
        levels.add_frame(&silence);
        assert_eq!(levels.sound_span(), Some((5, 14)));
        assert_eq!(levels.sound_frames(), 10);
        assert!(
            (levels.peak_dbfs() + 6.0).abs() < 0.1,
            "{}",
            levels.peak_dbfs()
        );
        assert!(levels.mean_dbfs() < levels.peak_dbfs());
        assert_eq!(show_dbfs(Levels::default().mean_dbfs()), "silence");
    }
}
