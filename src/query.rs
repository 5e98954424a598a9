//! Output queries: `--json FIELDS` keeps only some fields of the JSON output, `--jq EXPR`
//! filters it with a jq expression (jaq, a jq implementation in Rust), as `gh` does.

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{data, unwrap_valr, Compiler, Ctx, Vars};
use jaq_json::Val;
use serde_json::{Map, Value};

/// What went wrong with a query; a usage error (exit 2).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct QueryError {
    pub message: String,
    pub hint: Option<String>,
}

fn error(message: impl Into<String>, hint: Option<String>) -> QueryError {
    QueryError {
        message: message.into(),
        hint,
    }
}

/// `--json FIELDS` and `--jq EXPR`, applied in that order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// `--json`'s fields; empty when `--json` was given no value: the fields are listed then.
    pub fields: Option<Vec<String>>,
    pub jq: Option<String>,
}

/// What a query leaves to print.
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    /// A value, printed in the output format asked for.
    Value(Value),
    /// Lines from a jq filter: strings as they are, other values as JSON.
    Lines(String),
}

impl Query {
    pub fn is_empty(&self) -> bool {
        self.fields.is_none() && self.jq.is_none()
    }

    /// `--json` with no fields: the command's JSON fields are listed instead of its output.
    pub fn lists_fields(&self) -> bool {
        self.fields.as_ref().is_some_and(Vec::is_empty)
    }

    /// `--json`'s value: comma-separated field names (blank ones dropped); `""` lists them.
    pub fn parse_fields(value: &str) -> Vec<String> {
        value
            .split(',')
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// Checks a jq expression before anything runs, so that a typo fails fast (exit 2)
    /// instead of after a change was made.
    pub fn check(&self) -> Result<(), QueryError> {
        match &self.jq {
            Some(expr) => compile(expr).map(drop),
            None => Ok(()),
        }
    }

    pub fn apply(&self, value: Value) -> Result<Output, QueryError> {
        let value = match &self.fields {
            Some(fields) => select(value, fields)?,
            None => value,
        };
        match &self.jq {
            Some(expr) => jq(expr, value).map(Output::Lines),
            None => Ok(Output::Value(value)),
        }
    }
}

/// The fields of an object, or of the objects of a list, in the order the output has them.
fn known_fields(value: &Value) -> Vec<&str> {
    let objects: Vec<&Map<String, Value>> = match value {
        Value::Object(m) => vec![m],
        Value::Array(items) => items.iter().filter_map(Value::as_object).collect(),
        _ => Vec::new(),
    };
    let mut known: Vec<&str> = Vec::new();
    for k in objects.iter().flat_map(|m| m.keys()) {
        if !known.contains(&k.as_str()) {
            known.push(k);
        }
    }
    known
}

/// Keeps `fields` of an object, or of every object of a list. A field no object has is an
/// error that lists the fields there are; no fields at all lists them too (as `gh` does).
fn select(value: Value, fields: &[String]) -> Result<Value, QueryError> {
    let known = known_fields(&value);
    if fields.is_empty() {
        let hint = match known.as_slice() {
            [] => "the output is empty: it has no fields to list".to_string(),
            _ => format!("available fields: {}", known.join(", ")),
        };
        return Err(error(
            "specify one or more comma-separated fields for --json",
            Some(hint),
        ));
    }
    // An empty list has no fields to check against: nothing to select from either.
    if !known.is_empty() {
        let unknown: Vec<&str> = fields
            .iter()
            .map(String::as_str)
            .filter(|f| !known.contains(f))
            .collect();
        if !unknown.is_empty() {
            return Err(error(
                format!("unknown JSON field: {}", unknown.join(", ")),
                Some(format!("valid fields: {}", known.join(", "))),
            ));
        }
    }
    let pick = |m: Map<String, Value>| {
        let mut m = m;
        Value::Object(
            fields
                .iter()
                .filter_map(|f| m.remove_entry(f.as_str()))
                .collect(),
        )
    };
    Ok(match value {
        Value::Object(m) => pick(m),
        Value::Array(items) => Value::Array(
            items
                .into_iter()
                .map(|v| match v {
                    Value::Object(m) => pick(m),
                    other => other,
                })
                .collect(),
        ),
        other => other,
    })
}

type Filter = jaq_core::compile::Filter<jaq_core::Native<data::JustLut<Val>>>;

/// Parses and compiles a jq expression with jq's standard library.
fn compile(expr: &str) -> Result<Filter, QueryError> {
    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs());
    let funs = jaq_core::funs()
        .chain(jaq_std::funs())
        .chain(jaq_json::funs());
    let arena = Arena::default();
    let program = File {
        code: expr,
        path: (),
    };
    let at = |s: &str| {
        // Error slices point into the expression: their offset is the column.
        let offset = (s.as_ptr() as usize).saturating_sub(expr.as_ptr() as usize);
        expr[..offset.min(expr.len())].chars().count() + 1
    };
    let invalid = |detail: String| {
        error(
            format!("invalid jq expression `{expr}`: {detail}"),
            Some("see https://jqlang.org/manual/ for the syntax".into()),
        )
    };
    let modules = Loader::new(defs).load(&arena, program).map_err(|errors| {
        let mut details = Vec::new();
        for (_, e) in errors {
            match e {
                jaq_core::load::Error::Io(list) => {
                    details.extend(list.into_iter().map(|(_, m)| m));
                }
                jaq_core::load::Error::Lex(list) => details.extend(
                    list.into_iter()
                        .map(|(exp, s)| format!("expected {} at column {}", exp.as_str(), at(s))),
                ),
                jaq_core::load::Error::Parse(list) => details.extend(
                    list.into_iter()
                        .map(|(exp, s)| format!("expected {} at column {}", exp.as_str(), at(s))),
                ),
            }
        }
        invalid(details.join("; "))
    })?;
    Compiler::default()
        .with_funs(funs)
        .compile(modules)
        .map_err(|errors| {
            let details: Vec<String> = errors
                .into_iter()
                .flat_map(|(_, list)| list)
                .map(|(s, undefined)| format!("undefined {} `{s}`", undefined.as_str()))
                .collect();
            invalid(details.join("; "))
        })
}

