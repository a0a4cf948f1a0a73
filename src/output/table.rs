//! `-o table`: aligned columns, no borders, like `kubectl get`.

use std::io::Write;

use comfy_table::{ContentArrangement, Table, presets};
use serde_json::{Map, Value};

use super::models::{ModelView, Order, scalar_text, timestamp_ms, view_of};

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
    let rows: Vec<(Option<&str>, &Value)> = items.iter().map(|i| (None, i)).collect();
    tagged_rows_table(&rows, model)
}

/// Rows led by the server each came from (a fleet's merged results).
pub fn write_tagged(
    results: &[(&str, &Value)],
    model: Option<&str>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut rows: Vec<(Option<&str>, &Value)> = Vec::new();
    let mut flat: Vec<(Option<&str>, String, String)> = Vec::new();
    for (profile, value) in results {
        match value {
            Value::Array(items) => rows.extend(items.iter().map(|i| (Some(*profile), i))),
            Value::Object(map) if model.and_then(view_of).is_none() => {
                let mut pairs = Vec::new();
                flatten("", map, &mut pairs);
                flat.extend(pairs.into_iter().map(|(k, v)| (Some(*profile), k, v)));
            }
            Value::Null => {}
            other => rows.push((Some(*profile), other)),
        }
    }
    let table = if !flat.is_empty() {
        let mut table = new_table();
        table.set_header(vec!["PROFILE", "KEY", "VALUE"]);
        for (p, k, v) in flat {
            table.add_row(vec![p.unwrap_or("").to_string(), k, v]);
        }
        pad(&mut table);
        table
    } else if rows.is_empty() {
        return Ok(());
    } else {
        tagged_rows_table(&rows, model)
    };
    for line in table.lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// Rows, each optionally led by a PROFILE cell.
fn tagged_rows_table(items: &[(Option<&str>, &Value)], model: Option<&str>) -> Table {
    let mut table = new_table();
    let tagged = items.iter().any(|(p, _)| p.is_some());
    let lead = |header: Vec<String>| -> Vec<String> {
        if tagged {
            std::iter::once("PROFILE".to_string())
                .chain(header)
                .collect()
        } else {
            header
        }
    };
    let row = |profile: Option<&str>, cells: Vec<String>| -> Vec<String> {
        if tagged {
            std::iter::once(profile.unwrap_or("").to_string())
                .chain(cells)
                .collect()
        } else {
            cells
        }
    };
    if let Some(view) = model.and_then(view_of) {
        table.set_header(lead(
            view.columns.iter().map(|(h, _)| h.to_string()).collect(),
        ));
        for (profile, item) in in_order(items, view) {
            table.add_row(row(
                *profile,
                view.columns.iter().map(|(_, c)| c.text(item)).collect(),
            ));
        }
    } else {
        let mut keys: Vec<&str> = Vec::new();
        for (_, item) in items {
            if let Value::Object(map) = item {
                for (k, v) in map {
                    if !v.is_object() && !v.is_array() && !keys.contains(&k.as_str()) {
                        keys.push(k);
                    }
                }
            }
        }
        if keys.is_empty() {
            table.set_header(lead(vec!["VALUE".to_string()]));
            for (profile, item) in items {
                table.add_row(row(*profile, vec![scalar_text(item)]));
            }
        } else {
            table.set_header(lead(keys.iter().map(|k| k.to_uppercase()).collect()));
            for (profile, item) in items {
                table.add_row(row(
                    *profile,
                    keys.iter()
                        .map(|k| item.get(*k).map(scalar_text).unwrap_or_default())
                        .collect(),
                ));
            }
        }
    }
    pad(&mut table);
    table
}

/// The rows in the model's order; a fleet's stay grouped by server.
fn in_order<'a>(
    items: &'a [(Option<&'a str>, &'a Value)],
    view: &ModelView,
) -> Vec<&'a (Option<&'a str>, &'a Value)> {
    let mut rows: Vec<_> = items.iter().collect();
    let id = |item: &Value| natural_key(&view.id.text(item));
    match view.order {
        Order::Given => {}
        Order::Id => rows.sort_by_cached_key(|(profile, item)| (*profile, id(item))),
        Order::Created(field) => rows.sort_by_cached_key(|(profile, item)| {
            let created = item
                .get(field)
                .and_then(Value::as_str)
                .and_then(timestamp_ms)
                .unwrap_or(i64::MAX);
            (*profile, created, id(item))
        }),
    }
    rows
}

/// Ids such as `1796416582.10` sort as numbers part by part, so `.9`
/// comes before `.10`.
fn natural_key(id: &str) -> Vec<(Option<u64>, String)> {
    id.split('.')
        .map(|part| match part.parse::<u64>() {
            Ok(n) => (Some(n), String::new()),
            Err(_) => (None, part.to_string()),
        })
        .collect()
}

/// What an empty list is called at a terminal ("no channels"), so an empty
/// table is not mistaken for a hung command or a broken one.
pub fn empty_note(model: Option<&str>) -> String {
    match model.and_then(view_of) {
        Some(view) => format!("no {}", view.plural),
        None => "no results".to_string(),
    }
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
    fn channels_come_oldest_first_and_names_by_id() {
        let text = render(
            json!([
                {"id": "9.2", "creationtime": "2026-01-01T10:00:02.000+0000"},
                {"id": "9.10", "creationtime": "2026-01-01T10:00:01.000+0000"},
                {"id": "9.9", "creationtime": "2026-01-01T10:00:01.000+0000"},
                {"id": "9.3", "creationtime": "2026-01-01T11:00:00.000+0100"},
            ]),
            Some("Channel"),
        );
        let ids: Vec<&str> = text
            .lines()
            .skip(1)
            .map(|l| l.split_whitespace().next().unwrap())
            .collect();
        assert_eq!(ids, ["9.3", "9.9", "9.10", "9.2"], "{text}");
        let text = render(json!([{"name": "b"}, {"name": "a"}]), Some("Application"));
        let names: Vec<&str> = text.lines().skip(1).map(str::trim).collect();
        assert_eq!(names, ["a", "b"], "{text}");
        assert_eq!(empty_note(Some("Bridge")), "no bridges");
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
