//! One REPL line: variables expanded, split into words like a shell, and
//! recognised as a REPL command or an `ari` command.

use serde_json::Value;

use crate::config::{Overrides, Settings};
use crate::context::Context;
use crate::error::{Error, Result};

pub enum Builtin {
    Exit,
    Help(Vec<String>),
    Use(String),
    Set(String, String),
    EventsOn(Vec<String>),
    EventsOff,
    /// `connections`, or `connection wsN`: list or choose the WebSocket requests go over.
    Connection(Option<String>),
    Clear,
    Repl,
}

pub fn builtin(words: &[String]) -> Option<Builtin> {
    let first = words.first()?.as_str();
    let rest = || words[1..].to_vec();
    Some(match first {
        "exit" | "quit" => Builtin::Exit,
        "help" => Builtin::Help(rest()),
        "use" if words.len() == 2 => Builtin::Use(words[1].clone()),
        "set" if words.len() >= 2 => Builtin::Set(words[1].clone(), words[2..].join(" ")),
        "events" if words.get(1).map(String::as_str) == Some("on") => {
            Builtin::EventsOn(words[2..].to_vec())
        }
        "events" if words.get(1).map(String::as_str) == Some("off") && words.len() == 2 => {
            Builtin::EventsOff
        }
        "connections" if words.len() == 1 => Builtin::Connection(None),
        "connection" if words.len() == 2 => Builtin::Connection(Some(words[1].clone())),
        "clear" if words.len() == 1 => Builtin::Clear,
        "repl" | "shell" => Builtin::Repl,
        _ => return None,
    })
}

/// What a session remembers between lines.
pub struct Session {
    /// Global options the REPL was started with (and `use` added).
    base: Vec<String>,
    vars: std::collections::HashMap<String, String>,
    /// `$_`, or why it is not set.
    last_id: std::result::Result<String, &'static str>,
    profile: String,
    new_settings: Option<Settings>,
    /// The command line's context: each line goes to its dispatcher, with
    /// its tree and the config file read once for the whole session.
    context: Context,
    /// Whether help is coloured (the session's --color at a terminal).
    pub color: bool,
}

impl Session {
    pub fn new(base: Vec<String>, profile: String, context: Context) -> Session {
        Session {
            base,
            vars: std::collections::HashMap::new(),
            last_id: Err("no command has returned an object"),
            profile,
            new_settings: None,
            context,
            color: false,
        }
    }

    /// Run a command line (without `ari`) as `ari` would.
    pub fn dispatch(&self, args: Vec<String>) -> Result<Option<Value>> {
        (self.context.dispatch)(&self.context, args.into_iter().map(Into::into).collect())
    }

    pub fn context(&self) -> &Context {
        &self.context
    }

    pub fn profile(&self) -> &str {
        &self.profile
    }

    /// `ari`, the session's global options, then the line's words.
    pub fn args(&self, words: &[String]) -> Vec<String> {
        let mut args = vec!["ari".to_string()];
        args.extend(self.base.iter().cloned());
        args.extend(words.iter().cloned());
        args
    }

    pub fn set(&mut self, name: &str, value: String) {
        self.vars.insert(name.to_string(), value);
    }

    /// Keep the id of the object a command you typed returned, for `$_`:
    /// the first of a list (an empty list unsets it, so that no older id is
    /// taken for it). `model` is the ARI model the command returns, for the
    /// objects whose id is not a field of its own (an endpoint's).
    pub fn remember(&mut self, value: &Value, model: Option<&str>) {
        match value {
            Value::Array(items) => match items.first() {
                Some(first) => {
                    if let Some(id) = result_id(first, model) {
                        self.last_id = Ok(id);
                    }
                }
                None => self.last_id = Err("the last command returned an empty list"),
            },
            other => {
                if let Some(id) = result_id(other, model) {
                    self.last_id = Ok(id);
                }
            }
        }
    }

    /// Switch profile: checked now, used from the next line on.
    pub fn use_profile(&mut self, name: &str) -> Result<()> {
        let config = self
            .base
            .iter()
            .position(|a| a == "--config")
            .and_then(|i| self.base.get(i + 1))
            .map(std::path::PathBuf::from);
        let file = self.context.config_at(config.as_deref())?;
        let overrides = Overrides {
            config,
            profile: Some(name.to_string()),
            ..Overrides::default()
        };
        // A group, a list or a glob: every command runs on each of them;
        // completion asks the first.
        let settings = match crate::fleet::select::targets(&overrides, &file)? {
            Some(names) => Settings::resolve(
                &Overrides {
                    profile: names.first().cloned(),
                    ..overrides.clone()
                },
                &file,
            )?,
            None => Settings::resolve(&overrides, &file)?,
        };
        // Later options win (the tree is built with args_override_self).
        self.base.push("--profile".into());
        self.base.push(name.to_string());
        self.profile = name.to_string();
        self.new_settings = Some(settings);
        Ok(())
    }

    pub fn take_new_settings(&mut self) -> Option<Settings> {
        self.new_settings.take()
    }

    fn lookup(&self, name: &str) -> Option<String> {
        if name == "_" {
            return self.last_id.clone().ok();
        }
        self.vars
            .get(name)
            .cloned()
            .or_else(|| std::env::var(name).ok())
    }

    /// Expand `$_`, `$NAME` and `${NAME}` (not inside single quotes), then
    /// split into words as a shell would.
    pub fn words(&self, text: &str) -> Result<Vec<String>> {
        let text = text.trim();
        if text.is_empty() || text.starts_with('#') {
            return Ok(Vec::new());
        }
        let expanded = self.expand(text)?;
        shell_words::split(&expanded).map_err(|_| Error::usage("unbalanced quotes in the line"))
    }

