//! Times as ARI writes them (`2026-11-22T11:07:46.150+0000`) and as lines
//! show them (local `12:07:46.150`): one place for the event renderers, the
//! call tracker and the tables alike.

/// ARI's `2026-11-22T11:07:46.150+0000` as ms since the epoch.
pub fn timestamp_ms(timestamp: &str) -> Option<i64> {
    chrono::DateTime::parse_from_str(timestamp, "%Y-%m-%dT%H:%M:%S%.3f%z")
        .ok()
        .map(|t| t.timestamp_millis())
}

/// The local clock's offset from UTC, read once: a tail that runs across a
/// daylight-saving change shows the old offset, which beats a time-zone
/// lookup per event in a flood.
fn local_offset_seconds() -> i64 {
    static OFFSET: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    *OFFSET.get_or_init(|| {
        use chrono::Offset;
        i64::from(chrono::Local::now().offset().fix().local_minus_utc())
    })
}

/// `2026-11-22T11:07:46.150+0000` → local `12:07:46.150`, without a date
/// parser or an allocation: ARI always writes this one format.
pub fn local_time_of(timestamp: &str) -> Option<[u8; 12]> {
    let b = timestamp.as_bytes();
    if b.len() < 28 || b[10] != b'T' || b[19] != b'.' {
        return None;
    }
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        b[range].iter().try_fold(0i64, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + i64::from(d - b'0'))
        })
    };
    let (h, m, s, ms) = (num(11..13)?, num(14..16)?, num(17..19)?, num(20..23)?);
    let sign = match b[23] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let zone = sign * (num(24..26)? * 3600 + num(26..28)? * 60);
    let seconds = (h * 3600 + m * 60 + s - zone + local_offset_seconds()).rem_euclid(86_400);
    let two = |n: i64| [b'0' + (n / 10) as u8, b'0' + (n % 10) as u8];
    let (hh, mm, ss) = (
        two(seconds / 3600),
        two(seconds / 60 % 60),
        two(seconds % 60),
    );
    Some([
        hh[0],
        hh[1],
        b':',
        mm[0],
        mm[1],
        b':',
        ss[0],
        ss[1],
        b'.',
        b'0' + (ms / 100) as u8,
        b'0' + (ms / 10 % 10) as u8,
        b'0' + (ms % 10) as u8,
    ])
}

pub fn now_local() -> [u8; 12] {
    let text = chrono::Local::now().format("%H:%M:%S%.3f").to_string();
    let mut out = [b'0'; 12];
    out.copy_from_slice(&text.as_bytes()[..12]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ari_times_read_as_ms_and_as_a_clock() {
        assert_eq!(
            timestamp_ms("2026-11-22T11:07:46.150+0000"),
            Some(1_795_345_666_150)
        );
        assert_eq!(
            timestamp_ms("2026-11-22T12:07:46.150+0100"),
            timestamp_ms("2026-11-22T11:07:46.150+0000")
        );
        assert_eq!(timestamp_ms("yesterday"), None);
        let clock = local_time_of("2026-11-22T11:07:46.150+0000").unwrap();
        let text = std::str::from_utf8(&clock).unwrap();
        assert!(text.ends_with(":46.150"), "{text}");
        assert_eq!(local_time_of("2026-11-22 11:07"), None);
    }
}
