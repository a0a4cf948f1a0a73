//! `-o table`: aligned columns, no borders, like `kubectl get`. At a
//! terminal narrower than the table, the least useful columns are left out
//! and long free text is cut (see `fit`), so each row stays one line; into
//! a pipe the table is whole.

use std::io::Write;

use comfy_table::{ContentArrangement, Table, presets};
use serde_json::{Map, Value};

use super::fit::{self, Give, Measure, Plan};
use super::model_view::{ModelView, Order, scalar_text, view_of};
use super::width::{cut_end, text_width};
use crate::clock::timestamp_ms;

/// What fitting a table to the terminal gave up, for a note on stderr.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Fitted {
    pub left_out: Vec<String>,
    pub cut: bool,
    pub limit: usize,
}

impl Fitted {
    /// The line for stderr (`ari: left out to fit 80 columns: CONNECTED,
    /// DIALPLAN (-o json has all)`); none when the table is whole.
    pub fn note(&self) -> Option<String> {
        let left_out: Vec<&str> = self.left_out.iter().map(String::as_str).collect();
        fit::note(&left_out, self.cut, self.limit)
    }
}

/// `value` as a table, fitted to `limit` columns when there is one.
pub fn write(
    value: &Value,
    model: Option<&str>,
    limit: Option<usize>,
    out: &mut dyn Write,
) -> std::io::Result<Fitted> {
    let grid = match value {
        Value::Array(items) if items.is_empty() => return Ok(Fitted::default()),
        Value::Array(items) => rows_grid(items, model),
        Value::Object(map) => match model.and_then(view_of) {
            Some(_) => rows_grid(std::slice::from_ref(value), model),
            None => key_value_grid(map),
        },
        Value::Null => return Ok(Fitted::default()),
        scalar => {
            writeln!(out, "{}", scalar_text(scalar))?;
            return Ok(Fitted::default());
        }
    };
    grid.write(limit, out)
}

/// A table before it is laid out: each column's header and what it gives
/// up on a narrow terminal, then the rows' cells.
struct Grid {
    headers: Vec<String>,
    gives: Vec<Give>,
    rows: Vec<Vec<String>>,
}

impl Grid {
    fn new(columns: impl IntoIterator<Item = (String, Give)>) -> Grid {
        let (headers, gives) = columns.into_iter().unzip();
        Grid {
            headers,
            gives,
            rows: Vec::new(),
        }
    }

    fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// The plan for `limit` columns: whole when there is none.
    fn plan(&self, limit: Option<usize>) -> Plan {
        let Some(limit) = limit else {
            return Plan::whole(self.headers.len());
        };
        let measures: Vec<Measure> = (0..self.headers.len())
            .map(|i| Measure {
                header: text_width(&self.headers[i]),
                widest: self
                    .rows
                    .iter()
                    .filter_map(|row| row.get(i))
                    .map(|cell| cell.lines().map(text_width).max().unwrap_or(0))
                    .max()
                    .unwrap_or(0),
                give: self.gives[i],
            })
            .collect();
        fit::plan(&measures, limit)
    }

