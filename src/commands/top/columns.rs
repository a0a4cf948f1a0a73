//! The calls table's columns: which ones a terminal's width gets, how wide
//! each is, and what each shows for a channel. Widths come from the
//! terminal's width alone, never from the rows, so that nothing moves while
//! calls come, go and play media; at 80 columns the table keeps what a
//! person scans for, and wider terminals add the rest.

use ratatui::layout::Constraint;

use super::marks::Marks;
use super::pbx::{ChannelRow, Pbx, duration_since};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// `c12` on a call's first channel, `└` on its other legs.
    Call,
    /// A call's caller (if it has one, else its first channel's name
    /// without the instance number), and for its other legs their names:
    /// the one "who" a narrow screen has room for.
    Who,
    Channel,
    Caller,
    Connected,
    State,
    /// Where in the dialplan, or which Stasis application; or why it hung up.
    Where,
    App,
    /// The bridge's name, else its id (a UUID's first 8 characters).
    Bridge,
    /// Hold, mute, music on hold, playing, recording: one place each.
    Flags,
    Media,
    Time,
    Id,
}

use Column::*;

/// Up to 110 columns (80 is the least it is made for).
const NARROW: &[Column] = &[Call, Who, State, Where, Bridge, Flags, Time];
const MEDIUM: &[Column] = &[Call, Channel, Caller, State, Where, Bridge, Flags, Time];
const WIDE: &[Column] = &[
    Call, Channel, Caller, Connected, State, Where, App, Bridge, Flags, Media, Time, Id,
];

/// The legend of the flags column, in its order.
pub const FLAGS: &[(char, &str)] = &[
    ('H', "held"),
    ('M', "muted"),
    // The channel's own, or its bridge's.
    ('♫', "music on hold"),
    ('▶', "playing"),
    ('●', "recording"),
];

/// `H held M muted ...`: for the help screen (one line at 80 columns)
/// and `--help`.
pub fn flags_legend() -> String {
    FLAGS
        .iter()
        .map(|(flag, what)| format!("{flag} {what}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The columns for a terminal this wide.
pub fn for_width(width: u16) -> &'static [Column] {
    match width {
        0..110 => NARROW,
        110..170 => MEDIUM,
        _ => WIDE,
    }
}

impl Column {
    pub fn title(self) -> &'static str {
        match self {
            Call => "CALL",
            Who => "WHO",
            Channel => "CHANNEL",
            Caller => "CALLER",
            Connected => "CONNECTED",
            State => "STATE",
            Where => "WHERE",
            App => "APP",
            Bridge => "BRIDGE",
            Flags => "FLAGS",
            Media => "MEDIA",
            Time => "TIME",
            Id => "ID",
        }
    }

    /// Fixed widths hold their usual values whole (`Local/hello@lab-00000002;1`,
    /// `Alice <1001>`, `Ringing`, `1:02:05`); the rest is shared out.
    pub fn constraint(self) -> Constraint {
        match self {
            Call => Constraint::Length(4),
            Who => Constraint::Length(20),
            Channel => Constraint::Length(28),
            Caller | Connected => Constraint::Length(16),
            State => Constraint::Length(7),
            Where | Media => Constraint::Fill(1),
            App => Constraint::Length(12),
            Bridge => Constraint::Length(10),
            Flags => Constraint::Length(5),
            Time => Constraint::Length(7),
            Id => Constraint::Length(14),
        }
    }

    /// What the column shows for `row`.
    pub fn cell(self, row: &Row, pbx: &Pbx, marks: &Marks, now_ms: i64) -> String {
        let c = row.channel;
        match self {
            Call => match (row.leg, row.call) {
                (true, _) => "└".to_string(),
                (false, Some(id)) => format!("c{id}"),
                (false, None) => String::new(),
            },
            Who => {
                // A leg's caller is mostly the call's (or, on a Local
                // channel, whoever the connected line says): which endpoint
                // it is tells more.
                let caller = if row.leg {
                    String::new()
                } else {
                    c.party("caller")
                };
                if caller.is_empty() {
                    crate::events::summary::who(c.name())
                } else {
                    caller
                }
            }
            Channel => c.name().to_string(),
            Caller => c.party("caller"),
            Connected => c.party("connected"),
            State if c.gone.is_some() => "hung up".to_string(),
            State => c.state().to_string(),
            Where => match &c.gone {
                Some(g) if g.cause == 0 => g.text.clone(),
                Some(g) => format!("{} ({})", g.text, g.cause),
                None => c.place(),
            },
            App => c.application().to_string(),
            Bridge => c
                .bridge
                .as_deref()
                .map(|id| bridge_label(pbx, id))
                .unwrap_or_default(),
            Flags => flags(c, marks),
            Media => c.media(),
            Time => duration_since(c.created_ms(), now_ms),
            Id => c.id().to_string(),
        }
    }
}

/// One channel as a row of the table.
pub struct Row<'a> {
    pub channel: &'a ChannelRow,
    pub call: Option<crate::events::calls::CallId>,
    pub leg: bool,
}

/// A bridge's name, else its id, a UUID cut to its first group.
pub fn bridge_label(pbx: &Pbx, id: &str) -> String {
    let name = pbx.bridges.get(id).and_then(|b| b["name"].as_str());
    match name {
        Some(name) if !name.is_empty() => name.to_string(),
        _ if id.len() == 36 && id.as_bytes()[8] == b'-' => id[..8].to_string(),
        _ => id.to_string(),
    }
}

/// Each flag in its own place, a space where it is off, so that flags
/// line up from row to row.
fn flags(c: &ChannelRow, marks: &Marks) -> String {
    let id = c.id();
    let bridge_moh = c.bridge.as_deref().is_some_and(|b| marks.bridge_moh(b));
    let on = [
        c.held || marks.held(id),
        marks.muted(id),
        marks.moh(id) || bridge_moh,
        c.playing.is_some(),
        c.recording.is_some(),
    ];
    let text: String = FLAGS
        .iter()
        .zip(on)
        .map(|((flag, _), on)| if on { *flag } else { ' ' })
        .collect();
    text.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_columns_fit_the_width_they_are_chosen_for() {
        for (width, columns) in [(80u16, NARROW), (110, MEDIUM), (170, WIDE)] {
            let fixed: u16 = columns
                .iter()
                .map(|c| match c.constraint() {
                    Constraint::Length(n) => n,
                    _ => 18,
                })
                .sum();
            let spacing = u16::try_from(columns.len() - 1).unwrap();
            assert!(fixed + spacing <= width, "{width}: {}", fixed + spacing);
            assert_eq!(for_width(width), columns);
        }
    }
}
