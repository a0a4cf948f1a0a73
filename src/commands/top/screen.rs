//! The screen's state besides the PBX's: which tab, which row, the filter,
//! what is being asked, the status line; and what each key does to it.
//! No terminal here: keys come in as crossterm events, actions go out as
//! command lines, so all of it can be driven in a test.

use std::time::Instant;

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::layout::Rect;

use super::actions::{Action, Ask};
use super::marks::Marks;
use super::pbx::{Link, Pbx};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Calls,
    Bridges,
    Applications,
    Endpoints,
    DeviceStates,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Calls,
        Tab::Bridges,
        Tab::Applications,
        Tab::Endpoints,
        Tab::DeviceStates,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Tab::Calls => "Calls",
            Tab::Bridges => "Bridges",
            Tab::Applications => "Applications",
            Tab::Endpoints => "Endpoints",
            Tab::DeviceStates => "Device states",
        }
    }
}

/// What the keys are doing.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Normal,
    /// Typing the `/` filter.
    Filter,
    /// y/n for an action on a target (its id, and its name to show).
    Confirm(Action, String, String),
    /// A value for an action: what is typed so far.
    Prompt(Action, String, String),
    /// The selected row's JSON and recent events; scrolled by so many lines
    /// (kept within `Screen::detail_last` when drawn).
    Detail(u16),
    Help,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tone {
    Info,
    Good,
    Bad,
}

pub struct Status {
    pub text: String,
    pub tone: Tone,
    pub at: Instant,
}

pub struct Screen {
    pub tab: Tab,
    pub selected: usize,
    pub filter: String,
    pub mode: Mode,
    pub status: Option<Status>,
    pub read_only: bool,
    /// A recording plays (`--replay`): its keys work, the actions do not.
    pub replay: bool,
    pub color: bool,
    /// The events pane shows the selected call's events only.
    pub events_of_selected: bool,
    pub sounds: Vec<String>,
    /// What the header names: `default @ http://127.0.0.1:8088/ari`.
    pub server: String,
    /// top's own application (for snoop).
    pub app: String,
    /// Where the table was drawn, and its first row shown: for the mouse.
    pub table_area: Rect,
    pub table_offset: usize,
    /// Where the detail view can scroll to (its last page's first line), and
    /// how many lines a page of it is: known once it is drawn.
    pub detail_last: u16,
    pub detail_page: u16,
    /// The selected row's id: the selection stays on it while rows come
    /// and go above it.
    pinned: Option<String>,
    /// Holds, mutes and music on hold asked for from here.
    pub marks: Marks,
    pub quit: bool,
}

/// What a key leads to, beyond the screen's own state.
#[derive(Debug, PartialEq)]
pub enum Effect {
    None,
    /// Send this command line (without `ari`).
    Send(Vec<String>),
    /// Control the replay.
    Replay(ReplayKey),
}

/// The keys of a replay (`--replay`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ReplayKey {
    /// Space: pause or go on.
    Pause,
    /// `.`: the next event, while paused.
    Step,
    /// `+`: twice as fast.
    Faster,
    /// `-`: half as fast.
    Slower,
}

impl Screen {
    pub fn new(server: String, app: String, read_only: bool, color: bool) -> Screen {
        Screen {
            tab: Tab::Calls,
            selected: 0,
            filter: String::new(),
            mode: Mode::Normal,
            status: None,
            read_only,
            replay: false,
            color,
            events_of_selected: false,
            sounds: Vec::new(),
            server,
            app,
            table_area: Rect::default(),
            table_offset: 0,
            detail_last: u16::MAX,
            detail_page: 10,
            pinned: None,
            marks: Marks::default(),
            quit: false,
        }
    }

    pub fn say(&mut self, text: impl Into<String>, tone: Tone) {
        self.status = Some(Status {
            text: text.into(),
            tone,
            at: Instant::now(),
        });
    }

