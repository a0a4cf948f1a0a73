//! Rows laid out as lines. At a width (a terminal, `top`'s pane) the columns
//! are chosen once from the width alone, so they never move from line to
//! line: the time, the call tag, the event (short names when narrow), who
//! (the part of the channel name that tells channels apart), then, as room
//! allows, the channel id, its state and its caller; the details take the
//! rest and are cut at their end. Into a pipe (no width) nothing is cut:
//! columns grow to what they held so far and the full names and ids show.

use unicode_width::UnicodeWidthChar;

use crate::output::width::{cut_end, text_width};

use super::names::{kept_ending, short_kind, write_who};
use super::row::Row;

const RESET: &str = "\x1b[0m";
const DIM: &str = "\x1b[2m";

/// Call colours, in turn: none of them is the red of hang-ups and failures.
const CALL_COLORS: [&str; 8] = [
    "\x1b[36m", "\x1b[35m", "\x1b[33m", "\x1b[32m", "\x1b[34m", "\x1b[96m", "\x1b[95m", "\x1b[93m",
];

/// From this width on, a channel name that fits its column shows whole.
pub const FULL_NAMES: usize = 160;

/// The columns before the details, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Time,
    Tag,
    Kind,
    /// At a width: who; into a pipe: the full channel name.
    Who,
    Id,
    State,
    Caller,
}

const COLS: [Col; 7] = [
    Col::Time,
    Col::Tag,
    Col::Kind,
    Col::Who,
    Col::Id,
    Col::State,
    Col::Caller,
];

/// How one width is used.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The width to fit, or none (a pipe).
    width: Option<usize>,
    /// Each column's width (0: not shown).
    widths: [usize; 7],
    /// Event types in full (else short names).
    long_kinds: bool,
    /// Who, reused between lines.
    who: String,
}

impl Layout {
    /// The layout for a width (`None`: into a pipe, nothing cut).
    pub fn for_width(width: Option<usize>) -> Layout {
        let widths = match width {
            None => [0; 7],
            Some(w) => Layout::columns(w),
        };
        Layout {
            width,
            widths,
            long_kinds: width.is_none_or(|w| w >= 120),
            who: String::with_capacity(64),
        }
    }

    /// The width this layout fits, if any.
    pub fn width(&self) -> Option<usize> {
        self.width
    }

    /// Column widths for a width: what is least useful goes first as it
    /// narrows (the caller, the id, the state, then the milliseconds); the
    /// details keep at least a third of a narrow line.
    fn columns(w: usize) -> [usize; 7] {
        let time = if w >= 100 { 12 } else { 8 };
        let tag = if w >= 56 { 4 } else { 3 };
        let kind = match w {
            120.. => 22,
            56.. => 11,
            _ => 8,
        };
        let who = match w {
            200.. => 32,
            120.. => 24,
            72.. => 16,
            56.. => 13,
            _ => 10,
        };
        let id = if w >= 180 { 20 } else { 0 };
        let state = if w >= 120 { 8 } else { 0 };
        let caller = if w >= 160 { 18 } else { 0 };
        [time, tag, kind, who, id, state, caller]
    }

    /// One row as one line (no newline), into `out` (cleared first).
    pub fn write(&mut self, out: &mut String, row: &Row, color: bool) {
        out.clear();
        match self.width {
            Some(width) => self.write_fitted(out, row, color, width),
            None => self.write_whole(out, row, color),
        }
    }

    fn write_fitted(&mut self, out: &mut String, row: &Row, color: bool, width: usize) {
        let call_color = call_color(row, color);
        self.who.clear();
        let room = self.widths[Col::Who as usize];
        if width >= FULL_NAMES && text_width(&row.name) <= room {
            // Room enough: the name as Asterisk gives it, nothing to decode.
            self.who.push_str(&row.name);
        } else {
            write_who(&mut self.who, &row.name);
        }
        let kind = if self.long_kinds && text_width(&row.kind) <= self.widths[Col::Kind as usize] {
            row.kind.as_str()
        } else {
            short_kind(&row.kind)
        };
        let mut used = 0;
        for col in COLS {
            let w = self.widths[col as usize];
            if w == 0 {
                continue;
            }
            if used > 0 {
                out.push(' ');
                used += 1;
            }
            let paint = paint(col, row, call_color, color);
            if let Some(p) = paint {
                out.push_str(p);
            }
            used += match col {
                Col::Time => write_time(out, &row.time, w),
                Col::Tag => pad(out, &row.tag, w),
                Col::Kind => fit_end(out, kind, w),
                Col::Who => fit_who(out, &self.who, w),
                Col::Id => fit_middle(out, &row.id, w),
                Col::State => fit_end(out, &row.state, w),
                Col::Caller => fit_end(out, &row.caller, w),
            };
            if paint.is_some() {
                out.push_str(RESET);
            }
        }
        let state_first = row.state_is_news && self.widths[Col::State as usize] == 0;
        let room = width.saturating_sub(used + 1);
        if room > 0 && (state_first && !row.state.is_empty() || !row.details.is_empty()) {
            out.push(' ');
            if state_first && !row.state.is_empty() {
                // The new state is this event's news: its details.
                let both = row.details.is_empty();
                cut_end(out, &row.state, room);
                if !both && room > row.state.len() + 2 {
                    out.push_str("  ");
                    cut_end(out, &row.details, room - row.state.len() - 2);
                }
            } else {
                cut_end(out, &row.details, room);
            }
        }
        let end = out.trim_end().len();
        out.truncate(end);
        // Only a tag wider than its column (call c1000 on) gets here.
        if !color && text_width(out) > width {
            let text = std::mem::take(out);
            cut_end(out, &text, width);
        }
    }

