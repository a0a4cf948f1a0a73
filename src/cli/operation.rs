//! One clap subcommand per ARI action, built from the operation table, and the
//! way back: parsed arguments → `Invocation`.

use clap::builder::{
    BoolishValueParser, NonEmptyStringValueParser, PossibleValuesParser, ValueParser,
};
use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::invocation::{Invocation, read_json_body};
use crate::spec::{Action, DataType, Location, Meaning, Param, example_value, values};

/// Argument ids of the options `ari` adds to operations. They start with `__`
/// so they can never meet an ARI parameter name.
pub const VAR: &str = "__var";
pub const ATTR: &str = "__attr";
pub const JSON_BODY: &str = "__json_body";
pub const DOWNLOAD_TO: &str = "__to";
pub const WAIT: &str = "__wait";
pub const WAIT_TIMEOUT: &str = "__wait_timeout";
const SELECT: &str = "__select";

/// The clap subcommand of one action.
pub fn action_command(resource: &str, action: &Action) -> Command {
    let op = action.base;
    let mut cmd = Command::new(action.name())
        .about(op.summary)
        .after_help(after_help(resource, action));
    if op.nickname != action.name() {
        cmd = cmd.alias(op.nickname);
    }
    let selector = selector_param(action);

    for param in action.params() {
        let Some(arg) = param_arg(action, param, selector.as_ref()) else {
            continue;
        };
        cmd = cmd.arg(arg);
    }
    let own_selector_flag = action
        .twin
        .and_then(|t| t.selected_by)
        .filter(|_| selector.as_ref().is_some_and(|s| s.reused.is_none()));
    if let Some(flag) = own_selector_flag {
        let path_param = action.twin_path_param().expect("twin has a path parameter");
        cmd = cmd.arg(
            Arg::new(SELECT)
                .long(flag)
                .value_name(path_param.name)
                .value_parser(NonEmptyStringValueParser::new())
                .help(format!(
                    "{} of your choosing: sends {} {}",
                    path_param.description(),
                    action.twin.unwrap().method.as_str(),
                    action.twin.unwrap().path
                )),
        );
    }
    let body_required = op
        .body_params()
        .any(|p| p.required && p.data_type == DataType::Containers);
    if op.body_params().any(|p| p.name == "variables") {
        let mut arg = Arg::new(VAR)
            .long("var")
            .value_name("KEY=VALUE")
            .action(ArgAction::Append)
            .value_parser(ValueParser::new(parse_key_value))
            .help(format!(
                "Variable to set, sent as {{\"variables\": {{...}}}}; repeatable{}",
                if body_required { " (required)" } else { "" }
            ));
        if body_required {
            arg = arg.required_unless_present(JSON_BODY);
        }
        cmd = cmd.arg(arg);
    }
    if op.body_params().any(|p| p.name == "fields") {
        cmd = cmd.arg(
            Arg::new(ATTR)
                .long("attr")
                .value_name("KEY=VALUE")
                .action(ArgAction::Append)
                .value_parser(ValueParser::new(parse_key_value))
                .help("Configuration field, sent as {\"fields\": [{\"attribute\": KEY, \"value\": VALUE}]}; repeatable"),
        );
    }
    if crate::events::wait::supports(resource, action.name()) {
        cmd = cmd
            .arg(Arg::new(WAIT).long("wait").value_name("EVENT").help(
                "Then wait for this event (type or glob) about the new object and print it instead (-q: the object's id); Ctrl-C leaves the object as it is and names it with the command that ends it (exit 130)",
            ))
            .arg(
                Arg::new(WAIT_TIMEOUT)
                    .long("wait-timeout")
                    .value_name("SECS")
                    .value_parser(clap::value_parser!(f64))
                    .requires(WAIT)
                    .help("Give up waiting after SECS with exit 9 [default: 60]"),
            );
    }
    cmd = cmd.arg(
        Arg::new(JSON_BODY)
            .long("json-body")
            .value_name("JSON|@FILE|-")
            .help(
                "Send this JSON document as the request body (@FILE reads a file, - reads stdin)",
            ),
    );
    if op.returns_binary() {
        cmd = cmd.arg(
            Arg::new(DOWNLOAD_TO)
                .long("to")
                .value_name("FILE")
                .value_parser(clap::value_parser!(std::path::PathBuf))
                .help("Write the audio to FILE (default: stdout, when it is not a terminal)"),
        );
    }
    cmd
}

/// How the flag that selects a `...WithId` twin is spelled: either a query
/// parameter of the base that means the same (`--playback-id`), or a flag of its own (`--id`).
struct Selector {
    /// The base's query parameter the flag reuses, if any.
    reused: Option<&'static str>,
}

fn selector_param(action: &Action) -> Option<Selector> {
    let flag = action.twin?.selected_by?;
    let reused = action
        .base
        .query_params()
        .find(|p| p.flag() == flag)
        .map(|p| p.name);
    Some(Selector { reused })
}

