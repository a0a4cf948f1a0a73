//! `ari profile list|show|add|remove|use`. Edits keep the file's comments and
//! layout (toml_edit) and always leave it with mode 0600.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;

use clap::{Arg, ArgAction, ArgGroup, ArgMatches, Command};
use serde_json::{Value, json};
use toml_edit::{DocumentMut, Item, Table, value};

use crate::cli::GlobalOptions;
use crate::config::{Overrides, Settings, Sourced, normalize_url, unknown_profile};
use crate::context::Context;
use crate::error::{Error, Result, one_line};
use crate::output::{OutputMode, Renderer, stdout_is_terminal};

pub const COMMAND: crate::context::Registered = crate::context::Registered {
    name: "profile",
    define: command,
    run: |m, ctx| run(m, ctx).map(|_| None),
};

pub fn command() -> Command {
    let name = || Arg::new("name").value_name("NAME").required(true);
    Command::new("profile")
        .about("Manage connection profiles in the config file")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(Command::new("list").about("List the profiles; * marks the default"))
        .subcommand(
            Command::new("show")
                .about("Show the settings in use and where each comes from (secrets masked)")
                .arg(Arg::new("name").value_name("NAME").help("Profile to show [default: the one in use]")),
        )
        .subcommand(
            Command::new("add")
                .about("Add a profile from --url, -u, -k, --cacert, --max-time and the options below")
                .arg(name())
                .arg(
                    Arg::new("app")
                        .long("app")
                        .value_name("APP")
                        .help("Default application for `ari events`"),
                )
                .arg(
                    Arg::new("password-stdin")
                        .long("password-stdin")
                        .action(ArgAction::SetTrue)
                        .help("Read the password from stdin"),
                )
                .arg(
                    Arg::new("password-env")
                        .long("password-env")
                        .value_name("VAR")
                        .help("Read the password from this environment variable at run time"),
                )
                .arg(
                    Arg::new("password-command")
                        .long("password-command")
                        .value_name("COMMAND")
                        .help("Run this command at run time; its output is the password"),
                )
                .arg(
                    Arg::new("no-password")
                        .long("no-password")
                        .action(ArgAction::SetTrue)
                        .help("Store no password"),
                )
                .group(ArgGroup::new("password-source").args([
                    "password-stdin",
                    "password-env",
                    "password-command",
                    "no-password",
                ]))
                .arg(
                    Arg::new("default")
                        .long("default")
                        .action(ArgAction::SetTrue)
                        .help("Make it the default profile"),
                )
                .arg(
                    Arg::new("force")
                        .long("force")
                        .action(ArgAction::SetTrue)
                        .help("Replace a profile of the same name"),
                )
                .arg(
                    Arg::new("no-check")
                        .long("no-check")
                        .action(ArgAction::SetTrue)
                        .help("Do not try the URL and credentials once the profile is saved"),
                )
                .after_help(
                    "The first profile becomes the default. Once saved, the profile is tried\n\
                     once (a few seconds at most): a warning says when the server cannot be\n\
                     reached, refuses the password or is not ARI; the profile is kept anyway.\n\n\
                     Examples:\n  \
                     ari profile add prod --url https://pbx.example.com:8089 -u ari --app hello\n  \
                     pass show pbx/ari | ari profile add prod --url pbx:8088 -u ari --password-stdin\n  \
                     ari profile add lab --url 10.0.0.5:8088 -u ari --password-command 'pass show lab/ari'",
                ),
        )
        .subcommand(Command::new("remove").about("Remove a profile").arg(name()))
        .subcommand(Command::new("use").about("Make a profile the default").arg(name()))
        .subcommand(
            Command::new("group")
                .about("Name several profiles at once, for -p GROUP (the [groups] table)")
                .subcommand_required(true)
                .subcommand(
                    Command::new("add")
                        .about("Create or replace a group")
                        .arg(Arg::new("group").required(true).value_name("GROUP"))
                        .arg(
                            Arg::new("members")
                                .required(true)
                                .num_args(1..)
                                .value_name("PROFILE")
                                .help("Profiles in the group, in the order they run and print"),
                        )
                        .after_help("Example:\n  ari profile group add eu eu-1 eu-2 eu-3\n  ari -p eu channels list -o table"),
                )
                .subcommand(
                    Command::new("remove")
                        .about("Remove a group (its profiles stay)")
                        .arg(Arg::new("group").required(true).value_name("GROUP")),
                )
                .subcommand(Command::new("list").about("List the groups and their profiles")),
        )
}