    /// Lay the table out within `limit` columns and write it.
    fn write(self, limit: Option<usize>, out: &mut dyn Write) -> std::io::Result<Fitted> {
        let plan = self.plan(limit);
        let mut table = Table::new();
        table
            .load_style(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled);
        table.set_header(plan.shown.iter().map(|&i| self.headers[i].as_str()));
        for row in &self.rows {
            table.add_row(plan.shown.iter().map(|&i| {
                let cell = row.get(i).map(String::as_str).unwrap_or_default();
                match plan.caps[i] {
                    Some(cap) => {
                        let mut short = String::new();
                        cut_end(&mut short, cell, cap);
                        short
                    }
                    None => cell.to_string(),
                }
            }));
        }
        for column in table.column_iter_mut() {
            column.set_padding((0, fit::GAP as u16));
        }
        for line in table.lines() {
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(Fitted {
            left_out: plan
                .left_out
                .iter()
                .map(|&i| self.headers[i].clone())
                .collect(),
            cut: plan.caps.iter().any(Option::is_some),
            limit: limit.unwrap_or_default(),
        })
    }
}

/// One row per object, with the model's columns or, for an unknown model, the
/// scalar fields in the order they first appear.
fn rows_grid(items: &[Value], model: Option<&str>) -> Grid {
    let rows: Vec<(Option<&str>, &Value)> = items.iter().map(|i| (None, i)).collect();
    tagged_rows_grid(&rows, model)
}

/// Rows led by the server each came from (a fleet's merged results); the
/// PROFILE column is never left out.
pub fn write_tagged(
    results: &[(&str, &Value)],
    model: Option<&str>,
    limit: Option<usize>,
    out: &mut dyn Write,
) -> std::io::Result<Fitted> {
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
    let grid = if !flat.is_empty() {
        let mut grid = Grid::new([
            ("PROFILE".to_string(), Give::NOTHING),
            ("KEY".to_string(), Give::NOTHING),
            ("VALUE".to_string(), Give::TEXT),
        ]);
        for (p, k, v) in flat {
            grid.push(vec![p.unwrap_or("").to_string(), k, v]);
        }
        grid
    } else if rows.is_empty() {
        return Ok(Fitted::default());
    } else {
        tagged_rows_grid(&rows, model)
    };
    grid.write(limit, out)
}

/// Rows, each optionally led by a PROFILE cell.
fn tagged_rows_grid(items: &[(Option<&str>, &Value)], model: Option<&str>) -> Grid {
    let tagged = items.iter().any(|(p, _)| p.is_some());
    let lead = |columns: Vec<(String, Give)>| -> Vec<(String, Give)> {
        if tagged {
            std::iter::once(("PROFILE".to_string(), Give::NOTHING))
                .chain(columns)
                .collect()
        } else {
            columns
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
        let mut grid = Grid::new(lead(
            view.columns
                .iter()
                .map(|c| (c.header.to_string(), c.give))
                .collect(),
        ));
        for (profile, item) in in_order(items, view) {
            grid.push(row(
                *profile,
                view.columns.iter().map(|c| c.cell.text(item)).collect(),
            ));
        }
        return grid;
    }
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
        let mut grid = Grid::new(lead(vec![("VALUE".to_string(), Give::NOTHING)]));
        for (profile, item) in items {
            grid.push(row(*profile, vec![scalar_text(item)]));
        }
        return grid;
    }
    let mut grid = Grid::new(lead(
        keys.iter()
            .enumerate()
            .map(|(i, k)| (k.to_uppercase(), unknown_column(i, keys.len())))
            .collect(),
    ));
    for (profile, item) in items {
        grid.push(row(
            *profile,
            keys.iter()
                .map(|k| item.get(*k).map(scalar_text).unwrap_or_default())
                .collect(),
        ));
    }
    grid
}

/// Fields of an unknown object: the first names the row and stays; the others
/// are left out from the right, never cut (any of them may be an id).
fn unknown_column(index: usize, count: usize) -> Give {
    if index == 0 {
        Give::NOTHING
    } else {
        Give::column(u8::try_from(count - index).unwrap_or(u8::MAX))
    }
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
fn key_value_grid(map: &Map<String, Value>) -> Grid {
    let mut rows = Vec::new();
    flatten("", map, &mut rows);
    let mut grid = Grid::new([
        ("KEY".to_string(), Give::NOTHING),
        ("VALUE".to_string(), Give::TEXT),
    ]);
    for (k, v) in rows {
        grid.push(vec![k, v]);
    }
    grid
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
        write(&value, model, None, &mut out).unwrap();
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

    /// Three Local channels as a real Asterisk 22.10.1 lists them.
    fn kit_channels() -> Value {
        let channel = |id: &str, name: &str, caller: &str, exten: &str, app: &str| {
            json!({"id": id, "name": name, "state": "Up",
                   "caller": {"name": caller, "number": "1001"},
                   "connected": {"name": caller, "number": "1001"},
                   "dialplan": {"context": "lab", "exten": exten, "priority": 2,
                                "app_name": app, "app_data": "(Outgoing Line)"},
                   "creationtime": "2026-12-04T21:26:13.000+0000"})
        };
        json!([
            channel(
                "1796419573.0",
                "Local/wait@lab-00000000;1",
                "Alice Anderson",
                "echo",
                "AppDial2"
            ),
            channel(
                "1796419573.1",
                "Local/wait@lab-00000000;2",
                "Alice Anderson",
                "wait",
                "Wait"
            ),
            channel(
                "1796419573.12",
                "Local/congestion@lab-0000000a;2",
                "",
                "congestion",
                "Congestion"
            ),
        ])
    }

    fn fitted(value: &Value, limit: Option<usize>, profiles: bool) -> (String, Fitted) {
        let mut out = Vec::new();
        let fitted = if profiles {
            write_tagged(
                &[("eu-1", value), ("eu-2", value)],
                Some("Channel"),
                limit,
                &mut out,
            )
        } else {
            write(value, Some("Channel"), limit, &mut out)
        }
        .unwrap();
        (String::from_utf8(out).unwrap(), fitted)
    }

    #[test]
    fn at_a_width_rows_fit_and_ids_and_names_stay_whole() {
        let channels = kit_channels();
        let (whole, nothing) = fitted(&channels, None, false);
        assert_eq!(nothing, Fitted::default());
        assert!(whole.lines().next().unwrap().len() > 130, "{whole}");
        for profiles in [false, true] {
            let (text, fitted) = fitted(&channels, Some(80), profiles);
            for line in text.lines() {
                assert!(text_width(line) <= 80, "{text}");
            }
            for item in channels.as_array().unwrap() {
                let (id, name) = (item["id"].as_str().unwrap(), item["name"].as_str().unwrap());
                let lead = usize::from(profiles);
                assert!(
                    text.lines().any(|l| {
                        let words: Vec<&str> = l.split_whitespace().skip(lead).take(2).collect();
                        words == [id, name]
                    }),
                    "{text}"
                );
            }
            assert!(
                fitted.left_out.starts_with(&["CONNECTED".to_string()]),
                "{fitted:?}"
            );
            assert!(fitted.note().unwrap().len() <= 80);
            assert_eq!(text.starts_with("PROFILE  ID"), profiles, "{text}");
        }
        // Wide enough: whole, and nothing to say.
        let (text, fitted) = fitted(&channels, Some(200), false);
        assert_eq!((text, fitted.note()), (whole, None));
    }

    #[test]
    fn unknown_fields_go_from_the_right_and_are_never_cut() {
        let rows = json!([{"key": "k1", "a": "x".repeat(30), "b": "y".repeat(30)}]);
        let mut out = Vec::new();
        let fitted = write(&rows, None, Some(40), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(fitted.left_out, ["B"], "{text}");
        assert!(text.contains(&"x".repeat(30)), "{text}");
    }
}
