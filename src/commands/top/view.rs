//! Drawing `ari top`: header, tabs, the table of the tab, the events pane,
//! the status line; the detail and help screens over them. A function of
//! the PBX state and the screen state only, so a test backend can check it.

use std::collections::VecDeque;

use ansi_to_tui::IntoText;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Cell, Clear, Paragraph, Row, Table, TableState};
use serde_json::Value;

use super::actions::{Action, Ask};
use super::columns;
use super::pbx::{EventLine, Link, Pbx};
use super::screen::{Mode, Screen, Tab, Tone};

/// Draw everything; `now_ms` is the wall clock, for durations.
pub fn draw(frame: &mut Frame, pbx: &Pbx, ui: &mut Screen, now_ms: i64) {
    let area = frame.area();
    let events_height = (area.height / 3).max(4);
    let [header, tabs, table, events, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(events_height),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_header(frame, header, pbx, ui);
    draw_tabs(frame, tabs, ui);
    draw_table(frame, table, pbx, ui, now_ms);
    draw_events(frame, events, pbx, ui);
    draw_status(frame, status, pbx, ui);
    match ui.mode.clone() {
        Mode::Detail(scroll) => draw_detail(frame, area, pbx, ui, scroll),
        Mode::Help => draw_help(frame, area, ui),
        _ => {}
    }
}

fn style(ui: &Screen, color: Color) -> Style {
    if ui.color {
        Style::default().fg(color)
    } else {
        Style::default()
    }
}

fn draw_header(frame: &mut Frame, area: Rect, pbx: &Pbx, ui: &Screen) {
    let (mark, link_style) = match &pbx.link {
        Link::Live => ("● live", style(ui, Color::Green)),
        Link::Connecting => ("○ connecting", style(ui, Color::Yellow)),
        Link::Lost(_) => ("○ reconnecting", style(ui, Color::Red)),
        Link::Replay(state) => (state.as_str(), style(ui, Color::Cyan)),
    };
    let mark = if ui.read_only && !ui.replay {
        format!("read-only  {mark}")
    } else {
        mark.to_string()
    };
    // The connection's state keeps its place at the right; the rest gives way.
    let width = u16::try_from(mark.chars().count() + 1).unwrap_or(u16::MAX);
    let [left, right] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(width)]).areas(area);
    let spans = vec![
        Span::styled("ari top", Style::default().add_modifier(Modifier::BOLD)),
        Span::raw(format!(
            "  {} calls  {} bridges  {} events  {}",
            pbx.live_calls(),
            pbx.bridges.len(),
            pbx.events_seen,
            ui.server,
        )),
    ];
    frame.render_widget(Paragraph::new(Line::from(spans)), left);
    frame.render_widget(
        Paragraph::new(Span::styled(mark, link_style)).alignment(ratatui::layout::Alignment::Right),
        right,
    );
}

