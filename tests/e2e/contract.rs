//! The operation table against Asterisk's own API description
//! (`../shared/ari-api-docs/*.json`): any difference in operations, paths,
//! methods, parameters, required, allowMultiple, allowableValues, defaults or
//! response classes fails. Skipped (and says so) when `../shared` is absent.

use std::collections::BTreeMap;

use ari::spec::{DataType, Location, OPERATIONS, Operation, RESOURCES};
use serde_json::Value;

use crate::support::shared_dir;

fn load_spec() -> Option<BTreeMap<String, Value>> {
    let Some(shared) = shared_dir() else {
        eprintln!("SKIPPED: contract test: ../shared/ari-api-docs not found beside the repository");
        return None;
    };
    let mut files = BTreeMap::new();
    for resource in RESOURCES {
        let path = shared
            .join("ari-api-docs")
            .join(format!("{}.json", resource.api_name));
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        files.insert(
            resource.api_name.to_string(),
            serde_json::from_str(&text).unwrap(),
        );
    }
    Some(files)
}

fn api_name(op: &Operation) -> &'static str {
    RESOURCES
        .iter()
        .find(|r| r.name == op.resource)
        .map(|r| r.api_name)
        .unwrap()
}

fn location_name(l: Location) -> &'static str {
    match l {
        Location::Path => "path",
        Location::Query => "query",
        Location::Body => "body",
    }
}

/// A spec default as text (`false`, `0`, `fail`).
fn default_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[test]
fn table_matches_asterisk_api_description() {
    let Some(spec) = load_spec() else { return };
    let mut problems = Vec::new();
    let mut seen = 0;

    for (file, doc) in &spec {
        for api in doc["apis"].as_array().unwrap() {
            let path = api["path"].as_str().unwrap();
            for sop in api["operations"].as_array().unwrap() {
                seen += 1;
                let nickname = sop["nickname"].as_str().unwrap();
                let here = format!("{file}.{nickname}");
                let Some(op) = OPERATIONS
                    .iter()
                    .find(|op| api_name(op) == file && op.nickname == nickname)
                else {
                    problems.push(format!("{here}: missing from the table"));
                    continue;
                };
                if op.path != path {
                    problems.push(format!("{here}: path {} != {path}", op.path));
                }
                if op.method.as_str() != sop["httpMethod"].as_str().unwrap() {
                    problems.push(format!(
                        "{here}: method {} != {}",
                        op.method.as_str(),
                        sop["httpMethod"]
                    ));
                }
                if op.returns != sop["responseClass"].as_str().unwrap_or("") {
                    problems.push(format!(
                        "{here}: returns {} != {}",
                        op.returns, sop["responseClass"]
                    ));
                }
                let mut since: Vec<&str> = sop["since"]
                    .as_array()
                    .map(|v| v.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                since.sort_by_key(|v| ari::spec::versions::parse(v));
                if op.since != since.as_slice() {
                    problems.push(format!("{here}: since {:?} != {since:?}", op.since));
                }
                if op.websocket != (sop.get("upgrade").and_then(Value::as_str) == Some("websocket"))
                {
                    problems.push(format!("{here}: websocket flag differs"));
                }
                let sparams = sop["parameters"].as_array().cloned().unwrap_or_default();
                let names: Vec<&str> = sparams
                    .iter()
                    .map(|p| p["name"].as_str().unwrap())
                    .collect();
                let table_names: Vec<&str> = op.params.iter().map(|p| p.name).collect();
                if names != table_names {
                    problems.push(format!("{here}: parameters {table_names:?} != {names:?}"));
                }
                for sp in &sparams {
                    let name = sp["name"].as_str().unwrap();
                    let Some(p) = op.param(name) else { continue };
                    let at = format!("{here}.{name}");
                    let location = sp["paramType"].as_str().unwrap();
                    if location_name(p.location) != location {
                        problems.push(format!(
                            "{at}: in {} != {location}",
                            location_name(p.location)
                        ));
                    }
                    // Path parameters are always required, whatever the file says.
                    let required = sp["required"].as_bool().unwrap_or(location == "path");
                    if p.required != required {
                        problems.push(format!("{at}: required {} != {required}", p.required));
                    }
                    let multiple = sp["allowMultiple"].as_bool().unwrap_or(false);
                    if p.multiple != multiple {
                        problems.push(format!("{at}: allowMultiple {} != {multiple}", p.multiple));
                    }
                    let data_type = sp["dataType"].as_str().unwrap_or("");
                    if p.data_type.ari_name() != data_type {
                        problems.push(format!(
                            "{at}: type {} != {data_type}",
                            p.data_type.ari_name()
                        ));
                    }
                    let allowed: Vec<&str> = sp["allowableValues"]["values"]
                        .as_array()
                        .map(|v| v.iter().filter_map(Value::as_str).collect())
                        .unwrap_or_default();
                    if p.allowed != allowed.as_slice() {
                        problems.push(format!(
                            "{at}: allowableValues {:?} != {allowed:?}",
                            p.allowed
                        ));
                    }
                    let default = sp.get("defaultValue").map(default_text);
                    if p.default.map(str::to_string) != default {
                        problems.push(format!("{at}: default {:?} != {default:?}", p.default));
                    }
                    if p.location == Location::Body
                        && !matches!(p.data_type, DataType::Containers | DataType::Object)
                    {
                        problems.push(format!("{at}: a body parameter the CLI cannot fill"));
                    }
                }
            }
        }
    }
    if seen != OPERATIONS.len() {
        problems.push(format!(
            "the spec has {seen} operations, the table {}",
            OPERATIONS.len()
        ));
    }
    assert!(
        problems.is_empty(),
        "table differs from the spec:\n{}",
        problems.join("\n")
    );
    assert_eq!(seen, 109);
}

#[test]
fn every_rest_operation_is_reachable_from_the_command_line() {
    // Each non-WebSocket operation is a base action or the twin a flag selects.
    let mut reachable = 0;
    for resource in RESOURCES {
        for action in ari::spec::actions_of(resource.name) {
            reachable += 1 + usize::from(action.twin.is_some());
        }
    }
    let rest = OPERATIONS.iter().filter(|op| !op.websocket).count();
    assert_eq!(reachable, rest);
    assert_eq!(rest, 108);
}

#[test]
fn the_event_type_list_matches_the_event_models() {
    let Some(shared) = shared_dir() else {
        eprintln!("SKIPPED: event types: ../shared/ari-api-docs not found");
        return;
    };
    let text = std::fs::read_to_string(shared.join("ari-api-docs/events.json")).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    let mut spec: Vec<&str> = doc["models"]["Event"]["subTypes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    spec.sort();
    let mut ours: Vec<&str> = ari::spec::EVENT_TYPES.to_vec();
    ours.sort();
    assert_eq!(ours, spec);
}