fn param_arg(action: &Action, param: &'static Param, selector: Option<&Selector>) -> Option<Arg> {
    let in_base = action.base.param(param.name).is_some();
    match param.location {
        // The twin's own path parameter comes from the selecting flag.
        Location::Path if !in_base => return None,
        Location::Body => return None,
        _ => {}
    }
    let mut arg = Arg::new(param.name).value_name(param.name);
    let mut notes: Vec<String> = vec![param.data_type.ari_name().to_string()];

    if param.location == Location::Path {
        arg = arg
            .required(true)
            .value_parser(NonEmptyStringValueParser::new());
        return Some(arg.help(param.description()));
    }

    let flag = param.flag();
    arg = arg.long(flag.clone());
    if flag != param.name {
        arg = arg.alias(param.name);
    }
    if param.required {
        arg = arg.required(true);
        notes.push("required".into());
    }
    if param.multiple {
        arg = arg.action(ArgAction::Append).value_delimiter(',');
        notes.push("repeatable or comma list".into());
    }
    arg = match param.data_type {
        DataType::Boolean => arg
            .num_args(0..=1)
            .require_equals(true)
            .default_missing_value("true")
            .value_name("BOOL")
            .value_parser(BoolishValueParser::new()),
        _ if !param.allowed.is_empty() => {
            arg.value_parser(PossibleValuesParser::new(param.allowed.iter().copied()))
        }
        DataType::Int => arg.value_parser(clap::value_parser!(i32)),
        DataType::Long => arg.value_parser(clap::value_parser!(i64)),
        _ if matches!(param.meaning, Meaning::MediaUri | Meaning::Dtmf) => {
            arg.value_parser(ValueParser::new(move |text: &str| {
                values::check(param, text).map(|()| text.to_string())
            }))
        }
        _ => arg,
    };

    if let Some(default) = param.default {
        notes.push(format!("server default: {default}"));
    }
    let mut help = format!("{} [{}]", param.description(), notes.join(", "));
    if selector.and_then(|s| s.reused) == Some(param.name) {
        let twin = action.twin.unwrap();
        help.push_str(&format!("; sends {} {}", twin.method.as_str(), twin.path));
    }
    Some(arg.help(help))
}

fn after_help(resource: &str, action: &Action) -> String {
    let op = action.base;
    let mut text = format!("HTTP:\n  {} /ari{}", op.method.as_str(), op.path);
    if let Some(twin) = action.twin {
        text.push_str(&format!(
            "\n  {} /ari{}   (with --{})",
            twin.method.as_str(),
            twin.path,
            twin.selected_by.unwrap_or_default()
        ));
    }
    text.push_str(&format!(
        "\n\nExample:\n  {}",
        example_line(resource, action)
    ));
    text
}

/// `ari channels play 1732000000.1 --media sound:hello-world`: the positional
/// arguments and required flags with plausible values, unless the table has a
/// better example.
pub fn example_line(resource: &str, action: &Action) -> String {
    let op = action.base;
    let mut line = format!("ari {resource} {}", action.name());
    // A table example spells out everything after the action, positionals included.
    if let Some(example) = op.example {
        line.push(' ');
        line.push_str(example);
        return line;
    }
    for p in op.path_params() {
        line.push(' ');
        line.push_str(example_value(p.name));
    }
    for p in op.query_params().filter(|p| p.required) {
        line.push_str(&format!(" --{} {}", p.flag(), example_value(p.name)));
    }
    if op
        .body_params()
        .any(|p| p.name == "variables" && p.required)
    {
        line.push_str(" --var CALLERID(name)=Alice");
    }
    line
}

pub fn parse_key_value(text: &str) -> std::result::Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) if !key.is_empty() => Ok((key.to_string(), value.to_string())),
        _ => Err("expected KEY=VALUE".to_string()),
    }
}

/// `--wait EVENT [--wait-timeout SECS]`, where the action offers it.
pub fn wait_options(matches: &ArgMatches) -> Result<Option<crate::events::wait::Wait>> {
    let Some(event) = matches.try_get_one::<String>(WAIT).ok().flatten() else {
        return Ok(None);
    };
    let secs = matches
        .try_get_one::<f64>(WAIT_TIMEOUT)
        .ok()
        .flatten()
        .copied()
        .unwrap_or(60.0);
    let timeout = std::time::Duration::try_from_secs_f64(secs)
        .ok()
        .filter(|d| !d.is_zero())
        .ok_or_else(|| Error::usage("--wait-timeout must be a positive number of seconds"))?;
    Ok(Some(crate::events::wait::Wait {
        event: crate::events::filter::TypeGlob::parse(event)?,
        event_text: event.clone(),
        timeout,
    }))
}

