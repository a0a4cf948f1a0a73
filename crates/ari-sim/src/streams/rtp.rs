//! RTP packets as chan_rtp sends and takes them (RFC 3550): a 12-byte
//! header, no CSRCs or extensions of its own, and the payload after
//! whatever header a sender wrote.

/// A packet: version 2, no padding, extension, CSRCs or marker.
pub fn packet(
    payload_type: u8,
    sequence: u16,
    timestamp: u32,
    ssrc: u32,
    payload: &[u8],
) -> Vec<u8> {
    let mut out = Vec::with_capacity(12 + payload.len());
    out.push(0x80);
    out.push(payload_type & 0x7F);
    out.extend_from_slice(&sequence.to_be_bytes());
    out.extend_from_slice(&timestamp.to_be_bytes());
    out.extend_from_slice(&ssrc.to_be_bytes());
    out.extend_from_slice(payload);
    out
}

/// The payload type and payload of a packet, or `None` for anything that
/// is not RTP version 2 (or is cut short).
pub fn payload(packet: &[u8]) -> Option<(u8, &[u8])> {
    if packet.len() < 12 || packet[0] >> 6 != 2 {
        return None;
    }
    let payload_type = packet[1] & 0x7F;
    let csrcs = usize::from(packet[0] & 0x0F);
    let mut start = 12 + 4 * csrcs;
    if packet[0] & 0x10 != 0 {
        let words = packet.get(start + 2..start + 4)?;
        start += 4 + 4 * usize::from(u16::from_be_bytes([words[0], words[1]]));
    }
    let mut end = packet.len();
    if packet[0] & 0x20 != 0 {
        end = end.checked_sub(usize::from(*packet.last()?))?;
    }
    Some((payload_type, packet.get(start..end)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packets_round_trip() {
        let p = packet(118, 7, 320, 0xdead_beef, &[1, 2, 3]);
        assert_eq!(
            &p[..12],
            [0x80, 118, 0, 7, 0, 0, 1, 0x40, 0xde, 0xad, 0xbe, 0xef]
        );
        assert_eq!(payload(&p), Some((118, &[1u8, 2, 3][..])));
    }

    #[test]
    fn headers_of_other_senders_are_skipped_and_junk_refused() {
        // One CSRC, an extension of one word, two bytes of padding.
        let mut p = vec![0xB1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1];
        p.extend_from_slice(&[9, 9, 9, 9]);
        p.extend_from_slice(&[0xBE, 0xDE, 0, 1, 5, 5, 5, 5]);
        p.extend_from_slice(&[42, 43, 0, 2]);
        assert_eq!(payload(&p), Some((0, &[42u8, 43][..])));
        assert_eq!(payload(&[0x80, 0]), None);
        assert_eq!(payload(&[0u8; 12]), None);
        assert_eq!(payload(&[0xA0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 200]), None);
    }
}
