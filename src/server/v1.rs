//! The `/v1` API: every operation of the trait, made from the operations' table
//! (`crate::operations`). Partner Center's real endpoints (profiles, roles and usermembers,
//! domains, country rules, address validation) keep their contracts; the rest are this
//! project's own, in the same conventions.

use super::route::{
    parse, schema_of, Handler, Input, Items, Pending, Reply, Route, SchemaFn, Shape,
};
use crate::api::*;
use crate::backend::Embedded;
use crate::error::{ApiError, Code, Result};
use crate::operations::Listed;
use crate::protocol::{DomainBody, MemberBody, RedeemBody, RenewBody, VerificationBody};
use axum::http::Method;
use std::sync::Arc;

/// A role in a path: its id (Partner Center) or its kebab-case key.
pub fn role(segment: &str) -> Result<RoleName> {
    RoleName::from_key(segment)
        .or_else(|| {
            RoleName::ALL
                .into_iter()
                .find(|r| crate::backend::role_id(*r).eq_ignore_ascii_case(segment))
        })
        .ok_or_else(|| ApiError::new(Code::RoleNotFound, format!("no role {segment:?}")))
}

/// Reads inside a handler that also changes something: they are not the request that the
/// request id names, so they are not recorded for it.
fn read(api: &Embedded) -> Embedded {
    api.clone().request(None)
}

/// A path parameter as the trait takes it.
trait FromPath: Sized {
    fn from_path(segment: &str) -> Result<Self>;
}

impl FromPath for String {
    fn from_path(segment: &str) -> Result<String> {
        Ok(segment.to_string())
    }
}

impl FromPath for RoleName {
    fn from_path(segment: &str) -> Result<RoleName> {
        role(segment)
    }
}

/// Reads one argument of a trait call from the request, where the table says it travels.
macro_rules! route_arg {
    ($i:ident, $body:ident, path($name:ident), $t:ty) => {
        <$t as FromPath>::from_path(&$i.param(stringify!($name)))
    };
    ($i:ident, $body:ident, at(), $t:ty) => {
        Ok::<_, ApiError>($i.at())
    };
    ($i:ident, $body:ident, mpn(), $t:ty) => {
        Ok::<_, ApiError>($i.at().mpn_id)
    };
    ($i:ident, $body:ident, body(), $t:ty) => {
        parse::<$t>($body)
    };
    ($i:ident, $body:ident, field($b:ident . $f:ident), $t:ty) => {
        parse::<$b>($body).map(|b| b.$f)
    };
    ($i:ident, $body:ident, if_match(), $t:ty) => {
        Ok::<_, ApiError>($i.if_match.clone())
    };
}

/// The schema of the request body, for an argument that is the body.
macro_rules! request_schema {
    (body(), $t:ty) => {
        Some(schema_of::<$t> as SchemaFn)
    };
    (field($b:ident . $f:ident), $t:ty) => {
        Some(schema_of::<$b> as SchemaFn)
    };
    ($($other:tt)*) => {
        None
    };
}

/// Whether an argument makes the operation account-scoped (`?mpnId=`).
macro_rules! scoping {
    (at) => {
        true
    };
    (mpn) => {
        true
    };
    ($other:ident) => {
        false
    };
}

/// The shape of the answer, its schema, and the trait's result made into a reply.
macro_rules! answer {
    (shape object) => {
        Shape::Object
    };
    (shape list) => {
        Shape::Collection
    };
    (shape none) => {
        Shape::Empty
    };
    (shape exists) => {
        Shape::Exists
    };
    (schema object $t:ty) => {
        Some(schema_of::<$t> as SchemaFn)
    };
    (schema list $t:ty) => {
        Some(schema_of::<<$t as Listed>::Item> as SchemaFn)
    };
    (schema $other:ident $t:ty) => {
        None
    };
    (reply object $v:expr) => {
        Reply::Value(serde_json::value::to_raw_value(&$v)?)
    };
    (reply list $v:expr) => {
        Reply::Items(Items::new($v))
    };
    (reply none $v:expr) => {{
        let () = $v;
        Reply::Empty
    }};
    (reply exists $v:expr) => {
        Reply::Exists($v)
    };
}

