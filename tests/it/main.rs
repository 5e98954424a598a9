//! The integration tests, in one binary (linking the library once, not once per file): the
//! command line end to end on every backend, the HTTP API and its hostile clients, the
//! PostgreSQL instances, and the checks of generated files. `cargo test --test it MODULE::`
//! runs one module's tests.

mod common;

mod access_matrix;
#[cfg(unix)]
mod crashes;
mod credentials;
mod domains;
mod e2e_enroll;
mod e2e_flow;
mod examples;
mod faults;
mod fuzz_corpus;
mod generated;
mod hostile_input;
mod http_api;
mod http_hostile;
mod http_resilience;
mod live_completion;
mod lockouts;
mod mail_delivery;
mod malformed_profiles;
#[cfg(all(target_os = "linux", feature = "os-keyring-linux"))]
mod os_keyring;
mod partner_center;
mod password_prompt;
mod postgres_instances;
mod secrets;
mod settings;
mod socket_activation;
mod tenant_isolation;
mod terminal_manners;
