//! The OpenAPI 3 document, made from the route table and the wire types' schemas, so it cannot
//! drift from what is served. `partnerctl serve --print-openapi` prints it; `openapi.json` at
//! the repository root is a copy a test keeps equal.

use super::route::{Route, Shape};
use crate::protocol::{
    CollectionAttributes, ErrorBody, Links, TokenAnswer, TokenError, PASSWORD_CHANGE_GRANT,
};
use schemars::generate::SchemaSettings;
use schemars::SchemaGenerator;
use serde_json::{json, Map, Value};

pub fn document(routes: &[Route]) -> Value {
    let mut g = SchemaSettings::openapi3()
        .with(|s| s.meta_schema = None)
        .into_generator();
    let error = json!({
        "description": "An error: the status says its kind, `code` which one (stable)",
        "content": {"application/json": {"schema": g.subschema_for::<ErrorBody>()}}
    });
    let mut paths: Map<String, Value> = Map::new();
    for r in routes {
        let op = operation(r, &mut g, &error);
        let item = paths.entry(r.path.to_string()).or_insert_with(|| json!({}));
        item[r.method.as_str().to_ascii_lowercase()] = op;
    }
    paths.insert("/{tenant}/oauth2/token".into(), token_path(&mut g));
    let schemas = g.take_definitions(true);
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "partnerctl",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Partner Center's conventions: JSON with camelCase names; `MS-RequestId` (the same on a retry: a repeat gets the first answer), `MS-CorrelationId`, `MS-Contract-Version: v1`; errors `{code, description, data, source}`; collections paged with `MS-ContinuationToken`; `PUT` on profiles honours `If-Match`; 429 with `Retry-After` when throttled. Every answer carries `PartnerCtl-Sandbox: true|false`."
        },
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer", "description": "An access token from /{tenant}/oauth2/token"}
            },
            "parameters": {
                "RequestId": header_param("MS-RequestId", "A GUID per call, the same on every retry of it: a repeat from the same user gets the first answer and changes nothing"),
                "CorrelationId": header_param("MS-CorrelationId", "A GUID per call, echoed on the answer and in the server's log"),
                "ContractVersion": header_param("MS-Contract-Version", "v1"),
                "DryRun": header_param("PartnerCtl-Dry-Run", "true: run the operation and roll it back; the answer shows what would happen"),
                "ContinuationToken": header_param("MS-ContinuationToken", "Where the next page starts: the value from links.next of the previous page"),
                "IfMatch": header_param("If-Match", "The etag of the profile as read; a stale one is 412"),
                "MpnId": {"name": "mpnId", "in": "query", "required": false, "schema": {"type": "string"},
                          "description": "A location's MPN ID; none: the tenant's global account"},
                "Size": {"name": "size", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": super::route::MAX_PAGE_SIZE, "default": super::route::PAGE_SIZE},
                         "description": "Items per page"}
            }
        }
    })
}

fn header_param(name: &str, description: &str) -> Value {
    json!({"name": name, "in": "header", "required": false, "schema": {"type": "string"}, "description": description})
}

fn reference(name: &str) -> Value {
    json!({"$ref": format!("#/components/parameters/{name}")})
}

fn operation(r: &Route, g: &mut SchemaGenerator, error: &Value) -> Value {
    let mut params: Vec<Value> = path_params(r.path)
        .map(|p| json!({"name": p, "in": "path", "required": true, "schema": {"type": "string"}}))
        .collect();
    for name in ["RequestId", "CorrelationId", "ContractVersion", "DryRun"] {
        params.push(reference(name));
    }
    if r.account_scoped {
        params.push(reference("MpnId"));
    }
    if r.shape == Shape::Collection {
        params.push(reference("Size"));
        params.push(reference("ContinuationToken"));
    }
    if r.method == axum::http::Method::PUT && r.path.starts_with("/v1/profiles/") {
        params.push(reference("IfMatch"));
    }
    let mut responses = Map::new();
    let ok = match (r.shape, r.response) {
        (Shape::Object, Some(schema)) => json!({
            "description": "OK",
            "content": {"application/json": {"schema": schema(g)}}
        }),
        (Shape::Collection, Some(schema)) => json!({
            "description": "A page of the collection",
            "content": {"application/json": {"schema": {
                "type": "object",
                "required": ["totalCount", "items", "attributes"],
                "properties": {
                    "totalCount": {"type": "integer"},
                    "items": {"type": "array", "items": schema(g)},
                    "links": g.subschema_for::<Links>(),
                    "attributes": g.subschema_for::<CollectionAttributes>()
                }
            }}}
        }),
        (Shape::Exists, _) => json!({"description": "It exists"}),
        _ => json!({"description": "Done"}),
    };
    responses.insert(r.status.as_u16().to_string(), ok);
    if r.shape == Shape::Exists {
        responses.insert("404".into(), json!({"description": "It does not exist"}));
    }
    responses.insert("default".into(), error.clone());
    let mut op = json!({
        "summary": r.summary,
        "operationId": operation_id(r),
        "parameters": params,
        "responses": responses,
    });
    if let Some(schema) = r.request {
        op["requestBody"] = json!({
            "required": true,
            "content": {"application/json": {"schema": schema(g)}}
        });
    }
    op["security"] = if r.public {
        json!([])
    } else {
        json!([{"bearer": []}])
    };
    op
}

fn path_params(path: &str) -> impl Iterator<Item = &str> {
    path.split('/')
        .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
}

/// `POST /v1/orders/{orderId}/pay` -> `postOrdersOrderIdPay`.
fn operation_id(r: &Route) -> String {
    let mut id = r.method.as_str().to_ascii_lowercase();
    for word in r
        .path
        .trim_start_matches("/v1")
        .split(['/', '{', '}'])
        .filter(|w| !w.is_empty())
    {
        let mut c = word.chars();
        if let Some(first) = c.next() {
            id.push(first.to_ascii_uppercase());
            id.extend(c);
        }
    }
    id
}

fn token_path(g: &mut SchemaGenerator) -> Value {
    json!({"post": {
        "summary": "Sign in as Azure AD does it: a bearer token pair for a user of the tenant",
        "operationId": "postToken",
        "parameters": [
            {"name": "tenant", "in": "path", "required": true, "schema": {"type": "string"},
             "description": "The tenant's id, one of its domains, or `common`"}
        ],
        "requestBody": {"required": true, "content": {"application/x-www-form-urlencoded": {"schema": {
            "type": "object",
            "required": ["grant_type"],
            "properties": {
                "grant_type": {"type": "string", "enum": ["password", "refresh_token", PASSWORD_CHANGE_GRANT]},
                "username": {"type": "string", "description": "userPrincipalName (grant_type=password, or the password change)"},
                "password": {"type": "string", "format": "password", "description": "The current password; a temporary one is refused (interaction_required, AADSTS50055) until changed"},
                "new_password": {"type": "string", "format": "password", "description": "The password change grant: 8 to 256 characters, three of lowercase, uppercase, digits, symbols; not the current one"},
                "refresh_token": {"type": "string", "description": "grant_type=refresh_token"},
                "client_id": {"type": "string", "description": "Accepted and ignored"},
                "scope": {"type": "string", "description": "Accepted and ignored"}
            }
        }}}},
        "responses": {
            "200": {"description": "A token pair", "content": {"application/json": {"schema": g.subschema_for::<TokenAnswer>()}}},
            "default": {"description": "OAuth's error, with the error body's fields", "content": {"application/json": {"schema": g.subschema_for::<TokenError>()}}}
        },
        "security": []
    }})
}