/// Runs `expr` on `value`: one line per result, strings raw (as `jq -r`), anything else as
/// JSON (pretty when it is an array or object).
fn jq(expr: &str, value: Value) -> Result<String, QueryError> {
    let filter = compile(expr)?;
    let input = jaq_json::read::parse_single(value.to_string().as_bytes())
        .map_err(|e| error(format!("reading the output as JSON: {e}"), None))?;
    let ctx = Ctx::<data::JustLut<Val>>::new(&filter.lut, Vars::new([]));
    let mut out = String::new();
    for result in filter.id.run((ctx, input)).map(unwrap_valr) {
        let v = result.map_err(|e| error(format!("jq: {e}"), None))?;
        match v {
            Val::TStr(_) => {
                let json = v.to_string();
                let s: String = serde_json::from_str(&json).unwrap_or(json);
                out += &s;
            }
            other => {
                let json = other.to_string();
                match serde_json::from_str::<Value>(&json) {
                    Ok(v @ (Value::Array(_) | Value::Object(_))) => {
                        out += &serde_json::to_string_pretty(&v).unwrap_or(json)
                    }
                    _ => out += &json,
                }
            }
        }
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn lines(q: &Query, v: Value) -> String {
        match q.apply(v).unwrap() {
            Output::Lines(s) => s,
            Output::Value(v) => panic!("expected lines, got {v}"),
        }
    }

    #[test]
    fn selects_fields_of_an_object_and_of_a_list() {
        let q = Query {
            fields: Some(vec!["mpnId".into(), "companyName".into()]),
            jq: None,
        };
        let one = json!({"mpnId": "1234567", "companyName": "Contoso", "id": "x"});
        assert_eq!(
            q.apply(one).unwrap(),
            Output::Value(json!({"mpnId": "1234567", "companyName": "Contoso"}))
        );
        let many = json!([{"mpnId": "1", "companyName": "A", "id": "x"}, {"mpnId": "2", "companyName": "B"}]);
        assert_eq!(
            q.apply(many).unwrap(),
            Output::Value(
                json!([{"mpnId": "1", "companyName": "A"}, {"mpnId": "2", "companyName": "B"}])
            )
        );
    }

    #[test]
    fn an_unknown_field_lists_the_valid_ones() {
        let q = Query {
            fields: Some(vec!["mpn".into()]),
            jq: None,
        };
        let e = q.apply(json!({"mpnId": "1", "id": "x"})).unwrap_err();
        assert_eq!(e.message, "unknown JSON field: mpn");
        assert_eq!(e.hint.as_deref(), Some("valid fields: mpnId, id"));
        // An empty list has nothing to check against.
        assert_eq!(q.apply(json!([])).unwrap(), Output::Value(json!([])));
    }

    #[test]
    fn jq_filters_with_the_standard_library() {
        let q = Query {
            fields: None,
            jq: Some(".[] | select(.n > 1) | .name".into()),
        };
        let v = json!([{"name": "a", "n": 1}, {"name": "b", "n": 2}, {"name": "c", "n": 3}]);
        assert_eq!(lines(&q, v), "b\nc\n");
        let q = Query {
            fields: None,
            jq: Some("map(.n) | add".into()),
        };
        assert_eq!(lines(&q, json!([{"n": 1}, {"n": 2}])), "3\n");
        let q = Query {
            fields: None,
            jq: Some("{total: length}".into()),
        };
        assert_eq!(lines(&q, json!([1, 2])), "{\n  \"total\": 2\n}\n");
    }

    #[test]
    fn a_bad_expression_is_a_usage_error() {
        for bad in [".[", "nosuchfilter", ".a |"] {
            let q = Query {
                fields: None,
                jq: Some(bad.into()),
            };
            let e = q.check().unwrap_err();
            assert!(e.message.starts_with("invalid jq expression"), "{bad}: {e}");
        }
    }
}
