//! One route of the `/v1` API: its method, path, what it documents and the trait call it
//! makes. Every route is built by the constructors here (most by `v1` from the operations'
//! table), so parsing the body, shaping the answer and describing it in the OpenAPI document
//! are written once.

use crate::api::AccountRef;
use crate::backend::Embedded;
use crate::error::{ApiError, Code, Result};
use axum::http::{Method, StatusCode};
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::Value;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// What a route's handler gets besides the backend: path parameters, query and headers
/// the operation needs.
#[derive(Debug, Default)]
pub struct Input {
    pub params: HashMap<String, String>,
    pub query: HashMap<String, String>,
    pub if_match: Option<String>,
    /// The page a collection's request asks for.
    pub window: Window,
}

/// Items per page unless `?size=` says otherwise, and the most it may say.
pub const PAGE_SIZE: usize = 100;
pub const MAX_PAGE_SIZE: usize = 500;

/// The page of a collection a request asks for: `size` items from `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub start: usize,
    pub size: usize,
}

impl Default for Window {
    fn default() -> Window {
        Window {
            start: 0,
            size: PAGE_SIZE,
        }
    }
}

impl Input {
    /// A path parameter (the route table names only parameters its path has).
    pub fn param(&self, name: &str) -> String {
        self.params.get(name).cloned().unwrap_or_default()
    }

    /// `?mpnId=`: a location; none: the tenant's global account.
    pub fn at(&self) -> AccountRef {
        AccountRef {
            mpn_id: self.query.get("mpnId").filter(|s| !s.is_empty()).cloned(),
        }
    }
}

/// How a route answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// The value as JSON.
    Object,
    /// A `Collection` of the values, paged.
    Collection,
    /// No body (204).
    Empty,
    /// 200 when true, 404 when false, no body (`HEAD`).
    Exists,
}

/// What a handler produced, before it is put on the wire.
pub enum Reply {
    /// One value, as its JSON text.
    Value(Box<RawValue>),
    /// A whole collection, of which the request's window is answered.
    Items(Items),
    /// The request's window of a collection of `total` items, read as such from the store.
    Page {
        total: usize,
        items: Items,
    },
    Empty,
    Exists(bool),
}

/// A collection whose items are turned into JSON a page at a time: a page of a hundred users
/// out of thousands costs a hundred conversions, not thousands. Each item is written as JSON
/// text straight away, not built as a `Value` first (a page of users was a tenth of `serve`'s
/// time under the mixed load, most of it making and freeing those values).
pub struct Items {
    len: usize,
    page: Box<dyn FnOnce(usize, usize) -> PageJson + Send>,
}

/// A page of items, each as its JSON text.
pub type PageJson = serde_json::Result<Vec<Box<RawValue>>>;

impl Items {
    pub fn new<T: Serialize + Send + 'static>(items: Vec<T>) -> Items {
        Items {
            len: items.len(),
            page: Box::new(move |start, size| {
                items
                    .iter()
                    .skip(start)
                    .take(size)
                    .map(serde_json::value::to_raw_value)
                    .collect()
            }),
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// The JSON of at most `size` items from `start`.
    pub fn page(self, start: usize, size: usize) -> PageJson {
        (self.page)(start, size)
    }
}

pub type Pending = Pin<Box<dyn Future<Output = Result<Reply>> + Send>>;
pub type Handler = Arc<dyn Fn(Embedded, Input, &[u8]) -> Pending + Send + Sync>;
pub type SchemaFn = fn(&mut SchemaGenerator) -> Schema;

pub struct Route {
    pub method: Method,
    /// axum's syntax: `/v1/orders/{orderId}/pay`.
    pub path: &'static str,
    pub summary: &'static str,
    pub shape: Shape,
    pub status: StatusCode,
    /// Needs no session.
    pub public: bool,
    /// Takes `?mpnId=`.
    pub account_scoped: bool,
    pub request: Option<SchemaFn>,
    pub response: Option<SchemaFn>,
    handler: Handler,
}

pub fn schema_of<T: JsonSchema>(g: &mut SchemaGenerator) -> Schema {
    g.subschema_for::<T>()
}

impl Route {
    fn new(method: Method, path: &'static str, summary: &'static str, h: Handler) -> Route {
        Route {
            method,
            path,
            summary,
            shape: Shape::Object,
            status: StatusCode::OK,
            public: false,
            account_scoped: false,
            request: None,
            response: None,
            handler: h,
        }
    }

