//! Drawing `ari top`: header, tabs, the table of the tab, the events pane,
//! the status line; the detail and help screens over them. A function of
//! the model and the screen state only, so a test backend can check it.

use ansi_to_tui::IntoText;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Cell, Clear, Paragraph, Row, Table, TableState, Wrap};
use serde_json::Value;

use super::actions::{Action, Ask};
use super::app::{Mode, Tab, Tone, Ui};
use super::model::{ChannelRow, Link, Model, duration_since};

/// Draw everything; `now_ms` is the wall clock, for durations.
pub fn draw(frame: &mut Frame, model: &Model, ui: &mut Ui, now_ms: i64) {
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
    draw_header(frame, header, model, ui);
    draw_tabs(frame, tabs, ui);
    draw_table(frame, table, model, ui, now_ms);
    draw_events(frame, events, model, ui);
    draw_status(frame, status, model, ui);
    match ui.mode.clone() {
        Mode::Detail(scroll) => draw_detail(frame, area, model, ui, scroll),
        Mode::Help => draw_help(frame, area, ui),
        _ => {}
    }
}

fn style(ui: &Ui, color: Color) -> Style {
    if ui.color {
        Style::default().fg(color)
    } else {
        Style::default()
    }
}

fn draw_header(frame: &mut Frame, area: Rect, model: &Model, ui: &Ui) {
    let (mark, link_style) = match &model.link {
        Link::Live => ("● live", style(ui, Color::Green)),
        Link::Connecting => ("○ connecting", style(ui, Color::Yellow)),
        Link::Lost(_) => ("○ reconnecting", style(ui, Color::Red)),
    };
    let mark = if ui.read_only {
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
            model.live_calls(),
            model.bridges.len(),
            model.events_seen,
            ui.server,
        )),
    ];
    frame.render_widget(Paragraph::new(Line::from(spans)), left);
    frame.render_widget(
        Paragraph::new(Span::styled(mark, link_style)).alignment(ratatui::layout::Alignment::Right),
        right,
    );
}

