//! `/ari/api-docs/`: the simulator describes its API the way Asterisk does
//! (Swagger 1.1), generated from the operation table, so `ari doctor` can
//! compare a server's operations with its own.

use serde_json::{Map, Value, json};

use ari_spec::{Location, OPERATIONS, RESOURCES};

/// The ARI version of the Asterisk the simulator imitates (22.10.1).
pub const API_VERSION: &str = "10.0.0";

pub fn resources(base: &str) -> Value {
    let apis: Vec<Value> = RESOURCES
        .iter()
        .map(|r| json!({"path": format!("/api-docs/{}.{{format}}", r.api_name), "description": r.summary}))
        .collect();
    json!({
        "apiVersion": API_VERSION,
        "swaggerVersion": "1.1",
        "basePath": base,
        "apis": apis,
    })
}

/// `channels.json` and the like; `None` for an unknown resource.
pub fn resource(api_name: &str, base: &str) -> Option<Value> {
    let resource = RESOURCES.iter().find(|r| r.api_name == api_name)?;
    let mut apis: Vec<(String, Vec<Value>)> = Vec::new();
    for op in OPERATIONS.iter().filter(|op| op.resource == resource.name) {
        let parameters: Vec<Value> = op
            .params
            .iter()
            .map(|p| {
                let mut param = Map::new();
                param.insert("name".into(), json!(p.name));
                param.insert("description".into(), json!(p.description()));
                param.insert(
                    "paramType".into(),
                    json!(match p.location {
                        Location::Path => "path",
                        Location::Query => "query",
                        Location::Body => "body",
                    }),
                );
                param.insert("required".into(), json!(p.required));
                param.insert("allowMultiple".into(), json!(p.multiple));
                param.insert("dataType".into(), json!(p.data_type.ari_name()));
                if !p.allowed.is_empty() {
                    param.insert(
                        "allowableValues".into(),
                        json!({"valueType": "LIST", "values": p.allowed}),
                    );
                }
                if let Some(default) = p.default {
                    param.insert("defaultValue".into(), json!(default));
                }
                Value::Object(param)
            })
            .collect();
        let mut operation = json!({
            "httpMethod": op.method.as_str(),
            "summary": op.summary,
            "nickname": op.nickname,
            "responseClass": op.returns,
            "parameters": parameters,
        });
        if op.websocket {
            operation["upgrade"] = json!("websocket");
        }
        match apis.iter_mut().find(|(path, _)| path == op.path) {
            Some((_, ops)) => ops.push(operation),
            None => apis.push((op.path.to_string(), vec![operation])),
        }
    }
    let apis: Vec<Value> = apis
        .into_iter()
        .map(
            |(path, operations)| json!({"path": path, "description": "", "operations": operations}),
        )
        .collect();
    Some(json!({
        "apiVersion": API_VERSION,
        "swaggerVersion": "1.1",
        "basePath": base,
        "resourcePath": format!("/api-docs/{api_name}.{{format}}"),
        "apis": apis,
        "models": {},
    }))
}
