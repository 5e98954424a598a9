//! A JSON Schema (draft-07) validator for the keywords partnerctl's profile schemas use, and
//! only those: a schema with any other keyword is refused, so none is silently ignored.

use regex_bites::Regex;
use serde_json::Value;

const ANNOTATIONS: &[&str] = &["$schema", "title", "description", "definitions"];
const ASSERTIONS: &[&str] = &[
    "type",
    "properties",
    "required",
    "additionalProperties",
    "enum",
    "const",
    "pattern",
    "items",
    "minItems",
    "uniqueItems",
    "minLength",
    "maxLength",
    "oneOf",
    "anyOf",
    "allOf",
    "if",
    "then",
    "$ref",
];

/// Every problem of `value` against `schema` (whose `#/definitions/...` are in `root`), as
/// `path: message`.
pub fn validate(root: &Value, value: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    check(root, root, value, "$", &mut problems);
    problems
}

fn check(root: &Value, schema: &Value, value: &Value, path: &str, out: &mut Vec<String>) {
    let Some(s) = schema.as_object() else {
        out.push(format!("{path}: the schema is not an object: {schema}"));
        return;
    };
    for k in s.keys() {
        assert!(
            ANNOTATIONS.contains(&k.as_str()) || ASSERTIONS.contains(&k.as_str()),
            "the schema uses `{k}`, which this validator does not know"
        );
    }
    let mut fail = |m: String| out.push(format!("{path}: {m}"));
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        let name = r
            .strip_prefix("#/definitions/")
            .expect("local references only");
        check(root, &root["definitions"][name], value, path, out);
        return;
    }
    if let Some(t) = s.get("type") {
        let types: Vec<&str> = match t {
            Value::String(t) => vec![t],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => panic!("bad type {t}"),
        };
        if !types.iter().any(|t| has_type(value, t)) {
            fail(format!("expected {}, found {value}", types.join(" or ")));
            return;
        }
    }
    if let Some(c) = s.get("const") {
        if c != value {
            fail(format!("expected {c}, found {value}"));
        }
    }
    if let Some(e) = s.get("enum").and_then(Value::as_array) {
        if !e.contains(value) {
            fail(format!("{value} is not one of the allowed values"));
        }
    }
    if let (Some(p), Some(text)) = (s.get("pattern").and_then(Value::as_str), value.as_str()) {
        if !Regex::new(p).unwrap().is_match(text) {
            fail(format!("{text:?} does not match {p}"));
        }
    }
    if let Some(text) = value.as_str() {
        let len = text.chars().count() as u64;
        if s.get("minLength")
            .and_then(Value::as_u64)
            .is_some_and(|m| len < m)
        {
            fail(format!("{text:?} is too short"));
        }
        if s.get("maxLength")
            .and_then(Value::as_u64)
            .is_some_and(|m| len > m)
        {
            fail(format!("{text:?} is too long"));
        }
    }
    if let Some(items) = value.as_array() {
        if s.get("minItems")
            .and_then(Value::as_u64)
            .is_some_and(|m| (items.len() as u64) < m)
        {
            fail("too few items".into());
        }
        if s.get("uniqueItems") == Some(&Value::Bool(true)) {
            for (i, a) in items.iter().enumerate() {
                if items[..i].contains(a) {
                    fail(format!("{a} is repeated"));
                }
            }
        }
        if let Some(item) = s.get("items") {
            for (i, v) in items.iter().enumerate() {
                check(root, item, v, &format!("{path}[{i}]"), out);
            }
        }
    }
    if let Some(object) = value.as_object() {
        let properties = s.get("properties").and_then(Value::as_object);
        for key in s
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let key = key.as_str().unwrap();
            if !object.contains_key(key) {
                out.push(format!("{path}: `{key}` is required"));
            }
        }
        for (k, v) in object {
            match properties.and_then(|p| p.get(k)) {
                Some(p) => check(root, p, v, &format!("{path}.{k}"), out),
                None if s.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    out.push(format!("{path}: unknown key `{k}`"))
                }
                None => {}
            }
        }
    }
    let passes = |sub: &Value| validate_sub(root, sub, value);
    if let Some(all) = s.get("allOf").and_then(Value::as_array) {
        for sub in all {
            check(root, sub, value, path, out);
        }
    }
    if let Some(any) = s.get("anyOf").and_then(Value::as_array) {
        if !any.iter().any(passes) {
            out.push(format!("{path}: {value} matches none of anyOf"));
        }
    }
    if let Some(one) = s.get("oneOf").and_then(Value::as_array) {
        let n = one.iter().filter(|sub| passes(sub)).count();
        if n != 1 {
            out.push(format!("{path}: matches {n} of oneOf, not exactly one"));
        }
    }
    if let Some(cond) = s.get("if") {
        if passes(cond) {
            if let Some(then) = s.get("then") {
                check(root, then, value, path, out);
            }
        }
    }
}

fn validate_sub(root: &Value, schema: &Value, value: &Value) -> bool {
    let mut problems = Vec::new();
    check(root, schema, value, "", &mut problems);
    problems.is_empty()
}

fn has_type(v: &Value, t: &str) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "number" => v.is_number(),
        "integer" => v.is_i64() || v.is_u64(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        other => panic!("unknown type {other}"),
    }
}
