use std::process::ExitCode;

fn main() -> ExitCode {
    match ari::dispatch::run(std::env::args_os()) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            ari::error::report(&e);
            ExitCode::from(e.exit_code())
        }
    }
}
