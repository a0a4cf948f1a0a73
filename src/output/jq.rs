//! `--jq EXPR`: a jq filter (jaq) over the JSON result. Compiled before any
//! request is sent, so a typo costs nothing on the server.

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;
use serde_json::Value;

use crate::error::{Error, Result, one_line};

type Data = data::JustLut<Val>;

pub struct JqFilter {
    filter: jaq_core::Filter<Data>,
}

/// One output of a filter.
#[derive(Debug, PartialEq)]
pub enum JqOutput {
    /// A string, printed raw (as `gh --jq` and `jq -r` do).
    Text(String),
    Json(Value),
}

/// Byte offset of a slice of `code` within it, for error positions.
fn offset_in(code: &str, part: &str) -> usize {
    (part.as_ptr() as usize)
        .saturating_sub(code.as_ptr() as usize)
        .min(code.len())
}

fn column(code: &str, part: &str) -> usize {
    code[..offset_in(code, part)].chars().count() + 1
}

impl JqFilter {
    pub fn compile(code: &str) -> Result<JqFilter> {
        let bad = |detail: String| Error::usage(format!("--jq: {detail}"));
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs());
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let arena = Arena::default();
        let loader = Loader::new(defs);
        let modules = loader
            .load(&arena, File { code, path: () })
            .map_err(|errors| {
                let at = |expect: &str, part: &str| {
                    format!("expected {expect} at column {}", column(code, part))
                };
                let detail = errors
                    .into_iter()
                    .flat_map(|(_, e)| match e {
                        jaq_core::load::Error::Io(io) => {
                            io.into_iter().map(|(_, m)| m).collect::<Vec<_>>()
                        }
                        jaq_core::load::Error::Lex(lex) => lex
                            .into_iter()
                            .map(|(e, part)| at(e.as_str(), part))
                            .collect(),
                        jaq_core::load::Error::Parse(parse) => parse
                            .into_iter()
                            .map(|(e, part)| at(e.as_str(), part))
                            .collect(),
                    })
                    .next()
                    .unwrap_or_else(|| "cannot parse the expression".into());
                bad(format!("syntax error: {detail} of '{code}'"))
            })?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errors| {
                let detail = errors
                    .into_iter()
                    .flat_map(|(_, errs)| errs)
                    .map(|(name, undefined)| format!("undefined {} '{name}'", undefined.as_str()))
                    .next()
                    .unwrap_or_else(|| "cannot compile the expression".into());
                bad(detail)
            })?;
        Ok(JqFilter { filter })
    }

    /// Run the filter on one input and collect its outputs.
    pub fn run(&self, input: &Value) -> Result<Vec<JqOutput>> {
        let bytes = serde_json::to_vec(input).map_err(|e| Error::internal(e.to_string()))?;
        let input = jaq_json::read::parse_single(&bytes)
            .map_err(|e| Error::internal(format!("--jq: cannot read the input: {e}")))?;
        let ctx = Ctx::<Data>::new(&self.filter.lut, Vars::new([]));
        let mut outputs = Vec::new();
        for result in self.filter.id.run((ctx, input)).map(unwrap_valr) {
            let val =
                result.map_err(|e| Error::usage(format!("--jq: {}", one_line(&e.to_string()))))?;
            outputs.push(match val {
                Val::TStr(bytes) => JqOutput::Text(String::from_utf8_lossy(&bytes).into_owned()),
                other => {
                    let text = other.to_string();
                    match serde_json::from_str(&text) {
                        Ok(json) => JqOutput::Json(json),
                        // Values JSON cannot hold (NaN, byte strings) print as jaq writes them.
                        Err(_) => JqOutput::Text(text),
                    }
                }
            });
        }
        Ok(outputs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn strings_come_out_raw_and_values_as_json() {
        let f = JqFilter::compile(".[] | .id, .n").unwrap();
        let out = f.run(&json!([{"id": "a", "n": 1}])).unwrap();
        assert_eq!(
            out,
            vec![JqOutput::Text("a".into()), JqOutput::Json(json!(1))]
        );
    }

    #[test]
    fn syntax_and_name_errors_are_usage_errors() {
        let e = JqFilter::compile(".[").err().unwrap();
        assert_eq!(e.exit_code(), 2);
        assert!(e.message.starts_with("--jq: syntax error"), "{}", e.message);
        let e = JqFilter::compile("nosuchfn").err().unwrap();
        assert!(
            e.message.contains("undefined filter 'nosuchfn'"),
            "{}",
            e.message
        );
    }

    #[test]
    fn runtime_errors_are_reported() {
        let f = JqFilter::compile(".a.b").unwrap();
        assert!(f.run(&json!({"a": [1]})).is_err());
    }
}