/// A route per operation of the table.
macro_rules! table_routes {
    ({} $(
        $summary:literal
        $name:ident ( $( $arg:ident : $argty:ty as $place:ident $( ( $($pp:tt)* ) )? ),* )
            -> $shape:ident $ret:ty = $method:ident $path:literal $( [ $($flag:ident),* ] )?
            => $pc:ident $( ( $($pcargs:tt)* ) )? ;
    )*) => {
        vec![$({
            let handler: Handler = Arc::new(|api: Embedded, i: Input, body: &[u8]| -> Pending {
                let _ = (&i, body);
                // The body is read here: the answer's future cannot borrow it.
                $(
                    let $arg = match route_arg!(i, body, $place( $( $($pp)* )? ), $argty) {
                        Ok(value) => value,
                        Err(e) => return Box::pin(async move { Err(e) }),
                    };
                )*
                Box::pin(async move {
                    Ok(answer!(reply $shape api.$name($($arg),*).await?))
                })
            });
            let mut route = Route::operation(
                Method::$method,
                $path,
                $summary,
                answer!(shape $shape),
                None::<SchemaFn> $( .or(request_schema!($place( $( $($pp)* )? ), $argty)) )*,
                answer!(schema $shape $ret),
                handler,
            );
            route.account_scoped = false $( || scoping!($place) )*;
            route $( $( .$flag() )* )?
        }),*]
    };
}

/// Every route of `/v1`: the operations' table, with Partner Center's routes that make more
/// than one call beside the one they extend.
pub fn routes() -> Vec<Route> {
    let mut routes: Vec<Route> = crate::operations::operations!(table_routes {});
    // A tenant may have tens of thousands of users: its list is read a page at a time.
    routes = routes
        .into_iter()
        .map(|r| match (&r.method, r.path) {
            (&Method::GET, "/v1/users") => r.with_handler(Arc::new(users_page)),
            _ => r,
        })
        .collect();
    let members = routes
        .iter()
        .position(|r| r.path == "/v1/roles/{roleId}/usermembers")
        .map_or(routes.len(), |at| at + 1);
    routes.splice(members..members, member_routes());
    routes
}

/// `GET /v1/users`: the request's page, read from the store as a page.
fn users_page(api: Embedded, i: Input, _: &[u8]) -> Pending {
    Box::pin(async move {
        let (total, users) = api.users_page(i.window.start, i.window.size).await?;
        Ok(Reply::Page {
            total,
            items: Items::new(users),
        })
    })
}

/// `POST` and `DELETE` on a role's usermembers, as Partner Center has them.
fn member_routes() -> Vec<Route> {
    use Method as M;
    vec![
        Route::send(
            M::POST,
            "/v1/roles/{roleId}/usermembers",
            "Give a user, named by id or userPrincipalName, the role (Partner Center)",
            |api, i, b: MemberBody| async move {
                let role = role(&i.param("roleId"))?;
                let who = b.id.or(b.user_principal_name).ok_or_else(|| {
                    ApiError::invalid(
                        "name the user",
                        vec![crate::error::FieldError::new(
                            "id",
                            "give the user's id or userPrincipalName",
                        )],
                    )
                })?;
                let upn = read(&api).upn_of(&who).await?;
                api.grant_role(role, upn.clone()).await?;
                read(&api)
                    .role_members(role)
                    .await?
                    .into_iter()
                    .find(|m| m.user_principal_name.eq_ignore_ascii_case(&upn))
                    .ok_or_else(|| ApiError::internal("the new member is not listed"))
            },
        )
        .created(),
        Route::none(
            M::DELETE,
            "/v1/roles/{roleId}/usermembers/{memberId}",
            "Take the role from a user (Partner Center)",
            |api, i| async move {
                let role = role(&i.param("roleId"))?;
                let upn = read(&api).upn_of(&i.param("memberId")).await?;
                api.revoke_role(role, upn).await.map(drop)
            },
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_has_a_route_in_the_openapi_document() {
        let routes = routes();
        assert_eq!(
            routes.len(),
            crate::operations::NAMES.len() + member_routes().len()
        );
        let doc = super::super::openapi::document(&routes);
        for r in &routes {
            let method = r.method.as_str().to_ascii_lowercase();
            assert!(
                doc["paths"][r.path][&method].is_object(),
                "{method} {} is not in the OpenAPI document",
                r.path
            );
        }
    }
}
