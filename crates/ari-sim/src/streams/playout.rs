//! Audio from the application on its way into the call: chan_websocket's
//! frame queue. BINARY messages are cut into 20 ms frames and queued; one
//! frame leaves every 20 ms. The queue says MEDIA_XOFF when it holds 900
//! frames and MEDIA_XON when it is back under 800; at 1000 it drops what
//! comes. Marks and the end of a buffered stretch wait in the queue and are
//! reported when the playout reaches them; QUEUE_DRAINED is reported the
//! next time the queue is found empty, once per request.

use std::collections::VecDeque;

use super::control::{QUEUE_MAX, Status, XOFF_LEVEL, XON_LEVEL};

/// Something to tell the application, as it happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Xon,
    Xoff,
    QueueDrained,
    MarkProcessed(Option<String>),
    BufferingCompleted(Option<String>),
}

#[derive(Debug)]
enum Item {
    Audio(Vec<u8>),
    /// A notice that waits for the playout to reach it; it takes no time.
    Waiting(Notice),
}

#[derive(Debug, Default)]
pub struct Playout {
    items: VecDeque<Item>,
    /// Audio frames queued (notices do not count).
    length: usize,
    full: bool,
    bulk: bool,
    paused: bool,
    report_drained: bool,
    /// With buffering on, the start of a frame that the next message completes.
    leftover: Vec<u8>,
}

impl Playout {
    pub fn status(&self) -> Status {
        Status {
            queue_length: self.length,
            full: self.full,
            bulk: self.bulk,
            paused: self.paused,
        }
    }

    fn queue(&mut self, frame: Vec<u8>, out: &mut Vec<Notice>) {
        self.items.push_back(Item::Audio(frame));
        self.length += 1;
        if !self.full && self.length >= XOFF_LEVEL {
            self.full = true;
            out.push(Notice::Xoff);
        }
    }

    /// A BINARY message: whole frames of `frame_bytes` (0: the message is one
    /// frame, as a passthrough codec's are).
    pub fn push(&mut self, mut payload: &[u8], frame_bytes: usize, out: &mut Vec<Notice>) {
        // Checked once per message: a long one may still take the queue past it.
        if self.length >= QUEUE_MAX {
            return;
        }
        if frame_bytes == 0 {
            self.queue(payload.to_vec(), out);
            return;
        }
        if self.bulk && !self.leftover.is_empty() {
            let needed = frame_bytes - self.leftover.len().min(frame_bytes);
            let taken = needed.min(payload.len());
            self.leftover.extend_from_slice(&payload[..taken]);
            payload = &payload[taken..];
            if self.leftover.len() < frame_bytes {
                return;
            }
            let frame = std::mem::take(&mut self.leftover);
            self.queue(frame, out);
        }
        // Without buffering, a partial frame is dropped.
        self.leftover.clear();
        let mut frames = payload.chunks_exact(frame_bytes);
        for frame in frames.by_ref() {
            self.queue(frame.to_vec(), out);
        }
        if self.bulk {
            self.leftover = frames.remainder().to_vec();
        }
    }

    pub fn start_buffering(&mut self) {
        self.bulk = true;
    }

    /// The end of a buffered stretch: its last partial frame is queued as
    /// it is, and the completion is reported when the playout gets there.
    pub fn stop_buffering(&mut self, id: Option<String>, out: &mut Vec<Notice>) {
        self.bulk = false;
        if !self.leftover.is_empty() {
            let frame = std::mem::take(&mut self.leftover);
            self.queue(frame, out);
        }
        self.items
            .push_back(Item::Waiting(Notice::BufferingCompleted(id)));
    }

    pub fn mark(&mut self, id: Option<String>) {
        self.items
            .push_back(Item::Waiting(Notice::MarkProcessed(id)));
    }

    /// Everything queued is thrown away, marks included.
    pub fn flush(&mut self) {
        self.items.clear();
        self.length = 0;
        self.bulk = false;
        self.leftover.clear();
    }

    pub fn report_drained(&mut self) {
        self.report_drained = true;
    }

    pub fn set_paused(&mut self, paused: bool) {
        self.paused = paused;
    }