    fn expand(&self, text: &str) -> Result<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len());
        let mut in_single = false;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            match c {
                '\'' => {
                    in_single = !in_single;
                    out.push(c);
                    i += 1;
                }
                '\\' if !in_single && i + 1 < chars.len() => {
                    out.push(c);
                    out.push(chars[i + 1]);
                    i += 2;
                }
                '$' if !in_single => {
                    let (name, next) = if chars.get(i + 1) == Some(&'{') {
                        let end = chars[i + 2..]
                            .iter()
                            .position(|&c| c == '}')
                            .map(|p| i + 2 + p)
                            .ok_or_else(|| Error::usage("unclosed ${ in the line"))?;
                        (chars[i + 2..end].iter().collect::<String>(), end + 1)
                    } else if chars.get(i + 1) == Some(&'_')
                        && !chars
                            .get(i + 2)
                            .is_some_and(|c| c.is_alphanumeric() || *c == '_')
                    {
                        ("_".to_string(), i + 2)
                    } else {
                        let end = chars[i + 1..]
                            .iter()
                            .position(|c| !(c.is_alphanumeric() || *c == '_'))
                            .map_or(chars.len(), |p| i + 1 + p);
                        (chars[i + 1..end].iter().collect::<String>(), end)
                    };
                    if name.is_empty() {
                        out.push('$');
                        i += 1;
                        continue;
                    }
                    let value = self.lookup(&name).ok_or_else(|| {
                        if name == "_" {
                            let why = self.last_id.as_ref().err().copied().unwrap_or_default();
                            Error::usage(format!("$_ is not set: {why}"))
                        } else {
                            Error::usage(format!(
                                "${name} is not set (set it with: set {name} VALUE)"
                            ))
                        }
                    })?;
                    out.push_str(&value);
                    i = next;
                }
                _ => {
                    out.push(c);
                    i += 1;
                }
            }
        }
        Ok(out)
    }
}

/// The id `$_` takes from an object a command returned: its id as `-o ids`
/// prints it; for an event (`--wait`), the id of what it is about.
pub fn result_id(value: &Value, model: Option<&str>) -> Option<String> {
    let object = value.as_object()?;
    if object.contains_key("type") && object.contains_key("timestamp") {
        for (key, field) in [
            ("channel", "id"),
            ("peer", "id"),
            ("playback", "id"),
            ("recording", "name"),
            ("bridge", "id"),
        ] {
            if let Some(id) = value[key][field].as_str() {
                return Some(id.to_string());
            }
        }
        return None;
    }
    crate::output::model_view::id_of(value, model)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn session() -> Session {
        let context = Context::new(
            crate::cli::GlobalOptions::default(),
            clap::Command::new("ari"),
            || clap::Command::new("ari"),
            |_, _| Ok(None),
        );
        let mut s = Session::new(vec!["-o".into(), "json".into()], "default".into(), context);
        s.set("B", "bridge 1".into());
        s.remember(&json!({"id": "1700000000.4", "name": "PJSIP/a"}), None);
        s
    }

    #[test]
    fn variables_expand_outside_single_quotes() {
        let s = session();
        assert_eq!(
            s.words("channels play $_ --media sound:x").unwrap(),
            vec!["channels", "play", "1700000000.4", "--media", "sound:x"]
        );
        assert_eq!(
            s.words("bridges get \"$B\"").unwrap(),
            vec!["bridges", "get", "bridge 1"]
        );
        assert_eq!(
            s.words("raw GET '$B' ${B}x").unwrap(),
            vec!["raw", "GET", "$B", "bridge", "1x"]
        );
        assert_eq!(
            s.words("events --jq '.x | $__loc__'").unwrap()[2],
            ".x | $__loc__"
        );
        assert!(s.words("channels get $NOPE_NOT_SET").is_err());
        assert!(s.words("say 'unbalanced").is_err());
        assert!(s.words("  # a comment").unwrap().is_empty());
    }

    #[test]
    fn a_list_sets_the_first_id_and_an_empty_one_unsets_it() {
        let mut s = session();
        s.remember(&json!([{"id": "c1"}, {"id": "c2"}]), Some("Channel"));
        assert_eq!(s.words("x $_").unwrap()[1], "c1");
        let endpoints = json!([{"technology": "PJSIP", "resource": "alice"}]);
        s.remember(&endpoints, Some("Endpoint"));
        assert_eq!(s.words("x $_").unwrap()[1], "PJSIP/alice");
        s.remember(&json!([]), Some("Channel"));
        let e = s.words("x $_").unwrap_err();
        assert_eq!(
            e.message,
            "$_ is not set: the last command returned an empty list"
        );
    }

    #[test]
    fn a_waited_for_event_sets_the_id_of_what_it_is_about() {
        let mut s = session();
        s.remember(
            &json!({"type": "StasisStart", "timestamp": "t", "channel": {"id": "c9"}}),
            None,
        );
        assert_eq!(s.words("x $_").unwrap()[1], "c9");
    }

    #[test]
    fn builtins_are_recognised() {
        let w = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert!(
            matches!(builtin(&w("events on --type Stasis*")), Some(Builtin::EventsOn(f)) if f == ["--type", "Stasis*"])
        );
        assert!(matches!(
            builtin(&w("events off")),
            Some(Builtin::EventsOff)
        ));
        assert!(builtin(&w("events --type X")).is_none());
        assert!(
            matches!(builtin(&w("set X a b")), Some(Builtin::Set(n, v)) if n == "X" && v == "a b")
        );
        assert!(builtin(&w("channels list")).is_none());
        assert!(matches!(builtin(&w("clear")), Some(Builtin::Clear)));
    }
}
