//! The ARI operation table: one data entry per operation of the Asterisk REST
//! Interface. The command-line parser, help, validation, request building and
//! the contract test against Asterisk's own API description all read it, so an
//! operation is described exactly once.

pub mod causes;
mod event_types;
mod glossary;
mod operations;
mod resources;
pub mod values;
pub mod versions;

pub use event_types::EVENT_TYPES;
pub use glossary::{example_value, param_doc};
pub use operations::OPERATIONS;
pub use resources::RESOURCES;

/// HTTP method of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}

/// Where a parameter travels in the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Path,
    Query,
    Body,
}

/// ARI data type of a parameter, as far as the command line cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataType {
    String,
    Int,
    Long,
    Boolean,
    /// A free-form JSON object body (`applications filter`).
    Object,
    /// A key/value container body (`variables`, `fields`).
    Containers,
}

impl DataType {
    /// The name Asterisk's API description uses.
    pub fn ari_name(self) -> &'static str {
        match self {
            DataType::String => "string",
            DataType::Int => "int",
            DataType::Long => "long",
            DataType::Boolean => "boolean",
            DataType::Object => "object",
            DataType::Containers => "containers",
        }
    }
}

/// What a string parameter means to Asterisk, where that lets `ari` check
/// it before sending (Asterisk takes these values, then quietly does nothing)
/// or say afterwards what will happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    /// Nothing `ari` can check.
    Plain,
    /// A media URI to play (`sound:hello-world`): see `values::check_media_uri`.
    MediaUri,
    /// DTMF digits to send: see `values::check_dtmf`.
    Dtmf,
    /// The Stasis application the new channel goes into: it only stays
    /// there while some WebSocket holds that application.
    StasisApp,
}

/// One parameter of an operation.
#[derive(Debug, Clone, Copy)]
pub struct Param {
    /// The ARI spelling (`appArgs`, `report_events`).
    pub name: &'static str,
    pub location: Location,
    pub data_type: DataType,
    pub required: bool,
    pub multiple: bool,
    pub allowed: &'static [&'static str],
    /// The server's default, shown in help; never sent by `ari`.
    pub default: Option<&'static str>,
    /// A description for this operation only, where the glossary's is too general.
    pub doc: Option<&'static str>,
    pub meaning: Meaning,
}

const fn param(name: &'static str, location: Location) -> Param {
    Param {
        name,
        location,
        data_type: DataType::String,
        required: false,
        multiple: false,
        allowed: &[],
        default: None,
        doc: None,
        meaning: Meaning::Plain,
    }
}

/// A path parameter (always required).
pub const fn path(name: &'static str) -> Param {
    param(name, Location::Path).required()
}

/// A query-string parameter.
pub const fn query(name: &'static str) -> Param {
    param(name, Location::Query)
}

/// A body parameter.
pub const fn body(name: &'static str, data_type: DataType) -> Param {
    param(name, Location::Body).typed(data_type)
}

impl Param {
    pub const fn required(mut self) -> Self {
        self.required = true;
        self
    }
    pub const fn multiple(mut self) -> Self {
        self.multiple = true;
        self
    }
    pub const fn typed(mut self, data_type: DataType) -> Self {
        self.data_type = data_type;
        self
    }
    pub const fn int(self) -> Self {
        self.typed(DataType::Int)
    }
    pub const fn long(self) -> Self {
        self.typed(DataType::Long)
    }
    pub const fn boolean(self) -> Self {
        self.typed(DataType::Boolean)
    }
    pub const fn values(mut self, allowed: &'static [&'static str]) -> Self {
        self.allowed = allowed;
        self
    }
    pub const fn default(mut self, value: &'static str) -> Self {
        self.default = Some(value);
        self
    }
    pub const fn doc(mut self, text: &'static str) -> Self {
        self.doc = Some(text);
        self
    }
    pub const fn meaning(mut self, meaning: Meaning) -> Self {
        self.meaning = meaning;
        self
    }

    /// The command-line flag for this parameter: kebab-case of the ARI name.
    pub fn flag(&self) -> String {
        kebab_case(self.name)
    }

    /// The description shown in help.
    pub fn description(&self) -> &'static str {
        self.doc.unwrap_or_else(|| param_doc(self.name))
    }
}

/// One ARI operation.
#[derive(Debug, Clone, Copy)]
pub struct Operation {
    /// Resource name on the command line (`channels`, `device-states`).
    pub resource: &'static str,
    /// Action name on the command line; a `...WithId` twin repeats its base's.
    pub action: &'static str,
    /// ARI nickname (`sendDTMF`); accepted as an alias of the action.
    pub nickname: &'static str,
    /// The Asterisk releases that brought it, one per release line that
    /// has it (`["20.20.0", "22.10.0", "23.4.0"]`): a later line has it too.
    pub since: &'static [&'static str],
    pub method: Method,
    /// Path below `/ari`, with `{param}` placeholders.
    pub path: &'static str,
    pub summary: &'static str,
    pub params: &'static [Param],
    /// ARI response class (`Channel`, `List[Bridge]`, `void`, `binary`).
    pub returns: &'static str,
    /// For a `...WithId` twin: the flag of the base action that selects it.
    pub selected_by: Option<&'static str>,
    /// Arguments of the help's example line, where the generated one is not the best teacher.
    pub example: Option<&'static str>,
    /// The `GET /events` WebSocket upgrade: not a REST call.
    pub websocket: bool,
    /// Parameters of which at least one must be given (Asterisk answers 400
    /// without), e.g. `app` or `extension` of an originate.
    pub one_of: &'static [&'static str],
}

