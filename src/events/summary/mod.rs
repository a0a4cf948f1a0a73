//! `-o summary`: one line per event for a person following calls through the
//! dialplan. An event becomes a `Row` (its cells, width-independent), which
//! a `Layout` chosen for the width (again when the width changes, never per
//! line) writes as a line: at a terminal every line fits and the columns
//! stay put; into a pipe nothing is cut, so `grep` and `awk` see full
//! values in the same order.

mod layout;
mod names;
mod row;

use std::fmt::Write as _;
use std::time::{Duration, Instant};

pub use crate::output::width::{Width, terminal_columns, text_width};
pub use layout::Layout;
pub use names::family_color;
pub use row::Row;

/// Who a channel is, as summary lines name it: `dtmf@lab;2` for
/// `Local/dtmf@lab-00000004;2`, `alice-2a` for `PJSIP/alice-0000002a`.
pub fn who(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    names::write_who(&mut out, name);
    out
}

use super::brief::Brief;
use super::calls::{CallView, Calls};
use crate::clock::{local_time_of, now_local, timestamp_ms};

/// How often the terminal's width is read again (a resize shows within this).
const WIDTH_REFRESH: Duration = Duration::from_millis(250);

/// The summary renderer's state: the layout for the width, the row being
/// filled (its buffers kept between lines).
pub struct Summary {
    width: Width,
    /// Columns taken before each line by whoever prints it (a listener's
    /// `ws1 `, a fleet's profile name): the line fits what is left.
    prefix: usize,
    columns: Option<usize>,
    read_at: Option<Instant>,
    layout: Layout,
    relative: bool,
    /// The first event's time, for `--relative` lines that belong to no call.
    first: Option<i64>,
    row: Row,
}

impl Summary {
    pub fn new(width: Width, relative: bool) -> Summary {
        Summary {
            width,
            prefix: 0,
            columns: None,
            read_at: None,
            layout: Layout::for_width(None),
            relative,
            first: None,
            row: Row::default(),
        }
    }

    /// Leave `columns` before each line for a prefix printed with it.
    pub fn with_prefix(mut self, columns: usize) -> Summary {
        self.prefix = columns;
        self
    }

    /// The width lines fit now (none into a pipe).
    fn limit(&mut self) -> Option<usize> {
        let total = match self.width {
            Width::Unlimited => None,
            Width::Fixed(n) => Some(n),
            Width::Terminal => {
                if self.read_at.is_none_or(|t| t.elapsed() >= WIDTH_REFRESH) {
                    self.columns = terminal_columns();
                    self.read_at = Some(Instant::now());
                }
                self.columns
            }
        };
        total.map(|t| t.saturating_sub(self.prefix).max(1))
    }

    /// One event as one line (no newline), coloured or not.
    pub fn line(
        &mut self,
        event: &Brief,
        call: Option<CallView>,
        calls: &Calls,
        color: bool,
    ) -> String {
        let mut out = String::new();
        self.write_line(&mut out, event, call, calls, color);
        out
    }

    /// The same, into `out` (cleared first): a flood reuses one buffer.
    pub fn write_line(
        &mut self,
        out: &mut String,
        event: &Brief,
        call: Option<CallView>,
        calls: &Calls,
        color: bool,
    ) {
        self.fill(event, call, calls);
        let limit = self.limit();
        if limit != self.layout.width() {
            // Chosen once per width: the columns do not move between lines.
            self.layout = Layout::for_width(limit);
        }
        self.layout.write(out, &self.row, color);
    }

    /// The event's row without writing a line, for a view that lays rows
    /// out at a width of its own when it draws (`ari top`'s panes).
    pub fn row(&mut self, event: &Brief, call: Option<CallView>, calls: &Calls) -> &Row {
        self.fill(event, call, calls);
        &self.row
    }

    fn fill(&mut self, event: &Brief, call: Option<CallView>, calls: &Calls) {
        let mut time = std::mem::take(&mut self.row.time);
        self.time(&mut time, event, call);
        self.row.time = time;
        self.row.fill(event, call, calls);
    }

    fn time(&mut self, out: &mut String, event: &Brief, call: Option<CallView>) {
        out.clear();
        let stamp = event.timestamp.as_deref();
        if !self.relative {
            let clock = stamp.and_then(local_time_of).unwrap_or_else(now_local);
            out.push_str(std::str::from_utf8(&clock).unwrap_or("??:??:??.???"));
            return;
        }
        let now = stamp.and_then(timestamp_ms);
        if self.first.is_none() {
            self.first = now;
        }
        let start = call.and_then(|c| c.started).or(self.first);
        match (now, start) {
            (Some(now), Some(start)) => {
                let ms = (now - start).max(0);
                let _ = write!(out, "+{}.{:03}", ms / 1000, ms % 1000);
            }
            _ => out.push_str("+?"),
        }
    }
}

