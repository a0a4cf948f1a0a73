//! `--curl`: the curl command line that does what `ari` would have done, for
//! bug reports and wiki pages. The password is never printed: it appears as a
//! shell variable the reader sets.

use std::borrow::Cow;

use crate::config::{DEFAULT_CONNECT_TIMEOUT, PasswordSource, Settings};
use crate::invocation::Invocation;

fn quote(text: &str) -> String {
    shell_escape::unix::escape(Cow::Borrowed(text)).into_owned()
}

/// Quote for inside double quotes, where `$VAR` must still expand.
fn double_quote_inner(text: &str) -> String {
    text.chars()
        .flat_map(|c| match c {
            '"' | '\\' | '$' | '`' => vec!['\\', c],
            _ => vec![c],
        })
        .collect()
}

pub fn command_line(inv: &Invocation, settings: &Settings) -> String {
    let mut words: Vec<String> = vec!["curl".into(), "-sS".into()];
    let user = double_quote_inner(&settings.username.value);
    match &settings.password.value {
        PasswordSource::None => words.push(format!("-u \"{user}\"")),
        source => words.push(format!("-u \"{user}:{}\"", source.shell_reference())),
    }
    if inv.method != "GET" {
        words.push(format!("-X {}", inv.method));
    }
    if settings.insecure.value {
        words.push("-k".into());
    }
    if let Some(cacert) = &settings.cacert {
        words.push(format!(
            "--cacert {}",
            quote(&cacert.value.to_string_lossy())
        ));
    }
    if let Some(max_time) = &settings.max_time {
        words.push(format!("--max-time {}", max_time.value.as_secs_f64()));
    }
    let connect = settings.connect_timeout.value.as_secs_f64();
    if connect != DEFAULT_CONNECT_TIMEOUT {
        words.push(format!("--connect-timeout {connect}"));
    }
    if let Some(body) = &inv.body {
        words.push("-H 'Content-Type: application/json'".into());
        words.push(format!("-d {}", quote(&body.to_string())));
    }
    if let Some(to) = &inv.download_to {
        words.push(format!("-o {}", quote(&to.to_string_lossy())));
    }
    words.push(quote(inv.url(&settings.url.value).as_str()));
    words.join(" ")
}