/// Turn the parsed arguments of an action into the request to send.
pub fn invocation(action: &Action, matches: &ArgMatches) -> Result<Invocation> {
    let selector = selector_param(action);
    let selector_id = selector
        .as_ref()
        .map(|s| s.reused.unwrap_or(SELECT))
        .filter(|id| matches.contains_id(id) && matches.value_source(id).is_some());
    let (op, twin_value) = match (selector_id, action.twin) {
        (Some(id), Some(twin)) => (twin, matches.get_one::<String>(id).cloned()),
        _ => (action.base, None),
    };

    if let (Some(twin_value), Some(_)) = (&twin_value, selector_id) {
        // Options of the base that the twin lacks cannot be honoured.
        for p in action.base.query_params() {
            if op.query_params().all(|q| q.name != p.name)
                && Some(p.name) != selector.as_ref().and_then(|s| s.reused)
                && matches.value_source(p.name).is_some()
            {
                return Err(Error::usage(format!(
                    "--{} cannot be used with --{} (the id is already {twin_value})",
                    p.flag(),
                    op.selected_by.unwrap_or_default()
                )));
            }
        }
    }

    check_one_of(op, matches)?;

    let twin_path = action.twin_path_param().filter(|_| twin_value.is_some());
    let mut path_values = Vec::new();
    for p in op.path_params() {
        let value = if Some(p.name) == twin_path.map(|t| t.name) {
            twin_value.clone().unwrap_or_default()
        } else {
            matches
                .get_one::<String>(p.name)
                .cloned()
                .unwrap_or_default()
        };
        path_values.push(value);
    }

    let mut query = Vec::new();
    for p in op.query_params() {
        if matches.value_source(p.name).is_none() {
            continue;
        }
        let value = match p.data_type {
            DataType::Boolean => matches.get_one::<bool>(p.name).map(|b| b.to_string()),
            DataType::Int => matches.get_one::<i32>(p.name).map(|v| v.to_string()),
            DataType::Long => matches.get_one::<i64>(p.name).map(|v| v.to_string()),
            _ if p.multiple => matches
                .get_many::<String>(p.name)
                .map(|vals| vals.cloned().collect::<Vec<_>>().join(",")),
            _ => matches.get_one::<String>(p.name).cloned(),
        };
        if let Some(value) = value {
            query.push((p.name.to_string(), value));
        }
    }

    let body = build_body(matches)?;
    let download_to = matches
        .try_get_one::<std::path::PathBuf>(DOWNLOAD_TO)
        .ok()
        .flatten()
        .cloned();

    Ok(Invocation::for_operation(
        op,
        &path_values,
        query,
        body,
        download_to,
    ))
}

/// Asterisk refuses the request (400) without one of these; say so before
/// sending. A `--json-body` may carry them, so it is left to the server then.
fn check_one_of(op: &crate::spec::Operation, matches: &ArgMatches) -> Result<()> {
    let given = |id: &str| matches.try_contains_id(id).unwrap_or(false);
    if op.one_of.is_empty() || given(JSON_BODY) || op.one_of.iter().any(|p| given(p)) {
        return Ok(());
    }
    let flags: Vec<String> = op
        .one_of
        .iter()
        .filter_map(|name| op.param(name))
        .map(|p| format!("--{}", p.flag()))
        .collect();
    Err(Error::usage(format!(
        "{} {} needs {} (see 'ari {} {} --help')",
        op.resource,
        op.action,
        flags.join(" or "),
        op.resource,
        op.action
    )))
}

/// The KEY=VALUE pairs of a repeatable option (none when the command lacks it).
fn key_values<'a>(matches: &'a ArgMatches, id: &str) -> Vec<&'a (String, String)> {
    matches
        .try_get_many::<(String, String)>(id)
        .ok()
        .flatten()
        .map(|v| v.collect())
        .unwrap_or_default()
}

/// The request body: `--json-body` as the base document, `--var` entries
/// merged into its `variables`, `--attr` entries into its `fields`.
pub fn build_body(matches: &ArgMatches) -> Result<Option<Value>> {
    let mut body = match matches.try_get_one::<String>(JSON_BODY).ok().flatten() {
        Some(text) => Some(read_json_body(text)?),
        None => None,
    };
    let vars = key_values(matches, VAR);
    let attrs = key_values(matches, ATTR);
    if vars.is_empty() && attrs.is_empty() {
        return Ok(body);
    }
    let object = match body.get_or_insert_with(|| Value::Object(Map::new())) {
        Value::Object(map) => map,
        _ => {
            return Err(Error::usage(
                "--var and --attr need --json-body to be a JSON object",
            ));
        }
    };
    if !vars.is_empty() {
        let variables = object
            .entry("variables")
            .or_insert_with(|| Value::Object(Map::new()));
        let Value::Object(variables) = variables else {
            return Err(Error::usage(
                "--var needs \"variables\" in --json-body to be an object",
            ));
        };
        for (key, value) in vars {
            variables.insert(key.clone(), Value::String(value.clone()));
        }
    }
    if !attrs.is_empty() {
        let fields = object
            .entry("fields")
            .or_insert_with(|| Value::Array(Vec::new()));
        let Value::Array(fields) = fields else {
            return Err(Error::usage(
                "--attr needs \"fields\" in --json-body to be an array",
            ));
        };
        for (key, value) in attrs {
            fields.push(serde_json::json!({"attribute": key, "value": value}));
        }
    }
    Ok(body)
}
