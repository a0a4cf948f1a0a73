//! Simulated time: every delay of the simulator (a phone answering, a prompt
//! playing) goes through here, so `--time-scale` can speed a whole call up
//! for tests while keeping its shape.

use std::time::Duration;

#[derive(Debug, Clone, Copy)]
pub struct Clock {
    scale: f64,
}

impl Clock {
    pub fn new(scale: f64) -> Clock {
        Clock {
            // Never zero: recorded durations are measured against real time.
            scale: if scale.is_finite() && scale > 0.0 {
                scale.clamp(0.001, 1000.0)
            } else {
                1.0
            },
        }
    }

    /// The simulated seconds that a stretch of real time stands for.
    pub fn unscaled(&self, real: Duration) -> f64 {
        real.as_secs_f64() / self.scale
    }

    /// The real time a simulated delay of `seconds` takes.
    /// Never panics: an endless delay (a timeout of -1) is a century.
    pub fn scaled(&self, seconds: f64) -> Duration {
        const CENTURY: f64 = 100.0 * 365.0 * 86_400.0;
        let real = seconds * self.scale;
        if real.is_nan() || real <= 0.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64(real.min(CENTURY))
        }
    }
}

/// ARI's timestamp format: `2026-11-22T11:07:46.150+0000`.
pub fn timestamp() -> String {
    chrono::Utc::now()
        .format("%Y-%m-%dT%H:%M:%S%.3f+0000")
        .to_string()
}