    /// The next 20 ms: the frame to play, if any, and what to report.
    pub fn tick(&mut self, out: &mut Vec<Notice>) -> Option<Vec<u8>> {
        if self.paused {
            return None;
        }
        if self.full && self.length < XON_LEVEL {
            self.full = false;
            out.push(Notice::Xon);
        }
        let mut head = self.items.pop_front();
        if head.is_none() && std::mem::take(&mut self.report_drained) {
            out.push(Notice::QueueDrained);
        }
        // Waiting notices go out as they are reached, taking no time of their own.
        while let Some(Item::Waiting(notice)) = head {
            out.push(notice);
            head = self.items.pop_front();
        }
        match head {
            Some(Item::Audio(frame)) => {
                self.length -= 1;
                Some(frame)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drain(p: &mut Playout, ticks: usize) -> (usize, Vec<Notice>) {
        let mut out = Vec::new();
        let played = (0..ticks).filter(|_| p.tick(&mut out).is_some()).count();
        (played, out)
    }

    #[test]
    fn messages_are_cut_into_frames_and_partial_ones_dropped() {
        let mut p = Playout::default();
        let mut out = Vec::new();
        p.push(&[1; 650], 320, &mut out);
        assert_eq!(p.status().queue_length, 2);
        assert!(out.is_empty());
        assert_eq!(drain(&mut p, 3).0, 2);
    }

    #[test]
    fn buffering_joins_messages_and_reports_its_end_in_turn() {
        let mut p = Playout::default();
        let mut out = Vec::new();
        p.start_buffering();
        p.push(&[1; 200], 320, &mut out);
        p.push(&[2; 200], 320, &mut out);
        assert_eq!(p.status().queue_length, 1);
        assert!(p.status().bulk);
        p.stop_buffering(Some("b1".into()), &mut out);
        assert_eq!(
            p.status().queue_length,
            2,
            "the last 80 bytes as a short frame"
        );
        let mut out = Vec::new();
        assert_eq!(p.tick(&mut out).map(|f| f.len()), Some(320));
        assert_eq!(p.tick(&mut out).map(|f| f.len()), Some(80));
        assert!(out.is_empty());
        assert_eq!(p.tick(&mut out), None);
        assert_eq!(out, [Notice::BufferingCompleted(Some("b1".into()))]);
    }

    #[test]
    fn xoff_at_900_xon_under_800_and_nothing_past_1000() {
        let mut p = Playout::default();
        let mut out = Vec::new();
        for _ in 0..899 {
            p.push(&[0; 160], 160, &mut out);
        }
        assert!(out.is_empty());
        p.push(&[0; 160], 160, &mut out);
        assert_eq!(out, [Notice::Xoff]);
        assert!(p.status().full);
        for _ in 0..200 {
            p.push(&[0; 160], 160, &mut out);
        }
        assert_eq!(p.status().queue_length, 1000);
        // Checked before each frame leaves: the step after the one that
        // takes the queue under 800 says so.
        let (played, out) = drain(&mut p, 201);
        assert_eq!(played, 201);
        assert!(out.is_empty());
        let (_, out) = drain(&mut p, 2);
        assert_eq!(out, [Notice::Xon], "told once");
        assert!(!p.status().full);
    }

    #[test]
    fn marks_come_when_reached_and_drained_when_empty() {
        let mut p = Playout::default();
        let mut out = Vec::new();
        p.push(&[0; 320], 160, &mut out);
        p.mark(Some("m1".into()));
        p.report_drained();
        let mut out = Vec::new();
        assert!(p.tick(&mut out).is_some());
        assert!(p.tick(&mut out).is_some());
        assert!(out.is_empty());
        assert_eq!(p.tick(&mut out), None);
        assert_eq!(out, [Notice::MarkProcessed(Some("m1".into()))]);
        let (_, out) = drain(&mut p, 3);
        assert_eq!(out, [Notice::QueueDrained], "once");
    }

    #[test]
    fn pause_holds_and_flush_empties() {
        let mut p = Playout::default();
        let mut out = Vec::new();
        p.push(&[0; 480], 160, &mut out);
        p.set_paused(true);
        assert_eq!(drain(&mut p, 5).0, 0);
        p.set_paused(false);
        assert_eq!(drain(&mut p, 1).0, 1);
        p.mark(None);
        p.flush();
        assert_eq!(p.status().queue_length, 0);
        assert_eq!(drain(&mut p, 3), (0, vec![]));
    }

    #[test]
    fn passthrough_queues_each_message_whole() {
        let mut p = Playout::default();
        let mut out = Vec::new();
        p.push(&[7; 23], 0, &mut out);
        assert_eq!(p.tick(&mut out).map(|f| f.len()), Some(23));
    }
}
