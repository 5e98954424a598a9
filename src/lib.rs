//! partnerctl: manage Microsoft Partner Network membership in Partner Center.
//!
//! The CLI (`cli`, `commands`) talks only to the [`api::Api`] trait. The embedded backend
//! (`backend`) implements it in process over SQLite and holds every domain rule.

pub mod api;
pub mod auth;
pub mod backend;
pub mod backoff;
pub mod batch;
pub mod capabilities;
pub mod cli;
pub mod client;
pub mod clock;
pub mod commands;
pub mod config;
pub mod dns_txt;
pub mod env_vars;
pub mod error;
#[doc(hidden)]
pub mod fuzzing;
pub mod jwt;
pub mod mail;
pub mod names;
pub mod operations;
pub mod os_keyring;
pub mod output;
pub mod password_policy;
pub mod profile;
pub mod protocol;
pub mod query;
pub mod random;
pub mod reference;
pub mod server;
#[doc(hidden)]
pub mod testing;
pub mod validate;
pub mod words;
