//! How a client tells `ari sim` from a real Asterisk. The simulator names
//! itself in `asterisk info`'s build options, a field whose value Asterisk
//! fills from its compile-time options (`OPTIONAL_API`, `BUILD_NATIVE`...)
//! and never with this word, and whose shape (a string) stays Asterisk's.

use serde_json::Value;

/// The build option `ari sim` reports in `asterisk info`.
pub const BUILD_OPTION: &str = "ARI_SIMULATOR";

/// Whether `info` (the JSON of `GET /ari/asterisk/info`) comes from `ari sim`.
pub fn is_simulator(info: &Value) -> bool {
    info["build"]["options"].as_str().is_some_and(|options| {
        options
            .split(|c: char| c == ',' || c.is_whitespace())
            .any(|o| o == BUILD_OPTION)
    })
}

/// What a person calls the server: `Asterisk 22.10.1`, or `ari sim
/// (simulating Asterisk 22.10.1)`.
pub fn server_name(info: &Value) -> String {
    let version = info["system"]["version"]
        .as_str()
        .unwrap_or("(version unknown)");
    if is_simulator(info) {
        format!("ari sim (simulating Asterisk {version})")
    } else {
        format!("Asterisk {version}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_simulator_is_told_by_its_build_option() {
        let sim = json!({"build": {"options": BUILD_OPTION}, "system": {"version": "22.10.1"}});
        let pbx = json!({"build": {"options": "OPTIONAL_API, BUILD_NATIVE"}, "system": {"version": "22.10.1"}});
        assert_eq!(server_name(&sim), "ari sim (simulating Asterisk 22.10.1)");
        assert_eq!(server_name(&pbx), "Asterisk 22.10.1");
        assert!(!is_simulator(&json!({"system": {}})));
    }
}
