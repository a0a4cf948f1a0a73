//! A request as a handler reads it, and what a handler answers: the words
//! the handlers of every resource share.

use std::collections::HashMap;

use serde_json::Value;

use ari_spec::Operation;

/// A parsed request for one operation.
pub struct Request {
    pub op: &'static Operation,
    pub path: HashMap<&'static str, String>,
    pub query: HashMap<String, String>,
    pub body: Option<Value>,
}

impl Request {
    pub fn path(&self, name: &str) -> &str {
        self.path.get(name).map(String::as_str).unwrap_or("")
    }

    pub fn q(&self, name: &str) -> Option<&str> {
        self.query.get(name).map(String::as_str)
    }

    /// A comma-list parameter.
    pub fn list(&self, name: &str) -> Vec<String> {
        self.q(name)
            .map(|v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn int(&self, name: &str) -> Option<i64> {
        self.q(name).and_then(|v| v.trim().parse().ok())
    }

    pub fn flag(&self, name: &str) -> bool {
        matches!(self.q(name), Some("true" | "yes" | "1" | "on"))
    }

    /// `{"variables": {...}}` of the body, values as strings.
    pub fn variables(&self) -> Vec<(String, String)> {
        let Some(Value::Object(vars)) = self.body.as_ref().and_then(|b| b.get("variables")) else {
            return Vec::new();
        };
        vars.iter()
            .map(|(k, v)| {
                let value = match v {
                    Value::String(s) => s.clone(),
                    Value::Object(o) => o
                        .get("value")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string(),
                    other => other.to_string(),
                };
                (k.clone(), value)
            })
            .collect()
    }
}

/// What a handler answers.
pub enum Reply {
    Json(u16, Value),
    /// JSON already serialized (large lists).
    JsonText(u16, String),
    Empty(u16),
    Binary(&'static str, Vec<u8>),
    Error(u16, String),
}

pub fn error(status: u16, message: impl Into<String>) -> Reply {
    Reply::Error(status, message.into())
}

pub fn ok(value: Value) -> Reply {
    Reply::Json(200, value)
}

pub fn no_content() -> Reply {
    Reply::Empty(204)
}