    /// This route with another handler, for an operation `serve` answers differently from
    /// the trait call the table makes.
    pub fn with_handler(self, handler: Handler) -> Route {
        Route { handler, ..self }
    }

    /// An operation of the table: `handler` makes the trait call and its reply.
    pub fn operation(
        method: Method,
        path: &'static str,
        summary: &'static str,
        shape: Shape,
        request: Option<SchemaFn>,
        response: Option<SchemaFn>,
        handler: Handler,
    ) -> Route {
        Route {
            shape,
            status: match shape {
                Shape::Empty => StatusCode::NO_CONTENT,
                _ => StatusCode::OK,
            },
            request,
            response,
            ..Route::new(method, path, summary, handler)
        }
    }

    /// A change: `method path` with a JSON body `B`, answering one `T`.
    pub fn send<B, T, F, Fut>(
        method: Method,
        path: &'static str,
        summary: &'static str,
        f: F,
    ) -> Route
    where
        B: DeserializeOwned + JsonSchema + Send + 'static,
        T: Serialize + JsonSchema,
        F: Fn(Embedded, Input, B) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<T>> + Send + 'static,
    {
        let h: Handler = Arc::new(move |api, input, body| match parse::<B>(body) {
            Ok(b) => {
                let fut = f(api, input, b);
                Box::pin(
                    async move { Ok(Reply::Value(serde_json::value::to_raw_value(&fut.await?)?)) },
                )
            }
            Err(e) => Box::pin(async move { Err(e) }),
        });
        Route {
            request: Some(schema_of::<B>),
            response: Some(schema_of::<T>),
            ..Route::new(method, path, summary, h)
        }
    }

    /// A change with no answer body: `method path`, 204.
    pub fn none<F, Fut>(method: Method, path: &'static str, summary: &'static str, f: F) -> Route
    where
        F: Fn(Embedded, Input) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<()>> + Send + 'static,
    {
        let h: Handler = Arc::new(move |api, input, _| {
            let fut = f(api, input);
            Box::pin(async move { fut.await.map(|()| Reply::Empty) })
        });
        Route {
            shape: Shape::Empty,
            status: StatusCode::NO_CONTENT,
            ..Route::new(method, path, summary, h)
        }
    }

    /// Needs no session.
    pub fn public(mut self) -> Route {
        self.public = true;
        self
    }

    /// Answers 201 Created.
    pub fn created(mut self) -> Route {
        self.status = StatusCode::CREATED;
        self
    }

    pub fn call(&self, api: Embedded, input: Input, body: &[u8]) -> Pending {
        (self.handler)(api, input, body)
    }
}

/// The JSON body, every problem named.
pub fn parse<B: DeserializeOwned>(body: &[u8]) -> Result<B> {
    let body = if body.iter().all(u8::is_ascii_whitespace) {
        b"null".as_slice()
    } else {
        body
    };
    // The whole document first: typed parsing skips the values of unknown fields without
    // checking them (bytes that are not UTF-8, numbers out of range).
    serde_json::from_slice::<Value>(body).map_err(|e| {
        ApiError::new(
            Code::InvalidInput,
            format!("the request body is not valid JSON: {e}"),
        )
    })?;
    serde_json::from_slice(body).map_err(|e| {
        ApiError::new(
            Code::InvalidInput,
            format!("the request body is not valid: {e}"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    struct Optional {
        #[allow(dead_code)] // Only whether it parses matters.
        name: Option<String>,
    }

    #[test]
    fn unknown_fields_must_still_be_json() {
        assert!(parse::<Optional>(br#"{"other": 1}"#).is_ok());
        for bad in [&b"{\"other\": \"\xff\"}"[..], br#"{"other": 1e999999}"#] {
            let e = parse::<Optional>(bad).unwrap_err();
            assert!(e.message.contains("not valid JSON"), "{}", e.message);
        }
    }
}
