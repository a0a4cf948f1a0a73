//! What one 20 ms of sound is made of, before it is written in any format:
//! the test tone (standing for any prompt, music or recording the
//! simulator plays) and the voices of media streams (audio an application
//! sent), mixed at whatever rate a listener needs.

use std::sync::Arc;

use super::codec::{resample, tone};

/// One media stream's 20 ms of audio, at its own rate.
#[derive(Debug, PartialEq)]
pub struct Voice {
    /// The media channel it comes from: a voice reaching a listener by two
    /// ways is still heard once.
    pub source: String,
    pub rate: u32,
    pub samples: Vec<i16>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Signal {
    pub tone: bool,
    pub voices: Vec<Arc<Voice>>,
}

impl Signal {
    pub fn voice(voice: Arc<Voice>) -> Signal {
        Signal {
            tone: false,
            voices: vec![voice],
        }
    }

    /// Add what `other` carries.
    pub fn mix(&mut self, other: &Signal) {
        self.tone |= other.tone;
        for voice in &other.voices {
            if !self.voices.iter().any(|v| v.source == voice.source) {
                self.voices.push(voice.clone());
            }
        }
    }

    pub fn is_silent(&self) -> bool {
        !self.tone
            && self
                .voices
                .iter()
                .all(|v| v.samples.iter().all(|&s| s == 0))
    }

    /// 20 ms at `rate`; the tone continues from sample number `from`.
    pub fn render(&self, rate: u32, from: u64) -> Vec<i16> {
        let count = (rate / 50) as usize;
        let mut mixed: Vec<i32> = if self.tone {
            tone(rate, from, count).into_iter().map(i32::from).collect()
        } else {
            vec![0; count]
        };
        for voice in &self.voices {
            // A short frame (the end of a buffered stretch) keeps its
            // length in time, not in samples.
            let length = voice.samples.len() * rate as usize / voice.rate.max(1) as usize;
            let mut samples = resample(&voice.samples, length.min(count));
            samples.resize(count, 0);
            for (m, s) in mixed.iter_mut().zip(samples) {
                *m += i32::from(s);
            }
        }
        mixed
            .into_iter()
            .map(|m| m.clamp(i32::from(i16::MIN), i32::from(i16::MAX)) as i16)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(source: &str, rate: u32, value: i16) -> Arc<Voice> {
        Arc::new(Voice {
            source: source.into(),
            rate,
            samples: vec![value; (rate / 50) as usize],
        })
    }

    #[test]
    fn silence_tone_and_voices_mix() {
        assert!(Signal::default().is_silent());
        assert_eq!(Signal::default().render(8000, 0), vec![0; 160]);
        assert!(Signal::voice(voice("a", 8000, 0)).is_silent());
        let mut s = Signal::voice(voice("a", 16000, 1000));
        s.mix(&Signal::voice(voice("a", 16000, 1000)));
        s.mix(&Signal::voice(voice("b", 8000, 30000)));
        let out = s.render(8000, 0);
        assert_eq!(out.len(), 160);
        assert!(
            out.iter().all(|&x| x == 31000),
            "each voice once: {:?}",
            &out[..3]
        );
        let mut loud = Signal::voice(voice("c", 8000, 30000));
        loud.mix(&Signal::voice(voice("d", 8000, 30000)));
        assert!(loud.render(8000, 0).iter().all(|&x| x == i16::MAX));
        let tone = Signal {
            tone: true,
            voices: Vec::new(),
        };
        assert!(!tone.is_silent());
    }

    #[test]
    fn a_short_frame_keeps_its_time() {
        let short = Arc::new(Voice {
            source: "a".into(),
            rate: 16000,
            samples: vec![500; 80],
        });
        let out = Signal::voice(short).render(8000, 0);
        assert_eq!(out.iter().filter(|&&x| x == 500).count(), 40);
        assert_eq!(out.len(), 160);
    }
}
