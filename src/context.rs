//! What every command is given to run: the parsed global options, the
//! command tree and the config file, made once by the dispatcher and passed
//! down. Nothing below the dispatcher reads the config file or builds the
//! tree again; the commands' registry types live here too, so a command
//! (the REPL, `top`) needs nothing from the list that names it.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use clap::{ArgMatches, Command};
use serde_json::Value;

use crate::cli::GlobalOptions;
use crate::config::{ConfigFile, Settings};
use crate::error::Result;

/// Run one command line on the dispatcher, in a context (a REPL's line in
/// its session's): the same tree and the same loaded config.
pub type Dispatch = fn(&Context, Vec<OsString>) -> Result<Option<Value>>;

/// The command tree, built when asked.
pub type TreeBuilder = fn() -> Command;

/// A command: its name, its clap definition, and what runs it. It returns
/// the JSON result when there is one (the REPL's `$_` comes from it).
pub struct Registered {
    pub name: &'static str,
    pub define: fn() -> Command,
    pub run: fn(&ArgMatches, &Context) -> Result<Option<Value>>,
}

/// Cheap to clone: a REPL line or a background tail gets its own globals
/// and shares the rest.
#[derive(Clone)]
pub struct Context {
    pub globals: GlobalOptions,
    /// The whole command tree (help, completion, the REPL's and `top`'s
    /// command lines are parsed on it).
    pub tree: Arc<Command>,
    config: Arc<LoadedConfig>,
    /// Run another command line on the same dispatcher.
    pub dispatch: Dispatch,
    /// The tree with the global options on the root only: a man page and the
    /// static completion scripts list them once, not under every command.
    pub root_only_tree: TreeBuilder,
}

impl Context {
    pub fn new(
        globals: GlobalOptions,
        tree: Command,
        root_only_tree: TreeBuilder,
        dispatch: Dispatch,
    ) -> Context {
        Context {
            globals,
            tree: Arc::new(tree),
            config: Arc::default(),
            dispatch,
            root_only_tree,
        }
    }

    /// The same tree and config with other global options (a REPL line's).
    pub fn with_globals(&self, globals: GlobalOptions) -> Context {
        Context {
            globals,
            ..self.clone()
        }
    }

    /// The config file `--config` (or its default) names.
    pub fn config(&self) -> Result<Arc<ConfigFile>> {
        self.config_at(self.globals.connection.config.as_deref())
    }

    /// The config file at `flag` (a `--config` typed elsewhere: in a REPL
    /// line, in a line being completed).
    pub fn config_at(&self, flag: Option<&Path>) -> Result<Arc<ConfigFile>> {
        self.config.get(flag)
    }

    /// The connection settings of this command line.
    pub fn settings(&self) -> Result<Settings> {
        Settings::resolve(&self.globals.connection, &*self.config()?)
    }

    /// The config file changed on disk (`ari profile add` in a REPL): read
    /// it again when next asked.
    pub fn config_changed(&self) {
        self.config.forget();
    }
}

/// The config file, read when first needed (a command that needs none, as
/// `ari sim`, works with a broken one) and then kept.
#[derive(Default)]
struct LoadedConfig {
    kept: Mutex<Option<(Option<PathBuf>, Arc<ConfigFile>)>>,
}

impl LoadedConfig {
    fn get(&self, flag: Option<&Path>) -> Result<Arc<ConfigFile>> {
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((read_for, file)) = kept.as_ref()
            && read_for.as_deref() == flag
        {
            return Ok(file.clone());
        }
        let file = Arc::new(ConfigFile::load(flag)?);
        *kept = Some((flag.map(Path::to_path_buf), file.clone()));
        Ok(file)
    }

    fn forget(&self) {
        *self.kept.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}