pub fn run(matches: &ArgMatches, ctx: &Context) -> Result<()> {
    let result = match matches.subcommand() {
        Some(("list", _)) => list(ctx),
        Some(("show", m)) => show(m.get_one::<String>("name"), ctx),
        Some(("add", m)) => add(m, ctx),
        Some(("remove", m)) => remove(m.get_one::<String>("name").unwrap(), ctx),
        Some(("use", m)) => use_profile(m.get_one::<String>("name").unwrap(), ctx),
        Some(("group", m)) => group(m, ctx),
        _ => Err(Error::usage(
            "missing profile command (see 'ari profile --help')",
        )),
    };
    // The next line of a REPL reads what was written.
    ctx.config_changed();
    result
}

/// Profile listings read best as a table at a terminal.
fn renderer(globals: &GlobalOptions) -> Result<Renderer> {
    let mode = match globals.output {
        OutputMode::Auto if stdout_is_terminal() => OutputMode::Table,
        other => other,
    };
    Renderer::new(mode, globals.color, globals.jq.as_deref())
}

fn print(globals: &GlobalOptions, value: &Value, model: &str) -> Result<()> {
    let out = std::io::stdout();
    renderer(globals)?.render(value, Some(model), &mut out.lock())
}

fn list(ctx: &Context) -> Result<()> {
    let globals = &ctx.globals;
    let file = ctx.config()?;
    let rows: Vec<Value> = file
        .profiles
        .iter()
        .map(|(name, p)| {
            json!({
                "name": name,
                "default": file.default.as_deref() == Some(name.as_str()),
                "url": p.url,
                "username": p.username,
                "app": p.app,
            })
        })
        .collect();
    if rows.is_empty() {
        eprintln!(
            "ari: no profiles in {} (the built-in default is http://127.0.0.1:8088, asterisk/asterisk)",
            file.path.display()
        );
    }
    print(globals, &Value::Array(rows), "Profile")
}

fn show(name: Option<&String>, ctx: &Context) -> Result<()> {
    let globals = &ctx.globals;
    let file = ctx.config()?;
    let mut overrides = globals.connection.clone();
    if let Some(name) = name {
        overrides.profile = Some(name.clone());
    }
    let s = Settings::resolve(&overrides, &file)?;
    fn row<T: ToString>(setting: &str, v: &Sourced<T>) -> Value {
        json!({"setting": setting, "value": v.value.to_string(), "source": v.source.to_string()})
    }
    fn unset(setting: &str) -> Value {
        json!({"setting": setting, "value": "", "source": ""})
    }
    let seconds = |d: &std::time::Duration| format!("{}s", d.as_secs_f64());
    let config_note = if file.exists { "" } else { " (does not exist)" };
    let rows = vec![
        row("profile", &s.profile),
        json!({"setting": "config", "value": format!("{}{config_note}", file.path.display()), "source": ""}),
        row("url", &s.url),
        row("username", &s.username),
        json!({"setting": "password", "value": s.password.value.describe(), "source": s.password.source.to_string()}),
        s.app.as_ref().map_or_else(|| unset("app"), |a| row("app", a)),
        s.max_time.as_ref().map_or_else(
            || unset("max-time"),
            |t| json!({"setting": "max-time", "value": seconds(&t.value), "source": t.source.to_string()}),
        ),
        json!({"setting": "connect-timeout", "value": seconds(&s.connect_timeout.value), "source": s.connect_timeout.source.to_string()}),
        row("insecure", &s.insecure),
        s.cacert.as_ref().map_or_else(
            || unset("cacert"),
            |c| json!({"setting": "cacert", "value": c.value.display().to_string(), "source": c.source.to_string()}),
        ),
    ];
    print(globals, &Value::Array(rows), "Setting")
}

fn read_document(path: &Path) -> Result<DocumentMut> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            return Err(Error::usage(format!(
                "cannot read {}: {}",
                path.display(),
                one_line(&e.to_string())
            )));
        }
    };
    text.parse::<DocumentMut>().map_err(|e| {
        Error::usage(format!(
            "config file {}: {}",
            path.display(),
            one_line(e.message())
        ))
    })
}