fn draw_tabs(frame: &mut Frame, area: Rect, ui: &Screen) {
    let mut spans = Vec::new();
    for (i, tab) in Tab::ALL.iter().enumerate() {
        let text = format!(" {} {} ", i + 1, tab.title());
        let chosen = *tab == ui.tab;
        let s = if chosen {
            Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            Style::default()
        };
        spans.push(Span::styled(text, s));
        spans.push(Span::raw(" "));
    }
    if !ui.filter.is_empty() && ui.mode != Mode::Filter {
        spans.push(Span::styled(
            format!(" filter: {}", ui.filter),
            style(ui, Color::Cyan),
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn header_row(ui: &Screen, names: &[&'static str]) -> Row<'static> {
    let s = if ui.color {
        Style::default()
            .fg(Color::Cyan)
            .add_modifier(Modifier::BOLD)
    } else {
        Style::default().add_modifier(Modifier::BOLD)
    };
    Row::new(names.iter().map(|n| Cell::from(*n))).style(s)
}

fn draw_table(frame: &mut Frame, area: Rect, pbx: &Pbx, ui: &mut Screen, now_ms: i64) {
    let all = ui.row_ids(pbx);
    ui.follow(&all);
    // Only the rows on screen are built: a thousand calls cost what a
    // screenful does. The window follows the selection.
    let visible = usize::from(area.height.saturating_sub(1)).max(1);
    if ui.selected < ui.table_offset {
        ui.table_offset = ui.selected;
    } else if ui.selected >= ui.table_offset + visible {
        ui.table_offset = ui.selected + 1 - visible;
    }
    ui.table_offset = ui.table_offset.min(all.len().saturating_sub(visible));
    let window = ui.table_offset..(ui.table_offset + visible).min(all.len());
    let ids = &all[window.clone()];
    let (header, widths, rows): (Row, Vec<Constraint>, Vec<Row>) = match ui.tab {
        Tab::Calls => calls_table(pbx, ui, area.width, now_ms, window),
        Tab::Bridges => bridges_table(pbx, ui, ids, area.width),
        Tab::Applications => applications_table(pbx, ui, ids),
        Tab::Endpoints => {
            let rows = ids
                .iter()
                .filter_map(|id| pbx.endpoints.get(id).map(|e| (id, e)))
                .map(|(id, e)| {
                    Row::new(vec![
                        Cell::from(id.clone()),
                        Cell::from(e["state"].as_str().unwrap_or("").to_string()),
                        Cell::from(list_text(&e["channel_ids"])),
                    ])
                })
                .collect();
            (
                header_row(ui, &["ENDPOINT", "STATE", "CHANNELS"]),
                vec![
                    Constraint::Fill(2),
                    Constraint::Length(12),
                    Constraint::Fill(3),
                ],
                rows,
            )
        }
        Tab::DeviceStates => {
            let rows = ids
                .iter()
                .filter_map(|id| pbx.device_states.get(id).map(|d| (id, d)))
                .map(|(id, d)| {
                    Row::new(vec![
                        Cell::from(id.clone()),
                        Cell::from(d["state"].as_str().unwrap_or("").to_string()),
                    ])
                })
                .collect();
            (
                header_row(ui, &["DEVICE", "STATE"]),
                vec![Constraint::Fill(2), Constraint::Fill(1)],
                rows,
            )
        }
    };
    let empty = rows.is_empty();
    let table = Table::new(rows, widths)
        .header(header)
        .column_spacing(1)
        .row_highlight_style(Style::default().add_modifier(Modifier::REVERSED));
    let mut state = TableState::default()
        .with_selected((!empty).then_some(ui.selected - ui.table_offset))
        .with_offset(0);
    frame.render_stateful_widget(table, area, &mut state);
    ui.table_area = area;
    if empty {
        let what = match (ui.tab, ui.filter.is_empty()) {
            (_, false) => "nothing matches the filter (Esc clears it)".to_string(),
            (Tab::Calls, true) => "no calls".to_string(),
            (tab, true) => format!("no {}", tab.title().to_lowercase()),
        };
        if area.height > 1 {
            let line = Rect {
                y: area.y + 1,
                height: 1,
                ..area
            };
            frame.render_widget(
                Paragraph::new(Span::styled(
                    what,
                    Style::default().add_modifier(Modifier::DIM),
                )),
                line,
            );
        }
    }
}

fn list_text(value: &Value) -> String {
    value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect::<Vec<_>>()
        .join(",")
}

fn count(value: &Value) -> String {
    crate::output::model_view::count_text(value.as_array().map_or(&[], Vec::as_slice))
}

fn calls_table(
    pbx: &Pbx,
    ui: &Screen,
    width: u16,
    now_ms: i64,
    window: std::ops::Range<usize>,
) -> (Row<'static>, Vec<Constraint>, Vec<Row<'static>>) {
    let columns = columns::for_width(width);
    let names: Vec<&'static str> = columns.iter().map(|c| c.title()).collect();
    let widths = columns.iter().map(|c| c.constraint()).collect();
    let all = pbx.call_rows(&ui.filter);
    let rows = all[window]
        .iter()
        .filter_map(|r| {
            let channel = pbx.channels.get(&r.channel)?;
            let row = columns::Row {
                channel,
                call: r.call,
                leg: r.leg,
            };
            let cells: Vec<String> = columns
                .iter()
                .map(|c| c.cell(&row, pbx, &ui.marks, now_ms))
                .collect();
            let style = if channel.gone.is_some() {
                Style::default().add_modifier(Modifier::DIM)
            } else if ui.color && channel.state() == "Ringing" {
                Style::default().fg(Color::Yellow)
            } else {
                Style::default()
            };
            Some(Row::new(cells).style(style))
        })
        .collect();
    (header_row(ui, &names), widths, rows)
}

fn bridges_table(
    pbx: &Pbx,
    ui: &Screen,
    ids: &[String],
    width: u16,
) -> (Row<'static>, Vec<Constraint>, Vec<Row<'static>>) {
    // A UUID takes 36 columns: only where there is room for it besides
    // the label (its name, or its first 8 characters).
    let with_id = width >= 120;
    let rows = ids
        .iter()
        .filter_map(|id| pbx.bridges.get(id).map(|b| (id, b)))
        .map(|(id, b)| {
            let members: Vec<String> = b["channels"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(|m| match pbx.channels.get(m) {
                    Some(c) if with_id => c.name().to_string(),
                    // Narrow: who they are, as the calls table's WHO says.
                    Some(c) => match c.party("caller") {
                        caller if caller.is_empty() => crate::events::summary::who(c.name()),
                        caller => caller,
                    },
                    None => m.to_string(),
                })
                .collect();
            let moh = if ui.marks.bridge_moh(id) { "♫" } else { "" };
            let mut cells = vec![
                columns::bridge_label(pbx, id),
                b["bridge_type"].as_str().unwrap_or("").to_string(),
                b["technology"].as_str().unwrap_or("").to_string(),
                moh.to_string(),
                members.len().to_string(),
                members.join(", "),
            ];
            if with_id {
                cells.push(id.clone());
            }
            Row::new(cells)
        })
        .collect();
    let mut names = vec!["BRIDGE", "TYPE", "TECH", "MOH", "N", "CHANNELS"];
    let mut widths = vec![
        Constraint::Length(12),
        Constraint::Length(8),
        Constraint::Length(13),
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Fill(1),
    ];
    if with_id {
        names.push("ID");
        widths.push(Constraint::Length(36));
    }
    (header_row(ui, &names), widths, rows)
}

fn applications_table(
    pbx: &Pbx,
    ui: &Screen,
    ids: &[String],
) -> (Row<'static>, Vec<Constraint>, Vec<Row<'static>>) {
    let rows = ids
        .iter()
        .filter_map(|id| {
            pbx.applications
                .iter()
                .find(|a| a["name"].as_str() == Some(id.as_str()))
        })
        .map(|a| {
            Row::new(vec![
                Cell::from(a["name"].as_str().unwrap_or("").to_string()),
                Cell::from(count(&a["channel_ids"])),
                Cell::from(count(&a["bridge_ids"])),
                Cell::from(count(&a["endpoint_ids"])),
                Cell::from(count(&a["device_names"])),
            ])
        })
        .collect();
    (
        header_row(
            ui,
            &["APPLICATION", "CHANNELS", "BRIDGES", "ENDPOINTS", "DEVICES"],
        ),
        vec![
            Constraint::Fill(3),
            Constraint::Length(9),
            Constraint::Length(8),
            Constraint::Length(10),
            Constraint::Length(8),
        ],
        rows,
    )
}

/// ANSI text (the summary view's, the pretty JSON's) as ratatui text.
fn from_ansi(text: &str, color: bool) -> Text<'static> {
    match text.into_text() {
        Ok(t) if color => t,
        Ok(t) => {
            // NO_COLOR: the words without the colours.
            let lines: Vec<Line> = t
                .lines
                .into_iter()
                .map(|l| {
                    Line::from(
                        l.spans
                            .into_iter()
                            .map(|s| Span::raw(s.content.into_owned()))
                            .collect::<Vec<_>>(),
                    )
                })
                .collect();
            Text::from(lines)
        }
        Err(_) => Text::raw(text.to_string()),
    }
}

fn selected_call(pbx: &Pbx, ui: &mut Screen) -> Option<crate::events::calls::CallId> {
    if ui.tab != Tab::Calls {
        return None;
    }
    let id = ui.selected_id(pbx)?;
    pbx.channels.get(&id).and_then(|c| c.call)
}

fn draw_events(frame: &mut Frame, area: Rect, pbx: &Pbx, ui: &mut Screen) {
    let call = if ui.events_of_selected {
        selected_call(pbx, ui)
    } else {
        None
    };
    let title = match (ui.events_of_selected, call) {
        (true, Some(c)) => format!(" Events of call c{c} (e: all) "),
        (true, None) => " Events of the selected call: none selected (e: all) ".to_string(),
        (false, _) => " Events (e: the selected call's only) ".to_string(),
    };
    let block = Block::default().borders(Borders::TOP).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let wanted = usize::from(inner.height);
    let mut lines: Vec<&crate::commands::top::pbx::EventLine> =
        if ui.events_of_selected && call.is_none() {
            Vec::new()
        } else {
            pbx.event_lines(call).rev().take(wanted).collect()
        };
    lines.reverse();
    let text = event_text(lines, usize::from(inner.width), ui.color);
    frame.render_widget(Paragraph::new(text), inner);
}

/// Event lines in the summary's layout for `width` (the same columns as
/// the tail's at that width, chosen once per draw).
fn event_text<'l>(
    lines: impl IntoIterator<Item = &'l EventLine>,
    width: usize,
    color: bool,
) -> Text<'static> {
    use crate::commands::top::pbx::EventText;
    let mut layout = crate::events::summary::Layout::for_width(Some(width));
    let mut line = String::new();
    let mut text = Text::default();
    for event in lines {
        match &event.what {
            EventText::Row(row) => {
                layout.write(&mut line, row, color);
                text.extend(from_ansi(&line, color));
            }
            EventText::Note(note) => text.extend(from_ansi(note, color)),
        }
    }
    text
}

/// The keys worth a reminder on the tab, most useful first.
fn hints(ui: &Screen) -> &'static [&'static str] {
    const COMMON: [&str; 4] = ["q quit", "? keys", "/ filter", "Enter detail"];
    if ui.replay {
        return &[
            "q quit",
            "Space pause",
            ". step",
            "+ - speed",
            "? keys",
            "/ filter",
            "Enter detail",
        ];
    }
    match (ui.tab, ui.read_only) {
        (_, true) => &[
            "q quit",
            "? keys",
            "/ filter",
            "Enter detail",
            "e events",
            "Tab next tab",
        ],
        (Tab::Calls, false) => &[
            COMMON[0],
            COMMON[1],
            COMMON[2],
            COMMON[3],
            "h hang up",
            "a answer",
            "o hold",
            "p play",
            "m mute",
            "e events",
        ],
        (Tab::Bridges, false) => &[
            COMMON[0],
            COMMON[1],
            COMMON[2],
            COMMON[3],
            "d destroy",
            "M music",
            "Tab next tab",
        ],
        _ => &[COMMON[0], COMMON[1], COMMON[2], COMMON[3], "Tab next tab"],
    }
}

/// As many hints as fit `width`, whole: one cut in half helps nobody.
fn fitted_hints(hints: &[&str], width: usize) -> String {
    let mut out = String::new();
    for hint in hints {
        let gap = if out.is_empty() { 0 } else { 2 };
        if out.chars().count() + gap + hint.chars().count() > width {
            break;
        }
        if gap > 0 {
            out.push_str("  ");
        }
        out.push_str(hint);
    }
    out
}

fn draw_status(frame: &mut Frame, area: Rect, pbx: &Pbx, ui: &Screen) {
    let line = match &ui.mode {
        Mode::Filter => Line::from(vec![
            Span::styled("/", style(ui, Color::Cyan)),
            Span::raw(ui.filter.clone()),
            Span::styled("█", Style::default().add_modifier(Modifier::SLOW_BLINK)),
            Span::styled(
                "   Enter keep  Esc clear",
                Style::default().add_modifier(Modifier::DIM),
            ),
        ]),
        Mode::Confirm(action, _, name) => Line::from(Span::styled(
            format!("{} {name}? y/n", capitalised(action.describe())),
            style(ui, Color::Yellow).add_modifier(Modifier::BOLD),
        )),
        Mode::Prompt(action, target, typed) => {
            let label = match action.ask() {
                Ask::Value(label, _) => label,
                _ => "",
            };
            let name = pbx
                .channels
                .get(target)
                .map_or(target.clone(), |c| c.name().to_string());
            let mut spans = vec![
                Span::styled(
                    format!("{} {name}: {label}> ", capitalised(action.describe())),
                    style(ui, Color::Yellow),
                ),
                Span::raw(typed.clone()),
                Span::styled("█", Style::default().add_modifier(Modifier::SLOW_BLINK)),
            ];
            if *action == Action::Play {
                spans.push(Span::styled(
                    "   Tab completes",
                    Style::default().add_modifier(Modifier::DIM),
                ));
            }
            Line::from(spans)
        }
        _ => match &ui.status {
            Some(status) => {
                let s = match status.tone {
                    Tone::Good => style(ui, Color::Green),
                    Tone::Bad => style(ui, Color::Red),
                    Tone::Info => Style::default(),
                };
                Line::from(Span::styled(status.text.clone(), s))
            }
            None => Line::from(Span::styled(
                fitted_hints(hints(ui), usize::from(area.width)),
                Style::default().add_modifier(Modifier::DIM),
            )),
        },
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// A box over most of the screen.
fn overlay(area: Rect) -> Rect {
    let margin_x = (area.width / 20).max(1).min(area.width / 2);
    let margin_y = (area.height / 12).max(1).min(area.height / 2);
    Rect {
        x: area.x + margin_x,
        y: area.y + margin_y,
        width: area.width.saturating_sub(2 * margin_x),
        height: area.height.saturating_sub(2 * margin_y),
    }
}

fn draw_detail(frame: &mut Frame, area: Rect, pbx: &Pbx, ui: &mut Screen, scroll: u16) {
    let Some(id) = ui.selected_id(pbx) else {
        return;
    };
    let (title, json, recent): (String, Value, Option<&VecDeque<EventLine>>) = match ui.tab {
        Tab::Calls => match pbx.channels.get(&id) {
            Some(c) => (
                format!(" Channel {} ", c.name()),
                c.json.clone(),
                Some(&c.recent),
            ),
            None => return,
        },
        Tab::Bridges => (
            format!(" Bridge {} ", columns::bridge_label(pbx, &id)),
            pbx.bridges.get(&id).cloned().unwrap_or_default(),
            None,
        ),
        Tab::Applications => (
            format!(" Application {id} "),
            pbx.applications
                .iter()
                .find(|a| a["name"].as_str() == Some(id.as_str()))
                .cloned()
                .unwrap_or_default(),
            None,
        ),
        Tab::Endpoints => (
            format!(" Endpoint {id} "),
            pbx.endpoints.get(&id).cloned().unwrap_or_default(),
            None,
        ),
        Tab::DeviceStates => (
            format!(" Device {id} "),
            pbx.device_states.get(&id).cloned().unwrap_or_default(),
            None,
        ),
    };
    let area = overlay(area);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title)
        .title_bottom(" ↑↓ PgUp PgDn Home End scroll  Esc back ");
    let inner = block.inner(area);
    let mut pretty = Vec::new();
    let _ = crate::output::color::write_pretty(&mut pretty, &json, ui.color);
    let mut text = from_ansi(&String::from_utf8_lossy(&pretty), ui.color);
    if let Some(recent) = recent {
        // The channel's own events as the events pane shows them, laid out
        // for the box, oldest first: End shows the newest.
        text.push_line(Line::default());
        let heading = if recent.is_empty() {
            "Recent events: none seen since top started"
        } else {
            "Recent events"
        };
        text.push_line(Line::styled(
            heading,
            Style::default().add_modifier(Modifier::BOLD),
        ));
        text.extend(event_text(recent, usize::from(inner.width), ui.color));
    }
    // Wrapped here rather than by the paragraph, so that the number of
    // lines, and with it the last page, is known.
    let lines = hard_wrap(text.lines, usize::from(inner.width));
    let page = inner.height.max(1);
    let last = u16::try_from(lines.len().saturating_sub(usize::from(page))).unwrap_or(u16::MAX);
    // At the end (End, or scrolled there), the view follows new events
    // as a tail does.
    let following = scroll > 0 && scroll == ui.detail_last;
    ui.detail_page = page;
    ui.detail_last = last;
    let scroll = if following { last } else { scroll.min(last) };
    ui.mode = Mode::Detail(scroll);
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), area);
}

/// Lines cut into pieces no wider than `width` (by display width, styles
/// kept), each piece a line of its own.
fn hard_wrap(lines: Vec<Line<'static>>, width: usize) -> Vec<Line<'static>> {
    use unicode_width::UnicodeWidthChar;
    let width = width.max(1);
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let mut current: Vec<Span<'static>> = Vec::new();
        let mut used = 0;
        for span in line.spans {
            let mut piece = String::new();
            for ch in span.content.chars() {
                let w = ch.width().unwrap_or(0);
                if used + w > width && used > 0 {
                    current.push(Span::styled(std::mem::take(&mut piece), span.style));
                    out.push(Line::from(std::mem::take(&mut current)).style(line.style));
                    used = 0;
                }
                piece.push(ch);
                used += w;
            }
            if !piece.is_empty() {
                current.push(Span::styled(piece, span.style));
            }
        }
        out.push(Line::from(current).style(line.style));
    }
    out
}

/// The keys, for the help screen and `--help`; each line fits the help
/// screen at 80 columns.
/// The keys that move about: live and replaying.
const MOVING_KEYS: &[(&str, &str)] = &[
    ("↑ ↓ j k PgUp PgDn", "move (in the detail: scroll)"),
    (
        "Home End g G",
        "first / last row (in the detail: top / end)",
    ),
    (
        "Tab ← → 1-5",
        "tabs: calls, bridges, apps, endpoints, device states",
    ),
    ("Enter", "the row's JSON and recent events"),
    ("/", "filter (name, caller, id, application); Esc clears"),
    ("e", "events pane: everything, or the selected call's"),
];

/// The actions: live only.
const ACTION_KEYS: &[(&str, &str)] = &[
    ("h", "hang up (asks first)"),
    ("a", "answer"),
    ("o", "hold / unhold (flag H)"),
    ("m", "mute / unmute (flag M)"),
    ("p", "play (Tab completes sound names)"),
    ("M", "music on hold on / off (flag ♫; bridges tab too)"),
    ("r", "redirect to an endpoint"),
    ("c", "continue in the dialplan ([exten@]context[:prio])"),
    ("s", "snoop into ari top's own application"),
    ("d", "destroy the bridge (bridges tab)"),
];

/// `--replay` only.
const REPLAY_KEYS: &[(&str, &str)] = &[(
    "Space . + -",
    "replaying: pause, next event, faster, slower",
)];

const LEAVE_KEYS: &[(&str, &str)] = &[("q Ctrl-C", "leave")];

/// Every key, for `ari top --help`.
pub fn all_keys() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    MOVING_KEYS
        .iter()
        .chain(ACTION_KEYS)
        .chain(REPLAY_KEYS)
        .chain(LEAVE_KEYS)
}

/// The keys that work now: a replay has no actions, a live view no replay keys.
fn keys_now(replay: bool) -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    let (actions, replaying) = if replay {
        (&[][..], REPLAY_KEYS)
    } else {
        (ACTION_KEYS, &[][..])
    };
    MOVING_KEYS
        .iter()
        .chain(actions)
        .chain(replaying)
        .chain(LEAVE_KEYS)
}

