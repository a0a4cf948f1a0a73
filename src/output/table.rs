//! `-o table`: aligned columns, no borders, like `kubectl get`.

use std::io::Write;

use comfy_table::{ContentArrangement, Table, presets};
use serde_json::{Map, Value};

use super::models::{scalar_text, view_of};

pub fn write(value: &Value, model: Option<&str>, out: &mut dyn Write) -> std::io::Result<()> {
    let table = match value {
        Value::Array(items) if items.is_empty() => return Ok(()),
        Value::Array(items) => rows_table(items, model),
        Value::Object(map) => match model.and_then(view_of) {
            Some(_) => rows_table(std::slice::from_ref(value), model),
            None => key_value_table(map),
        },
        Value::Null => return Ok(()),
        scalar => {
            return writeln!(out, "{}", scalar_text(scalar));
        }
    };
    for line in table.lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

fn new_table() -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled);
    table
}

fn pad(table: &mut Table) {
    for column in table.column_iter_mut() {
        column.set_padding((0, 2));
    }
}

/// One row per object, with the model's columns or, for an unknown model, the
/// scalar fields in the order they first appear.
fn rows_table(items: &[Value], model: Option<&str>) -> Table {
    let mut table = new_table();
    if let Some(view) = model.and_then(view_of) {
        table.set_header(view.columns.iter().map(|(h, _)| *h).collect::<Vec<_>>());
        for item in items {
            table.add_row(
                view.columns
                    .iter()
                    .map(|(_, c)| c.text(item))
                    .collect::<Vec<_>>(),
            );
        }
    } else {
        let mut keys: Vec<&str> = Vec::new();
        for item in items {
            if let Value::Object(map) = item {
                for (k, v) in map {
                    if !v.is_object() && !v.is_array() && !keys.contains(&k.as_str()) {
                        keys.push(k);
                    }
                }
            }
        }
        if keys.is_empty() {
            table.set_header(vec!["VALUE"]);
            for item in items {
                table.add_row(vec![scalar_text(item)]);
            }
        } else {
            table.set_header(keys.iter().map(|k| k.to_uppercase()).collect::<Vec<_>>());
            for item in items {
                table.add_row(
                    keys.iter()
                        .map(|k| item.get(*k).map(scalar_text).unwrap_or_default())
                        .collect::<Vec<_>>(),
                );
            }
        }
    }
    pad(&mut table);
    table
}

/// KEY VALUE rows for a single object; nested objects flatten to dotted keys.
fn key_value_table(map: &Map<String, Value>) -> Table {
    let mut rows = Vec::new();
    flatten("", map, &mut rows);
    let mut table = new_table();
    table.set_header(vec!["KEY", "VALUE"]);
    for (k, v) in rows {
        table.add_row(vec![k, v]);
    }
    pad(&mut table);
    table
}

fn flatten(prefix: &str, map: &Map<String, Value>, rows: &mut Vec<(String, String)>) {
    for (k, v) in map {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            Value::Object(inner) if !inner.is_empty() => flatten(&key, inner, rows),
            Value::Array(_) | Value::Object(_) => rows.push((key, v.to_string())),
            _ => rows.push((key, scalar_text(v))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(value: Value, model: Option<&str>) -> String {
        let mut out = Vec::new();
        write(&value, model, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn known_models_get_their_columns() {
        let text = render(
            json!([{"id": "1.1", "name": "PJSIP/a-1", "state": "Up",
                    "caller": {"name": "A", "number": "1"}, "connected": {"name": "", "number": ""},
                    "dialplan": {"context": "c", "exten": "e", "priority": 2}, "creationtime": "t"}]),
            Some("Channel"),
        );
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].starts_with("ID"), "{text}");
        assert!(lines[0].contains("DIALPLAN"));
        assert!(
            lines[1].contains("A <1>") && lines[1].contains("c,e,2"),
            "{text}"
        );
    }

    #[test]
    fn unknown_objects_flatten() {
        let text = render(json!({"build": {"os": "Linux"}, "n": 1}), None);
        assert!(
            text.contains("build.os") && text.contains("Linux"),
            "{text}"
        );
    }
}