    /// Into a pipe: every value whole, columns as wide as they have been so
    /// far, a column the event does not have (a bridge's channel) skipped.
    fn write_whole(&mut self, out: &mut String, row: &Row, color: bool) {
        let call_color = call_color(row, color);
        let channel_less = row.channel_less();
        let mut first = true;
        for col in COLS {
            if channel_less && matches!(col, Col::Who | Col::Id | Col::State | Col::Caller) {
                continue;
            }
            let value = match col {
                Col::Time => row.time.as_str(),
                Col::Tag => row.tag.as_str(),
                Col::Kind => row.kind.as_str(),
                Col::Who => row.name.as_str(),
                Col::Id => row.id.as_str(),
                Col::State => row.state.as_str(),
                Col::Caller => row.caller.as_str(),
            };
            let slot = &mut self.widths[col as usize];
            *slot = (*slot).max(text_width(value));
            if *slot == 0 {
                continue;
            }
            if !first {
                out.push(' ');
            }
            first = false;
            let paint = paint(col, row, call_color, color);
            if let Some(p) = paint {
                out.push_str(p);
            }
            pad(out, value, *slot);
            if paint.is_some() {
                out.push_str(RESET);
            }
        }
        if !row.details.is_empty() {
            out.push(' ');
            out.push_str(&row.details);
        }
        let end = out.trim_end().len();
        out.truncate(end);
    }
}

/// The colour a column is painted in, if any.
fn paint(
    col: Col,
    row: &Row,
    call_color: Option<&'static str>,
    color: bool,
) -> Option<&'static str> {
    match col {
        Col::Time if color => Some(DIM),
        Col::Tag | Col::Who => call_color,
        Col::Kind if color => Some(super::names::family_color(&row.kind)),
        _ => None,
    }
}

fn call_color(row: &Row, color: bool) -> Option<&'static str> {
    row.call
        .filter(|_| color)
        .map(|c| CALL_COLORS[(c as usize).saturating_sub(1) % CALL_COLORS.len()])
}

/// `value` padded to `columns`; a longer value is written whole. Returns
/// the columns taken.
fn pad(out: &mut String, value: &str, columns: usize) -> usize {
    let w = text_width(value);
    out.push_str(value);
    for _ in w..columns {
        out.push(' ');
    }
    w.max(columns)
}

/// The clock without its milliseconds when the column is narrow
/// (`12:07:46`); a relative time (`+1.234`) loses its fraction first.
fn write_time(out: &mut String, time: &str, columns: usize) -> usize {
    if time.len() <= columns {
        return pad(out, time, columns);
    }
    let whole = time.split('.').next().unwrap_or(time);
    if whole.len() <= columns {
        return pad(out, whole, columns);
    }
    fit_end(out, time, columns)
}

/// Exactly `columns`: padded, or cut at the end with `…`.
fn fit_end(out: &mut String, value: &str, columns: usize) -> usize {
    if text_width(value) <= columns {
        return pad(out, value, columns);
    }
    cut_end(out, value, columns);
    columns
}

/// Exactly `columns`: padded, or cut in the middle (both ends of an id
/// tell ids apart).
fn fit_middle(out: &mut String, value: &str, columns: usize) -> usize {
    if text_width(value) <= columns {
        return pad(out, value, columns);
    }
    cut_middle(out, value, columns);
    columns
}

/// Who in exactly `columns`: cut in the middle of the name, never its
/// Local half (`;2`).
fn fit_who(out: &mut String, who: &str, columns: usize) -> usize {
    if text_width(who) <= columns {
        return pad(out, who, columns);
    }
    let keep = kept_ending(who);
    if keep + 2 > columns {
        cut_middle(out, who, columns);
        return columns;
    }
    let (body, ending) = who.split_at(who.len() - keep);
    cut_middle(out, body, columns - keep);
    out.push_str(ending);
    columns
}

/// `value` in at most `columns`, its middle replaced by `…`.
fn cut_middle(out: &mut String, value: &str, columns: usize) {
    if text_width(value) <= columns {
        out.push_str(value);
        return;
    }
    if columns == 0 {
        return;
    }
    let keep = columns - 1;
    let tail = keep / 2;
    let head = keep - tail;
    // Both ends are counted in columns, so wide characters fit too.
    let mut used = 0;
    for c in value.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > head {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    let mut end = value.len();
    let mut taken = 0;
    for (i, c) in value.char_indices().rev() {
        let w = c.width().unwrap_or(0);
        if taken + w > tail {
            break;
        }
        taken += w;
        end = i;
    }
    out.push_str(&value[end..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_keep_both_ends_of_ids_and_the_local_half() {
        let mut out = String::new();
        cut_middle(&mut out, "1795345666.1234", 9);
        assert_eq!(out, "1795…1234");
        out.clear();
        fit_who(&mut out, "a-very-long-extension@from-internal;2", 16);
        assert_eq!(out, "a-very-…ternal;2");
        assert_eq!(text_width(&out), 16);
    }

    #[test]
    fn columns_narrow_from_the_least_useful() {
        let wide = Layout::columns(200);
        let narrow = Layout::columns(80);
        assert!(wide.iter().all(|w| *w > 0), "{wide:?}");
        assert_eq!(narrow[Col::Id as usize], 0);
        assert_eq!(narrow[Col::Caller as usize], 0);
        assert_eq!(narrow[Col::State as usize], 0);
        assert!(narrow[Col::Who as usize] >= 13);
    }
}
