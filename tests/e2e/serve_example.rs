//! The example handler `examples/ivr.sh`, run by the real `ari serve` against
//! a real Asterisk; and the copy of it in README.md, which must not drift.

use std::path::{Path, PathBuf};

use crate::support::asterisk;
use crate::support::calls::{Call, Originate};
use crate::support::serve::in_application;
use crate::support::{Sandbox, until};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// `Local/dtmf@lab` answers and sends 123# a second later, while the
/// example's prompt plays: the handler reads 123, plays hello-world and
/// hangs up, and nothing is left in the application.
#[test]
fn the_example_ivr_takes_the_123_branch_on_a_real_asterisk() {
    let Some(pbx) = asterisk::shared("the example IVR") else {
        return;
    };
    let app = "serve-example-ivr";
    let sb = Sandbox::new();
    let mut serve = sb.serve(&pbx.url, &["--app", app], &repo("examples/ivr.sh"));
    let id = sb
        .ari()
        .args(["--url", &pbx.url])
        .originate(Call::to_app("Local/dtmf@lab", app));
    let started = serve.wait_for("the call's start line", |l| {
        l.starts_with("ari: #1 ") && l.contains(" started ")
    });
    assert!(started.contains(&id), "{started}");
    serve.wait_for("the digits", |l| l == "#1 the caller typed '123'");
    serve.wait_for("the 123 branch", |l| l == "#1 code 123: hello world");
    let end = serve.end_of(1);
    assert!(
        end.contains(": handler exited 0; the call hung up"),
        "{end}"
    );
    until("no channel left in the application", || {
        !in_application(&sb, &pbx.url, app)
    });
    let (code, said) = serve.stop("TERM");
    assert_eq!(code, Some(0), "{said:?}");
    assert!(
        !said.iter().any(|l| l.contains("nobody answered")),
        "another branch ran too: {said:?}"
    );
}

/// README.md shows the whole example in a bash block; it is the file.
#[test]
fn the_readme_shows_the_example_ivr_as_it_is() {
    let script = std::fs::read_to_string(repo("examples/ivr.sh")).unwrap();
    let blocks = crate::support::readme_blocks(|_| true);
    let shown = blocks
        .iter()
        .find(|b| b.contains("ari call read --prompt"))
        .expect("README.md shows examples/ivr.sh");
    assert_eq!(
        shown, &script,
        "README.md's copy of examples/ivr.sh differs from the file"
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(repo("examples/ivr.sh"))
        .unwrap()
        .permissions()
        .mode();
    assert!(mode & 0o111 != 0, "examples/ivr.sh is not executable");
}