fn draw_help(frame: &mut Frame, area: Rect, ui: &Screen) {
    let area = overlay(area);
    frame.render_widget(Clear, area);
    let rows: Vec<Row> = keys_now(ui.replay)
        .map(|(k, what)| {
            Row::new(vec![
                Cell::from(Span::styled(*k, style(ui, Color::Cyan))),
                Cell::from(*what),
            ])
        })
        .chain(std::iter::once(Row::new(vec![
            Cell::from(Span::styled("FLAGS column", style(ui, Color::Cyan))),
            Cell::from(columns::flags_legend()),
        ])))
        .collect();
    let title = if ui.read_only {
        " Keys (read-only: no actions) "
    } else {
        " Keys "
    };
    let table = Table::new(rows, [Constraint::Length(17), Constraint::Fill(1)]).block(
        Block::default()
            .borders(Borders::ALL)
            .title(title)
            .title_bottom(" any key closes "),
    );
    frame.render_widget(table, area);
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use serde_json::json;

    const LOBBY: &str = "b3710939-48f2-4a8e-9d1c-2f0c5e7d9a11";

    fn channel(
        id: &str,
        name: &str,
        state: &str,
        caller: (&str, &str),
        place: (&str, &str),
    ) -> Value {
        let (exten, app) = place;
        json!({
            "id": id, "name": name, "state": state,
            "caller": {"name": caller.0, "number": caller.1},
            "connected": {"name": "", "number": ""},
            "dialplan": {"context": "lab", "exten": exten, "priority": 1, "app_name": app, "app_data": "hello,world"},
            "creationtime": "2026-11-29T12:00:00.000+0000",
        })
    }

    fn event(kind: &str, second: u32, extra: Value) -> String {
        let mut e =
            json!({"type": kind, "timestamp": format!("2026-11-29T12:00:{second:02}.000+0000")});
        for (k, v) in extra.as_object().unwrap() {
            e[k] = v.clone();
        }
        e.to_string()
    }

    /// A PBX with a Local call whose second half is in a named bridge
    /// playing a prompt, a ringing phone, and one that has just hung up.
    fn pbx() -> Pbx {
        let mut pbx = Pbx::new();
        pbx.snapshot(
            vec![
                channel("1.0", "Local/hello@lab-00000000;1", "Up", ("Alice", "1001"), ("ring", "AppDial")),
                channel("1.1", "Local/hello@lab-00000000;2", "Up", ("", ""), ("hello", "Stasis")),
                channel("2.0", "PJSIP/bob-00000001", "Ringing", ("Bob", "2002"), ("ring", "Dial")),
                channel("3.0", "PJSIP/carol-00000002", "Up", ("Carol", "3003"), ("s", "Wait")),
            ],
            vec![json!({"id": LOBBY, "bridge_type": "mixing", "technology": "simple_bridge", "name": "lobby", "channels": ["1.1"]})],
            vec![json!({"name": "hello", "channel_ids": ["1.1"], "bridge_ids": [LOBBY], "endpoint_ids": [], "device_names": []})],
            vec![json!({"technology": "PJSIP", "resource": "bob", "state": "online", "channel_ids": ["2.0"]})],
            vec![json!({"name": "Custom:lamp", "state": "INUSE"})],
        );
        pbx.apply(&event(
            "PlaybackStarted",
            2,
            json!({"playback": {"id": "p1", "media_uri": "sound:hello-world", "target_uri": "channel:1.1", "state": "playing"}}),
        ));
        let carol = channel(
            "3.0",
            "PJSIP/carol-00000002",
            "Up",
            ("Carol", "3003"),
            ("s", "Wait"),
        );
        pbx.apply(&event(
            "ChannelDestroyed",
            3,
            json!({"cause": 16, "cause_txt": "Normal Clearing", "channel": carol}),
        ));
        pbx.set_link(Link::Live);
        pbx
    }

    fn render(width: u16, height: u16, ui: &mut Screen, pbx: &Pbx) -> Vec<String> {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        // 12:01:05 on the day of the calls: durations of 01:05.
        let now = crate::clock::timestamp_ms("2026-11-29T12:01:05.000+0000").unwrap();
        terminal.draw(|f| draw(f, pbx, ui, now)).unwrap();
        let buffer = terminal.backend().buffer();
        (0..height)
            .map(|y| {
                (0..width)
                    .map(|x| buffer[(x, y)].symbol().to_string())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect()
    }

    fn ui() -> Screen {
        Screen::new(
            "default @ http://127.0.0.1:8088/ari".into(),
            "top-x".into(),
            false,
            false,
        )
    }

    /// The row of the calls table that holds `needle`.
    fn row<'a>(screen: &'a [String], needle: &str) -> &'a str {
        screen
            .iter()
            .take_while(|l| !l.starts_with(" Events"))
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no row with {needle}:\n{}", screen.join("\n")))
    }

    #[test]
    fn at_80x24_each_column_holds_its_usual_values_whole() {
        let mut pbx = pbx();
        let mut ui = ui();
        ui.marks
            .record(&["channels".into(), "hold".into(), "2.0".into()]);
        ui.marks
            .record(&["bridges".into(), "start-moh".into(), LOBBY.into()]);
        let screen = render(80, 24, &mut ui, &pbx);
        let text = screen.join("\n");
        println!("{text}");
        assert!(
            screen[0].starts_with("ari top  2 calls  1 bridges  2 events  default @ http://"),
            "{text}"
        );
        assert!(screen[0].ends_with("● live"), "{text}");
        assert!(
            screen[1].contains("1 Calls") && screen[1].contains("5 Device states"),
            "{text}"
        );
        assert_eq!(
            screen[2],
            "CALL WHO                  STATE   WHERE                 BRIDGE     FLAGS TIME"
        );
        // Who (the caller, else the name without its instance number),
        // where in the dialplan or which application, the bridge's name.
        let first = row(&screen, "c1");
        assert!(first.contains("Alice <1001>  "), "{text}");
        assert!(first.contains("[ring@lab:1] AppDial"), "{text}");
        assert!(first.ends_with("01:05"), "{text}");
        let leg = row(&screen, "hello@lab;2");
        assert!(leg.starts_with("└"), "{text}");
        assert!(
            leg.contains("Stasis(hello)") && leg.contains("lobby"),
            "{text}"
        );
        assert!(
            leg.contains("  ♫▶ "),
            "music in its bridge, playing: {text}"
        );
        let bob = row(&screen, "Bob <2002>");
        assert!(bob.contains("Ringing") && bob.contains(" H "), "{text}");
        let carol = row(&screen, "Carol <3003>");
        assert!(carol.contains("hung up Normal Clearing (16)"), "{text}");
        assert!(
            text.contains("Events (e: the selected call's only)"),
            "{text}"
        );
        // The events pane uses the summary's layout at its width: who and
        // the details on every line, the columns in place.
        let playback = screen.iter().find(|l| l.contains("PlayStart")).unwrap();
        let destroyed = screen.iter().find(|l| l.contains("Destroyed")).unwrap();
        assert!(
            playback.contains("c1   PlayStart   hello@lab;2      sound:hello-world playing"),
            "{text}"
        );
        assert!(
            destroyed
                .contains("c3   Destroyed   carol-2          Normal Clearing (16)  at [s@lab:1]"),
            "{text}"
        );
        // The hints that fit, each whole.
        assert_eq!(
            screen[23].trim_end(),
            "q quit  ? keys  / filter  Enter detail  h hang up  a answer  o hold  p play",
        );
        assert!(screen.iter().all(|l| l.chars().count() <= 80));

        // Media ending and starting moves no column.
        pbx.apply(&event(
            "PlaybackFinished",
            9,
            json!({"playback": {"id": "p1", "media_uri": "sound:hello-world", "target_uri": "channel:1.1", "state": "done"}}),
        ));
        let after = render(80, 24, &mut ui, &pbx);
        assert_eq!(after[2], screen[2]);
        assert_eq!(
            row(&after, "Bob <2002>").find("Ringing"),
            bob.find("Ringing")
        );
        assert!(
            row(&after, "hello@lab;2").contains("  ♫  "),
            "{}",
            after.join("\n")
        );
    }

    #[test]
    fn at_200x60_every_column_shows_whole() {
        let pbx = pbx();
        let mut ui = ui();
        let screen = render(200, 60, &mut ui, &pbx);
        let text = screen.join("\n");
        println!("{text}");
        for column in [
            "CALL",
            "CHANNEL",
            "CALLER",
            "CONNECTED",
            "STATE",
            "WHERE",
            "APP",
            "BRIDGE",
            "FLAGS",
            "MEDIA",
            "TIME",
            "ID",
        ] {
            assert!(screen[2].contains(column), "{column}: {text}");
        }
        let first = row(&screen, "Local/hello@lab-00000000;1");
        assert!(first.contains("Alice <1001>  "), "{text}");
        let leg = row(&screen, "Local/hello@lab-00000000;2");
        for whole in [
            "Stasis(hello)",
            "hello",
            "lobby",
            "▶ sound:hello-world",
            "01:05",
            "1.1",
        ] {
            assert!(leg.contains(whole), "{whole}: {text}");
        }
        // The events pane is a third of the screen.
        assert!(screen[30..].iter().any(|l| l.contains("Events")), "{text}");
        // The bridges tab: its name, and the whole id where there is room.
        ui.tab = Tab::Bridges;
        let screen = render(200, 60, &mut ui, &pbx);
        assert!(
            screen[3].starts_with("lobby") && screen[3].contains(LOBBY),
            "{}",
            screen.join("\n")
        );
        let screen = render(80, 24, &mut ui, &pbx);
        assert!(
            screen[3].starts_with("lobby") && screen[3].contains("hello@lab;2"),
            "{}",
            screen.join("\n")
        );
    }

    #[test]
    fn the_detail_shows_the_channels_events_and_stops_at_its_last_page() {
        let mut pbx = pbx();
        for (second, digit) in [(4, "1"), (5, "2"), (6, "3"), (7, "#")] {
            pbx.apply(&event(
                "ChannelDtmfReceived",
                second,
                json!({"digit": digit, "duration_ms": 100, "channel": channel("1.0", "Local/hello@lab-00000000;1", "Up", ("Alice", "1001"), ("ring", "AppDial"))}),
            ));
        }
        let mut ui = ui();
        ui.mode = Mode::Detail(0);
        let screen = render(80, 24, &mut ui, &pbx);
        let text = screen.join("\n");
        assert!(
            text.contains("Channel Local/hello@lab-00000000;1"),
            "{text}"
        );
        assert!(
            text.contains("\"name\": \"Local/hello@lab-00000000;1\""),
            "{text}"
        );
        let last = ui.detail_last;
        assert!(last > 0 && last < 200, "{last}");
        // End: the last page, with the newest event on its last line.
        ui.input(&key(KeyCode::End), &pbx);
        assert_eq!(ui.mode, Mode::Detail(last));
        let screen = render(80, 24, &mut ui, &pbx);
        let text = screen.join("\n");
        assert!(text.contains("Recent events"), "{text}");
        for digit in ["1", "2", "3", "#"] {
            assert!(
                text.contains(&format!("digit {digit} (100 ms)")),
                "DTMF {digit}: {text}"
            );
        }
        // Laid out for the box as the events pane is: one line each, who
        // and what on it, nothing wrapped.
        let one = screen
            .iter()
            .find(|l| l.contains("digit 1 (100 ms)"))
            .unwrap();
        assert!(
            one.contains("DTMF") && one.contains("hello@lab;1"),
            "{text}"
        );
        // The box's last inner line holds the newest event, not blank space.
        let bottom = screen.iter().rposition(|l| l.contains('└')).unwrap();
        assert!(screen[bottom - 1].contains("digit # (100 ms)"), "{text}");
        // At the end it follows: a new event shows without a key.
        pbx.apply(&event(
            "ChannelDtmfReceived",
            8,
            json!({"digit": "9", "duration_ms": 100, "channel": channel("1.0", "Local/hello@lab-00000000;1", "Up", ("Alice", "1001"), ("ring", "AppDial"))}),
        ));
        let screen = render(80, 24, &mut ui, &pbx);
        let bottom = screen.iter().rposition(|l| l.contains('└')).unwrap();
        assert!(
            screen[bottom - 1].contains("digit 9 (100 ms)"),
            "{}",
            screen.join("\n")
        );
        let last = ui.detail_last;
        // PageDown past the end stays on the last page; Home goes back.
        ui.input(&key(KeyCode::PageDown), &pbx);
        assert_eq!(ui.mode, Mode::Detail(last));
        ui.input(&key(KeyCode::Home), &pbx);
        assert_eq!(ui.mode, Mode::Detail(0));
        ui.input(&key(KeyCode::PageDown), &pbx);
        assert_eq!(ui.mode, Mode::Detail(ui.detail_page.min(last)));
    }

    fn key(code: KeyCode) -> ratatui::crossterm::event::Event {
        ratatui::crossterm::event::Event::Key(ratatui::crossterm::event::KeyEvent::new(
            code,
            ratatui::crossterm::event::KeyModifiers::NONE,
        ))
    }

    use ratatui::crossterm::event::KeyCode;

    #[test]
    fn the_other_tabs_detail_and_help_render() {
        let pbx = pbx();
        let mut ui = ui();
        for (tab, expect) in [
            (Tab::Bridges, "lobby"),
            (Tab::Applications, "hello"),
            (Tab::Endpoints, "PJSIP/bob"),
            (Tab::DeviceStates, "Custom:lamp"),
        ] {
            ui.tab = tab;
            let screen = render(80, 24, &mut ui, &pbx);
            assert!(screen[3].contains(expect), "{tab:?}: {}", screen.join("\n"));
        }
        ui.tab = Tab::Calls;
        ui.selected = 1;
        ui.mode = Mode::Detail(0);
        let text = render(80, 24, &mut ui, &pbx).join("\n");
        assert!(
            text.contains("Channel Local/hello@lab-00000000;2"),
            "{text}"
        );
        ui.mode = Mode::Help;
        let screen = render(80, 24, &mut ui, &pbx);
        let text = screen.join("\n");
        assert!(text.contains("hang up (asks first)"), "{text}");
        for (_, what) in keys_now(false) {
            assert!(text.contains(what), "{what} whole at 80 columns: {text}");
        }
        assert!(
            text.contains("H held M muted ♫ music on hold ▶ playing ● recording"),
            "the flags' legend whole at 80 columns: {text}"
        );
        ui.mode = Mode::Confirm(Action::Hangup, "2.0".into(), "PJSIP/bob-00000001".into());
        let screen = render(80, 24, &mut ui, &pbx);
        assert_eq!(screen[23], "Hang up PJSIP/bob-00000001? y/n");
        ui.mode = Mode::Normal;
        ui.filter = "nobody".into();
        let screen = render(80, 24, &mut ui, &pbx);
        assert!(
            screen[3].contains("nothing matches the filter"),
            "{}",
            screen.join("\n")
        );
    }

    #[test]
    fn hard_wrap_cuts_by_display_width_and_keeps_styles() {
        let bold = Style::default().add_modifier(Modifier::BOLD);
        let line = Line::from(vec![Span::raw("abcd"), Span::styled("efg", bold)]);
        let lines = hard_wrap(vec![line, Line::default()], 3);
        let texts: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(texts, ["abc", "def", "g", ""]);
        assert_eq!(lines[1].spans[1].style, bold);
    }
}