    /// The ids of the rows of the current tab, in order.
    pub fn row_ids(&self, pbx: &Pbx) -> Vec<String> {
        let filter = self.filter.to_lowercase();
        let keep = |text: &str| filter.is_empty() || text.to_lowercase().contains(&filter);
        match self.tab {
            Tab::Calls => pbx
                .call_rows(&self.filter)
                .iter()
                .map(|r| r.channel.clone())
                .collect(),
            Tab::Bridges => pbx
                .bridges
                .iter()
                .filter(|(id, b)| {
                    keep(id) || keep(b["name"].as_str().unwrap_or("")) || {
                        let members: Vec<&str> = b["channels"]
                            .as_array()
                            .into_iter()
                            .flatten()
                            .filter_map(|c| c.as_str())
                            .collect();
                        members.iter().any(|m| {
                            pbx.channels
                                .get(*m)
                                .is_some_and(|c| c.matches(&self.filter))
                        })
                    }
                })
                .map(|(id, _)| id.clone())
                .collect(),
            Tab::Applications => pbx
                .applications
                .iter()
                .filter_map(|a| a["name"].as_str())
                .filter(|name| keep(name))
                .map(str::to_string)
                .collect(),
            Tab::Endpoints => pbx.endpoints.keys().filter(|k| keep(k)).cloned().collect(),
            Tab::DeviceStates => pbx
                .device_states
                .keys()
                .filter(|k| keep(k))
                .cloned()
                .collect(),
        }
    }

    /// The selected row's id, kept within the rows there are.
    pub fn selected_id(&mut self, pbx: &Pbx) -> Option<String> {
        let ids = self.row_ids(pbx);
        if ids.is_empty() {
            self.selected = 0;
            return None;
        }
        self.selected = self.selected.min(ids.len() - 1);
        Some(ids[self.selected].clone())
    }

    /// Put the selection back on its row, wherever that row is now.
    pub fn follow(&mut self, ids: &[String]) {
        if let Some(at) = self
            .pinned
            .as_ref()
            .and_then(|pinned| ids.iter().position(|id| id == pinned))
        {
            self.selected = at;
        }
        self.selected = self.selected.min(ids.len().saturating_sub(1));
        self.pinned = ids.get(self.selected).cloned();
    }

    /// Take in a terminal event.
    pub fn input(&mut self, event: &Event, pbx: &Pbx) -> Effect {
        let ids = self.row_ids(pbx);
        self.follow(&ids);
        let before = (self.selected, self.tab, self.filter.clone());
        let effect = self.input_at(event, pbx);
        if before != (self.selected, self.tab, self.filter.clone()) {
            // Moved by hand: the new row is the one to stay on.
            self.pinned = None;
            let ids = self.row_ids(pbx);
            self.follow(&ids);
        }
        effect
    }

