//! `ari man`: the manual page, generated from the command tree and the
//! operation table (`doc/ari.1` is the same text; a test keeps it current).

use clap::Command;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, italic, roman};

use crate::cli::ENVIRONMENT_HELP;
use crate::context::Context;
use crate::error::{EXIT_CODES_HELP, Error, Result};
use crate::spec::{RESOURCES, actions_of};

pub const COMMAND: crate::context::Registered = crate::context::Registered {
    name: "man",
    define: command,
    run: |_, ctx| run(ctx).map(|_| None),
};

pub fn command() -> Command {
    Command::new("man").about("Print the manual page (roff): ari man | man -l -")
}

/// `KEY  text` lines of a help block as a roff list.
fn list_section(roff: &mut Roff, title: &str, help: &str) {
    roff.control("SH", [title]);
    for line in help.lines().skip(1) {
        let line = line.trim();
        let Some((key, text)) = line.split_once(char::is_whitespace) else {
            continue;
        };
        roff.control("TP", []);
        roff.text([bold(key)]);
        roff.text([roman(text.trim())]);
    }
}

fn commands_section(roff: &mut Roff, root: &Command) {
    roff.control("SH", ["COMMANDS"]);
    roff.text([roman(
        "Every ARI operation, by resource. Path parameters are positional; every \
         other parameter is a --kebab-case option (the ARI spelling is accepted too). \
         `ari RESOURCE ACTION --help` lists an action's parameters.",
    )]);
    for resource in RESOURCES {
        roff.control("SS", [format!("ari {}", resource.name).as_str()]);
        roff.text([roman(resource.summary)]);
        for action in actions_of(resource.name) {
            let op = action.base;
            let mut usage = vec![bold(format!("ari {} {}", resource.name, action.name()))];
            for p in op.path_params() {
                usage.push(roman(" "));
                usage.push(italic(p.name));
            }
            for p in op.query_params().filter(|p| p.required) {
                usage.push(roman(format!(" --{} ", p.flag())));
                usage.push(italic(p.name));
            }
            roff.control("TP", []);
            roff.text(usage);
            let mut what = format!("{}. {} /ari{}", op.summary, op.method.as_str(), op.path);
            if let Some(twin) = action.twin {
                what.push_str(&format!(
                    "; with --{}: {} /ari{}",
                    twin.selected_by.unwrap_or_default(),
                    twin.method.as_str(),
                    twin.path
                ));
            }
            roff.text([roman(what)]);
        }
        // The media actions among the resource's own (`channels tap`, ...).
        for media in crate::media::verbs::of_resource(resource.name) {
            let mut usage = vec![bold(format!("ari {} {}", resource.name, media.get_name()))];
            for arg in media.get_positionals() {
                usage.push(roman(" "));
                usage.push(italic(arg.get_id().as_str().to_string()));
            }
            roff.control("TP", []);
            roff.text(usage);
            roff.text([roman(
                media.get_about().map(|a| a.to_string()).unwrap_or_default(),
            )]);
        }
    }
    roff.control("SS", ["Other commands"]);
    // Every command of the tree that is not a resource (events is both),
    // in the order `ari --help` lists them.
    let ari_own = root
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .filter(|name| {
            name == "events"
                || (!RESOURCES.iter().any(|r| r.name == name) && !name.starts_with("__"))
        })
        .filter(|name| name != "help")
        .collect::<Vec<_>>();
    for name in &ari_own {
        let name = name.as_str();
        let Some(cmd) = root.find_subcommand(name) else {
            continue;
        };
        if cmd.is_hide_set() {
            continue;
        }
        roff.control("TP", []);
        roff.text([bold(format!("ari {name}"))]);
        let about = if name == "events" {
            "With no action: tail the live events (see ari events --help)".to_string()
        } else {
            cmd.get_about().map(|a| a.to_string()).unwrap_or_default()
        };
        roff.text([roman(about)]);
        for sub in cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        {
            if name == "events" {
                continue;
            }
            roff.control("TP", []);
            roff.text([bold(format!("ari {name} {}", sub.get_name()))]);
            roff.text([roman(
                sub.get_about().map(|a| a.to_string()).unwrap_or_default(),
            )]);
        }
    }
}

/// The page, as roff.
pub fn page(ctx: &Context) -> Result<Vec<u8>> {
    let root = (ctx.root_only_tree)();
    let man = Man::new(root.clone())
        .manual("ari manual")
        .source(format!("ari {}", env!("CARGO_PKG_VERSION")));
    let mut out = Vec::new();
    let io = |e: std::io::Error| Error::internal(e.to_string());
    man.render_title(&mut out).map_err(io)?;
    man.render_name_section(&mut out).map_err(io)?;
    man.render_synopsis_section(&mut out).map_err(io)?;
    man.render_description_section(&mut out).map_err(io)?;
    man.render_options_section(&mut out).map_err(io)?;

    let mut roff = Roff::new();
    commands_section(&mut roff, &root);
    list_section(&mut roff, "EXIT STATUS", EXIT_CODES_HELP);
    list_section(&mut roff, "ENVIRONMENT", ENVIRONMENT_HELP);
    roff.control("SH", ["FILES"]);
    roff.control("TP", []);
    roff.text([bold("~/.config/ari/config.toml")]);
    roff.text([roman(
        "Profiles (the platform config directory; --config or ARI_CONFIG elsewhere). \
         See config.example.toml in the source for every key. ari profile add writes it with mode 0600.",
    )]);
    roff.control("TP", []);
    roff.text([bold("~/.local/share/ari/history")]);
    roff.text([roman("The REPL's history (the platform data directory).")]);
    roff.control("SH", ["EXAMPLES"]);
    for example in [
        "ari sim",
        "ari channels originate --endpoint PJSIP/alice --app hello --wait StasisStart --jq .channel.id",
        "ari channels play 1732000000.1 --media sound:hello-world --wait PlaybackFinished",
        "ari events -o summary --channel 1732000000.1",
        "for c in $(ari channels list -q); do ari channels hangup \"$c\"; done",
        "ari -p prod doctor",
    ] {
        roff.control("TP", []);
        roff.text([roman(example)]);
    }
    roff.to_writer(&mut out).map_err(io)?;
    man.render_version_section(&mut out).map_err(io)?;
    Ok(out)
}

pub fn run(ctx: &Context) -> Result<()> {
    use std::io::Write;
    let page = page(ctx)?;
    std::io::stdout().lock().write_all(&page)?;
    Ok(())
}