/// Write the config file atomically with mode 0600: a temporary file in the
/// same directory, then a rename, so a crash never leaves half a file.
fn write_document(path: &Path, doc: &DocumentMut) -> Result<()> {
    let fail = |e: std::io::Error| {
        Error::usage(format!(
            "cannot write {}: {}",
            path.display(),
            one_line(&e.to_string())
        ))
    };
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(fail)?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default(),
        std::process::id()
    ));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let result = (|| {
        let mut file = options.open(&tmp)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        file.write_all(doc.to_string().as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(fail)
}

fn profiles_table(doc: &mut DocumentMut) -> Result<&mut Table> {
    let item = doc.entry("profiles").or_insert_with(|| {
        let mut t = Table::new();
        t.set_implicit(true);
        Item::Table(t)
    });
    item.as_table_mut()
        .ok_or_else(|| Error::usage("config file: 'profiles' is not a table"))
}

fn add(m: &ArgMatches, ctx: &Context) -> Result<()> {
    let globals = &ctx.globals;
    let name = m.get_one::<String>("name").unwrap();
    validate_name(name)?;
    let conn: &Overrides = &globals.connection;
    let url = conn
        .url
        .as_deref()
        .ok_or_else(|| Error::usage("profile add needs --url (e.g. --url http://pbx:8088)"))?;
    // Validate now rather than on first use; store what the user wrote.
    normalize_url(url)?;
    let (user, inline_password) = match conn.user.as_deref() {
        Some(u) => match u.split_once(':') {
            Some((user, pass)) => (Some(user.to_string()), Some(pass.to_string())),
            None => (Some(u.to_string()), None),
        },
        None => (None, None),
    };

    let (path, _) = crate::config::config_path(conn.config.as_deref())?;
    let mut doc = read_document(&path)?;
    let exists = doc
        .get("profiles")
        .and_then(Item::as_table)
        .is_some_and(|t| t.contains_key(name));
    if exists && !m.get_flag("force") {
        return Err(Error::usage(format!(
            "profile '{name}' exists in {}; use --force to replace it",
            path.display()
        )));
    }

    let mut table = Table::new();
    table["url"] = value(url);
    if let Some(user) = &user {
        table["username"] = value(user.as_str());
    }
    if let Some(var) = m.get_one::<String>("password-env") {
        table["password_env"] = value(var.as_str());
    } else if let Some(cmd) = m.get_one::<String>("password-command") {
        table["password_command"] = value(cmd.as_str());
    } else if m.get_flag("no-password") {
    } else {
        let password = match inline_password {
            Some(p) => p,
            None if m.get_flag("password-stdin") => read_password_stdin()?,
            None => prompt_password(user.as_deref().unwrap_or("asterisk"), url)?,
        };
        table["password"] = value(password);
    }
    if let Some(app) = m.get_one::<String>("app") {
        table["app"] = value(app.as_str());
    }
    if let Some(t) = conn.max_time {
        table["timeout"] = value(t);
    }
    if let Some(t) = conn.connect_timeout {
        table["connect_timeout"] = value(t);
    }
    if conn.insecure {
        table["insecure"] = value(true);
    }
    if let Some(c) = &conn.cacert {
        let absolute = std::path::absolute(c).unwrap_or_else(|_| c.clone());
        table["cacert"] = value(absolute.to_string_lossy().into_owned());
    }
    let default = doc
        .get("default")
        .and_then(Item::as_str)
        .map(str::to_string);
    let profiles = profiles_table(&mut doc)?;
    let others = profiles.iter().filter(|(n, _)| *n != name.as_str()).count();
    profiles.insert(name, Item::Table(table));
    // The first profile is the one meant: without it, the next command
    // would go to the built-in http://127.0.0.1:8088.
    let first = default.is_none() && others == 0;
    let make_default = m.get_flag("default") || first;
    if make_default {
        doc["default"] = value(name.as_str());
    }
    write_document(&path, &doc)?;
    let verb = if exists { "replaced" } else { "added" };
    eprintln!("ari: {verb} profile '{name}' in {}", path.display());
    match default.as_deref() {
        _ if first => eprintln!("ari: '{name}' is the default profile (the first one)"),
        _ if make_default => eprintln!("ari: default profile is now '{name}'"),
        Some(other) if other != name => eprintln!(
            "ari: the default profile is still '{other}': use -p {name}, or `ari profile use {name}`"
        ),
        Some(_) => {}
        None => eprintln!("ari: no default profile: use -p {name}, or `ari profile use {name}`"),
    }
    if !m.get_flag("no-check") {
        ctx.config_changed();
        check(name, ctx);
    }
    Ok(())
}

/// Try the saved profile once; say what answers, or warn what failed.
fn check(name: &str, ctx: &Context) {
    let globals = &ctx.globals;
    let tried = ctx.config().and_then(|file| {
        let overrides = Overrides {
            profile: Some(name.to_string()),
            ..globals.connection.clone()
        };
        let settings = Settings::resolve(&overrides, &file)?;
        let server = crate::runtime::runtime()?.block_on(crate::commands::probe::identify(
            &settings,
            std::time::Duration::from_secs(3),
        ))?;
        Ok((server, settings))
    });
    match tried {
        Ok((server, settings)) => eprintln!(
            "ari: checked: {} at {} accepts user '{}'",
            server.name(),
            settings.url.value.as_str().trim_end_matches('/'),
            settings.username.value
        ),
        Err(e) => eprintln!(
            "ari: warning: {} (profile saved anyway; --no-check skips this)",
            e.message
        ),
    }
}

fn validate_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.');
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!(
            "invalid profile name '{name}': use letters, digits, '-', '_' and '.'"
        )))
    }
}