    fn input_at(&mut self, event: &Event, pbx: &Pbx) -> Effect {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.key(*key, pbx),
            Event::Mouse(mouse) => {
                match mouse.kind {
                    MouseEventKind::Down(MouseButton::Left) => {
                        let area = self.table_area;
                        // The table's first line is its header.
                        if mouse.column >= area.x
                            && mouse.column < area.x + area.width
                            && mouse.row > area.y
                            && mouse.row < area.y + area.height
                        {
                            self.selected = self.table_offset + usize::from(mouse.row - area.y - 1);
                        }
                    }
                    MouseEventKind::ScrollDown => self.selected += 1,
                    MouseEventKind::ScrollUp => self.selected = self.selected.saturating_sub(1),
                    _ => {}
                }
                Effect::None
            }
            _ => Effect::None,
        }
    }

    fn key(&mut self, key: KeyEvent, pbx: &Pbx) -> Effect {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl && key.code == KeyCode::Char('c') {
            self.quit = true;
            return Effect::None;
        }
        match self.mode.clone() {
            Mode::Normal => self.normal_key(key, pbx),
            Mode::Filter => {
                match key.code {
                    KeyCode::Enter => self.mode = Mode::Normal,
                    KeyCode::Esc => {
                        self.filter.clear();
                        self.mode = Mode::Normal;
                    }
                    KeyCode::Backspace => {
                        self.filter.pop();
                    }
                    KeyCode::Char('u') if ctrl => self.filter.clear(),
                    KeyCode::Char(c) => self.filter.push(c),
                    _ => {}
                }
                self.selected = 0;
                Effect::None
            }
            Mode::Confirm(action, target, _) => {
                self.mode = Mode::Normal;
                match key.code {
                    KeyCode::Char('y') | KeyCode::Char('Y') => self.send(action, &target, ""),
                    _ => {
                        self.say("cancelled", Tone::Info);
                        Effect::None
                    }
                }
            }
            Mode::Prompt(action, target, mut typed) => match key.code {
                KeyCode::Esc => {
                    self.mode = Mode::Normal;
                    self.say("cancelled", Tone::Info);
                    Effect::None
                }
                KeyCode::Enter => {
                    self.mode = Mode::Normal;
                    self.send(action, &target, &typed)
                }
                KeyCode::Tab => {
                    if let Some(done) = self.complete(action, &typed) {
                        typed = done;
                    }
                    self.mode = Mode::Prompt(action, target, typed);
                    Effect::None
                }
                KeyCode::Backspace => {
                    typed.pop();
                    self.mode = Mode::Prompt(action, target, typed);
                    Effect::None
                }
                KeyCode::Char('u') if ctrl => {
                    self.mode = Mode::Prompt(action, target, String::new());
                    Effect::None
                }
                KeyCode::Char(c) => {
                    typed.push(c);
                    self.mode = Mode::Prompt(action, target, typed);
                    Effect::None
                }
                _ => Effect::None,
            },
            Mode::Detail(scroll) => {
                let (last, page) = (self.detail_last, self.detail_page.max(1));
                self.mode = match key.code {
                    KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q') => Mode::Normal,
                    KeyCode::Down | KeyCode::Char('j') => Mode::Detail(scroll.saturating_add(1)),
                    KeyCode::Up | KeyCode::Char('k') => Mode::Detail(scroll.saturating_sub(1)),
                    KeyCode::PageDown | KeyCode::Char(' ') => {
                        Mode::Detail(scroll.saturating_add(page))
                    }
                    KeyCode::PageUp => Mode::Detail(scroll.saturating_sub(page)),
                    KeyCode::Home | KeyCode::Char('g') => Mode::Detail(0),
                    KeyCode::End | KeyCode::Char('G') => Mode::Detail(last),
                    _ => Mode::Detail(scroll),
                };
                // Never past the last page: what is below it is nothing.
                if let Mode::Detail(scroll) = self.mode {
                    self.mode = Mode::Detail(scroll.min(last));
                }
                Effect::None
            }
            Mode::Help => {
                self.mode = Mode::Normal;
                Effect::None
            }
        }
    }

    /// The sound names (or what else) that complete `typed`: the longest
    /// common start, or the one match.
    fn complete(&mut self, action: Action, typed: &str) -> Option<String> {
        if action != Action::Play {
            return None;
        }
        let matches: Vec<String> = self
            .sounds
            .iter()
            .filter(|s| s.starts_with(typed))
            .cloned()
            .collect();
        match matches.as_slice() {
            [] => None,
            [one] => Some(one.clone()),
            many => {
                let first = many[0].clone();
                let mut common = first.len();
                for other in &many[1..] {
                    common = common.min(
                        first
                            .chars()
                            .zip(other.chars())
                            .take_while(|(a, b)| a == b)
                            .count(),
                    );
                }
                let shown: Vec<&str> = many.iter().take(6).map(String::as_str).collect();
                self.say(
                    format!(
                        "{} sounds: {}{}",
                        many.len(),
                        shown.join("  "),
                        if many.len() > 6 { " ..." } else { "" }
                    ),
                    Tone::Info,
                );
                Some(first.chars().take(common).collect())
            }
        }
    }

    fn normal_key(&mut self, key: KeyEvent, pbx: &Pbx) -> Effect {
        let rows = self.row_ids(pbx).len();
        let last = rows.saturating_sub(1);
        // A page is the rows the table shows (its first line is the header).
        let page = usize::from(self.table_area.height.saturating_sub(1)).max(1);
        if self.replay {
            let control = match key.code {
                KeyCode::Char(' ') => Some(ReplayKey::Pause),
                KeyCode::Char('.') => Some(ReplayKey::Step),
                KeyCode::Char('+') | KeyCode::Char('=') => Some(ReplayKey::Faster),
                KeyCode::Char('-') => Some(ReplayKey::Slower),
                _ => None,
            };
            if let Some(control) = control {
                return Effect::Replay(control);
            }
        }
        match key.code {
            KeyCode::Char('q') => self.quit = true,
            KeyCode::Char('?') => self.mode = Mode::Help,
            KeyCode::Char('/') => self.mode = Mode::Filter,
            KeyCode::Esc => self.filter.clear(),
            KeyCode::Down | KeyCode::Char('j') => self.selected = (self.selected + 1).min(last),
            KeyCode::Up | KeyCode::Char('k') => self.selected = self.selected.saturating_sub(1),
            KeyCode::PageDown => self.selected = (self.selected + page).min(last),
            KeyCode::PageUp => self.selected = self.selected.saturating_sub(page),
            KeyCode::Home | KeyCode::Char('g') => self.selected = 0,
            KeyCode::End | KeyCode::Char('G') => self.selected = last,
            KeyCode::Tab | KeyCode::Right => self.switch(1),
            KeyCode::BackTab | KeyCode::Left => self.switch(Tab::ALL.len() - 1),
            KeyCode::Char(c @ '1'..='5') => {
                self.tab = Tab::ALL[usize::from(c as u8 - b'1')];
                self.selected = 0;
            }
            KeyCode::Char('e') => self.events_of_selected = !self.events_of_selected,
            KeyCode::Enter if self.selected_id(pbx).is_some() => {
                // Until it is drawn, how far it scrolls is not known.
                self.detail_last = u16::MAX;
                self.mode = Mode::Detail(0);
            }
            KeyCode::Char(c) => {
                if let Some(action) = self.action_for(c, pbx) {
                    return self.start(action, pbx);
                }
            }
            _ => {}
        }
        Effect::None
    }

    fn switch(&mut self, by: usize) {
        let at = Tab::ALL.iter().position(|t| *t == self.tab).unwrap_or(0);
        self.tab = Tab::ALL[(at + by) % Tab::ALL.len()];
        self.selected = 0;
    }

    /// The action a key stands for on this tab and row.
    fn action_for(&mut self, c: char, pbx: &Pbx) -> Option<Action> {
        let id = self.selected_id(pbx)?;
        if self.tab == Tab::Bridges {
            return match c {
                'd' => Some(Action::DestroyBridge),
                'M' if self.marks.bridge_moh(&id) => Some(Action::StopBridgeMoh),
                'M' => Some(Action::StartBridgeMoh),
                _ => None,
            };
        }
        if self.tab != Tab::Calls {
            return None;
        }
        let row = pbx.channels.get(&id)?;
        // Held from here, or by its far end (ChannelHold): either way the
        // key takes the hold off.
        let held = row.held || self.marks.held(&id);
        Some(match c {
            'h' => Action::Hangup,
            'a' => Action::Answer,
            'o' if held => Action::Unhold,
            'o' => Action::Hold,
            'm' if self.marks.muted(&id) => Action::Unmute,
            'm' => Action::Mute,
            'p' => Action::Play,
            'M' if self.marks.moh(&id) => Action::StopMoh,
            'M' => Action::StartMoh,
            'r' => Action::Redirect,
            'c' => Action::Continue,
            's' => Action::Snoop,
            _ => return None,
        })
    }

    fn start(&mut self, action: Action, pbx: &Pbx) -> Effect {
        if self.replay {
            self.say(
                "a replay: actions are off (Space pauses, . steps, + and - change the speed)",
                Tone::Bad,
            );
            return Effect::None;
        }
        if self.read_only {
            self.say("read-only: actions are off (--read-only)", Tone::Bad);
            return Effect::None;
        }
        let Some(id) = self.selected_id(pbx) else {
            return Effect::None;
        };
        if pbx.channels.get(&id).is_some_and(|c| c.gone.is_some()) {
            self.say("that channel is gone", Tone::Bad);
            return Effect::None;
        }
        let name = pbx
            .channels
            .get(&id)
            .map_or(id.clone(), |c| c.name().to_string());
        match action.ask() {
            Ask::Nothing => self.send(action, &id, ""),
            Ask::Confirm => {
                self.mode = Mode::Confirm(action, id, name);
                Effect::None
            }
            Ask::Value(_, start) => {
                self.mode = Mode::Prompt(action, id, start.to_string());
                Effect::None
            }
        }
    }

    fn send(&mut self, action: Action, target: &str, value: &str) -> Effect {
        match action.words(target, value, &self.app) {
            Ok(words) => {
                self.say(format!("… ari {}", shell_words::join(&words)), Tone::Info);
                Effect::Send(words)
            }
            Err(e) => {
                self.say(e.message, Tone::Bad);
                Effect::None
            }
        }
    }

    /// An action's outcome, for the status line.
    pub fn done(&mut self, words: &[String], outcome: &std::result::Result<String, String>) {
        let line = format!("ari {}", shell_words::join(words));
        if outcome.is_ok() {
            self.marks.record(words);
        }
        match outcome {
            Ok(result) => self.say(format!("✓ {line}: {result}"), Tone::Good),
            Err(e) if e.starts_with("403") => {
                self.say(format!("✗ {line}: a read-only ARI user? {e}"), Tone::Bad)
            }
            Err(e) => self.say(format!("✗ {line}: {e}"), Tone::Bad),
        }
    }

    /// The connection changed: say so in the status line too.
    pub fn link(&mut self, link: &Link) {
        match link {
            Link::Live => {}
            Link::Lost(why) => self.say(
                format!("events connection lost: {why}; reconnecting"),
                Tone::Bad,
            ),
            Link::Connecting | Link::Replay(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEvent;

    fn key(code: KeyCode) -> Event {
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    fn pbx() -> Pbx {
        let mut m = Pbx::new();
        let channel = |id: &str, name: &str| {
            serde_json::json!({"id": id, "name": name, "state": "Up", "creationtime": "2026-11-29T12:00:00.000+0000",
                "dialplan": {"context": "lab", "exten": "s", "priority": 1, "app_name": "Stasis", "app_data": "hello"}})
        };
        m.snapshot(
            vec![
                channel("1.0", "PJSIP/alice-1"),
                channel("2.0", "PJSIP/bob-2"),
            ],
            vec![],
            vec![],
            vec![],
            vec![],
        );
        m
    }

    #[test]
    fn hang_up_asks_first_and_sends_the_command_line() {
        let m = pbx();
        let mut ui = Screen::new("s".into(), "top-x".into(), false, false);
        assert_eq!(ui.input(&key(KeyCode::Down), &m), Effect::None);
        assert_eq!(ui.input(&key(KeyCode::Char('h')), &m), Effect::None);
        assert!(matches!(ui.mode, Mode::Confirm(Action::Hangup, ref id, _) if id == "2.0"));
        let sent = ui.input(&key(KeyCode::Char('y')), &m);
        assert_eq!(
            sent,
            Effect::Send(vec!["channels".into(), "hangup".into(), "2.0".into()])
        );
    }

    #[test]
    fn hold_mute_and_music_keys_toggle_on_what_succeeded() {
        let m = pbx();
        let mut ui = Screen::new("s".into(), "top-x".into(), false, false);
        let words = |line: &str| line.split(' ').map(String::from).collect::<Vec<_>>();
        for (key_char, on, off) in [
            ('o', "channels hold 1.0", "channels unhold 1.0"),
            (
                'm',
                "channels mute 1.0 --direction both",
                "channels unmute 1.0 --direction both",
            ),
            ('M', "channels start-moh 1.0", "channels stop-moh 1.0"),
        ] {
            assert_eq!(
                ui.input(&key(KeyCode::Char(key_char)), &m),
                Effect::Send(words(on))
            );
            // Until the server said yes, the key still asks for the same.
            assert_eq!(
                ui.input(&key(KeyCode::Char(key_char)), &m),
                Effect::Send(words(on))
            );
            ui.done(&words(on), &Ok("204".into()));
            assert_eq!(
                ui.input(&key(KeyCode::Char(key_char)), &m),
                Effect::Send(words(off))
            );
            ui.done(&words(off), &Ok("204".into()));
            assert_eq!(
                ui.input(&key(KeyCode::Char(key_char)), &m),
                Effect::Send(words(on))
            );
        }
        // A failure changes nothing.
        ui.done(&words("channels hold 1.0"), &Err("404 Not Found".into()));
        assert_eq!(
            ui.input(&key(KeyCode::Char('o')), &m),
            Effect::Send(words("channels hold 1.0"))
        );
    }

    #[test]
    fn play_completes_sound_names_and_read_only_refuses() {
        let m = pbx();
        let mut ui = Screen::new("s".into(), "top-x".into(), false, false);
        ui.sounds = vec!["sound:hello-world".into(), "sound:goodbye".into()];
        ui.input(&key(KeyCode::Char('p')), &m);
        for c in "he".chars() {
            ui.input(&key(KeyCode::Char(c)), &m);
        }
        ui.input(&key(KeyCode::Tab), &m);
        assert!(
            matches!(ui.mode, Mode::Prompt(Action::Play, _, ref t) if t == "sound:hello-world")
        );
        let sent = ui.input(&key(KeyCode::Enter), &m);
        assert_eq!(
            sent,
            Effect::Send(
                ["channels", "play", "1.0", "--media", "sound:hello-world"]
                    .map(String::from)
                    .to_vec()
            )
        );
        let mut ui = Screen::new("s".into(), "top-x".into(), true, false);
        assert_eq!(ui.input(&key(KeyCode::Char('a')), &m), Effect::None);
        assert!(ui.status.unwrap().text.contains("read-only"));
    }

    #[test]
    fn the_selection_stays_on_its_row_when_rows_above_go() {
        let mut m = pbx();
        let third = serde_json::json!({"type": "ChannelCreated", "timestamp": "2026-11-29T12:00:05.000+0000",
            "channel": {"id": "3.0", "name": "PJSIP/carol-3", "state": "Ring", "creationtime": "2026-11-29T12:00:05.000+0000"}});
        m.apply(&third.to_string());
        let mut ui = Screen::new("s".into(), "top-x".into(), false, false);
        ui.input(&key(KeyCode::Down), &m);
        assert_eq!(ui.selected_id(&m).as_deref(), Some("2.0"));
        let gone = serde_json::json!({"type": "ChannelDestroyed", "timestamp": "2026-11-29T12:00:09.000+0000",
            "cause": 16, "channel": m.channels["1.0"].json.clone()});
        m.apply(&gone.to_string());
        m.expire(Instant::now() + super::super::pbx::LINGER);
        ui.follow(&ui.row_ids(&m));
        assert_eq!(ui.selected_id(&m).as_deref(), Some("2.0"));
    }

    #[test]
    fn the_filter_narrows_the_rows() {
        let m = pbx();
        let mut ui = Screen::new("s".into(), "top-x".into(), false, false);
        ui.input(&key(KeyCode::Char('/')), &m);
        for c in "bob".chars() {
            ui.input(&key(KeyCode::Char(c)), &m);
        }
        ui.input(&key(KeyCode::Enter), &m);
        assert_eq!(ui.row_ids(&m), vec!["2.0".to_string()]);
        ui.input(&key(KeyCode::Esc), &m);
        assert_eq!(ui.row_ids(&m).len(), 2);
    }
}