fn draw_tabs(frame: &mut Frame, area: Rect, ui: &Ui) {
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

fn header_row(ui: &Ui, names: &[&'static str]) -> Row<'static> {
    let s = if ui.color {
        Style::default()
            .fg(Color::Cyan)
            .add_modifier(Modifier::BOLD)
    } else {
        Style::default().add_modifier(Modifier::BOLD)
    };
    Row::new(names.iter().map(|n| Cell::from(*n))).style(s)
}

fn draw_table(frame: &mut Frame, area: Rect, model: &Model, ui: &mut Ui, now_ms: i64) {
    let all = ui.row_ids(model);
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
        Tab::Calls => calls_table(model, ui, area.width, now_ms, window),
        Tab::Bridges => bridges_table(model, ui, ids),
        Tab::Applications => applications_table(model, ui, ids),
        Tab::Endpoints => {
            let rows = ids
                .iter()
                .filter_map(|id| model.endpoints.get(id).map(|e| (id, e)))
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
                .filter_map(|id| model.device_states.get(id).map(|d| (id, d)))
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
    value.as_array().map_or(0, Vec::len).to_string()
}

fn calls_table(
    model: &Model,
    ui: &Ui,
    width: u16,
    now_ms: i64,
    window: std::ops::Range<usize>,
) -> (Row<'static>, Vec<Constraint>, Vec<Row<'static>>) {
    // Columns that fit: the narrowest screens keep what a person scans for.
    let wide = width >= 140;
    let medium = width >= 100;
    let mut names = vec!["CALL", "STATE", "CHANNEL", "CALLER"];
    if wide {
        names.push("CONNECTED");
    }
    names.push("WHERE");
    if medium {
        names.extend(["APP", "BRIDGE"]);
    }
    names.extend(["MEDIA", "TIME"]);

    let mut cells_of_rows: Vec<(Vec<String>, Style)> = Vec::new();
    let all = model.call_rows(&ui.filter);
    for r in &all[window] {
        let Some(c) = model.channels.get(&r.channel) else {
            continue;
        };
        let call = match (r.leg, r.call) {
            (false, Some(id)) => format!("c{id}"),
            _ => String::new(),
        };
        let name = if r.leg {
            format!("└ {}", c.name())
        } else {
            c.name().to_string()
        };
        let (state, place) = match &c.gone {
            Some(g) => (
                "gone".to_string(),
                format!("hung up: {} ({})", g.text, g.cause),
            ),
            None => (c.state().to_string(), c.place()),
        };
        let mut cells = vec![call, state, name, c.party("caller")];
        if wide {
            cells.push(c.party("connected"));
        }
        cells.push(place);
        if medium {
            cells.push(c.application().to_string());
            cells.push(c.bridge.clone().unwrap_or_default());
        }
        cells.push(media(c, ui));
        cells.push(duration_since(c.created_ms(), now_ms));
        let style = if c.gone.is_some() {
            Style::default().add_modifier(Modifier::DIM)
        } else if ui.color && c.state() == "Ringing" {
            Style::default().fg(Color::Yellow)
        } else {
            Style::default()
        };
        cells_of_rows.push((cells, style));
    }
    let widths = fit(&names, &cells_of_rows, width);
    let rows = cells_of_rows
        .into_iter()
        .map(|(cells, style)| Row::new(cells).style(style))
        .collect();
    (header_row(ui, &names), widths, rows)
}

/// Column widths from what the columns hold (within a cap each), the
/// widest given up first when the screen is too narrow for all.
fn fit(names: &[&str], rows: &[(Vec<String>, Style)], width: u16) -> Vec<Constraint> {
    let cap = |name: &str| match name {
        "CALL" => 5,
        "STATE" => 7,
        "TIME" => 8,
        "CHANNEL" => 40,
        "WHERE" => 36,
        "MEDIA" => 36,
        _ => 24,
    };
    let mut widths: Vec<usize> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            rows.iter()
                .map(|(cells, _)| unicode_width::UnicodeWidthStr::width(cells[i].as_str()))
                .chain(std::iter::once(name.len()))
                .max()
                .unwrap_or(0)
                .min(cap(name))
        })
        .collect();
    // How far a column may give way: a channel's name is what a row is.
    let least = |name: &str| match name {
        "CHANNEL" => 26,
        "WHERE" => 12,
        _ => name.len().max(4),
    };
    let spacing = names.len().saturating_sub(1);
    let available = usize::from(width).saturating_sub(spacing);
    while widths.iter().sum::<usize>() > available {
        let Some((widest, _)) = widths
            .iter()
            .enumerate()
            .filter(|(i, w)| **w > least(names[*i]))
            .max_by_key(|(i, w)| **w - least(names[*i]))
        else {
            break;
        };
        widths[widest] -= 1;
    }
    widths
        .into_iter()
        .map(|w| Constraint::Length(u16::try_from(w).unwrap_or(u16::MAX)))
        .collect()
}

/// What it plays or records, and what was done to it from here.
fn media(c: &ChannelRow, ui: &Ui) -> String {
    let mut parts = Vec::new();
    if c.held {
        parts.push("held".to_string());
    }
    if ui.muted.contains(c.id()) {
        parts.push("muted".to_string());
    }
    if ui.moh.contains(c.id()) {
        parts.push("moh".to_string());
    }
    let m = c.media();
    if !m.is_empty() {
        parts.push(m);
    }
    parts.join(" ")
}

fn bridges_table(
    model: &Model,
    ui: &Ui,
    ids: &[String],
) -> (Row<'static>, Vec<Constraint>, Vec<Row<'static>>) {
    let rows = ids
        .iter()
        .filter_map(|id| model.bridges.get(id).map(|b| (id, b)))
        .map(|(id, b)| {
            let members: Vec<String> = b["channels"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(|m| {
                    model
                        .channels
                        .get(m)
                        .map_or(m.to_string(), |c| c.name().to_string())
                })
                .collect();
            Row::new(vec![
                Cell::from(id.clone()),
                Cell::from(b["bridge_type"].as_str().unwrap_or("").to_string()),
                Cell::from(b["technology"].as_str().unwrap_or("").to_string()),
                Cell::from(b["name"].as_str().unwrap_or("").to_string()),
                Cell::from(members.len().to_string()),
                Cell::from(members.join(", ")),
            ])
        })
        .collect();
    (
        header_row(ui, &["BRIDGE", "TYPE", "TECH", "NAME", "N", "CHANNELS"]),
        vec![
            Constraint::Fill(2),
            Constraint::Length(8),
            Constraint::Length(14),
            Constraint::Fill(1),
            Constraint::Length(3),
            Constraint::Fill(4),
        ],
        rows,
    )
}

fn applications_table(
    model: &Model,
    ui: &Ui,
    ids: &[String],
) -> (Row<'static>, Vec<Constraint>, Vec<Row<'static>>) {
    let rows = ids
        .iter()
        .filter_map(|id| {
            model
                .applications
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

fn selected_call(model: &Model, ui: &mut Ui) -> Option<crate::events::calls::CallId> {
    if ui.tab != Tab::Calls {
        return None;
    }
    let id = ui.selected_id(model)?;
    model.channels.get(&id).and_then(|c| c.call)
}

fn draw_events(frame: &mut Frame, area: Rect, model: &Model, ui: &mut Ui) {
    let call = if ui.events_of_selected {
        selected_call(model, ui)
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
    let mut lines: Vec<&crate::top::model::EventLine> = if ui.events_of_selected && call.is_none() {
        Vec::new()
    } else {
        model.event_lines(call).rev().take(wanted).collect()
    };
    lines.reverse();
    // The summary's layout for the pane's width: the same columns as the
    // tail's at that width, chosen once per draw.
    let mut layout = crate::events::summary::Layout::for_width(Some(usize::from(inner.width)));
    let mut line = String::new();
    let mut text = Text::default();
    for event in lines {
        match &event.row {
            Some(row) => {
                layout.write(&mut line, row, ui.color);
                text.extend(from_ansi(&line, ui.color));
            }
            None => text.extend(from_ansi(&event.text, ui.color)),
        }
    }
    frame.render_widget(Paragraph::new(text), inner);
}

fn hints(ui: &Ui) -> &'static str {
    match (ui.tab, ui.read_only) {
        (_, true) => "q quit  ? keys  / filter  Enter detail  e events  Tab next tab",
        (Tab::Calls, false) => {
            "q quit  ? keys  / filter  Enter detail  e events  h hang up  a answer  p play  o hold  (? for all)"
        }
        (Tab::Bridges, false) => "q quit  ? keys  / filter  Enter detail  d destroy  Tab next tab",
        _ => "q quit  ? keys  / filter  Enter detail  Tab next tab",
    }
}

fn draw_status(frame: &mut Frame, area: Rect, model: &Model, ui: &Ui) {
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
            let name = model
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
                hints(ui),
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

fn draw_detail(frame: &mut Frame, area: Rect, model: &Model, ui: &mut Ui, scroll: u16) {
    let Some(id) = ui.selected_id(model) else {
        return;
    };
    let (title, json, recent): (String, Value, Vec<String>) = match ui.tab {
        Tab::Calls => match model.channels.get(&id) {
            Some(c) => (
                format!(" Channel {} ", c.name()),
                c.json.clone(),
                c.recent.iter().map(|l| l.to_string()).collect(),
            ),
            None => return,
        },
        Tab::Bridges => (
            format!(" Bridge {id} "),
            model.bridges.get(&id).cloned().unwrap_or_default(),
            Vec::new(),
        ),
        Tab::Applications => (
            format!(" Application {id} "),
            model
                .applications
                .iter()
                .find(|a| a["name"].as_str() == Some(id.as_str()))
                .cloned()
                .unwrap_or_default(),
            Vec::new(),
        ),
        Tab::Endpoints => (
            format!(" Endpoint {id} "),
            model.endpoints.get(&id).cloned().unwrap_or_default(),
            Vec::new(),
        ),
        Tab::DeviceStates => (
            format!(" Device {id} "),
            model.device_states.get(&id).cloned().unwrap_or_default(),
            Vec::new(),
        ),
    };
    let mut pretty = Vec::new();
    let _ = crate::output::color::write_pretty(&mut pretty, &json, ui.color);
    let mut text = from_ansi(&String::from_utf8_lossy(&pretty), ui.color);
    if !recent.is_empty() {
        text.push_line(Line::default());
        text.push_line(Line::styled(
            "Recent events",
            Style::default().add_modifier(Modifier::BOLD),
        ));
        let mut summary =
            crate::events::summary::Summary::new(crate::events::summary::Width::Unlimited, false);
        let calls = crate::events::calls::Calls::new();
        for raw in recent.iter().rev() {
            if let Ok(event) = serde_json::from_str::<Value>(raw) {
                let brief = crate::events::brief::Brief::of_value(&event);
                let line = summary.line(&brief, None, &calls, ui.color);
                text.extend(from_ansi(&line, ui.color));
            }
        }
    }
    let area = overlay(area);
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title)
        .title_bottom(" ↑↓ scroll  Esc back ");
    frame.render_widget(
        Paragraph::new(text)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        area,
    );
}

pub const KEYS: &[(&str, &str)] = &[
    ("↑ ↓ j k PgUp PgDn", "move"),
    (
        "Tab ← → 1-5",
        "tabs: calls, bridges, applications, endpoints, device states",
    ),
    ("Enter", "the row's JSON and recent events"),
    (
        "/",
        "filter rows (name, caller, id, application); Esc clears",
    ),
    ("e", "events pane: everything, or the selected call's"),
    ("h", "hang up (asks first)"),
    ("a", "answer"),
    ("o", "hold / unhold"),
    ("m", "mute / unmute"),
    ("p", "play (Tab completes sound names)"),
    ("M", "music on hold on / off"),
    ("r", "redirect to an endpoint"),
    ("c", "continue in the dialplan ([exten@]context[:priority])"),
    ("s", "snoop into ari top's own application"),
    ("d", "destroy the bridge (bridges tab)"),
    ("q Ctrl-C", "leave"),
];

fn draw_help(frame: &mut Frame, area: Rect, ui: &Ui) {
    let area = overlay(area);
    frame.render_widget(Clear, area);
    let rows: Vec<Row> = KEYS
        .iter()
        .map(|(k, what)| {
            Row::new(vec![
                Cell::from(Span::styled(*k, style(ui, Color::Cyan))),
                Cell::from(*what),
            ])
        })
        .collect();
    let title = if ui.read_only {
        " Keys (read-only: no actions) "
    } else {
        " Keys "
    };
    let table = Table::new(rows, [Constraint::Length(18), Constraint::Fill(1)]).block(
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

    /// A PBX with a Local call in a bridge playing a prompt, a ringing phone,
    /// and one that has just hung up.
    fn model() -> Model {
        let mut model = Model::new();
        let channel = |id: &str, name: &str, state: &str, caller: &str, exten: &str, app: &str| {
            json!({
                "id": id, "name": name, "state": state,
                "caller": {"name": caller, "number": "1001"},
                "connected": {"name": "", "number": ""},
                "dialplan": {"context": "lab", "exten": exten, "priority": 3, "app_name": app, "app_data": "hello,world"},
                "creationtime": "2026-11-29T12:00:00.000+0000",
            })
        };
        model.snapshot(
            vec![
                channel("1.0", "Local/hello@lab-00000000;1", "Up", "Alice", "hello", "AppDial"),
                channel("1.1", "Local/hello@lab-00000000;2", "Up", "Alice", "hello", "Stasis"),
                channel("2.0", "PJSIP/bob-00000001", "Ringing", "Bob", "ring", "Dial"),
                channel("3.0", "PJSIP/carol-00000002", "Up", "Carol", "s", "Wait"),
            ],
            vec![json!({"id": "lobby", "bridge_type": "mixing", "technology": "simple_bridge", "name": "lobby", "channels": ["1.1"]})],
            vec![json!({"name": "hello", "channel_ids": ["1.1"], "bridge_ids": ["lobby"], "endpoint_ids": [], "device_names": []})],
            vec![json!({"technology": "PJSIP", "resource": "bob", "state": "online", "channel_ids": ["2.0"]})],
            vec![json!({"name": "Custom:lamp", "state": "INUSE"})],
        );
        let started = json!({"type": "PlaybackStarted", "timestamp": "2026-11-29T12:00:02.000+0000",
            "playback": {"id": "p1", "media_uri": "sound:hello-world", "target_uri": "channel:1.1", "state": "playing"}});
        model.apply(&started.to_string());
        let gone = json!({"type": "ChannelDestroyed", "timestamp": "2026-11-29T12:00:03.000+0000", "cause": 16,
            "cause_txt": "Normal Clearing", "channel": channel("3.0", "PJSIP/carol-00000002", "Up", "Carol", "s", "Wait")});
        model.apply(&gone.to_string());
        model.set_link(Link::Live);
        model
    }

    fn render(width: u16, height: u16, ui: &mut Ui, model: &Model) -> Vec<String> {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        // 12:01:05 on the day of the calls: durations of 01:05.
        let now = crate::events::calls::timestamp_ms("2026-11-29T12:01:05.000+0000").unwrap();
        terminal.draw(|f| draw(f, model, ui, now)).unwrap();
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

    fn ui() -> Ui {
        Ui::new(
            "default @ http://127.0.0.1:8088/ari".into(),
            "top-x".into(),
            false,
            false,
        )
    }

    #[test]
    fn at_80x24_the_calls_their_legs_and_the_events_fit() {
        let model = model();
        let mut ui = ui();
        let screen = render(80, 24, &mut ui, &model);
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
        assert!(screen[2].starts_with("CALL STATE"), "{text}");
        assert!(
            screen[3].starts_with("c1   Up") && screen[3].contains("Local/hello@lab-00"),
            "{text}"
        );
        assert!(
            screen[4].contains("└ Local/hello@lab-") && screen[4].contains("▶ sound"),
            "{text}"
        );
        assert!(
            screen[5].contains("Ringing") && screen[5].contains("PJSIP/bob"),
            "{text}"
        );
        assert!(
            screen[6].contains("gone") && screen[6].contains("hung up: Norm"),
            "{text}"
        );
        assert!(screen[3].ends_with("01:05"), "{text}");
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
                .contains("c3   Destroyed   carol-2          Normal Clearing (16)  at [s@lab:3]"),
            "{text}"
        );
        assert!(screen[23].starts_with("q quit  ? keys"), "{text}");
        assert!(screen.iter().all(|l| l.chars().count() <= 80));
    }

    #[test]
    fn at_200x60_every_column_shows() {
        let model = model();
        let mut ui = ui();
        let screen = render(200, 60, &mut ui, &model);
        let text = screen.join("\n");
        println!("{text}");
        for column in [
            "CALLER",
            "CONNECTED",
            "WHERE",
            "APP",
            "BRIDGE",
            "MEDIA",
            "TIME",
        ] {
            assert!(screen[2].contains(column), "{column}: {text}");
        }
        assert!(
            screen[4].contains("lobby") && screen[4].contains("hello"),
            "{text}"
        );
        assert!(screen[4].contains("[hello@lab:3] Stasis"), "{text}");
        assert!(screen[3].contains("Alice <1001>"), "{text}");
        // The events pane is a third of the screen.
        assert!(screen[30..].iter().any(|l| l.contains("Events")), "{text}");
    }

    #[test]
    fn the_other_tabs_detail_and_help_render() {
        let model = model();
        let mut ui = ui();
        for (tab, expect) in [
            (Tab::Bridges, "lobby"),
            (Tab::Applications, "hello"),
            (Tab::Endpoints, "PJSIP/bob"),
            (Tab::DeviceStates, "Custom:lamp"),
        ] {
            ui.tab = tab;
            let screen = render(80, 24, &mut ui, &model);
            assert!(screen[3].contains(expect), "{tab:?}: {}", screen.join("\n"));
        }
        ui.tab = Tab::Calls;
        ui.selected = 1;
        ui.mode = Mode::Detail(0);
        let text = render(80, 24, &mut ui, &model).join("\n");
        assert!(
            text.contains("Channel Local/hello@lab-00000000;2"),
            "{text}"
        );
        assert!(
            text.contains("\"name\": \"Local/hello@lab-00000000;2\""),
            "{text}"
        );
        ui.mode = Mode::Help;
        let text = render(80, 24, &mut ui, &model).join("\n");
        assert!(text.contains("hang up (asks first)"), "{text}");
        ui.mode = Mode::Confirm(Action::Hangup, "2.0".into(), "PJSIP/bob-00000001".into());
        let screen = render(80, 24, &mut ui, &model);
        assert_eq!(screen[23], "Hang up PJSIP/bob-00000001? y/n");
        ui.mode = Mode::Normal;
        ui.filter = "nobody".into();
        let screen = render(80, 24, &mut ui, &model);
        assert!(
            screen[3].contains("nothing matches the filter"),
            "{}",
            screen.join("\n")
        );
    }
}
