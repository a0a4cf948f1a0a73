//! `events on`: a tail on a thread of its own whose lines appear above the
//! prompt, leaving the line being typed intact.

use std::io::Write;
use std::sync::{Arc, Mutex};

use rustyline::ExternalPrinter;

use super::line::Session;
use crate::cli::GlobalOptions;
use crate::error::{Error, Result};
use crate::events::style::EventStyle;

/// Where notices and event lines go: above the prompt, or stderr in a script.
pub type Print = Arc<dyn Fn(String) + Send + Sync>;

type SharedPrinter = Arc<Mutex<Box<dyn ExternalPrinter + Send>>>;

/// Print one line above the prompt. The line must end with its newline:
/// while a command runs the terminal is not in raw mode, and rustyline then
/// writes the text as it is, so without one the next prompt is drawn over
/// it (a StasisEnd arriving during `channels continue` was lost that way).
fn print(printer: &SharedPrinter, mut text: String) {
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let _ = printer
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .print(text);
}

/// Lines written to it go to `print` whole, one message per line, each after
/// `prefix` (a listener connection's tag, or nothing).
pub struct PrintedLines {
    prefix: String,
    print: Print,
    pending: Vec<u8>,
}

impl PrintedLines {
    pub fn new(prefix: String, print: Print) -> PrintedLines {
        PrintedLines {
            prefix,
            print,
            pending: Vec::new(),
        }
    }
}

impl Write for PrintedLines {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        while let Some(end) = self.pending.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = self.pending.drain(..=end).collect();
            (self.print)(format!(
                "{}{}",
                self.prefix,
                String::from_utf8_lossy(&line[..line.len() - 1])
            ));
        }
        Ok(())
    }
}

struct Running {
    stop: tokio::sync::oneshot::Sender<()>,
    thread: std::thread::JoinHandle<()>,
}

pub struct Background {
    printer: SharedPrinter,
    running: Option<Running>,
}

impl Background {
    pub fn new(printer: Box<dyn ExternalPrinter + Send>) -> Background {
        Background {
            printer: Arc::new(Mutex::new(printer)),
            running: None,
        }
    }

    /// A way for other threads to print above the prompt too.
    pub fn print_function(&self) -> Print {
        let printer = self.printer.clone();
        std::sync::Arc::new(move |text: String| print(&printer, text))
    }

    /// Start (or restart) the tail with `filters`, the options of `ari events`.
    pub fn start(&mut self, session: &Session, filters: &[String]) -> Result<()> {
        self.stop();
        let mut words = vec!["events".to_string()];
        words.extend(filters.iter().cloned());
        let args = session.args(&words);
        let root = &session.context().tree;
        let matches = root
            .as_ref()
            .clone()
            .try_get_matches_from(&args)
            .map_err(|e| crate::cli::usage_error(&e, root, &args))?;
        let globals = GlobalOptions::from_matches(&matches);
        let context = session.context().with_globals(globals.clone());
        let Some(("events", m)) = matches.subcommand() else {
            return Err(Error::usage("events on takes the options of `ari events`"));
        };
        let settings = context.settings()?;
        let mut options = crate::events::tail_options(m, &globals, &settings)?;
        // Above a prompt, one line per event reads best, fitted to the terminal.
        let style = EventStyle::above_prompt(&globals, Some(m))?;
        let notices = self.printer.clone();
        options.notify = Box::new(move |text: &str| print(&notices, text.to_string()));
        let printer = self.printer.clone();
        let lines = self.print_function();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let mut writer = style.writer(PrintedLines::new(String::new(), lines))?;
        let thread = crate::runtime::spawn_with_runtime("ari-repl-events", move || async move {
            let stopped = async {
                let _ = stopped.await;
                Ok(())
            };
            let result = crate::events::tail::tail(&settings, options, &mut writer, stopped).await;
            let _ = writer.flush();
            if let Err(e) = result
                && !e.message.is_empty()
            {
                print(&printer, format!("ari: events stopped: {}", e.message));
            }
        })?;
        self.running = Some(Running { stop, thread });
        Ok(())
    }

    pub fn stop(&mut self) {
        if let Some(running) = self.running.take() {
            let _ = running.stop.send(());
            let _ = running.thread.join();
        }
    }
}
