//! How loud what was heard was: peak and mean (RMS) level in dBFS.

#[derive(Debug, Default, Clone)]
pub struct Levels {
    samples: u64,
    sum_of_squares: f64,
    peak: u16,
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
    /// Audio heard (a tap hands 20 ms at a time).
    pub fn add_frame(&mut self, samples: &[i16]) {
        for &s in samples {
            let v = s as f64;
            self.sum_of_squares += v * v;
            self.peak = self.peak.max(s.unsigned_abs());
        }
        self.samples += samples.len() as u64;
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
    fn peak_and_mean_of_a_tone_between_silences() {
        let mut levels = Levels::default();
        let silence = vec![0i16; 320];
        let tone: Vec<i16> = (0..320)
            .map(|i| ((i as f64 * 0.2).sin() * 16384.0) as i16)
            .collect();
        levels.add_frame(&silence);
        levels.add_frame(&tone);
        levels.add_frame(&silence);
        assert!(
            (levels.peak_dbfs() + 6.0).abs() < 0.1,
            "{}",
            levels.peak_dbfs()
        );
        assert!(levels.mean_dbfs() < levels.peak_dbfs());
        assert_eq!(show_dbfs(Levels::default().mean_dbfs()), "silence");
    }
}