impl Operation {
    pub const BLANK: Operation = Operation {
        resource: "",
        action: "",
        nickname: "",
        since: &[],
        method: Method::Get,
        path: "",
        summary: "",
        params: &[],
        returns: "void",
        selected_by: None,
        example: None,
        websocket: false,
        one_of: &[],
    };

    pub fn path_params(&self) -> impl Iterator<Item = &'static Param> {
        self.params.iter().filter(|p| p.location == Location::Path)
    }

    pub fn query_params(&self) -> impl Iterator<Item = &'static Param> {
        self.params.iter().filter(|p| p.location == Location::Query)
    }

    pub fn body_params(&self) -> impl Iterator<Item = &'static Param> {
        self.params.iter().filter(|p| p.location == Location::Body)
    }

    pub fn param(&self, name: &str) -> Option<&'static Param> {
        self.params.iter().find(|p| p.name == name)
    }

    /// The response is audio, not JSON.
    pub fn returns_binary(&self) -> bool {
        self.returns == "binary"
    }

    /// The model of one element of the response (`List[Channel]` → `Channel`).
    pub fn returns_model(&self) -> &'static str {
        self.returns
            .strip_prefix("List[")
            .and_then(|s| s.strip_suffix(']'))
            .unwrap_or(self.returns)
    }

    pub fn returns_list(&self) -> bool {
        self.returns.starts_with("List[")
    }

    /// The parameter naming the Stasis application a new channel goes into.
    pub fn stasis_app_param(&self) -> Option<&'static Param> {
        self.params.iter().find(|p| p.meaning == Meaning::StasisApp)
    }
}

/// A resource: a group of operations under one command-line name.
#[derive(Debug, Clone, Copy)]
pub struct Resource {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    /// The API description file it comes from (`deviceStates`).
    pub api_name: &'static str,
    pub summary: &'static str,
}

/// The operations of one resource, in table order.
pub fn operations_of(resource: &str) -> impl Iterator<Item = &'static Operation> + '_ {
    OPERATIONS.iter().filter(move |op| op.resource == resource)
}

/// One command-line action: its base operation and, where ARI has one, the
/// `...WithId` twin that a flag selects.
#[derive(Debug, Clone, Copy)]
pub struct Action {
    pub base: &'static Operation,
    pub twin: Option<&'static Operation>,
}

impl Action {
    pub fn name(&self) -> &'static str {
        self.base.action
    }

    /// Every parameter the action accepts on the command line, base first,
    /// without repeating a name.
    pub fn params(&self) -> Vec<&'static Param> {
        let mut all: Vec<&'static Param> = self.base.params.iter().collect();
        if let Some(twin) = self.twin {
            for p in twin.params {
                if all.iter().all(|q| q.name != p.name) {
                    all.push(p);
                }
            }
        }
        all
    }

    /// The path parameter of the twin that its selecting flag fills.
    pub fn twin_path_param(&self) -> Option<&'static Param> {
        let twin = self.twin?;
        twin.path_params()
            .find(|p| self.base.path_params().all(|q| q.name != p.name))
    }
}

/// The actions of a resource (REST only), in table order.
pub fn actions_of(resource: &str) -> Vec<Action> {
    let ops: Vec<&'static Operation> = operations_of(resource).filter(|op| !op.websocket).collect();
    ops.iter()
        .filter(|op| op.selected_by.is_none())
        .map(|base| Action {
            base,
            twin: ops
                .iter()
                .copied()
                .find(|op| op.selected_by.is_some() && op.action == base.action),
        })
        .collect()
}

/// Look a resource up by name or alias.
pub fn find_resource(name: &str) -> Option<&'static Resource> {
    RESOURCES
        .iter()
        .find(|r| r.name == name || r.aliases.contains(&name))
}

/// `appArgs` → `app-args`, `absorbDTMF` → `absorb-dtmf`, `report_events` → `report-events`.
pub fn kebab_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' {
            out.push('-');
        } else if c.is_ascii_uppercase() {
            let prev_lower =
                i > 0 && (chars[i - 1].is_ascii_lowercase() || chars[i - 1].is_ascii_digit());
            if prev_lower {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_case_follows_ari_spellings() {
        assert_eq!(kebab_case("appArgs"), "app-args");
        assert_eq!(kebab_case("absorbDTMF"), "absorb-dtmf");
        assert_eq!(kebab_case("report_events"), "report-events");
        assert_eq!(kebab_case("maxDurationSeconds"), "max-duration-seconds");
        assert_eq!(kebab_case("sendDTMF"), "send-dtmf");
        assert_eq!(kebab_case("media"), "media");
        assert_eq!(kebab_case("transfer_progress"), "transfer-progress");
    }

    #[test]
    fn every_twin_has_a_base_and_a_selecting_path_param() {
        for resource in RESOURCES {
            for action in actions_of(resource.name) {
                if let Some(twin) = action.twin {
                    assert!(action.twin_path_param().is_some(), "{}", twin.nickname);
                }
            }
        }
        let twins = OPERATIONS
            .iter()
            .filter(|op| op.selected_by.is_some())
            .count();
        let paired: usize = RESOURCES
            .iter()
            .map(|r| {
                actions_of(r.name)
                    .iter()
                    .filter(|a| a.twin.is_some())
                    .count()
            })
            .sum();
        assert_eq!(twins, paired);
    }

    #[test]
    fn action_names_are_unique_per_resource() {
        for resource in RESOURCES {
            let actions = actions_of(resource.name);
            for (i, a) in actions.iter().enumerate() {
                for b in &actions[i + 1..] {
                    assert_ne!(a.name(), b.name());
                    assert_ne!(
                        a.base.nickname,
                        b.name(),
                        "alias collides in {}",
                        resource.name
                    );
                }
            }
        }
    }
}