fn read_password_stdin() -> Result<String> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Error::usage(format!("cannot read the password from stdin: {e}")))?;
    let password = text.lines().next().unwrap_or("").to_string();
    if password.is_empty() {
        return Err(Error::usage("--password-stdin: stdin held no password"));
    }
    Ok(password)
}

fn prompt_password(user: &str, url: &str) -> Result<String> {
    if !std::io::stdin().is_terminal() {
        return Err(Error::usage(
            "no password given: use --password-stdin, --password-env VAR, --password-command CMD or --no-password",
        ));
    }
    let password = rpassword::prompt_password(format!("Password for {user} at {url}: "))
        .map_err(|e| Error::usage(format!("cannot read the password: {e}")))?;
    if password.is_empty() {
        return Err(Error::usage(
            "empty password; use --no-password to store none",
        ));
    }
    Ok(password)
}

fn remove(name: &str, ctx: &Context) -> Result<()> {
    let file = ctx.config()?;
    if !file.profiles.contains_key(name) {
        return Err(unknown_profile(name, &file));
    }
    let mut doc = read_document(&file.path)?;
    profiles_table(&mut doc)?.remove(name);
    if doc.get("default").and_then(Item::as_str) == Some(name) {
        doc.remove("default");
    }
    write_document(&file.path, &doc)?;
    eprintln!("ari: removed profile '{name}' from {}", file.path.display());
    Ok(())
}

/// `ari profile group add|remove|list`: the `[groups]` table.
fn group(m: &ArgMatches, ctx: &Context) -> Result<()> {
    let globals = &ctx.globals;
    let file = ctx.config()?;
    match m.subcommand() {
        Some(("add", a)) => {
            let group = a.get_one::<String>("group").unwrap();
            validate_name(group)?;
            if file.profiles.contains_key(group) || group == "all" {
                return Err(Error::usage(format!(
                    "'{group}' is a profile's name (or `all`): a group needs a name of its own"
                )));
            }
            let members: Vec<&String> = a.get_many::<String>("members").unwrap().collect();
            for member in &members {
                if !file.profiles.contains_key(member.as_str()) {
                    return Err(unknown_profile(member, &file));
                }
            }
            let mut doc = read_document(&file.path)?;
            let groups = doc
                .entry("groups")
                .or_insert_with(|| Item::Table(Table::new()));
            let groups = groups
                .as_table_mut()
                .ok_or_else(|| Error::usage("config file: 'groups' is not a table"))?;
            let list: toml_edit::Array = members.iter().map(|m| m.as_str()).collect();
            groups[group.as_str()] = value(list);
            write_document(&file.path, &doc)?;
            eprintln!(
                "ari: group '{group}' is {} in {}",
                members
                    .iter()
                    .map(|m| m.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                file.path.display()
            );
            Ok(())
        }
        Some(("remove", r)) => {
            let group = r.get_one::<String>("group").unwrap();
            if !file.groups.contains_key(group) {
                return Err(Error::usage(format!("no group '{group}'")));
            }
            let mut doc = read_document(&file.path)?;
            if let Some(groups) = doc.get_mut("groups").and_then(Item::as_table_mut) {
                groups.remove(group);
            }
            write_document(&file.path, &doc)?;
            eprintln!("ari: removed group '{group}'");
            Ok(())
        }
        _ => {
            let rows: Vec<Value> = file
                .groups
                .iter()
                .map(|(name, members)| json!({"name": name, "profiles": members.join(",")}))
                .collect();
            print(globals, &Value::Array(rows), "Group")
        }
    }
}

fn use_profile(name: &str, ctx: &Context) -> Result<()> {
    let file = ctx.config()?;
    if !file.profiles.contains_key(name) {
        return Err(unknown_profile(name, &file));
    }
    let mut doc = read_document(&file.path)?;
    doc["default"] = value(name);
    write_document(&file.path, &doc)?;
    eprintln!("ari: default profile is now '{name}'");
    Ok(())
}
