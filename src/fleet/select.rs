//! Which profiles `-p` names: one (the usual case), or several at once as a
//! comma list, a glob over profile names, a `[groups]` entry, or `all`.

use glob::Pattern;

use crate::config::{ConfigFile, Overrides, unknown_profile};
use crate::error::{Error, Result};

/// The profiles `-p` (or `ARI_PROFILE`) names when it names several; `None`
/// for a single profile, which takes the ordinary path.
pub fn targets(overrides: &Overrides, file: &ConfigFile) -> Result<Option<Vec<String>>> {
    let spec = match &overrides.profile {
        Some(p) => p.clone(),
        None => match std::env::var("ARI_PROFILE") {
            Ok(p) if !p.is_empty() => p,
            _ => return Ok(None),
        },
    };
    if file.profiles.contains_key(&spec) {
        return Ok(None);
    }
    let several =
        spec == "all" || spec.contains(',') || file.groups.contains_key(&spec) || is_glob(&spec);
    if !several {
        return Ok(None);
    }
    let mut names: Vec<String> = Vec::new();
    for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        for name in expand(part, file)? {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    if names.is_empty() {
        return Err(Error::usage(format!("-p '{spec}' names no profile")).with_hint(
            "list them with `ari profile list`; groups are the [groups] table of the config file",
        ));
    }
    Ok(Some(names))
}

fn is_glob(text: &str) -> bool {
    text.contains(['*', '?', '['])
}

/// One part of a list: a profile, a group (its members, in order), `all`
/// (every profile, by name), or a glob over profile names.
fn expand(part: &str, file: &ConfigFile) -> Result<Vec<String>> {
    if file.profiles.contains_key(part) {
        return Ok(vec![part.to_string()]);
    }
    if let Some(members) = file.groups.get(part) {
        for member in members {
            if !file.profiles.contains_key(member) {
                return Err(Error::usage(format!(
                    "group '{part}' names '{member}', which is not a profile"
                ))
                .with_hint(format!("see the [groups] table of {}", file.path.display())));
            }
        }
        return Ok(members.clone());
    }
    if part == "all" {
        return Ok(file.profiles.keys().cloned().collect());
    }
    if is_glob(part) {
        let pattern = Pattern::new(part)
            .map_err(|e| Error::usage(format!("invalid profile pattern '{part}': {}", e.msg)))?;
        return Ok(file
            .profiles
            .keys()
            .filter(|name| pattern.matches(name))
            .cloned()
            .collect());
    }
    Err(unknown_profile(part, file))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn file() -> ConfigFile {
        let mut profiles = BTreeMap::new();
        for name in ["eu-1", "eu-2", "us-1", "lab"] {
            profiles.insert(name.to_string(), Default::default());
        }
        let mut groups = BTreeMap::new();
        groups.insert("europe".to_string(), vec!["eu-2".into(), "eu-1".into()]);
        ConfigFile {
            path: "/x/config.toml".into(),
            explicit: false,
            exists: true,
            default: None,
            profiles,
            groups,
        }
    }

    fn pick(spec: &str) -> Result<Option<Vec<String>>> {
        let overrides = Overrides {
            profile: Some(spec.to_string()),
            ..Default::default()
        };
        targets(&overrides, &file())
    }

    #[test]
    fn lists_globs_groups_and_all() {
        assert_eq!(pick("lab").unwrap(), None);
        assert_eq!(pick("eu-*").unwrap().unwrap(), ["eu-1", "eu-2"]);
        assert_eq!(pick("europe").unwrap().unwrap(), ["eu-2", "eu-1"]);
        assert_eq!(
            pick("lab,eu-*,lab").unwrap().unwrap(),
            ["lab", "eu-1", "eu-2"]
        );
        assert_eq!(pick("all").unwrap().unwrap().len(), 4);
        assert!(pick("eu-9,lab").is_err());
        assert!(pick("asia-*").is_err());
        // A name that is not a profile and not a pattern: the ordinary error.
        assert_eq!(pick("nope").unwrap(), None);
    }
}
