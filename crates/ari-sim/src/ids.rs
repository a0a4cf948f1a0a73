//! Ids the way Asterisk makes them: channels `EPOCH.SEQ` (seconds at start-up
//! and a global counter), Local and PJSIP channel names with an 8-hex-digit
//! counter, and UUIDs for bridges and playbacks. With `--seed` every id is
//! reproducible from run to run.

use std::time::{SystemTime, UNIX_EPOCH};

pub struct IdGen {
    epoch: u64,
    channel_seq: u64,
    name_seq: u64,
    rng: SplitMix64,
}

impl IdGen {
    pub fn new(seed: Option<u64>) -> IdGen {
        match seed {
            // A fixed, plausible epoch so seeded ids look like Asterisk's.
            Some(seed) => IdGen {
                epoch: 1_700_000_000 + seed % 100_000_000,
                channel_seq: 0,
                name_seq: 0,
                rng: SplitMix64(seed),
            },
            None => {
                let now = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(0);
                IdGen {
                    epoch: now / 1_000_000_000,
                    channel_seq: 0,
                    name_seq: 0,
                    rng: SplitMix64(now ^ u64::from(std::process::id()).rotate_left(32)),
                }
            }
        }
    }

    /// `1795345666.0`
    pub fn channel_id(&mut self) -> String {
        let id = format!("{}.{}", self.epoch, self.channel_seq);
        self.channel_seq += 1;
        id
    }

    /// The `-0000000N` of a channel name.
    pub fn name_suffix(&mut self) -> String {
        let suffix = format!("{:08x}", self.name_seq);
        self.name_seq += 1;
        suffix
    }

    /// The `0x7f...` a channel driver prints its private data's address as
    /// in a channel name (`WebSocket/INCOMING/0x7f5450002a90`).
    pub fn pointer(&mut self) -> String {
        format!("0x7f54{:08x}", self.rng.next() & 0xffff_fff0)
    }

    /// A random (or seeded) 32-bit number (an RTP stream's SSRC).
    pub fn number(&mut self) -> u32 {
        (self.rng.next() >> 32) as u32
    }

    /// A random (or seeded) version-4 UUID.
    pub fn uuid(&mut self) -> String {
        let a = self.rng.next();
        let b = self.rng.next();
        let bytes: Vec<u8> = a.to_be_bytes().into_iter().chain(b.to_be_bytes()).collect();
        let mut hex: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
        hex[6] = format!("4{}", &hex[6][1..]);
        let variant = (u8::from_str_radix(&hex[8], 16).unwrap_or(0) & 0x3f) | 0x80;
        hex[8] = format!("{variant:02x}");
        format!(
            "{}-{}-{}-{}-{}",
            hex[0..4].concat(),
            hex[4..6].concat(),
            hex[6..8].concat(),
            hex[8..10].concat(),
            hex[10..16].concat()
        )
    }
}

/// A tiny, well-known PRNG: enough for ids, and reproducible.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_ids_repeat() {
        let mut a = IdGen::new(Some(7));
        let mut b = IdGen::new(Some(7));
        assert_eq!(a.channel_id(), b.channel_id());
        assert_eq!(a.uuid(), b.uuid());
        assert_eq!(a.channel_id(), "1700000007.1");
    }

    #[test]
    fn uuids_look_like_uuids() {
        let u = IdGen::new(Some(1)).uuid();
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
        assert!(matches!(&u[19..20], "8" | "9" | "a" | "b"), "{u}");
    }
}