#[cfg(test)]
mod kit_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    fn render(summary: &mut Summary, calls: &mut Calls, text: &str) -> String {
        let brief = Brief::parse(text).unwrap();
        let call = calls.observe(&brief);
        summary.line(&brief, call, calls, false)
    }

    const DIALPLAN: &str = r#"{"type":"ChannelDialplan","timestamp":"2026-11-22T11:07:46.150+0000","dialplan_app":"AppDial2","dialplan_app_data":"(Outgoing Line)","channel":{"id":"1795345666.1","name":"Local/wait@lab-00000000;2","state":"Ring","caller":{"name":"Alice","number":"1001"},"dialplan":{"context":"lab","exten":"wait","priority":1,"app_name":"AppDial2","app_data":"(Outgoing Line)"}}}"#;

    #[test]
    fn dialplan_reads_like_the_console_and_nothing_twice() {
        let mut s = Summary::new(Width::Unlimited, false);
        let line = render(&mut s, &mut Calls::new(), DIALPLAN);
        assert!(
            line.contains("[wait@lab:1] AppDial2((Outgoing Line))"),
            "{line}"
        );
        assert_eq!(line.matches("AppDial2").count(), 1, "{line}");
        for part in [
            "c1",
            "ChannelDialplan",
            "Local/wait@lab-00000000;2",
            "1795345666.1",
            "Ring",
            "Alice <1001>",
        ] {
            assert!(line.contains(part), "{part} missing: {line}");
        }
    }

    #[test]
    fn causes_digits_and_variables_in_words() {
        let mut s = Summary::new(Width::Unlimited, false);
        let mut calls = Calls::new();
        let hangup = render(
            &mut s,
            &mut calls,
            r#"{"type":"ChannelHangupRequest","cause":16,"channel":{"id":"1.1","name":"PJSIP/a-1","dialplan":{"context":"lab","exten":"wait","priority":2}}}"#,
        );
        assert!(
            hangup.ends_with("Normal Clearing (16)  at [wait@lab:2]"),
            "{hangup}"
        );
        let dtmf = render(
            &mut s,
            &mut calls,
            r#"{"type":"ChannelDtmfReceived","digit":"5","duration_ms":120,"channel":{"id":"1.1"}}"#,
        );
        assert!(dtmf.ends_with("digit 5 (120 ms)"), "{dtmf}");
        let var = render(
            &mut s,
            &mut calls,
            r#"{"type":"ChannelVarset","variable":"STASISSTATUS","value":"FAILED","channel":{"id":"1.1"}}"#,
        );
        assert!(var.ends_with("STASISSTATUS=FAILED"), "{var}");
    }

    #[test]
    fn lines_fit_narrow_terminals_and_channel_less_events_take_no_channel_room() {
        for width in [80, 120, 200] {
            let mut s = Summary::new(Width::Fixed(width), false);
            let mut calls = Calls::new();
            let line = render(&mut s, &mut calls, DIALPLAN);
            assert!(line.width() <= width, "{width}: {line}");
            let device = render(
                &mut s,
                &mut calls,
                r#"{"type":"DeviceStateChanged","timestamp":"2026-11-22T11:07:46.150+0000","device_state":{"name":"Custom:lamp","state":"INUSE"}}"#,
            );
            assert!(device.width() <= width, "{device}");
            let kind = if width >= 120 {
                "DeviceStateChanged"
            } else {
                "Device"
            };
            assert_eq!(
                device.split_whitespace().collect::<Vec<_>>()[1..],
                [kind, "device", "Custom:lamp", "INUSE"],
                "{device}"
            );
        }
        let mut s = Summary::new(Width::Fixed(80), false);
        let line = render(&mut s, &mut Calls::new(), DIALPLAN);
        assert!(line.contains('…'), "{line}");
    }

    #[test]
    fn any_width_fits_without_a_panic() {
        for width in 1..=220 {
            let mut s = Summary::new(Width::Fixed(width), false);
            let mut calls = Calls::new();
            for text in [
                DIALPLAN,
                r#"{"type":"BridgeCreated","bridge":{"id":"x","channels":[]}}"#,
            ] {
                let line = render(&mut s, &mut calls, text);
                assert!(text_width(&line) <= width.max(1), "{width}: {line}");
            }
        }
    }

    #[test]
    fn a_prefix_printed_before_each_line_is_counted() {
        // A fleet's profile name or a listener's `ws1 `: 6 columns of 80.
        let mut s = Summary::new(Width::Fixed(80), false).with_prefix(6);
        let line = render(&mut s, &mut Calls::new(), DIALPLAN);
        assert!(line.width() <= 74, "{line}");
        assert!(line.ends_with('…'), "{line}");
        assert!(line.contains("wait@lab;2"), "{line}");
    }

    #[test]
    fn relative_times_count_from_the_calls_first_event() {
        let mut s = Summary::new(Width::Unlimited, true);
        let mut calls = Calls::new();
        let first = render(
            &mut s,
            &mut calls,
            r#"{"type":"ChannelCreated","timestamp":"2026-11-22T11:07:46.150+0000","channel":{"id":"1.1","name":"PJSIP/a-1"}}"#,
        );
        let later = render(
            &mut s,
            &mut calls,
            r#"{"type":"ChannelStateChange","timestamp":"2026-11-22T11:07:47.384+0000","channel":{"id":"1.1","name":"PJSIP/a-1","state":"Up"}}"#,
        );
        assert!(first.starts_with("+0.000 "), "{first}");
        assert!(later.starts_with("+1.234 "), "{later}");
    }
}
